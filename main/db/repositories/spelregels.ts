import { Spelregels, type Spelregel } from '../../../shared/document/spelregels';
import type { Db } from '../open';
import { parseVoorOpslaan, weigerStuurtekens } from './controle';

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

  /** Stores an edited list; null goes back to generated spelregels. */
  save(trajectId: string, spelregels: Spelregel[] | null): void {
    if (spelregels === null) {
      this.db.prepare('DELETE FROM traject_spelregels WHERE traject_id = ?').run(trajectId);
      return;
    }
    weigerStuurtekens(spelregels);
    // A list that would not read back is ignored on read (the user's edits silently gone): refuse it now.
    parseVoorOpslaan(Spelregels, JSON.parse(JSON.stringify(spelregels)));
    const json = JSON.stringify(spelregels);
    this.db
      .prepare(
        `INSERT INTO traject_spelregels (traject_id, spelregels, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (traject_id) DO UPDATE SET spelregels = excluded.spelregels, updated_at = excluded.updated_at`,
      )
      .run(trajectId, json, this.now().toISOString());
  }
}
