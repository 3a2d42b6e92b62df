import type { Progress } from './types';

/**
 * The one progress reporter of a LEXIMIN computation: every step reports through it, so a
 * `Progress` is built in exactly one place. It knows the totals (respondents, panels found so
 * far); a step only says which phase it is in and, in the rounds, how many respondents are fixed.
 */
export interface ProgressReporter {
  /** Reports now. `fixed`: respondents whose probability is final; `round`: the LEXIMIN round. */
  report(phase: Progress['phase'], fixed?: number, round?: number): void;
  /**
   * For long loops without natural steps (peeling): reports at most every `intervalMs` and says
   * whether it did, so the caller pauses only then.
   */
  reportThrottled(phase: Progress['phase'], intervalMs?: number): boolean;
}

export function createProgressReporter(
  onProgress: ((v: Progress) => void) | undefined,
  state: { total: number; panelCount: () => number; now: () => number },
): ProgressReporter {
  let last = state.now();
  const report: ProgressReporter['report'] = (phase, fixed = 0, round = 0) => {
    last = state.now();
    onProgress?.({ phase, fixed, total: state.total, panels: state.panelCount(), round });
  };
  return {
    report,
    reportThrottled: (phase, intervalMs = 500) => {
      if (state.now() - last <= intervalMs) return false;
      report(phase);
      return true;
    },
  };
}
