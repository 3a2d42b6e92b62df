import { z } from 'zod';
import { TrajectAnswers } from '../participatie/answers';
import { RecommendationSchema } from '../participatie/recommendation-schema';
import { NieuwTraject, Traject, TrajectId, TrajectWijziging } from '../traject/traject';

const OpgeslagenAntwoorden = z.object({
  trajectId: TrajectId,
  answers: TrajectAnswers,
  /** Goes up by one on every save; 0 means nothing saved yet. */
  revision: z.number().int().nonnegative(),
  /** True when stored answers were partly invalid and only the valid part is returned. */
  repaired: z.boolean(),
});

/**
 * The one API of Samenspel. Every method has a zod schema for its input and its output; the
 * same contract is served over Electron IPC and over HTTP, and the renderer only knows this.
 */
export const contract = {
  /** Version information, so the UI and support can tell which build and schema are running. */
  'app.info': {
    input: z.object({}),
    output: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      transport: z.enum(['ipc', 'http']),
    }),
  },
  /** All trajecten, most recently changed first. */
  'trajecten.list': {
    input: z.object({}),
    output: z.array(Traject),
  },
  /** One traject; NOT_FOUND when it does not exist (any more). */
  'trajecten.get': {
    input: z.object({ id: TrajectId }),
    output: Traject,
  },
  /** Creates a traject and returns it with its new id. */
  'trajecten.create': {
    input: NieuwTraject,
    output: Traject,
  },
  /** Changes titel, gemeente and/or vraagstuk; fields that are left out stay as they are. */
  'trajecten.update': {
    input: TrajectWijziging,
    output: Traject,
  },
  /** Deletes a traject and everything that belongs to it. */
  'trajecten.delete': {
    input: z.object({ id: TrajectId }),
    output: z.object({ id: TrajectId }),
  },
  /** The taskforce's answers per phase and the organisation question; empty answers when none are saved. */
  'antwoorden.get': {
    input: z.object({ trajectId: TrajectId }),
    output: OpgeslagenAntwoorden,
  },
  /**
   * Saves all answers of a traject at once. With `expectedRevision` the save fails with CONFLICT
   * when someone else (another window) saved in between, instead of silently overwriting.
   */
  'antwoorden.save': {
    input: z.object({
      trajectId: TrajectId,
      answers: TrajectAnswers,
      expectedRevision: z.number().int().nonnegative().optional(),
    }),
    output: OpgeslagenAntwoorden,
  },
  /**
   * The participatiemix advice for a traject's saved answers: per phase a ranked list with
   * reasons, exclusions, a suggested mix, and warnings. Reasons are data; texts come from shared.
   */
  'advies.voorTraject': {
    input: z.object({ trajectId: TrajectId }),
    output: RecommendationSchema,
  },
  /** The same advice for answers that are not stored (a workshop group, a what-if). */
  'advies.voorAntwoorden': {
    input: z.object({ answers: TrajectAnswers }),
    output: RecommendationSchema,
  },
} as const satisfies Record<string, MethodSpec>;

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a caller gets back. */
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
