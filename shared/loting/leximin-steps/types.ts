import type { Distribution } from '../model';
import type { Solver } from '../solver';
import type { ExclusionReason } from '../exclusion';

/** What a running LEXIMIN computation reports (built in one place: progress.ts). */
export interface Progress {
  fase: 'dekking' | 'relaxatie' | 'panels' | 'leximin' | 'verdeling';
  /** Respondents whose probability is final. */
  vast: number;
  totaal: number;
  panels: number;
  ronde: number;
}

export interface LeximinOptions {
  solver: Solver;
  onVoortgang?: (v: Progress) => void;
  /** Awaited between solves, so a server can answer other requests during a long computation. */
  pauze?: () => Promise<void>;
  isAfgebroken?: () => boolean;
  /**
   * After this, the remaining types keep the last achieved value (marked as not exact). Checked
   * inside long steps too: every peeling step, and MIPs get the time that is left as their limit.
   */
  maxSeconden?: number;
  now?: () => number;
}

export interface Relaxation {
  kenmerk: number;
  /** How many panel members too few (minimum not reachable) or too many (maximum). */
  tekort: number;
  teveel: number;
}

export type LeximinOutcome =
  | {
      ok: true;
      verdeling: Distribution;
      /** Selection probability of each person of type t. */
      typeKans: number[];
      /** False when the time limit stopped the later rounds (the distribution is still valid). */
      exact: boolean;
      /** How optimality was shown: the LP bound was reached, or the paper's rounds ran. */
      methode: 'relaxatiegrens' | 'rondes';
      rondes: number;
      /**
       * No distribution can give the reachable types a higher minimum than this (LP bound, never
       * below what was achieved); equals the achieved minimum over reachable types when exact.
       * Unreachable types are left out: their 0 is proven and explained by `redenen`.
       */
      bovengrensMinimum: number;
      /** Types that are on no quota-satisfying panel at all (proven): their members have probability 0. */
      onbereikbaar: number[];
      /** Why, per unreachable type (same order); null when the diagnosis was skipped. */
      redenen: Array<ExclusionReason | null>;
    }
  | { ok: false; reden: 'geen-panel'; relaxatie: Relaxation[] }
  | { ok: false; reden: 'afgebroken' };
