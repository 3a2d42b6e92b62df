/**
 * A small first-come-first-served queue: at most `max` jobs run at once, the rest wait their turn.
 * Twelve PDF exports at the same moment used to start twelve Chromium processes (and one timed
 * out); now two run and ten wait, each one's own timeout only starting when it runs.
 */
export interface Limiter {
  <T>(work: () => Promise<T>): Promise<T>;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting for a free place. */
  readonly waiting: number;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  let running = 0;
  const queue: Array<() => void> = [];

  const next = () => {
    running--;
    queue.shift()?.();
  };

  const limiter = <T>(work: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running++;
        let result: Promise<T>;
        try {
          result = work();
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).finally(next);
      };
      if (running < max) start();
      else queue.push(start);
    });

  Object.defineProperties(limiter, {
    running: { get: () => running },
    waiting: { get: () => queue.length },
  });
  return limiter as Limiter;
}

/** At most two PDF renders at once, whatever prints them (Electron's printToPDF or a Chromium process). */
export const MAX_PDF_RENDERS = 2;
export const pdfRenders = createLimiter(MAX_PDF_RENDERS);

/** At most two Chromium processes at once (PDFs, and the PNG of the procesplaat for Word). */
export const chromiumProcesses = createLimiter(MAX_PDF_RENDERS);
