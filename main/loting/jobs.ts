import { randomInt, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ComputeOutcome } from '../../shared/loting/compute';
import type { ReselectionInput } from '../../shared/loting/reselection';
import type { LotingSettings, PoolData } from '../../shared/loting/model';
import { seedFromEntropy } from '../../shared/loting/prng';
import type { LotingResult } from '../../shared/loting/result';
import { storageMessages } from '../../shared/api/messages';
import { storageReason } from '../db/storage';
import type { WorkerMessage, WorkerTask } from './worker';
import { jobMessages } from '../../shared/loting/messages';

/**
 * Long computations as jobs: the API starts one and the UI polls its progress. The computation
 * itself runs in a worker thread (worker.ts): every HiGHS solve is synchronous WebAssembly
 * that can take seconds, and in Electron the main process must never be blocked that long (the
 * whole window would freeze). This class only orchestrates: it starts the worker, keeps the
 * progress it reports, cancels it, and stores the result (the database lives in this thread).
 * Whatever goes wrong — an error in the worker, a crash, a full disk when storing — the job
 * ends as `error` with a Dutch message, never stuck at `running`.
 */
export interface Job {
  id: string;
  poolId: string;
  status: 'running' | 'done' | 'error' | 'cancelled';
  phase: string;
  /** 0..1, respondents with a final probability. */
  progress: number;
  panels: number;
  messages: string[];
  drawId?: string;
  cancel: boolean;
}

export const defaultMaxSeconds = 120;

/**
 * The worker gets this much time beyond the job's own limit (the greedy comparison and the draw
 * come after LEXIMIN) before it is stopped from outside; it never needs it when all is well.
 */
const extraSeconds = 120;
/** A cancelled worker that does not stop by itself within this time is terminated. */
const cancelMs = 1_000;

export const computeErrorMessage = jobMessages.stoppedUnexpectedly;
const tooLongMessage = jobMessages.tooLong;

export function newSeed(): number {
  return seedFromEntropy(() => randomInt(0, 0x1_0000_0000));
}

/**
 * Where the worker's code is. Run from source (tsx, vitest) this file is TypeScript, so the
 * worker is too and gets tsx's loader; in the electron-vite build the worker is its own entry
 * (electron.vite.config.ts), `loting-worker.js` next to the bundled main code.
 */
function workerStart(ownUrl: string, task: WorkerTask, workerThread?: URL): Worker {
  const fromSource = ownUrl.endsWith('.ts');
  const target = workerThread ?? new URL(fromSource ? './worker.ts' : './loting-worker.js', ownUrl);
  if (!fromSource && !target.pathname.endsWith('.ts')) return new Worker(target, { workerData: task });
  // tsx's ESM API registers its loader inside the worker before the TypeScript entry is imported.
  const tsxApi = pathToFileURL(
    createRequire(ownUrl)
      .resolve('tsx/package.json')
      .replace(/package\.json$/, 'dist/esm/api/index.mjs'),
  ).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(target.href)}); });`;
  return new Worker(code, { eval: true, workerData: task });
}

export interface ComputeJobsOptions {
  /** Another worker entry (tests: one that fails on purpose). */
  workerThread?: URL;
}

export class ComputeJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly workers = new Map<string, { worker: Worker; flag: Int32Array }>();

  constructor(private readonly options: ComputeJobsOptions = {}) {}

  start(
    poolId: string,
    poolData: PoolData,
    settings: LotingSettings,
    seed: number,
    store: (r: LotingResult) => string,
    maxSeconds = defaultMaxSeconds,
    /** Set for a re-selection round after an earlier draw. */
    reselection?: ReselectionInput,
  ): Job {
    // Only one computation per pool: a second click would otherwise race the first.
    for (const t of this.jobs.values()) if (t.poolId === poolId && t.status === 'running') return t;
    const job: Job = {
      id: randomUUID(),
      poolId,
      status: 'running',
      phase: 'start',
      progress: 0,
      panels: 0,
      messages: [],
      cancel: false,
    };
    this.jobs.set(job.id, job);
    const cancel = new SharedArrayBuffer(4);
    const task: WorkerTask = {
      poolData,
      settings,
      seed,
      maxSeconds,
      cancel,
      ...(reselection ? { reselection } : {}),
    };
    let worker: Worker;
    try {
      worker = workerStart(import.meta.url, task, this.options.workerThread);
    } catch (error) {
      console.error('[loting]', error);
      this.finite(job, 'error', [computeErrorMessage]);
      return job;
    }
    // A running computation never keeps the process alive on its own (tests, shutdown).
    worker.unref();
    this.workers.set(job.id, { worker, flag: new Int32Array(cancel) });
    const watchdog = setTimeout(
      () => {
        if (job.status !== 'running') return;
        this.finite(job, 'error', [tooLongMessage]);
        void worker.terminate();
      },
      (maxSeconds + extraSeconds) * 1000,
    );
    watchdog.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (job.status !== 'running') return;
      if (message.kind === 'progress') {
        job.phase = message.phase;
        if (message.progress !== undefined) job.progress = message.progress;
        if (message.panels !== undefined) job.panels = message.panels;
      } else if (message.kind === 'outcome') {
        this.handleOutcome(job, message.outcome, store);
      } else {
        console.error('[loting] error in the compute thread:', message.message);
        this.finite(job, 'error', [computeErrorMessage]);
      }
    });
    worker.on('error', (error) => {
      console.error('[loting] compute thread crashed:', error);
      if (job.status === 'running') this.finite(job, 'error', [computeErrorMessage]);
    });
    worker.on('exit', () => {
      clearTimeout(watchdog);
      this.workers.delete(job.id);
      // Exit without an answer: cancelled (terminated) or died without an error event.
      if (job.status === 'running') {
        if (job.cancel) this.finite(job, 'cancelled');
        else this.finite(job, 'error', [computeErrorMessage]);
      }
    });
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  cancel(id: string): void {
    const t = this.jobs.get(id);
    if (!t) return;
    t.cancel = true;
    const w = this.workers.get(id);
    if (!w) return;
    // The worker sees the flag at its next check and ends cleanly; if a long solve keeps it
    // busy, it is terminated (nothing of a cancelled job is stored either way).
    Atomics.store(w.flag, 0, 1);
    setTimeout(() => void w.worker.terminate(), cancelMs).unref();
  }

  /** Stops the jobs of a deleted pool, so no result of deleted data is stored afterwards. */
  forgetPool(poolId: string): void {
    for (const t of this.jobs.values()) if (t.poolId === poolId) this.cancel(t.id);
  }

  /** Stops every running computation (when the app closes). */
  async stopAll(): Promise<void> {
    for (const t of this.jobs.values()) if (t.status === 'running') t.cancel = true;
    await Promise.all([...this.workers.values()].map((w) => w.worker.terminate()));
  }

  private finite(job: Job, status: Exclude<Job['status'], 'running'>, messages?: string[]): void {
    job.status = status;
    if (messages) job.messages = messages;
  }

  private handleOutcome(job: Job, outcome: ComputeOutcome, store: (r: LotingResult) => string): void {
    if (outcome.ok) {
      if (job.cancel) {
        this.finite(job, 'cancelled');
        return;
      }
      try {
        job.drawId = store(outcome.result);
      } catch (error) {
        console.error('[loting] storing the result failed:', error);
        const reason = storageReason(error);
        this.finite(job, 'error', [jobMessages.notStored(reason ? storageMessages[reason] : undefined)]);
        return;
      }
      job.progress = 1;
      this.finite(job, 'done');
    } else if ('cancelled' in outcome) {
      this.finite(job, 'cancelled');
    } else {
      this.finite(
        job,
        'error',
        outcome.messages.filter((m) => m.severity === 'error').map((m) => m.text),
      );
    }
  }
}
