import type { Level, Room } from './vocabulary';

/**
 * Every weight and threshold the recommendation engine uses, in one place, each with the reason
 * behind it. Change a number here and the golden tests tell you which casussen move.
 */

/**
 * The highest rung of the participatieladder a room can honestly carry. Promising more influence
 * than there is room for is the Ombudsman's top complaint ("politics had already decided").
 */
export const ROOM_MAX_LEVEL: Record<Room, Level> = {
  // Everything is decided: anything beyond informing is a hollow promise.
  geen: 'informeren',
  // Only details are open: people can give their view and advice on those details.
  beperkt: 'adviseren',
  // Real options within frames: people can shape or choose among them (e.g. a budget they decide on).
  substantieel: 'meebeslissen',
  // The question itself is open: even handing over the execution (zelfbeheer) is possible.
  groot: 'zelfbeheer',
};

export const WEIGHTS = {
  /** Supporting the phase is a precondition, so it adds little by itself; not supporting it excludes. */
  phaseSupported: 1,
  /** Built for exactly the asked level: its routines (feedback, mandate) match the promise. */
  levelCore: 3,
  /** Can carry the level but was designed for another: workable, with adaptation. */
  levelPossible: 1,
  /** Goals come first in the method, so each goal served weighs most. */
  goalServed: 3,
  /** A missed goal counts against, but mildly: a mix can cover it with another instrument. */
  goalMissed: -1,
  /** A representative picture needs a drawn sample; self-selection or targeted invitations cannot give it, whatever the turnout. */
  representativeByLot: 3,
  representativeSelfSelected: -3,
  /** Reaching the intended breadth of people is the doelgroep question; missing it is a real misfit. */
  reachFits: 2,
  reachMisses: -2,
  /** Per specific group: reaching them well is a plus, shutting them out is a minus. */
  groupReachedWell: 2,
  groupMissed: -2,
  /** Over budget is a poor fit, not an exclusion: budgets can be stretched or instruments scaled down. */
  overBudget: -3,
  withinBudget: 1,
  /** Too little preparation time produces a rushed process, which harms trust more than no process. */
  tooLittleTime: -4,
  enoughTime: 1,
  /** With only details open, a heavy deliberative process is out of proportion and raises expectations. */
  heavyWhenRoomLimited: -2,
  /** With the question itself open, instruments that gather ideas or deliberate use that room well. */
  openWhenRoomLarge: 1,
  /** An instrument that needs a budget mandate is hard to run when the council has not given one. */
  mandateMissing: -2,
  mandateGiven: 1,
  /**
   * When the council wants to hear residents itself (volksvertegenwoordigend) or decides
   * (besluitvormend), instruments that put residents in front of the council strengthen the
   * representative democracy instead of bypassing it (meervoudige democratie).
   */
  councilHearsDirectly: 3,
} as const;

/**
 * Budget in euros for participation in a phase → the highest cost class that fits. Thresholds
 * follow costLabels (€ up to ~5.000, €€ up to ~25.000).
 */
export function affordableCostClass(budgetEuro: number): 1 | 2 | 3 {
  if (budgetEuro < 5_000) return 1;
  if (budgetEuro < 25_000) return 2;
  return 3;
}

/** Cost class 3 with deliberation counts as "heavy": weeks of work for many people. */
export const HEAVY_COST_CLASS = 3;

/** How serious a warning is; the UI shows `hoog` first. */
export type WarningSeverity = 'hoog' | 'middel';

export const WARNING_IDS = [
  'ruimte-geen-maar-invloed',
  'niveau-hoger-dan-ruimte',
  'representatief-alleen-zelfselectie',
  'besluit-zonder-raadsmoment',
  'referendum-geen-ja-nee-vraag',
  'geen-terugkoppeling',
  'instrumenten-voor-doelen',
  'groepen-niet-bereikt',
  'geen-participatie-zonder-reden',
  'gekozen-instrument-past-niet',
  'onbekend-instrument',
  'budgetmandaat-ontbreekt',
  'pas-laat-betrokken',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const WARNING_SEVERITY: Record<WarningId, WarningSeverity> = {
  // A promise of influence that cannot be kept: the classic cause of distrust.
  'ruimte-geen-maar-invloed': 'hoog',
  'niveau-hoger-dan-ruimte': 'hoog',
  // The conclusion ("inwoners vinden…") would be wrong, not just weak.
  'representatief-alleen-zelfselectie': 'hoog',
  // Without a council moment the decision has no democratic anchor (meervoudige democratie).
  'besluit-zonder-raadsmoment': 'hoog',
  // A referendum on a multi-option question cannot produce a usable result.
  'referendum-geen-ja-nee-vraag': 'hoog',
  // "Niets meer van gehoord" is a top complaint, but it is fixable by adding a step.
  'geen-terugkoppeling': 'middel',
  // Instrument-first thinking is the workshop's main lesson; warn, do not block.
  'instrumenten-voor-doelen': 'middel',
  'groepen-niet-bereikt': 'middel',
  // The verordening requires a motivering when there is no participation.
  'geen-participatie-zonder-reden': 'middel',
  'gekozen-instrument-past-niet': 'hoog',
  'onbekend-instrument': 'middel',
  'budgetmandaat-ontbreekt': 'hoog',
  // "Te laat betrokken" is on the Ombudsman's list (2009/180); a warning, because a process can
  // have good reasons (e.g. an earlier decision binds the municipality), which the user writes down.
  'pas-laat-betrokken': 'middel',
};
