import { Spelregels, type Spelregel } from '../../../shared/document/spelregels';
import type { Db } from '../open';
import { parseBeforeSave, refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

/** All SQL for edited spelregels. A row that no longer validates is ignored (generated ones are shown instead). */
export class SpelregelsRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The edited list, or null when the user never edited (or the stored list is unreadable). */
  get(trajectId: string): Spelregel[] | null {
    const row = this.db.prepare('SELECT spelregels FROM traject_spelregels WHERE traject_id = ?').get(trajectId) as
      { spelregels: string } | undefined;
    if (!row) return null;
    const parsed = Spelregels.safeParse(JSON.parse(row.spelregels));
    return parsed.success ? parsed.data : null;
  }

  /**
   * Revision of the traject's spelregels: 0 when never edited, up by one on every save, also on a
   * save that goes back to the generated ones (traject_revisions, migration 0008).
   */
  revision(trajectId: string): number {
    const row = this.db.prepare('SELECT spelregels FROM traject_revisions WHERE traject_id = ?').get(trajectId) as
      { spelregels: number } | undefined;
    return row?.spelregels ?? 0;
  }

  /**
   * Stores an edited list; null goes back to generated spelregels. With `expectedRevision` (always,
   * from the API) a stale save throws RevisionConflict and writes nothing; without it only for a
   * traject made in the same transaction (a project import). Returns the new revision.
   */
  save(trajectId: string, spelregels: Spelregel[] | null, expectedRevision?: number): number {
    if (spelregels !== null) {
      refuseControlCharacters(spelregels);
      // A list that would not read back is ignored on read (the user's edits silently gone): refuse it now.
      parseBeforeSave(Spelregels, JSON.parse(JSON.stringify(spelregels)));
    }
    return this.db
      .transaction(() => {
        const current = this.revision(trajectId);
        if (expectedRevision !== undefined) checkRevision('spelregels', expectedRevision, current);
        if (spelregels === null) {
          this.db.prepare('DELETE FROM traject_spelregels WHERE traject_id = ?').run(trajectId);
        } else {
          this.db
            .prepare(
              `INSERT INTO traject_spelregels (traject_id, spelregels, updated_at) VALUES (?, ?, ?)
               ON CONFLICT (traject_id) DO UPDATE SET spelregels = excluded.spelregels, updated_at = excluded.updated_at`,
            )
            .run(trajectId, JSON.stringify(spelregels), this.now().toISOString());
        }
        this.db
          .prepare(
            `INSERT INTO traject_revisions (traject_id, spelregels) VALUES (?, ?)
             ON CONFLICT (traject_id) DO UPDATE SET spelregels = excluded.spelregels`,
          )
          .run(trajectId, current + 1);
        return current + 1;
      })
      .immediate();
  }
}
