import { readFileSync } from 'node:fs';
import { highsSolver } from '../../../main/loting/highs';
import { computeLoting, type ComputeOutcome } from '../../../shared/loting/compute';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import type { LotingSettings, Pool, PoolData, Quotum } from '../../../shared/loting/model';
import { createPool } from '../../../shared/loting/validation';

export const voorbeeldMap = new URL('../../fixtures/sortition/example_small_20/', import.meta.url);
export const respondentenCsv = readFileSync(new URL('respondents.csv', voorbeeldMap), 'utf8');
export const quotaCsv = readFileSync(new URL('categories.csv', voorbeeldMap), 'utf8');

/** The published example instance (Flanigan et al.): 200 respondents, panel of 20. */
export function voorbeeld(): { gegevens: PoolData; pool: Pool; quota: Quotum[] } {
  const tabel = readCsv(respondentenCsv);
  const quota = readQuotaCsv(quotaCsv);
  if (!tabel.ok || !quota.ok) throw new Error('voorbeeld onleesbaar');
  const gegevens = {
    kolommen: tabel.waarde.kolommen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
    rijen: tabel.waarde.rijen,
  };
  return { gegevens, pool: createPool(gegevens).pool, quota: quota.waarde };
}

export async function bereken(
  pool: Pool,
  instellingen: LotingSettings,
  seed = 1,
  legacyTrekkingen = 400,
): Promise<ComputeOutcome> {
  return computeLoting(pool, instellingen, {
    solver: await highsSolver(),
    seed,
    heeftHuishoudkolom: false,
    legacyTrekkingen,
  });
}
