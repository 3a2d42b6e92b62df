import type { Impact, Level, Room, Scale } from './vocabulary';

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
  // Real options within frames: people can shape or choose among them (a budget they decide on),
  // and the execution can be handed over within those frames: an uitdaagrecht request or a
  // zelfbeheer agreement leaves the frames with the gemeente. (In model 1.0 only `groot` carried
  // zelfbeheer, which blocked every right-to-challenge request within fixed frames.)
  substantieel: 'zelfbeheer',
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
  /**
   * Per named group: reaching them well weighs as much as serving a goal, because whom you
   * involve is one of the four questions of the method, not a detail; shutting them out is a
   * minus (the mix and the groepen-niet-bereikt warning take care of the rest).
   */
  groupReachedWell: 3,
  groupMissed: -2,
  /**
   * Below the instrument's low-end cost the instrument is not feasible (a hard state, see
   * feasibility in score.ts); these weights only colour the score shown next to it.
   */
  overBudget: -3,
  withinBudget: 1,
  /** Below the minimum weeks: not feasible, a rushed process harms trust more than no process. */
  tooLittleTime: -4,
  enoughTime: 1,
  /**
   * A domain-bound instrument (adviesraad sociaal domein, cliëntenraad) in its own domain: the
   * law asks for it there (Wmo art. 2.1.3, Jeugdwet art. 2.10) and its members know the field.
   */
  domainMatches: 2,
  /**
   * Proportion. A heavy instrument (burgerberaad, burgertop, referendum, MKBA) for a street, a
   * neighbourhood or a small impact costs months and raises expectations the question cannot
   * meet; this outweighs the goals such broad instruments always serve.
   */
  heavyOutOfProportion: -5,
  /** A heavy instrument for a municipality-wide question with a large impact is proportionate. */
  heavyInProportion: 2,
  /**
   * A light instrument alone is too thin for a municipality-wide question with a large impact:
   * as strong as a missed goal plus a missed reach, so a thin format cannot win on breadth alone.
   */
  lightForLargeQuestion: -2,
  /** A light instrument for a street or a small impact is the right size (going there beats a meeting). */
  lightForSmallQuestion: 1,
  /**
   * A polarised subject: methods that separate facts from values or draw their participants
   * (joint fact finding, a mini-public) keep the camps talking; plenary and open formats let the
   * loudest camp dominate and harden positions.
   */
  polarisationHelps: 3,
  polarisationRisky: -3,
  /**
   * The law prescribes the procedure (afdeling 3.4 Awb): whatever else the mix holds, the
   * terinzagelegging belongs in it, so it must rank with the instruments that fit best.
   */
  statutoryProcedure: 4,
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

/** Scales at which a heavy instrument is out of proportion. */
export const SMALL_SCALES: ReadonlySet<Scale> = new Set(['straat', 'buurt']);
/** Scales at which the whole municipality (or more) is concerned. */
export const WIDE_SCALES: ReadonlySet<Scale> = new Set(['gemeente', 'regio']);
export const SMALL_IMPACT: Impact = 'klein';
export const LARGE_IMPACT: Impact = 'groot';

/**
 * Instruments whose vote works best on one yes/no question. A multi-option referendum exists
 * (Duiven, 2008), so a non-yes/no question is a point of attention, not an exclusion.
 */
export const REFERENDUM_IDS: ReadonlySet<string> = new Set(['referendum']);

/**
 * Instruments through which residents themselves put a question on the agenda: a traject that
 * starts with them at besluitvorming is not "involved too late", the residents started it.
 */
export const RESIDENT_INITIATED_IDS: ReadonlySet<string> = new Set(['uitdaagrecht', 'burgerinitiatief', 'petitie']);

/** How serious a warning is; the UI shows `hoog` first. */
export type WarningSeverity = 'high' | 'medium';

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
  'meebeslissen-zonder-mandaat',
  'mandaat-niet-doorgetrokken',
  'doel-past-niet-bij-niveau',
  'representatief-met-actieve-inwoners',
  'specifieke-groepen-zonder-groepen',
  'geen-kaderstelling-vooraf',
  'start-bij-besluitvorming',
  'ondersteunend-instrument',
  'geen-participatie-met-instrumenten',
  'geen-evaluatie',
  'gekozen-instrument-niet-haalbaar',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const WARNING_SEVERITY: Record<WarningId, WarningSeverity> = {
  // A promise of influence that cannot be kept: the classic cause of distrust.
  'ruimte-geen-maar-invloed': 'high',
  'niveau-hoger-dan-ruimte': 'high',
  // The conclusion ("inwoners vinden…") would be wrong, not just weak.
  'representatief-alleen-zelfselectie': 'high',
  // Without a council moment the decision has no democratic anchor (meervoudige democratie).
  'besluit-zonder-raadsmoment': 'high',
  // A multi-option referendum exists (Duiven 2008) but needs a voting rule agreed beforehand;
  // a point of attention, not a contradiction.
  'referendum-geen-ja-nee-vraag': 'medium',
  // "Niets meer van gehoord" is a top complaint, but it is fixable by adding a step.
  'geen-terugkoppeling': 'medium',
  // Instrument-first thinking is the workshop's main lesson; warn, do not block.
  'instrumenten-voor-doelen': 'medium',
  'groepen-niet-bereikt': 'medium',
  // The verordening requires a motivering when there is no participation.
  'geen-participatie-zonder-reden': 'medium',
  'gekozen-instrument-past-niet': 'high',
  'onbekend-instrument': 'medium',
  'budgetmandaat-ontbreekt': 'high',
  // "Te laat betrokken" is on the Ombudsman's list (2009/180); a warning, because a process can
  // have good reasons (e.g. an earlier decision binds the municipality), which the user writes down.
  'pas-laat-betrokken': 'medium',
  // Residents "decide" but nobody is bound to follow them: the promise of the rung is empty.
  'meebeslissen-zonder-mandaat': 'high',
  // The mandate was arranged for one phase and silently assumed in another where residents decide.
  'mandaat-niet-doorgetrokken': 'high',
  // The goal asks for more (or less) than the rung can deliver; often a wording problem, so middel.
  'doel-past-niet-bij-niveau': 'medium',
  // A representative picture cannot come from the people who volunteer; the answers disagree.
  'representatief-met-actieve-inwoners': 'medium',
  // "Specific groups" without naming them gives the mix nothing to aim at.
  'specifieke-groepen-zonder-groepen': 'medium',
  // The raad sets the frame before participation starts (brief: kaderstellend); without it the
  // Ombudsman's "verwachtingen die niet kloppen" follow. A gap to fill, not a contradiction.
  'geen-kaderstelling-vooraf': 'medium',
  // Starting at the decision is a question ("was nobody asked before?"), not an error.
  'start-bij-besluitvorming': 'medium',
  // A lower-rung instrument supporting a higher-level phase (an expertmeeting in an adviseren
  // phase) is normal practice; it is only noted so the promise per instrument stays clear.
  'ondersteunend-instrument': 'medium',
  // No participation, yet instruments are chosen: one of the two answers is outdated.
  'geen-participatie-met-instrumenten': 'medium',
  // Evaluation closes the loop to the raad (controlerend); the verordening asks for it.
  'geen-evaluatie': 'medium',
  // The instrument needs more money or weeks than the phase has: it cannot be run as promised.
  'gekozen-instrument-niet-haalbaar': 'high',
};
