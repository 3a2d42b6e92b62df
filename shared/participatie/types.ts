import type { WarningId, WarningSeverity } from './rules';
import type { Goal, Group, Level, Phase, Reach, Room } from './vocabulary';

/**
 * The output of recommendInstruments. Everything is data (ids and numbers), never Dutch
 * sentences: texts.ts turns it into words, so CLI, UI and export say the same. The CLI's
 * `--format json` prints exactly this shape.
 */

/** Which answer a reason or exclusion is about. */
export type Criterion =
  | 'fase'
  | 'niveau'
  | 'ruimte'
  | 'doel'
  | 'representatief'
  | 'bereik'
  | 'groep'
  | 'budget'
  | 'tijd'
  | 'mandaat'
  | 'raad'
  | 'ja-nee-vraag'
  /** The question's policy domain against a domain-bound instrument. */
  | 'domein'
  /** Proportion: the instrument's intensity against the question's scale and impact. */
  | 'omvang'
  /** How this traject recruits for the instrument (`werving` in the answers). */
  | 'werving'
  /** The subject is polarised (traject answer `polarised`). */
  | 'polarisatie'
  /** A statutory procedure follows (answer `formalProcedure`). */
  | 'procedure';

export type Effect = 'fits' | 'does-not-fit' | 'neutral';

export interface Reason {
  criterion: Criterion;
  /** The user's answer that was weighed (an id, or a number such as euros or weeks). */
  answer: string | number;
  effect: Effect;
  weight: number;
  /** The instrument's attribute it was compared with (e.g. its cost class or minimum weeks). */
  value?: string | number;
}

/** A hard no: the instrument cannot honestly be used with these answers. */
export interface Exclusion {
  criterion: Extract<Criterion, 'fase' | 'niveau' | 'ruimte' | 'ja-nee-vraag' | 'domein'>;
  answer: string | number | boolean;
}

/** Why an instrument cannot be run with what the phase has: not a misfit, a hard limit. */
export interface Infeasibility {
  criterion: 'budget' | 'tijd';
  /** The phase's budget in euros or weeks available. */
  answer: number;
  /** The instrument's low-end cost in euros or its minimum weeks. */
  needed: number;
}

export interface RankedInstrument {
  instrumentId: string;
  score: number;
  /**
   * Position with ties shared (1, 2, 2, 4): instruments with the same score and the same
   * tie-break keys (core level, low-end cost, preconditions) are equally good advice.
   */
  rank: number;
  /** False when the budget or the time of the phase cannot carry it; such items rank last. */
  feasible: boolean;
  infeasible: Infeasibility[];
  reasons: Reason[];
}

export interface ExcludedInstrument {
  instrumentId: string;
  exclusions: Exclusion[];
}

/** Something the mix should take care of. */
export type CoverageTarget =
  | { kind: 'doel'; id: Goal }
  | { kind: 'bereik'; id: Reach }
  | { kind: 'groep'; id: Group }
  | { kind: 'representatief' }
  | { kind: 'terugkoppeling' }
  /** The statutory procedure (afdeling 3.4 Awb) the answers say follows in this phase. */
  | { kind: 'procedure' };

export interface MixItem {
  instrumentId: string;
  score: number;
  /**
   * `hoogste-score`: the best fit overall; `dekking`: added for what it covers that the rest does
   * not; `terugkoppeling`: an informing instrument added only to report back to participants. The
   * last kind carries no influence of its own, so it may accompany a phase at any level.
   */
  why: 'hoogste-score' | 'dekking' | 'terugkoppeling';
  /** Targets this instrument newly covered when it was added. */
  covers: CoverageTarget[];
}

export interface MixSuggestion {
  items: MixItem[];
  /** Targets no suitable instrument in the catalogue covers for this phase. */
  uncovered: CoverageTarget[];
}

export interface PhaseRecommendation {
  phase: Phase;
  /** The user chose no participation in this phase; ranking and mix are empty. */
  geenParticipatie: boolean;
  /**
   * Set when the asked level is above what the room honestly carries: the ranking is then made
   * for `advised` (the room's highest level) and the UI says so first.
   */
  levelAdvice?: { asked: Level; advised: Level; room: Room };
  /** A warning of severity `hoog` concerns this phase: the panel shows it before any advice. */
  contradiction: boolean;
  /** No candidate has a positive score: nothing is proposed as "past het best". */
  noGoodFit: boolean;
  ranking: RankedInstrument[];
  excluded: ExcludedInstrument[];
  mix: MixSuggestion;
}

/** The answer field a warning points at, so the UI can show it next to that question. */
export type AnswerField =
  | 'goals'
  | 'room'
  | 'level'
  | 'groups'
  | 'instruments'
  | 'vraagIsJaNee'
  | 'councilDecisionMoment'
  | 'mandate'
  | 'geenParticipatie'
  | 'reach'
  | 'councilRoles';

export interface Warning {
  id: WarningId;
  severity: WarningSeverity;
  phase: Phase;
  field: AnswerField;
  /** Instruments the warning is about, if any. */
  instrumentIds?: string[];
  /** Specific groups the warning is about, if any. */
  groups?: Group[];
  /** For `gekozen-instrument-past-niet`: why the chosen instrument does not fit. */
  exclusions?: Exclusion[];
  /** For `doel-past-niet-bij-niveau`: the goals that ask for another rung. */
  goals?: Goal[];
  /** For `gekozen-instrument-niet-haalbaar`: what the phase lacks. */
  infeasible?: Infeasibility[];
}

export interface Recommendation {
  catalogueVersion: string;
  phases: PhaseRecommendation[];
  warnings: Warning[];
}
