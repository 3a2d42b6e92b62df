import { parentPort, workerData } from 'node:worker_threads';

/**
 * A worker that fails on purpose (worker.test.ts): the seed in the job says how — an
 * uncaught error, an exit without an answer, or an error message as the real worker sends it.
 */
const { seed } = workerData as { seed: number };
if (seed === 1) throw new Error('kapot met opzet');
if (seed === 2) process.exit(3);
parentPort?.postMessage({ kind: 'error', message: 'RuntimeError: unreachable (met opzet)' });
