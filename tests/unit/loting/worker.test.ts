import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/loting/api';
import { foutmeldingBerekening, ComputeJobs, type Taak } from '../../../main/loting/jobs';
import { memoryBackend } from '../../support/services';
import { poolMetKenmerken } from './large-pools';
import { voorbeeld } from './helpers';

/**
 * The loting computation runs in a worker thread (main/loting/worker.ts), so the main
 * process — Electron's, or the HTTP host — keeps answering while a large LEXIMIN solve runs, and
 * every failure ends the job with a Dutch message instead of leaving it at `bezig`.
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

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function klaar(taak: Taak, maxMs = 60_000): Promise<Taak> {
  const eind = Date.now() + maxMs;
  while (taak.status === 'bezig' && Date.now() < eind) await slaap(20);
  return taak;
}

/**
 * 2000 respondents with 10 kenmerken (panel of 100): about 1900 profiles, a solve of many seconds
 * (bench `loting`), so it is surely still running while the other calls are measured.
 */
function grotePool() {
  const { pool, quota } = poolMetKenmerken(2000, 100, 2026, 10);
  return {
    kolommen: [
      { naam: 'id', rol: 'id' as const },
      ...pool.categorieen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
    ],
    rijen: pool.respondenten.map((r) => [r.id, ...r.waarden]),
    quota,
  };
}

describe('loting computation in a worker thread', () => {
  it('keeps answering other API calls while a 2000-respondent LEXIMIN runs, and cancels it', async () => {
    backend = memoryBackend();
    const { kolommen, rijen, quota } = grotePool();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', { naam: 'groot', kolommen, rijen });
    const { taakId } = await call<{ taakId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen: { panelgrootte: 100, quota, huishoudensUitsluiten: false },
      seed: 7,
    });
    // Wait until the worker computes (its first progress report), then measure other calls.
    const status = () => call<JobStatus>(backend!, 'loting.computeStatus', { taakId });
    for (let i = 0; i < 500 && (await status()).fase === 'start'; i++) await slaap(20);
    const latenties: number[] = [];
    const eind = Date.now() + 2_500;
    while (Date.now() < eind && (await status()).status === 'bezig') {
      const t0 = performance.now();
      await call(backend, 'app.info', {});
      await call(backend, 'trajecten.list', {});
      latenties.push(performance.now() - t0);
      await slaap(10);
    }
    const bezig = (await status()).status === 'bezig';
    await call(backend, 'loting.cancelCompute', { taakId });
    const eindStatus = Date.now() + 5_000;
    while ((await status()).status === 'bezig' && Date.now() < eindStatus) await slaap(20);
    expect((await status()).status).toBe(bezig ? 'afgebroken' : 'klaar');
    latenties.sort((a, b) => a - b);
    const p95 = latenties[Math.floor(latenties.length * 0.95)] ?? Infinity;
    // Blocked, one call would wait for a whole HiGHS solve (seconds: issue 15 measured 6.3 s
    // p50 at 20 000 respondents). The target is 50 ms (bench `loting`); this bound is generous
    // because this test shares two busy cores with the solve and other test files.
    expect(latenties.length).toBeGreaterThan(10);
    expect(p95).toBeLessThan(250);
  }, 60_000);

  it('ends a job whose worker throws, exits or reports an error as fout with a Dutch message', async () => {
    const werker = new URL('./failing-worker.ts', import.meta.url);
    const taken = new ComputeJobs({ werker });
    const { gegevens, quota } = voorbeeld();
    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    for (const seed of [1, 2, 3]) {
      const taak = await klaar(taken.start(`pool-${seed}`, gegevens, instellingen, seed, () => 'nooit'));
      expect(taak.status).toBe('fout');
      expect(taak.meldingen).toEqual([foutmeldingBerekening]);
    }
  }, 60_000);

  it('ends as fout with the storage reason when the result cannot be stored (full disk)', async () => {
    const taken = new ComputeJobs();
    const { gegevens, quota } = voorbeeld();
    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    const vol = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const taak = await klaar(taken.start('pool', gegevens, instellingen, 3, vol));
    expect(taak.status).toBe('fout');
    expect(taak.meldingen.join(' ')).toMatch(
      /^De loting is berekend, maar kon niet worden bewaard\. Niet opgeslagen: de schijf is vol/,
    );
  }, 60_000);

  it('stores the result of a finished worker and reports progress on the way', async () => {
    const taken = new ComputeJobs();
    const { gegevens, quota } = voorbeeld();
    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    let bewaard: unknown;
    const taak = await klaar(
      taken.start('pool', gegevens, instellingen, 3, (r) => {
        bewaard = r;
        return 'trekking-1';
      }),
    );
    expect(taak.status).toBe('klaar');
    expect(taak.trekkingId).toBe('trekking-1');
    expect(taak.voortgang).toBe(1);
    expect(bewaard).toMatchObject({ seed: 3, panelgrootte: 20, exact: true });
  }, 60_000);
});
