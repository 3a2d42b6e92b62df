/** One line of the benchmark table; every benchmark module returns a list of these. */
export interface BenchRow {
  /** What was measured, e.g. "recommendInstruments: vijf fasen". */
  name: string;
  /** Median in milliseconds. */
  medianMs: number;
  /** 95th percentile in milliseconds, where it makes sense. */
  p95Ms?: number;
  /** Number of measured runs. */
  runs: number;
  /** Extra figures (e.g. a ratio), printed after the timings. */
  note?: string;
  /** Target in milliseconds for the median, if the issue sets one. */
  targetMs?: number;
}

export function summarise(samplesMs: number[]): { medianMs: number; p95Ms: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}
