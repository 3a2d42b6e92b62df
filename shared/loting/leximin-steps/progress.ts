import type { Progress } from './types';

/**
 * The one progress reporter of a LEXIMIN computation: every step reports through it, so a
 * `Progress` is built in exactly one place. It knows the totals (respondents, panels found so
 * far); a step only says which phase it is in and, in the rounds, how many respondents are fixed.
 */
export interface ProgressReporter {
  /** Reports now. `vast`: respondents whose probability is final; `ronde`: the LEXIMIN round. */
  report(fase: Progress['fase'], vast?: number, ronde?: number): void;
  /**
   * For long loops without natural steps (peeling): reports at most every `intervalMs` and says
   * whether it did, so the caller pauses only then.
   */
  reportThrottled(fase: Progress['fase'], intervalMs?: number): boolean;
}

export function createProgressReporter(
  onVoortgang: ((v: Progress) => void) | undefined,
  state: { totaal: number; panelCount: () => number; now: () => number },
): ProgressReporter {
  let laatste = state.now();
  const report: ProgressReporter['report'] = (fase, vast = 0, ronde = 0) => {
    laatste = state.now();
    onVoortgang?.({ fase, vast, totaal: state.totaal, panels: state.panelCount(), ronde });
  };
  return {
    report,
    reportThrottled: (fase, intervalMs = 500) => {
      if (state.now() - laatste <= intervalMs) return false;
      report(fase);
      return true;
    },
  };
}
