import { highsSolver } from '../../main/loting/highs';
import { buildInstance } from '../../shared/loting/instance';
import { leximin } from '../../shared/loting/leximin';
import type { LotingSettings, Pool, Quotum } from '../../shared/loting/model';
import { makeSamplePool } from '../../shared/loting/sample-pool';
import { formatPercent } from '../../shared/format';
import { memoryBackend } from '../support/services';
import { poolMetHuishoudens, poolMetKenmerken } from '../unit/loting/large-pools';
import { summarise, type BenchRow } from './types';

/**
 * LEXIMIN on reproducible synthetic pools with the skew real invitations show (6 kenmerken;
 * shared/loting/proefpool.ts). Targets from issue 17: exact for 2000 respondents and a panel of
 * 100 in under 10 s, 10 000 in under 60 s; and with many distinct profiles — 10 kenmerken
 * (about 1900 profiles), and one per household with 250 shared addresses — exact in under 60 s.
 * A run that hits the time limit still gives a valid distribution; the note then shows the gap to
 * the LP bound. Each row also gives the CPU time of the process: on a busy machine the wall time
 * can be several times the CPU time, and the CPU time is what the algorithm itself costs.
 *
 * Two rows measure the time limit and the main process (issue 15.5): how far a solve runs past a
 * 5 s limit (target: at most 5 s over), and how fast the API answers other calls while a
 * 20 000-respondent LEXIMIN runs in its worker thread (target: p95 under 50 ms).
 */
interface Geval {
  naam: string;
  maak: () => { pool: Pool; quota: Quotum[] };
  panel: number;
  huishoudens?: boolean;
  targetMs?: number;
  maxSeconden: number;
}

const gevallen: Geval[] = [
  { naam: '200 respondenten, 6 kenmerken', maak: () => makeSamplePool(200, 20, 2026, 6), panel: 20, maxSeconden: 60 },
  {
    naam: '2000 respondenten, 6 kenmerken',
    maak: () => makeSamplePool(2000, 100, 2026, 6),
    panel: 100,
    targetMs: 10_000,
    maxSeconden: 60,
  },
  {
    naam: '10 000 respondenten, 6 kenmerken',
    maak: () => makeSamplePool(10_000, 100, 2026, 6),
    panel: 100,
    targetMs: 60_000,
    maxSeconden: 120,
  },
  {
    naam: '2000 respondenten, 10 kenmerken',
    maak: () => poolMetKenmerken(2000, 100, 2026, 10),
    panel: 100,
    targetMs: 60_000,
    maxSeconden: 120,
  },
  {
    naam: '2000 respondenten, één per huishouden (250 gedeelde adressen)',
    maak: () => poolMetHuishoudens(2000, 100, 2026, 250),
    panel: 100,
    huishoudens: true,
    targetMs: 60_000,
    maxSeconden: 120,
  },
];

const cpuSeconden = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

async function benchLeximin(): Promise<BenchRow[]> {
  const solver = await highsSolver();
  const rows: BenchRow[] = [];
  for (const g of gevallen) {
    const { pool, quota } = g.maak();
    const instellingen: LotingSettings = { panelgrootte: g.panel, quota, huishoudensUitsluiten: !!g.huishoudens };
    const instance = buildInstance(pool, instellingen);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const r = await leximin(instance, { solver, maxSeconden: g.maxSeconden });
    const ms = performance.now() - start;
    const cpu = cpuSeconden(process.cpuUsage(cpu0));
    const note = r.ok
      ? `${instance.types.length} profielen; minimum ${formatPercent(Math.min(...r.typeKans), 3)}; ${r.exact ? `exact (${r.methode}; LP-bovengrens ${formatPercent(r.bovengrensMinimum, 5)})` : `niet exact (bovengrens ${formatPercent(r.bovengrensMinimum, 3)})`}; ${r.verdeling.panels.length} panels; CPU ${cpu.toFixed(1)} s`
      : `geen uitkomst: ${r.reden}`;
    rows.push({
      name: `LEXIMIN: ${g.naam}, panel ${g.panel}`,
      medianMs: ms,
      runs: 1,
      note,
      ...(g.targetMs === undefined ? {} : { targetMs: g.targetMs }),
    });
  }
  return rows;
}

/** How far past its limit a solve that cannot finish in time runs (10 kenmerken, limit 5 s). */
async function benchTijdslimiet(): Promise<BenchRow> {
  const solver = await highsSolver();
  const { pool, quota } = poolMetKenmerken(2000, 100, 2026, 10);
  const instance = buildInstance(pool, { panelgrootte: 100, quota, huishoudensUitsluiten: false });
  const limiet = 5;
  const start = performance.now();
  const r = await leximin(instance, { solver, maxSeconden: limiet });
  const ms = performance.now() - start;
  return {
    name: `LEXIMIN: tijdslimiet ${limiet} s, overschrijding (2000 respondenten, 10 kenmerken)`,
    medianMs: Math.max(0, ms - limiet * 1000),
    runs: 1,
    note: `totaal ${(ms / 1000).toFixed(1)} s; ${r.ok ? (r.exact ? 'exact' : 'niet exact, geldige verdeling') : r.reden}`,
    targetMs: 5_000,
  };
}

/** Latency of other API calls while a 20 000-respondent LEXIMIN runs in the worker thread. */
async function benchResponsief(): Promise<BenchRow> {
  const backend = memoryBackend();
  const call = async (method: string, input: unknown) => {
    const r = await backend.dispatch(method, input, 'http');
    if (!r.ok) throw new Error(r.error.message);
    return r.data as Record<string, unknown>;
  };
  try {
    const { pool, quota } = makeSamplePool(20_000, 100, 2026, 6);
    const kolommen = [
      { naam: 'id', rol: 'id' as const },
      ...pool.categorieen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
    ];
    const rijen = pool.respondenten.map((r) => [r.id, ...r.waarden]);
    const { id } = (await call('loting.pools.create', { naam: 'bench', kolommen, rijen })) as { id: string };
    const { taakId } = (await call('loting.compute', {
      poolId: id,
      instellingen: { panelgrootte: 100, quota, huishoudensUitsluiten: false },
      seed: 1,
    })) as { taakId: string };
    const status = async () => (await call('loting.computeStatus', { taakId })) as { status: string; fase: string };
    while ((await status()).fase === 'start') await new Promise((r) => setTimeout(r, 20));
    const samples: number[] = [];
    const eind = Date.now() + 8_000;
    while (Date.now() < eind && (await status()).status === 'bezig') {
      const t0 = performance.now();
      await call('app.info', {});
      await call('trajecten.list', {});
      samples.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    await call('loting.cancelCompute', { taakId });
    return {
      name: 'API tijdens LEXIMIN van 20 000 respondenten (app.info + trajecten.list)',
      ...summarise(samples),
      runs: samples.length,
      note: 'berekening in een worker thread; doel: p95 onder 50 ms',
      targetMs: 50,
    };
  } finally {
    await backend.services.lotingJobs.stopAll();
    backend.services.close();
  }
}

export async function benchLoting(): Promise<BenchRow[]> {
  return [...(await benchLeximin()), await benchTijdslimiet(), await benchResponsief()];
}

if (process.argv[1]?.endsWith('loting.ts')) {
  for (const row of await benchLoting())
    console.log(`${row.name}: ${(row.medianMs / 1000).toFixed(1)} s — ${row.note}`);
}
