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
export async function exampleDraw(options: { withNames?: boolean; legacyTrekkingen?: number } = {}) {
  const map = join(import.meta.dirname, '../../fixtures/sortition/example_small_20');
  const tabel = readCsv(readFileSync(join(map, 'respondents.csv'), 'utf8'));
  const quota = readQuotaCsv(readFileSync(join(map, 'categories.csv'), 'utf8'));
  if (!tabel.ok || !quota.ok) throw new Error('fixture');
  const gegevens: PoolData = {
    kolommen: [
      { naam: 'id', rol: 'id' },
      ...(options.withNames ? [{ naam: 'naam', rol: 'meenemen' as const }] : []),
      ...tabel.waarde.kolommen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
    ],
    rijen: tabel.waarde.rijen.map((r, i) => [`R${i + 1}`, ...(options.withNames ? [`Persoon ${i + 1}`] : []), ...r]),
  };
  const pool = createPool(gegevens).pool;
  const instellingen = { panelgrootte: 20, quota: quota.waarde, huishoudensUitsluiten: false };
  const uitkomst = await computeLoting(pool, instellingen, {
    solver: await highsSolver(),
    seed: 5,
    heeftHuishoudkolom: false,
    legacyTrekkingen: options.legacyTrekkingen ?? 300,
  });
  if (!uitkomst.ok) throw new Error('berekening');
  return { gegevens, pool, quota: quota.waarde, instellingen, resultaat: uitkomst.resultaat };
}
