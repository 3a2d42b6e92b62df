import { z } from 'zod';
import { readJsonText } from '../json-file';
import { InstrumentId, TrajectAnswers } from './answers';
import { Phase } from './vocabulary';
import { formatZodIssues } from './zod-dutch';
import { casusSchemaTexts } from './messages';
import { migrateInstrumentIds, renameInstrumentIds } from './catalogue-migration';

/**
 * A casus file: one traject as a portable JSON file (workshop material, examples, CLI input).
 * `formatVersion` is bumped on every incompatible change; readers refuse versions they do not know.
 */
export const CASUS_FORMAT_VERSION = 1;

export const CasusFile = z
  .strictObject({
    formatVersion: z.literal(CASUS_FORMAT_VERSION),
    titel: z.string().min(1),
    gemeente: z.string().min(1),
    /** The question the taskforce works on, in one or two sentences. */
    vraagstuk: z.string().min(1),
    answers: TrajectAnswers,
    /**
     * The mix the casus authors consider sound, per phase: a reference for trainers to compare
     * group answers with. What a user picked lives in answers.phases.<fase>.instruments.
     */
    mix: z.partialRecord(Phase, z.array(InstrumentId)).optional(),
    notes: z.string().optional(),
  })
  .meta({ ...casusSchemaTexts });
export type CasusFile = z.infer<typeof CasusFile>;
export type CasusFileInput = z.input<typeof CasusFile>;

/** `notes`: Dutch notes about what was brought up to date on reading (renamed instrument ids). */
export type ParseResult<T> = { ok: true; value: T; notes?: string[] } | { ok: false; errors: string[] };

/**
 * Validates already-parsed JSON. Errors are Dutch, one per problem, each naming the field.
 * Instrument ids renamed by a newer catalogue are mapped, with a note per rename.
 */
export function parseCasusData(data: unknown): ParseResult<CasusFile> {
  const result = CasusFile.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatZodIssues(result.error.issues) };
  const migrated = migrateInstrumentIds(result.data.answers);
  const mix =
    result.data.mix === undefined
      ? undefined
      : Object.fromEntries(Object.entries(result.data.mix).map(([phase, ids]) => [phase, renameInstrumentIds(ids)]));
  return {
    ok: true,
    value: { ...result.data, answers: migrated.answers, ...(mix !== undefined ? { mix } : {}) },
    notes: migrated.notes,
  };
}

/** Parses the text of a casus file: JSON syntax first, then the schema. */
export function parseCasus(text: string): ParseResult<CasusFile> {
  const json = readJsonText(text);
  return json.ok ? parseCasusData(json.data) : { ok: false, errors: [json.error] };
}

/** The JSON Schema of the casus format, for editors and other tools. Committed as casus.schema.json. */
export function casusJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CasusFile, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://samenspel.local/schemas/casus-v1.json',
  };
}
