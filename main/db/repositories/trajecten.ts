import { Traject, type NewTraject, type TrajectUpdate } from '../../../shared/traject/traject';
import { NotFound } from '../errors';
import type { Db } from '../open';
import { readBackBeforeCommit, refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

interface TrajectRow {
  id: string;
  title: string;
  municipality: string;
  vraagstuk: string;
  created_at: string;
  updated_at: string;
  code_id: string | null;
  revision: number;
}

function fromRow(row: TrajectRow): Traject {
  return Traject.parse({
    id: row.id,
    title: row.title,
    municipality: row.municipality,
    vraagstuk: row.vraagstuk,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.code_id ? { codeId: row.code_id } : {}),
    revision: row.revision,
  });
}

/**
 * A traject with the code it follows (traject_codes, migration 0007) and the revision of its
 * details (traject_revisions, migration 0008; no row yet means revision 1).
 */
const SELECT = `SELECT t.*, tc.code_id, coalesce(tr.details, 1) AS revision FROM trajecten t
  LEFT JOIN traject_codes tc ON tc.traject_id = t.id
  LEFT JOIN traject_revisions tr ON tr.traject_id = t.id`;

/** All SQL for trajecten lives here; callers get objects checked against the shared schema. */
export class TrajectenRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  list(): Traject[] {
    const rows = this.db.prepare(`${SELECT} ORDER BY t.updated_at DESC, t.title`).all() as TrajectRow[];
    return rows.map(fromRow);
  }

  get(id: string): Traject | undefined {
    const row = this.db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TrajectRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** The traject, or NotFound (NOT_FOUND, mapped once in the dispatcher). */
  require(id: string): Traject {
    const traject = this.get(id);
    if (!traject) throw new NotFound('traject', id);
    return traject;
  }

  create(input: Required<NewTraject>): Traject {
    const stamp = this.now().toISOString();
    const id = this.newId();
    refuseControlCharacters([input.title, input.municipality, input.vraagstuk]);
    return this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO trajecten (id, title, municipality, vraagstuk, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.title, input.municipality, input.vraagstuk, stamp, stamp);
      // Read back before commit: a traject that cannot be opened is never stored.
      return readBackBeforeCommit(() => this.get(id));
    })();
  }

  /**
   * Changes the details on top of `change.expectedRevision`: a stale revision throws
   * RevisionConflict and writes nothing; a traject that does not exist throws NotFound.
   */
  update(change: TrajectUpdate): Traject {
    refuseControlCharacters([change.title, change.municipality, change.vraagstuk]);
    return this.db
      .transaction(() => {
        const current = this.require(change.id);
        checkRevision('traject', change.expectedRevision, current.revision);
        this.db
          .prepare('UPDATE trajecten SET title = ?, municipality = ?, vraagstuk = ?, updated_at = ? WHERE id = ?')
          .run(
            change.title ?? current.title,
            change.municipality ?? current.municipality,
            change.vraagstuk ?? current.vraagstuk,
            this.now().toISOString(),
            change.id,
          );
        this.db
          .prepare(
            `INSERT INTO traject_revisions (traject_id, details) VALUES (?, ?)
             ON CONFLICT (traject_id) DO UPDATE SET details = excluded.details`,
          )
          .run(change.id, current.revision + 1);
        return readBackBeforeCommit(() => this.get(change.id));
      })
      .immediate();
  }

  /** Deletes the traject with everything that hangs on it (ON DELETE CASCADE); NotFound when there is none. */
  delete(id: string): void {
    if (this.db.prepare('DELETE FROM trajecten WHERE id = ?').run(id).changes === 0) throw new NotFound('traject', id);
  }
}
