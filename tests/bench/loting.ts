import { highsSolver } from '../../main/loting/highs';
import { buildInstance } from '../../shared/loting/instance';
import { leximin } from '../../shared/loting/leximin';
import type { LotingSettings, Pool, Quotum } from '../../shared/loting/model';
import { makeSamplePool } from '../../shared/loting/sample-pool';
import { formatPercent } from '../../shared/format';
import { memoryBackend } from '../support/services';
import { poolWithHouseholds, poolWithFeatures } from '../unit/loting/large-pools';
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
interface Case {
  name: string;
  make: () => { pool: Pool; quota: Quotum[] };
  panel: number;
  households?: boolean;
  targetMs?: number;
  maxSeconds: number;
}

const cases: Case[] = [
  { name: '200 respondenten, 6 kenmerken', make: () => makeSamplePool(200, 20, 2026, 6), panel: 20, maxSeconds: 60 },
  {
    name: '2000 respondenten, 6 kenmerken',
    make: () => makeSamplePool(2000, 100, 2026, 6),
    panel: 100,
    targetMs: 10_000,
    maxSeconds: 60,
  },
  {
    name: '10 000 respondenten, 6 kenmerken',
    make: () => makeSamplePool(10_000, 100, 2026, 6),
    panel: 100,
    targetMs: 60_000,
    maxSeconds: 120,
  },
  {
    name: '2000 respondenten, 10 kenmerken',
    make: () => poolWithFeatures(2000, 100, 2026, 10),
    panel: 100,
    targetMs: 60_000,
    maxSeconds: 120,
  },
  {
    name: '2000 respondenten, één per huishouden (250 gedeelde adressen)',
    make: () => poolWithHouseholds(2000, 100, 2026, 250),
    panel: 100,
    households: true,
    targetMs: 60_000,
    maxSeconds: 120,
  },
];

const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

async function benchLeximin(): Promise<BenchRow[]> {
  const solver = await highsSolver();
  const rows: BenchRow[] = [];
  for (const g of cases) {
    const { pool, quota } = g.make();
    const settings: LotingSettings = { panelSize: g.panel, quota, excludeHouseholds: !!g.households };
    const instance = buildInstance(pool, settings);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const r = await leximin(instance, { solver, maxSeconds: g.maxSeconds });
    const ms = performance.now() - start;
    const cpu = cpuSeconds(process.cpuUsage(cpu0));
    const note = r.ok
      ? `${instance.types.length} profielen; minimum ${formatPercent(Math.min(...r.typeProbability), 3)}; ${r.exact ? `exact (${r.method}; LP-bovengrens ${formatPercent(r.minimumUpperBound, 5)})` : `niet exact (bovengrens ${formatPercent(r.minimumUpperBound, 3)})`}; ${r.distribution.panels.length} panels; CPU ${cpu.toFixed(1)} s`
      : `geen uitkomst: ${r.reason}`;
    rows.push({
      name: `LEXIMIN: ${g.name}, panel ${g.panel}`,
      medianMs: ms,
      runs: 1,
      note,
      ...(g.targetMs === undefined ? {} : { targetMs: g.targetMs }),
    });
  }
  return rows;
}

/** How far past its limit a solve that cannot finish in time runs (10 kenmerken, limit 5 s). */
async function benchTimeLimit(): Promise<BenchRow> {
  const solver = await highsSolver();
  const { pool, quota } = poolWithFeatures(2000, 100, 2026, 10);
  const instance = buildInstance(pool, { panelSize: 100, quota, excludeHouseholds: false });
  const limit = 5;
  const start = performance.now();
  const r = await leximin(instance, { solver, maxSeconds: limit });
  const ms = performance.now() - start;
  return {
    name: `LEXIMIN: tijdslimiet ${limit} s, overschrijding (2000 respondenten, 10 kenmerken)`,
    medianMs: Math.max(0, ms - limit * 1000),
    runs: 1,
    note: `totaal ${(ms / 1000).toFixed(1)} s; ${r.ok ? (r.exact ? 'exact' : 'niet exact, geldige verdeling') : r.reason}`,
    targetMs: 5_000,
  };
}

/** Latency of other API calls while a 20 000-respondent LEXIMIN runs in the worker thread. */
async function benchResponsive(): Promise<BenchRow> {
  const backend = memoryBackend();
  const call = async (method: string, input: unknown) => {
    const r = await backend.dispatch(method, input, 'http');
    if (!r.ok) throw new Error(r.error.message);
    return r.data as Record<string, unknown>;
  };
  try {
    const { pool, quota } = makeSamplePool(20_000, 100, 2026, 6);
    const columns = [
      { name: 'id', role: 'id' as const },
      ...pool.categories.map((name) => ({ name, role: 'feature' as const })),
    ];
    const rows = pool.respondents.map((r) => [r.id, ...r.values]);
    const { id } = (await call('loting.pools.create', { name: 'bench', columns, rows })) as { id: string };
    const { jobId } = (await call('loting.compute', {
      poolId: id,
      settings: { panelSize: 100, quota, excludeHouseholds: false },
      seed: 1,
    })) as { jobId: string };
    const status = async () => (await call('loting.computeStatus', { jobId })) as { status: string; phase: string };
    while ((await status()).phase === 'start') await new Promise((r) => setTimeout(r, 20));
    const samples: number[] = [];
    const end = Date.now() + 8_000;
    while (Date.now() < end && (await status()).status === 'running') {
      const t0 = performance.now();
      await call('app.info', {});
      await call('trajecten.list', {});
      samples.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    await call('loting.cancelCompute', { jobId });
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
  return [...(await benchLeximin()), await benchTimeLimit(), await benchResponsive()];
}

if (process.argv[1]?.endsWith('loting.ts')) {
  for (const row of await benchLoting())
    console.log(`${row.name}: ${(row.medianMs / 1000).toFixed(1)} s — ${row.note}`);
}
