import { poolDataFromV1, resultFromV1, settingsFromV1 } from '../../../shared/loting/format-v1';
import type { Migration } from './types';

/**
 * English names for the loting tables and columns (README naming rule), and English keys and
 * values inside the JSON they store: a pool's data (columns and roles), its last settings, and
 * every result (format version 1 → 2, see shared/loting/format-v1.ts).
 *
 * ALTER TABLE … RENAME keeps every row, the STRICT flag, the CHECK constraints (SQLite rewrites
 * the column names in them), the index and the foreign key with its cascade; the JSON is rewritten
 * row by row in the same transaction, after the backup copy the app makes before migrating.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'loting-english',
  up(db) {
    db.exec(`
      ALTER TABLE loting_pools RENAME COLUMN naam TO name;
      ALTER TABLE loting_pools RENAME COLUMN aantal TO size;
      ALTER TABLE loting_pools RENAME COLUMN gegevens TO data;
      ALTER TABLE loting_pools RENAME COLUMN instellingen TO settings;

      ALTER TABLE loting_trekkingen RENAME TO loting_draws;
      ALTER TABLE loting_draws RENAME COLUMN resultaat TO result;
      DROP INDEX loting_trekkingen_pool;
      CREATE INDEX loting_draws_pool ON loting_draws (pool_id, created_at);
    `);

    const pools = db.prepare('SELECT id, data, settings FROM loting_pools').all() as Array<{
      id: string;
      data: string;
      settings: string | null;
    }>;
    const updatePool = db.prepare('UPDATE loting_pools SET data = ?, settings = ? WHERE id = ?');
    for (const p of pools) {
      const settings = p.settings === null ? null : JSON.stringify(settingsFromV1(JSON.parse(p.settings)));
      updatePool.run(JSON.stringify(poolDataFromV1(JSON.parse(p.data))), settings, p.id);
    }

    const draws = db.prepare('SELECT id, result FROM loting_draws').all() as Array<{ id: string; result: string }>;
    const updateDraw = db.prepare('UPDATE loting_draws SET result = ? WHERE id = ?');
    for (const d of draws) updateDraw.run(JSON.stringify(resultFromV1(JSON.parse(d.result))), d.id);
  },
};
