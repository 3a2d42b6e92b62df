import { parentPort, workerData } from 'node:worker_threads';
import { computeLoting, type ComputeOptions, type ComputeOutcome } from '../../shared/loting/compute';
import { computeReselection, type ReselectionInput } from '../../shared/loting/reselection';
import type { LotingSettings, PoolData } from '../../shared/loting/model';
import { createPool } from '../../shared/loting/validation';
import { highsSolver } from './highs';

/**
 * The worker thread of one loting job (jobs.ts starts it). The whole computation — LEXIMIN
 * with its HiGHS solves (synchronous WebAssembly), the greedy comparison and the draw — runs
 * here, so the Electron main process and the HTTP host only pass messages and stay responsive.
 * Storing the result stays in the main thread (it owns the database).
 *
 * In: `workerData` (WerkOpdracht) and a shared Int32Array whose first cell becomes 1 on cancel;
 * it is read without waiting for the event loop, so a cancel is seen at the next check inside
 * a long step. Out: `WorkerMessage` messages on the parent port.
 */
export interface WorkerTask {
  poolData: PoolData;
  settings: LotingSettings;
  seed: number;
  maxSeconds: number;
  reselection?: ReselectionInput;
  /** Int32Array over a SharedArrayBuffer: [0] = 1 means cancel. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { kind: 'progress'; phase: string; progress?: number; panels?: number }
  | { kind: 'outcome'; outcome: ComputeOutcome }
  | { kind: 'error'; message: string };

/** Progress is sent at most this often (ms), except when the phase changes. */
const PROGRESS_INTERVAL = 100;

async function execute(task: WorkerTask, send: (b: WorkerMessage) => void): Promise<void> {
  const flag = new Int32Array(task.cancel);
  const { pool } = createPool(task.poolData);
  let lastPhase = '';
  let lastTime = 0;
  const options: ComputeOptions = {
    solver: await highsSolver(),
    seed: task.seed,
    hasHouseholdColumn: task.poolData.columns.some((k) => k.role === 'household'),
    maxSeconds: task.maxSeconds,
    isCancelled: () => Atomics.load(flag, 0) === 1,
    onProgress: (v) => {
      const now = Date.now();
      if (v.phase === lastPhase && now - lastTime < PROGRESS_INTERVAL) return;
      lastPhase = v.phase;
      lastTime = now;
      send(
        'fixed' in v
          ? { kind: 'progress', phase: v.phase, progress: v.total === 0 ? 0 : v.fixed / v.total, panels: v.panels }
          : { kind: 'progress', phase: v.phase },
      );
    },
  };
  const outcome = task.reselection
    ? await computeReselection(pool, task.settings, task.reselection, options)
    : await computeLoting(pool, task.settings, options);
  send({ kind: 'outcome', outcome });
}

if (parentPort) {
  const port = parentPort;
  const send = (b: WorkerMessage) => port.postMessage(b);
  execute(workerData as WorkerTask, send).catch((error: unknown) => {
    send({ kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  });
}
