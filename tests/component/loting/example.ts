import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highsSolver } from '../../../main/loting/highs';
import { computeLoting } from '../../../shared/loting/compute';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import type { PoolData } from '../../../shared/loting/model';
import { createPool } from '../../../shared/loting/validation';

/**
 * The published example pool (200 respondents, panel of 20) as the screens get it: an id column
 * R1…R200, optionally a kept name column, and the kenmerken; with a draw computed from it.
 */
export async function exampleDraw(options: { withNames?: boolean; legacyDraws?: number } = {}) {
  const map = join(import.meta.dirname, '../../fixtures/sortition/example_small_20');
  const table = readCsv(readFileSync(join(map, 'respondents.csv'), 'utf8'));
  const quota = readQuotaCsv(readFileSync(join(map, 'categories.csv'), 'utf8'));
  if (!table.ok || !quota.ok) throw new Error('fixture');
  const poolData: PoolData = {
    columns: [
      { name: 'id', role: 'id' },
      ...(options.withNames ? [{ name: 'naam', role: 'keep' as const }] : []),
      ...table.value.columns.map((name) => ({ name, role: 'feature' as const })),
    ],
    rows: table.value.rows.map((r, i) => [`R${i + 1}`, ...(options.withNames ? [`Persoon ${i + 1}`] : []), ...r]),
  };
  const pool = createPool(poolData).pool;
  const settings = { panelSize: 20, quota: quota.value, excludeHouseholds: false };
  const outcome = await computeLoting(pool, settings, {
    solver: await highsSolver(),
    seed: 5,
    hasHouseholdColumn: false,
    legacyDraws: options.legacyDraws ?? 300,
  });
  if (!outcome.ok) throw new Error('berekening');
  return { poolData, pool, quota: quota.value, settings, result: outcome.result };
}
