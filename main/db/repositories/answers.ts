import { TrajectAnswers } from '../../../shared/participatie/answers';
import { migrateInstrumentIds } from '../../../shared/participatie/catalogue-migration';
import type { Db } from '../open';
import { parseBeforeSave, refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

export interface StoredAnswers {
  answers: TrajectAnswers;
  /** 0 when nothing has been saved yet. */
  revision: number;
  /** Set when the stored JSON no longer matched the schema and was replaced by what could be kept. */
  repaired: boolean;
  /** Notes about instrument ids renamed by a newer catalogue (see catalogue-migration.ts). */
  notes: string[];
}

interface Row {
  answers: string;
  revision: number;
}

/** All SQL for a traject's answers. Reads validate (and repair) so a bad row never crashes the UI. */
export class AnswersRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(trajectId: string): StoredAnswers {
    const row = this.db.prepare('SELECT answers, revision FROM traject_answers WHERE traject_id = ?').get(trajectId) as
      Row | undefined;
    if (!row) return { answers: TrajectAnswers.parse({}), revision: 0, repaired: false, notes: [] };
    const parsed = TrajectAnswers.safeParse(JSON.parse(row.answers));
    // Old instrument ids are mapped on read (the row itself changes on the next save), so a
    // traject saved with catalogue 1.0 opens in 1.1 with its choices intact and a note.
    const answers = parsed.success ? parsed.data : repair(JSON.parse(row.answers));
    const migrated = migrateInstrumentIds(answers);
    return { answers: migrated.answers, revision: row.revision, repaired: !parsed.success, notes: migrated.notes };
  }

  /**
   * Saves the whole answer document. With `expectedRevision` (always, from the API) the save only
   * succeeds when nobody saved in between, else RevisionConflict and nothing is written. Without it
   * only for answers of a traject made in the same transaction (a worked example, an import).
   */
  save(trajectId: string, answers: TrajectAnswers, expectedRevision?: number): number {
    refuseControlCharacters(answers);
    // What is stored must read back without repair: checked before commit, so a failure writes nothing.
    parseBeforeSave(TrajectAnswers, JSON.parse(JSON.stringify(answers)));
    const json = JSON.stringify(answers);
    return this.db
      .transaction(() => {
        const current =
          (
            this.db.prepare('SELECT revision FROM traject_answers WHERE traject_id = ?').get(trajectId) as
              { revision: number } | undefined
          )?.revision ?? 0;
        if (expectedRevision !== undefined) checkRevision('answers', expectedRevision, current);
        const next = current + 1;
        const stamp = this.now().toISOString();
        this.db
          .prepare(
            `INSERT INTO traject_answers (traject_id, answers, revision, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (traject_id) DO UPDATE SET answers = excluded.answers, revision = excluded.revision, updated_at = excluded.updated_at`,
          )
          .run(trajectId, json, next, stamp);
        this.db.prepare('UPDATE trajecten SET updated_at = ? WHERE id = ?').run(stamp, trajectId);
        return next;
      })
      .immediate();
  }
}

/** Keeps every phase that still validates and drops the rest, so one bad field does not cost a whole traject. */
function repair(raw: unknown): TrajectAnswers {
  const result = TrajectAnswers.parse({});
  if (typeof raw !== 'object' || raw === null) return result;
  const record = raw as { phases?: Record<string, unknown>; organisatie?: unknown };
  for (const [phase, value] of Object.entries(record.phases ?? {})) {
    const one = TrajectAnswers.safeParse({ phases: { [phase]: value } });
    if (one.success) Object.assign(result.phases, one.data.phases);
  }
  const organisation = TrajectAnswers.safeParse({ organisatie: record.organisatie });
  if (organisation.success && organisation.data.organisatie) result.organisatie = organisation.data.organisatie;
  return result;
}
