import { z } from 'zod';
import { InstrumentId } from './answers';
import { catalogueMessages } from './messages';
import {
  Binding,
  CostClass,
  Domain,
  DecisionMethod,
  Feedback,
  GROUPS,
  Goal,
  GroupSize,
  InclusionScore,
  Intensity,
  Interaction,
  Level,
  Mode,
  Phase,
  Reach,
  Recruitment,
  Requirement,
} from './vocabulary';

/** The € class a euro amount falls in (€ < 5.000 ≤ €€ < 25.000 ≤ €€€), as costLabels say. */
export const costClassOf = (euro: number): 1 | 2 | 3 => (euro < 5_000 ? 1 : euro < 25_000 ? 2 : 3);

const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1);

/** Inclusivity must be scored for every specific group, so a new group forces a decision per instrument. */
export const Inclusivity = z
  .object(
    Object.fromEntries(GROUPS.map((g) => [g, InclusionScore])) as Record<
      (typeof GROUPS)[number],
      typeof InclusionScore
    >,
  )
  .strict();
export type Inclusivity = z.infer<typeof Inclusivity>;

/**
 * Indicative cost of running the instrument once, in euros, excluding staff hours already paid
 * for. `basis` says where the range comes from (a source or the reasoning), so an adviser can
 * check it; the engine treats `low` above the budget as not feasible.
 */
export const CostRange = z
  .strictObject({
    low: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    basis: z.string().min(1),
  })
  .refine((r) => r.low <= r.high, { message: catalogueMessages.lowAboveHigh, path: ['low'] });
export type CostRange = z.infer<typeof CostRange>;

export const Instrument = z
  .object({
    id: InstrumentId,
    name: z.string().min(1),
    short: z.string().min(1),
    description: z.string().min(1),
    whenItFits: z.string().min(1),
    pitfalls: nonEmpty(z.string().min(1)),
    phases: nonEmpty(Phase),
    /** Levels the instrument can honestly carry: the promise must be keepable with it. */
    levels: nonEmpty(Level),
    /** The level it was designed for; the engine prefers an exact match. */
    coreLevel: Level,
    goals: nonEmpty(Goal),
    reach: nonEmpty(Reach),
    recruitment: nonEmpty(Recruitment),
    groupSize: GroupSize,
    mode: Mode,
    interaction: nonEmpty(Interaction),
    decisionMethod: DecisionMethod,
    inclusivity: Inclusivity,
    cost: CostClass,
    costRange: CostRange,
    /** Domain-bound instruments (a cliëntenraad) only fit questions in these domains; absent = any domain. */
    domains: z.array(Domain).min(1).optional(),
    /** Proportion: see Intensity. */
    intensity: Intensity,
    /**
     * How it behaves when the subject is polarised: `helps` separates facts from values or
     * draws participants (joint fact finding, a mini-public); `risky` is a plenary or open
     * format where the loudest camp dominates. Absent = no particular effect.
     */
    polarisation: z.enum(['helps', 'risky']).optional(),
    /** This instrument is the statutory procedure itself (terinzagelegging, afdeling 3.4 Awb). */
    statutory: z.boolean().optional(),
    /** Typical duration in words, e.g. "een avond" or "3 tot 6 maanden". */
    duration: z.string().min(1),
    /** Minimum weeks needed to prepare and run it; used against the time limit. */
    minWeeks: z.number().int().nonnegative(),
    binding: Binding,
    requires: z.array(Requirement).default([]),
    /** What the council must arrange, in words. */
    councilMust: z.string().min(1),
    feedback: Feedback,
    sources: nonEmpty(z.string().min(1)),
  })
  .strict()
  .refine((i) => i.levels.includes(i.coreLevel), {
    message: catalogueMessages.coreLevelNotInLevels,
    path: ['coreLevel'],
  })
  .refine((i) => costClassOf(i.costRange.low) <= i.cost, {
    message: catalogueMessages.costClassMismatch,
    path: ['cost'],
  });
export type Instrument = z.infer<typeof Instrument>;
export type InstrumentInput = z.input<typeof Instrument>;

export const Catalogue = z
  .object({
    catalogueVersion: z.string().regex(/^\d+\.\d+\.\d+$/, catalogueMessages.versionForm),
    instruments: z.array(Instrument),
  })
  .refine((c) => new Set(c.instruments.map((i) => i.id)).size === c.instruments.length, {
    message: catalogueMessages.duplicateIds,
    path: ['instruments'],
  });
export type Catalogue = z.infer<typeof Catalogue>;
