import type { Distribution } from '../model';
import type { Solver } from '../solver';
import type { ExclusionReason } from '../exclusion';

/** What a running LEXIMIN computation reports (built in one place: progress.ts). */
export interface Progress {
  phase: 'coverage' | 'relaxation' | 'panels' | 'leximin' | 'distribution';
  /** Respondents whose probability is final. */
  fixed: number;
  total: number;
  panels: number;
  round: number;
}

export interface LeximinOptions {
  solver: Solver;
  onProgress?: (v: Progress) => void;
  /** Awaited between solves, so a server can answer other requests during a long computation. */
  pause?: () => Promise<void>;
  isCancelled?: () => boolean;
  /**
   * After this, the remaining types keep the last achieved value (marked as not exact). Checked
   * inside long steps too: every peeling step, and MIPs get the time that is left as their limit.
   */
  maxSeconds?: number;
  now?: () => number;
}

export interface Relaxation {
  feature: number;
  /** How many panel members too few (minimum not reachable) or too many (maximum). */
  shortage: number;
  excess: number;
}

export type LeximinOutcome =
  | {
      ok: true;
      distribution: Distribution;
      /** Selection probability of each person of type t. */
      typeProbability: number[];
      /** False when the time limit stopped the later rounds (the distribution is still valid). */
      exact: boolean;
      /** How optimality was shown: the LP bound was reached, or the paper's rounds ran. */
      method: 'relaxation-bound' | 'rounds';
      rounds: number;
      /**
       * No distribution can give the reachable types a higher minimum than this (LP bound, never
       * below what was achieved); equals the achieved minimum over reachable types when exact.
       * Unreachable types are left out: their 0 is proven and explained by `reasons`.
       */
      minimumUpperBound: number;
      /** Types that are on no quota-satisfying panel at all (proven): their members have probability 0. */
      unreachable: number[];
      /** Why, per unreachable type (same order); null when the diagnosis was skipped. */
      reasons: Array<ExclusionReason | null>;
    }
  | { ok: false; reason: 'geen-panel'; relaxationOutcome: Relaxation[] }
  | { ok: false; reason: 'cancelled' };
