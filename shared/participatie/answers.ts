import { z } from 'zod';
import {
  CompetentBody,
  CouncilRole,
  Domain,
  Goal,
  Group,
  Impact,
  Level,
  Phase,
  Reach,
  Recruitment,
  Room,
  Scale,
} from './vocabulary';
import { answerMessages } from './messages';
import { PlanDetails } from './plan-details';

/**
 * What a taskforce answered for one traject. Every field is optional or defaulted because the
 * app saves half-filled answers while people are still talking: a phase with only a goal is a
 * valid draft.
 *
 * Objects are strict: a misspelt field in a casus file is reported, not silently dropped.
 */

/** Instrument ids are checked against the catalogue by the engine, not here: the catalogue grows. */
export const InstrumentId = z
  .string()
  // A cap, so an unknown id cannot make every later export fail (titles and file names are built from it).
  .max(80, answerMessages.instrumentIdTooLong)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, answerMessages.instrumentIdForm);

export const TimeLimit = z.strictObject({
  /** Weeks available until the input must be in. */
  weeks: z.number().int().positive().optional(),
  /** A deadline in the user's words, e.g. "voor de raadsvergadering van maart". */
  deadline: z.string().optional(),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/**
 * Reach was one answer in format 1 and is a list now (young people *and* neighbours). A single id
 * from an older file or database row is read as a list of one.
 */
export const Reaches = z.union([Reach.transform((r) => [r]), z.array(Reach)]);

export const PhaseAnswers = z.strictObject({
  /** Where the phase's question differs from the traject's context (see TrajectAnswers). */
  domain: Domain.optional(),
  scale: Scale.optional(),
  impact: Impact.optional(),
  /** Who decides what this phase leads to, where it differs from the traject's competentBody. */
  competentBody: CompetentBody.optional(),
  /** 1. Doel */
  goals: z.array(Goal).default([]),
  goalsInOwnWords: z.string().optional(),
  /** 2. Ruimte */
  room: Room.optional(),
  /** What is fixed: law, budget, earlier council decisions. */
  kaders: z.array(z.string()).default([]),
  /** Budget for participation in this phase, in euros. */
  budget: z.number().nonnegative().optional(),
  time: TimeLimit.optional(),
  /** 3. Rol */
  level: Level.optional(),
  /** 4. Doelgroep */
  reach: Reaches.default([]),
  groups: z.array(Group).default([]),
  /** Chosen not to involve residents in this phase; the motivering is required by the verordening. */
  geenParticipatie: z.strictObject({ reden: z.string().default('') }).optional(),
  /** 5. The mix the user picked (instrument ids). */
  instruments: z.array(InstrumentId).default([]),
  /**
   * How this traject recruits for a chosen instrument that can recruit in several ways (a
   * burgerpanel by sample or by sign-up). Representativeness is derived from this, not from what
   * the instrument could do.
   */
  werving: z.record(InstrumentId, Recruitment).default({}),
  /**
   * A statutory procedure follows in this phase: the draft decision is laid open for zienswijzen
   * (afdeling 3.4 Awb), as for an omgevingsvisie, an omgevingsplan or a projectbesluit.
   */
  formalProcedure: z.boolean().optional(),
  /** Only meaningful for a referendum: can the question be answered with yes or no? */
  vraagIsJaNee: z.boolean().optional(),
  /** Is there a council (or college) decision moment where the outcome is taken up? */
  councilDecisionMoment: z.boolean().optional(),
  /** Has the council given participants a mandate (e.g. a budget to decide on)? */
  mandate: z.boolean().optional(),
  /**
   * Has the deciding body committed beforehand to adopt the outcome (e.g. a referendum result
   * above a turnout threshold)? With a mandate, this is what makes meebeslissen honest.
   */
  priorCommitment: z.boolean().optional(),
  /** The roles the council plays in this phase. */
  councilRoles: z.array(CouncilRole).default([]),
  notes: z.string().optional(),
});
export type PhaseAnswers = z.infer<typeof PhaseAnswers>;
export type PhaseAnswersInput = z.input<typeof PhaseAnswers>;

/** "Wat vraagt deze aanpak van de gemeente?" — free text, as in the workshop. */
export const Organisatie = z.strictObject({
  competenties: z.string().optional(),
  randvoorwaarden: z.string().optional(),
  raad: z.string().optional(),
  interneOrganisatie: z.string().optional(),
});
export type Organisatie = z.infer<typeof Organisatie>;

export const TrajectAnswers = z.strictObject({
  phases: z.partialRecord(Phase, PhaseAnswers).default({}),
  /** The question's policy domain, scale and impact; a phase may override each. */
  domain: Domain.optional(),
  scale: Scale.optional(),
  impact: Impact.optional(),
  /** Who takes the final decision (bevoegd gezag); a phase may override it. */
  competentBody: CompetentBody.optional(),
  /**
   * The subject divides people into camps (a wind farm, a refugee centre). Plenary evenings then
   * turn into shouting matches; methods that separate facts from values or draw participants help.
   */
  polarised: z.boolean().optional(),
  organisatie: Organisatie.optional(),
  /** What a raadsvoorstel needs besides the method (legal basis, contact, stakeholders, …). */
  plan: PlanDetails.optional(),
});
export type TrajectAnswers = z.infer<typeof TrajectAnswers>;
export type TrajectAnswersInput = z.input<typeof TrajectAnswers>;
