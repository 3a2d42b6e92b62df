import { randomInt, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ComputeOutcome } from '../../shared/loting/compute';
import type { ReselectionInput } from '../../shared/loting/reselection';
import type { LotingSettings, PoolData } from '../../shared/loting/model';
import { seedFromEntropy } from '../../shared/loting/prng';
import type { LotingResult } from '../../shared/loting/result';
import { storageMessages, storageReason } from '../db/storage';
import type { WerkBericht, WerkOpdracht } from './worker';

/**
 * Long computations as jobs: the API starts one and the UI polls its progress. The computation
 * itself runs in a worker thread (worker.ts): every HiGHS solve is synchronous WebAssembly
 * that can take seconds, and in Electron the main process must never be blocked that long (the
 * whole window would freeze). This class only orchestrates: it starts the worker, keeps the
 * progress it reports, cancels it, and stores the result (the database lives in this thread).
 * Whatever goes wrong — an error in the worker, a crash, a full disk when storing — the job
 * ends as `fout` with a Dutch message, never stuck at `bezig`.
 */
export interface Taak {
  id: string;
  poolId: string;
  status: 'bezig' | 'klaar' | 'fout' | 'afgebroken';
  fase: string;
  /** 0..1, respondents with a final probability. */
  voortgang: number;
  panels: number;
  meldingen: string[];
  trekkingId?: string;
  afbreken: boolean;
}

export const standaardMaxSeconden = 120;

/**
 * The worker gets this much time beyond the job's own limit (the greedy comparison and the draw
 * come after LEXIMIN) before it is stopped from outside; it never needs it when all is well.
 */
const extraSeconden = 120;
/** A cancelled worker that does not stop by itself within this time is terminated. */
const afbreekMs = 1_000;

export const foutmeldingBerekening =
  'De berekening is onverwacht gestopt. Probeer het opnieuw; blijft het misgaan, maak de pool dan kleiner.';
const foutmeldingTeLang = 'De berekening duurde veel langer dan de ingestelde tijd en is gestopt. Probeer het opnieuw.';

export function newSeed(): number {
  return seedFromEntropy(() => randomInt(0, 0x1_0000_0000));
}

/**
 * Where the worker's code is. Run from source (tsx, vitest) this file is TypeScript, so the
 * worker is too and gets tsx's loader; in the electron-vite build the worker is its own entry
 * (electron.vite.config.ts), `loting-worker.js` next to the bundled main code.
 */
function werkerStart(eigenUrl: string, opdracht: WerkOpdracht, werker?: URL): Worker {
  const vanBron = eigenUrl.endsWith('.ts');
  const doel = werker ?? new URL(vanBron ? './worker.ts' : './loting-worker.js', eigenUrl);
  if (!vanBron && !doel.pathname.endsWith('.ts')) return new Worker(doel, { workerData: opdracht });
  // tsx's ESM API registers its loader inside the worker before the TypeScript entry is imported.
  const tsxApi = pathToFileURL(
    createRequire(eigenUrl)
      .resolve('tsx/package.json')
      .replace(/package\.json$/, 'dist/esm/api/index.mjs'),
  ).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(doel.href)}); });`;
  return new Worker(code, { eval: true, workerData: opdracht });
}

export interface ComputeJobsOptions {
  /** Another worker entry (tests: one that fails on purpose). */
  werker?: URL;
}

export class ComputeJobs {
  private readonly taken = new Map<string, Taak>();
  private readonly werkers = new Map<string, { worker: Worker; vlag: Int32Array }>();

  constructor(private readonly opties: ComputeJobsOptions = {}) {}

  start(
    poolId: string,
    gegevens: PoolData,
    instellingen: LotingSettings,
    seed: number,
    bewaar: (r: LotingResult) => string,
    maxSeconden = standaardMaxSeconden,
    /** Set for a re-selection round after an earlier draw. */
    herselectie?: ReselectionInput,
  ): Taak {
    // Only one computation per pool: a second click would otherwise race the first.
    for (const t of this.taken.values()) if (t.poolId === poolId && t.status === 'bezig') return t;
    const taak: Taak = {
      id: randomUUID(),
      poolId,
      status: 'bezig',
      fase: 'start',
      voortgang: 0,
      panels: 0,
      meldingen: [],
      afbreken: false,
    };
    this.taken.set(taak.id, taak);
    const afbreken = new SharedArrayBuffer(4);
    const opdracht: WerkOpdracht = {
      gegevens,
      instellingen,
      seed,
      maxSeconden,
      afbreken,
      ...(herselectie ? { herselectie } : {}),
    };
    let worker: Worker;
    try {
      worker = werkerStart(import.meta.url, opdracht, this.opties.werker);
    } catch (error) {
      console.error('[loting]', error);
      this.eindig(taak, 'fout', [foutmeldingBerekening]);
      return taak;
    }
    // A running computation never keeps the process alive on its own (tests, shutdown).
    worker.unref();
    this.werkers.set(taak.id, { worker, vlag: new Int32Array(afbreken) });
    const waakhond = setTimeout(
      () => {
        if (taak.status !== 'bezig') return;
        this.eindig(taak, 'fout', [foutmeldingTeLang]);
        void worker.terminate();
      },
      (maxSeconden + extraSeconden) * 1000,
    );
    waakhond.unref();
    worker.on('message', (bericht: WerkBericht) => {
      if (taak.status !== 'bezig') return;
      if (bericht.soort === 'voortgang') {
        taak.fase = bericht.fase;
        if (bericht.voortgang !== undefined) taak.voortgang = bericht.voortgang;
        if (bericht.panels !== undefined) taak.panels = bericht.panels;
      } else if (bericht.soort === 'uitkomst') {
        this.verwerk(taak, bericht.uitkomst, bewaar);
      } else {
        console.error('[loting] fout in de rekenthread:', bericht.bericht);
        this.eindig(taak, 'fout', [foutmeldingBerekening]);
      }
    });
    worker.on('error', (error) => {
      console.error('[loting] rekenthread gecrasht:', error);
      if (taak.status === 'bezig') this.eindig(taak, 'fout', [foutmeldingBerekening]);
    });
    worker.on('exit', () => {
      clearTimeout(waakhond);
      this.werkers.delete(taak.id);
      // Exit without an answer: cancelled (terminated) or died without an error event.
      if (taak.status === 'bezig') {
        if (taak.afbreken) this.eindig(taak, 'afgebroken');
        else this.eindig(taak, 'fout', [foutmeldingBerekening]);
      }
    });
    return taak;
  }

  get(id: string): Taak | undefined {
    return this.taken.get(id);
  }

  cancel(id: string): void {
    const t = this.taken.get(id);
    if (!t) return;
    t.afbreken = true;
    const w = this.werkers.get(id);
    if (!w) return;
    // The worker sees the flag at its next check and ends cleanly; if a long solve keeps it
    // busy, it is terminated (nothing of a cancelled job is stored either way).
    Atomics.store(w.vlag, 0, 1);
    setTimeout(() => void w.worker.terminate(), afbreekMs).unref();
  }

  /** Stops the jobs of a deleted pool, so no result of deleted data is stored afterwards. */
  forgetPool(poolId: string): void {
    for (const t of this.taken.values()) if (t.poolId === poolId) this.cancel(t.id);
  }

  /** Stops every running computation (when the app closes). */
  async stopAll(): Promise<void> {
    for (const t of this.taken.values()) if (t.status === 'bezig') t.afbreken = true;
    await Promise.all([...this.werkers.values()].map((w) => w.worker.terminate()));
  }

  private eindig(taak: Taak, status: Exclude<Taak['status'], 'bezig'>, meldingen?: string[]): void {
    taak.status = status;
    if (meldingen) taak.meldingen = meldingen;
  }

  private verwerk(taak: Taak, uitkomst: ComputeOutcome, bewaar: (r: LotingResult) => string): void {
    if (uitkomst.ok) {
      if (taak.afbreken) {
        this.eindig(taak, 'afgebroken');
        return;
      }
      try {
        taak.trekkingId = bewaar(uitkomst.resultaat);
      } catch (error) {
        console.error('[loting] opslaan mislukt:', error);
        const reden = storageReason(error);
        this.eindig(taak, 'fout', [
          `De loting is berekend, maar kon niet worden bewaard. ${reden ? storageMessages[reden] : 'Probeer het opnieuw.'}`,
        ]);
        return;
      }
      taak.voortgang = 1;
      this.eindig(taak, 'klaar');
    } else if ('afgebroken' in uitkomst) {
      this.eindig(taak, 'afgebroken');
    } else {
      this.eindig(
        taak,
        'fout',
        uitkomst.meldingen.filter((m) => m.ernst === 'fout').map((m) => m.tekst),
      );
    }
  }
}
