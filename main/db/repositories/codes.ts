import { ParticipatieCode } from '../../../shared/code/schema';
import { Procesplaat } from '../../../shared/procesplaat/model';
import { NotFound } from '../errors';
import type { Db } from '../open';
import { readBackBeforeCommit, parseBeforeSave, refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

/** A stored participatiecode with everything the API returns about it. */
export interface StoredCode {
  id: string;
  naam: string;
  gemeente: string;
  code: ParticipatieCode;
  /** The edited standard process; null = generated from the choices. */
  proces: Procesplaat | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  trajectIds: string[];
}

interface Row {
  id: string;
  name: string;
  municipality: string;
  choices: string;
  process: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

/**
 * All SQL for participatiecodes and the link between a traject and its code. Writes validate the
 * whole code against the shared schema inside the transaction and read it back before commit, so
 * a code that cannot be opened again is never stored. Every write of a code names the revision it
 * started from; a stale one changes nothing (RevisionConflict, see revision.ts).
 */
export class CodesRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  private fromRow(row: Row): StoredCode {
    const trajectIds = (
      this.db.prepare('SELECT traject_id FROM traject_codes WHERE code_id = ? ORDER BY traject_id').all(row.id) as {
        traject_id: string;
      }[]
    ).map((r) => r.traject_id);
    // A stored process that no longer validates falls back to the generated one instead of blocking the code.
    const proces = row.process === null ? null : Procesplaat.safeParse(JSON.parse(row.process));
    return {
      id: row.id,
      naam: row.name,
      gemeente: row.municipality,
      code: ParticipatieCode.parse(JSON.parse(row.choices)),
      proces: proces?.success ? proces.data : null,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      trajectIds,
    };
  }

  list(): StoredCode[] {
    const rows = this.db.prepare('SELECT * FROM participatiecodes ORDER BY updated_at DESC, name').all() as Row[];
    return rows.map((r) => this.fromRow(r));
  }

  get(id: string): StoredCode | undefined {
    const row = this.db.prepare('SELECT * FROM participatiecodes WHERE id = ?').get(id) as Row | undefined;
    return row ? this.fromRow(row) : undefined;
  }

  /** The code, or NotFound (NOT_FOUND, mapped once in the dispatcher). */
  require(id: string): StoredCode {
    const stored = this.get(id);
    if (!stored) throw new NotFound('code', id);
    return stored;
  }

  create(naam: string, code: ParticipatieCode): StoredCode {
    refuseControlCharacters([naam, code]);
    const valid = parseBeforeSave(ParticipatieCode, JSON.parse(JSON.stringify(code)));
    const id = this.newId();
    const stamp = this.now().toISOString();
    return this.db
      .transaction(() => {
        this.db
          .prepare(
            'INSERT INTO participatiecodes (id, name, municipality, choices, process, revision, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, 1, ?, ?)',
          )
          .run(id, naam, valid.municipality, JSON.stringify(valid), stamp, stamp);
        return readBackBeforeCommit(() => this.get(id));
      })
      .immediate();
  }

  private checkRevision(id: string, expectedRevision: number): Row {
    const row = this.db.prepare('SELECT * FROM participatiecodes WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new NotFound('code', id);
    checkRevision('code', expectedRevision, row.revision);
    return row;
  }

  /** Saves choices and/or name; NotFound when the code does not exist. */
  update(
    id: string,
    expectedRevision: number,
    change: { naam?: string | undefined; code?: ParticipatieCode | undefined },
  ): StoredCode {
    refuseControlCharacters([change.naam, change.code]);
    const valid =
      change.code === undefined
        ? undefined
        : parseBeforeSave(ParticipatieCode, JSON.parse(JSON.stringify(change.code)));
    return this.db
      .transaction(() => {
        const row = this.checkRevision(id, expectedRevision);
        this.db
          .prepare(
            'UPDATE participatiecodes SET name = ?, municipality = ?, choices = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
          )
          .run(
            change.naam ?? row.name,
            valid?.municipality ?? row.municipality,
            valid ? JSON.stringify(valid) : row.choices,
            this.now().toISOString(),
            id,
          );
        return readBackBeforeCommit(() => this.get(id));
      })
      .immediate();
  }

  /** Stores the edited standard process (null = back to the generated one); NotFound when the code does not exist. */
  saveProcess(id: string, expectedRevision: number, plate: Procesplaat | null): StoredCode {
    refuseControlCharacters(plate);
    const valid = plate === null ? null : parseBeforeSave(Procesplaat, JSON.parse(JSON.stringify(plate)));
    return this.db
      .transaction(() => {
        this.checkRevision(id, expectedRevision);
        this.db
          .prepare('UPDATE participatiecodes SET process = ?, revision = revision + 1, updated_at = ? WHERE id = ?')
          .run(valid === null ? null : JSON.stringify(valid), this.now().toISOString(), id);
        return readBackBeforeCommit(() => this.get(id));
      })
      .immediate();
  }

  /** Deletes a code; its trajecten stay, unlinked. Returns how many were linked; NotFound when there was no such code. */
  delete(id: string): number {
    return this.db
      .transaction(() => {
        const { n } = this.db.prepare('SELECT count(*) AS n FROM traject_codes WHERE code_id = ?').get(id) as {
          n: number;
        };
        const deleted = this.db.prepare('DELETE FROM participatiecodes WHERE id = ?').run(id).changes > 0;
        if (!deleted) throw new NotFound('code', id);
        return n;
      })
      .immediate();
  }

  /** The code a traject follows, or null. */
  codeIdOfTraject(trajectId: string): string | null {
    const row = this.db.prepare('SELECT code_id FROM traject_codes WHERE traject_id = ?').get(trajectId) as
      { code_id: string } | undefined;
    return row?.code_id ?? null;
  }

  /**
   * Links a traject to a code (replacing an earlier link) or unlinks it (null). The caller checks
   * that both exist; the traject counts as changed.
   */
  link(trajectId: string, codeId: string | null): void {
    this.db
      .transaction(() => {
        if (codeId === null) this.db.prepare('DELETE FROM traject_codes WHERE traject_id = ?').run(trajectId);
        else
          this.db
            .prepare(
              'INSERT INTO traject_codes (traject_id, code_id) VALUES (?, ?) ON CONFLICT (traject_id) DO UPDATE SET code_id = excluded.code_id',
            )
            .run(trajectId, codeId);
        this.db.prepare('UPDATE trajecten SET updated_at = ? WHERE id = ?').run(this.now().toISOString(), trajectId);
      })
      .immediate();
  }
}
