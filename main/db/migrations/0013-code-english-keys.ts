import { upgradeCodeData } from '../../../shared/code/upgrade';
import type { Migration } from './types';

/**
 * English keys and ids in the stored choices of every participatiecode (README naming rule): the
 * JSON in `participatiecodes.choices` goes from format version 1 (`toepassing.uitzonderingen`,
 * `uitdaagrecht.beslisWeken`, `'grote-impact'`) to version 2 (`scope.exemptions`,
 * `uitdaagrecht.decisionWeeks`, `'large-impact'`) through the same map that reads version-1 code
 * files (shared/code/upgrade.ts). Rows of another version are left as they are; name, revision and
 * timestamps do not change. Runs in the one migration transaction after the backup copy.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'code-english-keys',
  up(db) {
    const rows = db.prepare('SELECT id, choices FROM participatiecodes').all() as { id: string; choices: string }[];
    const update = db.prepare('UPDATE participatiecodes SET choices = ? WHERE id = ?');
    for (const row of rows) {
      const upgraded = upgradeCodeData(JSON.parse(row.choices));
      const text = JSON.stringify(upgraded);
      if (text !== JSON.stringify(JSON.parse(row.choices))) update.run(text, row.id);
    }
  },
};
