import { highsSolver } from '../../main/loting/highs';
import { bouwInstance } from '../../shared/loting/instance';
import { leximin } from '../../shared/loting/leximin';
import { maakProefpool } from '../../shared/loting/proefpool';
import { procent } from '../../shared/loting/tekst';
import type { BenchRow } from './types';

/**
 * LEXIMIN on reproducible synthetic pools with the skew real invitations show (6 kenmerken;
 * shared/loting/proefpool.ts). Targets from the issue: exact for 2000 respondents and a panel of
 * 100 in under 10 s, 10 000 in under 60 s. A run that hits the time limit still gives a valid
 * distribution; the note then shows the gap to the LP bound.
 */
const gevallen = [
  { aantal: 200, panel: 20, targetMs: undefined, maxSeconden: 60 },
  { aantal: 2000, panel: 100, targetMs: 10_000, maxSeconden: 60 },
  { aantal: 10_000, panel: 100, targetMs: 60_000, maxSeconden: 120 },
];

export async function benchLoting(): Promise<BenchRow[]> {
  const solver = await highsSolver();
  const rows: BenchRow[] = [];
  for (const g of gevallen) {
    const { pool, quota } = maakProefpool(g.aantal, g.panel, 2026, 6);
    const instance = bouwInstance(pool, { panelgrootte: g.panel, quota, huishoudensUitsluiten: false });
    const start = performance.now();
    const r = await leximin(instance, { solver, maxSeconden: g.maxSeconden });
    const ms = performance.now() - start;
    const note = r.ok
      ? `${instance.types.length} profielen; minimum ${procent(Math.min(...r.typeKans), 3)}; ${r.exact ? `exact (${r.methode}; LP-bovengrens ${procent(r.bovengrensMinimum, 5)})` : `niet exact (bovengrens ${procent(r.bovengrensMinimum, 3)})`}; ${r.verdeling.panels.length} panels`
      : `geen uitkomst: ${r.reden}`;
    rows.push({
      name: `LEXIMIN: ${g.aantal} respondenten, 6 kenmerken, panel ${g.panel}`,
      medianMs: ms,
      runs: 1,
      note,
      ...(g.targetMs === undefined ? {} : { targetMs: g.targetMs }),
    });
  }
  return rows;
}

if (process.argv[1]?.endsWith('loting.ts')) {
  for (const row of await benchLoting())
    console.log(`${row.name}: ${(row.medianMs / 1000).toFixed(1)} s — ${row.note}`);
}
