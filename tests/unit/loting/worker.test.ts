import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/loting/api';
import { computeErrorMessage, ComputeJobs, type Job } from '../../../main/loting/jobs';
import { memoryBackend } from '../../support/services';
import { poolWithFeatures } from './large-pools';
import { example } from './helpers';

/**
 * The loting computation runs in a worker thread (main/loting/worker.ts), so the main
 * process — Electron's, or the HTTP host — keeps answering while a large LEXIMIN solve runs, and
 * every failure ends the job with a Dutch message instead of leaving it at `running`.
 */
type Backend = ReturnType<typeof memoryBackend>;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.services.lotingJobs.stopAll();
  backend?.services.close();
  backend = undefined;
});

async function call<T>(b: Backend, method: string, input: unknown): Promise<T> {
  const r = await b.dispatch(method, input, 'http');
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as T;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function done(job: Job, maxMs = 60_000): Promise<Job> {
  const end = Date.now() + maxMs;
  while (job.status === 'running' && Date.now() < end) await sleep(20);
  return job;
}

/**
 * 2000 respondents with 10 kenmerken (panel of 100): about 1900 profiles, a solve of many seconds
 * (bench `loting`), so it is surely still running while the other calls are measured.
 */
function largePool() {
  const { pool, quota } = poolWithFeatures(2000, 100, 2026, 10);
  return {
    columns: [
      { name: 'id', role: 'id' as const },
      ...pool.categories.map((name) => ({ name, role: 'feature' as const })),
    ],
    rows: pool.respondents.map((r) => [r.id, ...r.values]),
    quota,
  };
}

describe('loting computation in a worker thread', () => {
  it('keeps answering other API calls while a 2000-respondent LEXIMIN runs, and cancels it', async () => {
    backend = memoryBackend();
    const { columns, rows, quota } = largePool();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', { name: 'groot', columns, rows });
    const { jobId } = await call<{ jobId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings: { panelSize: 100, quota, excludeHouseholds: false },
      seed: 7,
    });
    // Wait until the worker computes (its first progress report), then measure other calls.
    const status = () => call<JobStatus>(backend!, 'loting.computeStatus', { jobId });
    for (let i = 0; i < 500 && (await status()).phase === 'start'; i++) await sleep(20);
    const latencies: number[] = [];
    const end = Date.now() + 2_500;
    while (Date.now() < end && (await status()).status === 'running') {
      const t0 = performance.now();
      await call(backend, 'app.info', {});
      await call(backend, 'trajecten.list', {});
      latencies.push(performance.now() - t0);
      await sleep(10);
    }
    const running = (await status()).status === 'running';
    await call(backend, 'loting.cancelCompute', { jobId });
    const endStatus = Date.now() + 5_000;
    while ((await status()).status === 'running' && Date.now() < endStatus) await sleep(20);
    expect((await status()).status).toBe(running ? 'cancelled' : 'done');
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? Infinity;
    // Blocked, one call would wait for a whole HiGHS solve (seconds: issue 15 measured 6.3 s
    // p50 at 20 000 respondents). The target is 50 ms (bench `loting`); this bound is generous
    // because this test shares two busy cores with the solve and other test files.
    expect(latencies.length).toBeGreaterThan(10);
    expect(p95).toBeLessThan(250);
  }, 60_000);

  it('ends a job whose worker throws, exits or reports an error with status error and a Dutch message', async () => {
    const workerThread = new URL('./failing-worker.ts', import.meta.url);
    const jobs = new ComputeJobs({ workerThread });
    const { poolData, quota } = example();
    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    for (const seed of [1, 2, 3]) {
      const job = await done(jobs.start(`pool-${seed}`, poolData, settings, seed, () => 'nooit'));
      expect(job.status).toBe('error');
      expect(job.messages).toEqual([computeErrorMessage]);
    }
  }, 60_000);

  it('ends with status error and the storage reason when the result cannot be stored (full disk)', async () => {
    const jobs = new ComputeJobs();
    const { poolData, quota } = example();
    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    const full = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const job = await done(jobs.start('pool', poolData, settings, 3, full));
    expect(job.status).toBe('error');
    expect(job.messages.join(' ')).toMatch(
      /^De loting is berekend, maar kon niet worden bewaard\. Niet opgeslagen: de schijf is vol/,
    );
  }, 60_000);

  it('stores the result of a finished worker and reports progress on the way', async () => {
    const jobs = new ComputeJobs();
    const { poolData, quota } = example();
    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    let kept: unknown;
    const job = await done(
      jobs.start('pool', poolData, settings, 3, (r) => {
        kept = r;
        return 'trekking-1';
      }),
    );
    expect(job.status).toBe('done');
    expect(job.drawId).toBe('trekking-1');
    expect(job.progress).toBe(1);
    expect(kept).toMatchObject({ seed: 3, panelSize: 20, exact: true });
  }, 60_000);
});
