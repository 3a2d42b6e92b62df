import { z } from 'zod';

/**
 * Stable vocabulary ids from the domain brief. These ids travel through the data model, the
 * casus file format, the CLI and the database, so they must never be renamed; Dutch labels live
 * in labels.ts. Arrays are ordered: where order carries meaning (phases, levels, rooms) the
 * engine relies on it.
 */

/** Policy phases in the order a traject runs through them. */
export const PHASES = ['agendering', 'beleidsvoorbereiding', 'besluitvorming', 'uitvoering', 'evaluatie'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/** Participatieladder (Edelenbos), lowest influence first: the index is the rung. */
export const LEVELS = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const GOALS = [
  'informeren-uitleggen',
  'kennis-ophalen',
  'ideeen-ontwikkelen',
  'draagvlak',
  'betrokkenheid',
  'representatief-beeld',
  'prioriteren',
  'besluit-nemen',
  'initiatief-ondersteunen',
  'vertrouwen-herstellen',
  // Added in model 2.0: residents take over the execution of a municipal task (uitdaagrecht).
  // Not the same as supporting their own initiative: the task, its frames and often its budget
  // stay the gemeente's, and the Wet versterking participatie gives it its own procedure.
  'taak-overnemen',
] as const;
export const Goal = z.enum(GOALS);
export type Goal = z.infer<typeof Goal>;

/** Room for influence, smallest first. */
export const ROOMS = ['geen', 'beperkt', 'substantieel', 'groot'] as const;
export const Room = z.enum(ROOMS);
export type Room = z.infer<typeof Room>;

export const REACHES = ['actieve-inwoners', 'belanghebbenden', 'alle-inwoners', 'specifieke-groepen'] as const;
export const Reach = z.enum(REACHES);
export type Reach = z.infer<typeof Reach>;

export const GROUPS = [
  // Added in model 2.0: children (about 4 to 12) need their own forms (a kinderraad, a visit to
  // school); 'jongeren' starts at 12 and adult formats almost never reach children.
  'kinderen',
  'jongeren',
  'ouderen',
  'laaggeletterden',
  'migratieachtergrond',
  'mensen-met-beperking',
  'ondernemers',
  'maatschappelijke-organisaties',
  'afhakers',
] as const;
export const Group = z.enum(GROUPS);
export type Group = z.infer<typeof Group>;

export const COUNCIL_ROLES = ['kaderstellend', 'volksvertegenwoordigend', 'controlerend', 'besluitvormend'] as const;
export const CouncilRole = z.enum(COUNCIL_ROLES);
export type CouncilRole = z.infer<typeof CouncilRole>;

// --- Instrument attributes (after Participedia's method fields, with Dutch ids) ---

/**
 * How participants are found. `open` and `gericht` are self-selection or invitation; the other
 * three draw people: `steekproef` is a (weighted) sample from the BRP as in a burgerpeiling,
 * `loting` an unweighted lottery, `gestratificeerde-loting` a lottery with quota per feature.
 */
export const RECRUITMENTS = ['open', 'gericht', 'steekproef', 'loting', 'gestratificeerde-loting'] as const;
export const Recruitment = z.enum(RECRUITMENTS);
export type Recruitment = z.infer<typeof Recruitment>;

/** small < 20, medium 20–100, large > 100, unlimited = no limit. */
export const GROUP_SIZES = ['small', 'medium', 'large', 'unlimited'] as const;
export const GroupSize = z.enum(GROUP_SIZES);
export type GroupSize = z.infer<typeof GroupSize>;

export const MODES = ['in-person', 'online', 'both'] as const;
export const Mode = z.enum(MODES);
export type Mode = z.infer<typeof Mode>;

export const INTERACTIONS = ['listening', 'expressing-views', 'deliberating', 'negotiating', 'deciding'] as const;
export const Interaction = z.enum(INTERACTIONS);
export type Interaction = z.infer<typeof Interaction>;

export const DECISION_METHODS = ['none', 'consensus', 'ideas', 'poll', 'vote'] as const;
export const DecisionMethod = z.enum(DECISION_METHODS);
export type DecisionMethod = z.infer<typeof DecisionMethod>;

export const BINDINGS = ['informative', 'advisory', 'weighty', 'binding'] as const;
export const Binding = z.enum(BINDINGS);
export type Binding = z.infer<typeof Binding>;

/** Whether participants hear back what happened with their input. */
export const FEEDBACKS = ['is-feedback', 'includes-feedback', 'none'] as const;
export const Feedback = z.enum(FEEDBACKS);
export type Feedback = z.infer<typeof Feedback>;

/** Preconditions the council or college must arrange before the instrument can be used. */
export const REQUIREMENTS = [
  'budget-mandate',
  'by-law',
  'ja-nee-vraag',
  'frames-first',
  'council-agenda',
  'uitdaagrecht-procedure',
] as const;
export const Requirement = z.enum(REQUIREMENTS);
export type Requirement = z.infer<typeof Requirement>;

/** Cost class: 1 = €, 2 = €€, 3 = €€€. */
export const CostClass = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CostClass = z.infer<typeof CostClass>;

/** Inclusivity score per specific group: 0 = misses them, 1 = reachable with effort, 2 = reaches them well. */
export const InclusionScore = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type InclusionScore = z.infer<typeof InclusionScore>;

/** Recruitment kinds that draw people, so the result can stand for all residents. */
export const SAMPLING_RECRUITMENTS: ReadonlySet<Recruitment> = new Set([
  'steekproef',
  'loting',
  'gestratificeerde-loting',
]);

// --- Context of the question (traject-wide, a phase may differ) ---

/** Policy domain: some instruments (adviesraad sociaal domein, cliëntenraad) only work in their own. */
export const DOMAINS = ['fysiek', 'sociaal', 'energie-klimaat', 'veiligheid', 'bestuur-financien', 'overig'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

/** Geographic scale of the question, smallest first. */
export const SCALES = ['straat', 'buurt', 'kern', 'gemeente', 'regio'] as const;
export const Scale = z.enum(SCALES);
export type Scale = z.infer<typeof Scale>;

/** How much the decision changes for the people it touches. */
export const IMPACTS = ['klein', 'middel', 'groot'] as const;
export const Impact = z.enum(IMPACTS);
export type Impact = z.infer<typeof Impact>;

/**
 * How heavy an instrument is for organisers and participants: `heavy` (burgerberaad, burgertop,
 * referendum, MKBA) is out of proportion for a street; `light` (a newsletter, a street talk) is too
 * thin on its own for a municipality-wide question with a large impact.
 */
export const INTENSITIES = ['light', 'medium', 'heavy'] as const;
export const Intensity = z.enum(INTENSITIES);
export type Intensity = z.infer<typeof Intensity>;

/** Who takes the decision a phase leads to (bevoegd gezag). */
export const COMPETENT_BODIES = ['raad', 'college', 'burgemeester'] as const;
export const CompetentBody = z.enum(COMPETENT_BODIES);
export type CompetentBody = z.infer<typeof CompetentBody>;

export const levelRank = (level: Level): number => LEVELS.indexOf(level);
export const phaseRank = (phase: Phase): number => PHASES.indexOf(phase);
