import { z } from 'zod';
import { TrajectAnswers } from '../participatie/answers';
import { exampleCasussen, type ExampleCasusId } from '../participatie/casussen/index';
import { RecommendationSchema } from '../participatie/recommendation-schema';
import { NewTraject, Traject, TrajectId, TrajectUpdate } from '../traject/traject';
import { SavedProcesplaat, ProcesplaatPatchSave, ProcesplaatSave, ProcesplaatViewportSave } from '../procesplaat/api';
import { workshopContract } from '../workshop/api';
import { exportContract } from '../document/api';
import { lotingContract } from '../loting/api';
import { codesContract } from '../code/api';

const StoredAnswers = z.object({
  trajectId: TrajectId,
  answers: TrajectAnswers,
  /** Goes up by one on every save; 0 means nothing saved yet. */
  revision: z.number().int().nonnegative(),
  /** True when stored answers were partly invalid and only the valid part is returned. */
  repaired: z.boolean(),
  /**
   * Dutch notes about instrument ids renamed since the answers were saved (catalogue 1.0 → 1.1);
   * the answers already carry the new ids, and the next save stores them.
   */
  notes: z.array(z.string()).default([]),
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
      /**
       * Present (true) only when the data file or folder cannot be written: everything can be read,
       * every write answers STORAGE ("Niet opgeslagen: …"). The UI shows `readOnlyMessage` as a banner.
       */
      readOnly: z.literal(true).optional(),
      /** Dutch banner text while `readOnly` is true ("Alleen lezen: …"). */
      readOnlyMessage: z.string().optional(),
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
    input: NewTraject,
    output: Traject,
  },
  /**
   * Changes titel, gemeente and/or vraagstuk; fields that are left out stay as they are. CONFLICT
   * without writing when `expectedRevision` is not the stored revision (another window saved).
   */
  'trajecten.update': {
    input: TrajectUpdate,
    output: Traject,
  },
  /** Deletes a traject and everything that belongs to it. */
  'trajecten.delete': {
    input: z.object({ id: TrajectId }),
    output: z.object({ id: TrajectId }),
  },
  /** The taskforce's answers per phase and the organisation question; empty answers when none are saved. */
  'answers.get': {
    input: z.object({ trajectId: TrajectId }),
    output: StoredAnswers,
  },
  /**
   * Saves all answers of a traject at once, on top of `expectedRevision` (the revision the edit
   * started from; 0 when nothing was saved yet): CONFLICT without writing when someone else
   * (another window) saved in between, instead of silently overwriting.
   */
  'answers.save': {
    input: z.object({
      trajectId: TrajectId,
      answers: TrajectAnswers,
      expectedRevision: z.number().int().nonnegative(),
    }),
    output: StoredAnswers,
  },
  /**
   * The participatiemix advice for a traject's saved answers: per phase a ranked list with
   * reasons, exclusions, a suggested mix, and warnings. Reasons are data; texts come from shared.
   */
  'advice.forTraject': {
    input: z.object({ trajectId: TrajectId }),
    output: RecommendationSchema,
  },
  /**
   * Opens a worked example (e.g. the workshop casus) as a fresh traject with its answers, in one
   * transaction: a copy without its answers never exists.
   */
  'examples.open': {
    input: z.object({
      id: z.enum(Object.keys(exampleCasussen) as [ExampleCasusId, ...ExampleCasusId[]]),
    }),
    output: z.object({ traject: Traject, revision: z.number().int().positive() }),
  },
  /** The procesplaat of a traject, repaired where stored data was invalid; `plate` is null when there is none yet. */
  'procesplaat.get': {
    input: z.object({ trajectId: TrajectId }),
    output: SavedProcesplaat,
  },
  /**
   * Saves the whole procesplaat in one transaction, on top of `expectedRevision` (0 when there is
   * none yet): CONFLICT without writing when another window saved in between.
   */
  'procesplaat.save': {
    input: ProcesplaatSave,
    output: z.object({ trajectId: TrajectId, revision: z.number().int().positive() }),
  },
  /**
   * Saves only what changed since `expectedRevision` (new, changed and removed nodes and edges), in
   * one transaction; CONFLICT when another window saved in between. The editor's usual save.
   */
  'procesplaat.patch': {
    input: ProcesplaatPatchSave,
    output: z.object({ trajectId: TrajectId, revision: z.number().int().positive() }),
  },
  /** Remembers where the user looked (pan and zoom); not an edit, so no revision and no conflict. */
  'procesplaat.saveViewport': {
    input: ProcesplaatViewportSave,
    output: z.object({ trajectId: TrajectId, saved: z.boolean() }),
  },
  /** Workshop mode for trainers (sessions, timers, rode draden, report): see shared/workshop/api.ts. */
  ...workshopContract,
  /** Participatieplan (docx, PDF, Markdown), spelregels and project files: see shared/document/api.ts. */
  ...exportContract,
  ...lotingContract,
  /** Participatiecodes per gemeente, their texts and standard process, and trajecten that follow them: see shared/code/api.ts. */
  ...codesContract,
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
