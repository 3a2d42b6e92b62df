import { readFileSync } from 'node:fs';
import { highsSolver } from '../../../main/loting/highs';
import { computeLoting, type ComputeOutcome } from '../../../shared/loting/compute';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import type { LotingSettings, Pool, PoolData, Quotum } from '../../../shared/loting/model';
import { createPool } from '../../../shared/loting/validation';

export const exampleFolder = new URL('../../fixtures/sortition/example_small_20/', import.meta.url);
export const respondentsCsv = readFileSync(new URL('respondents.csv', exampleFolder), 'utf8');
export const quotaCsv = readFileSync(new URL('categories.csv', exampleFolder), 'utf8');

/** The published example instance (Flanigan et al.): 200 respondents, panel of 20. */
export function example(): { poolData: PoolData; pool: Pool; quota: Quotum[] } {
  const table = readCsv(respondentsCsv);
  const quota = readQuotaCsv(quotaCsv);
  if (!table.ok || !quota.ok) throw new Error('voorbeeld onleesbaar');
  const poolData = {
    columns: table.value.columns.map((name) => ({ name, role: 'feature' as const })),
    rows: table.value.rows,
  };
  return { poolData, pool: createPool(poolData).pool, quota: quota.value };
}

export async function compute(
  pool: Pool,
  settings: LotingSettings,
  seed = 1,
  legacyDraws = 400,
): Promise<ComputeOutcome> {
  return computeLoting(pool, settings, {
    solver: await highsSolver(),
    seed,
    hasHouseholdColumn: false,
    legacyDraws,
  });
}
