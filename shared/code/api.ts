import { z } from 'zod';
import { ExportFormat } from '../document/formats';
import { ExportResult } from '../document/api';
import { Procesplaat } from '../procesplaat/model';
import { Traject, TrajectId } from '../traject/traject';
import { CodeVariant } from './documents';
import { MAX_CODE_FILE_BYTES } from './file';
import { codeMessages as m } from './messages';
import { ParticipatieCode } from './schema';
import { CodeCheck } from './traject-checks';
import { exampleCodes, type ExampleCodeId } from './examples/index';

/**
 * The participatiecode part of the API contract (spread into shared/api/contract.ts). One
 * database holds several codes (an adviser working for several gemeenten); a traject belongs to
 * at most one. Every write of a code takes `expectedRevision` and answers CONFLICT without
 * writing when another window saved in between, like the answers and the procesplaat.
 */

export const CodeId = z.uuid({ error: m.invalidId });
export type CodeId = z.infer<typeof CodeId>;

/** The name the user gives a stored code ("Concept raadswerkgroep maart"); the citeertitel by default. */
export const StoredCodeName = z.string().trim().min(1, { error: m.nameEmpty }).max(200, { error: m.nameTooLong });

const Revisie = z.number().int().nonnegative();

export const EXAMPLE_CODE_IDS = Object.keys(exampleCodes) as [ExampleCodeId, ...ExampleCodeId[]];
export const ExampleCodeChoice = z.enum(EXAMPLE_CODE_IDS, {
  error: m.chooseExample(EXAMPLE_CODE_IDS),
});

/** One line in the list of codes. */
export const CodeSummary = z.object({
  id: CodeId,
  naam: z.string(),
  gemeente: z.string(),
  jaar: z.number().int(),
  /** "Participatieverordening Lindewaard 2026", or the code's own citeertitel. */
  citeertitel: z.string(),
  /** Goes up by one on every save of the code (choices, name or standard process). */
  revision: z.number().int().positive(),
  /** How many trajecten follow this code. */
  trajecten: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CodeSummary = z.infer<typeof CodeSummary>;

/** A stored code with all its choices. */
export const SavedCode = CodeSummary.extend({
  code: ParticipatieCode,
  /** The trajecten linked to this code. */
  trajectIds: z.array(TrajectId),
  /** True when the user edited the standard process; false when it is generated from the choices. */
  procesBewerkt: z.boolean(),
});
export type SavedCode = z.infer<typeof SavedCode>;

/** Where a new code starts: the standard choices for a gemeente, or a bundled example. */
export const CodeSource = z.discriminatedUnion(
  'soort',
  [
    z.object({
      soort: z.literal('standaard'),
      gemeente: z.string().trim().min(1, { error: m.municipalityEmpty }).max(80, { error: m.municipalityTooLong }),
      jaar: z
        .number({ error: m.yearMissing })
        .int({ error: m.yearMissing })
        .min(2024, { error: m.yearTooEarly })
        .max(2100, { error: m.yearTooLate }),
    }),
    z.object({ soort: z.literal('voorbeeld'), id: ExampleCodeChoice }),
  ],
  { error: m.chooseSource },
);
export type CodeSource = z.infer<typeof CodeSource>;

const Delivery = z.enum(['download', 'save']).default('download');

/** What `codes.export` makes: the `.samenspel-code` file, or one of the four texts in a format. */
export const CodeExportKind = z.discriminatedUnion(
  'wat',
  [
    z.object({ wat: z.literal('bestand') }),
    z.object({
      wat: z.literal('document'),
      variant: CodeVariant,
      format: ExportFormat,
      versie: z.string().trim().max(40, { error: m.versionTooLong }).optional(),
    }),
  ],
  { error: m.chooseExport },
);

export const ChoiceComparisonSchema = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  a: z.string(),
  b: z.string(),
  differs: z.boolean(),
});

/** The text of an imported file: the 1 MB cap is checked on the bytes (TOO_LARGE), this only stops abuse. */
const BestandTekst = z.string().max(4 * MAX_CODE_FILE_BYTES, { error: m.fileTooLarge });

export const codesContract = {
  /** All stored participatiecodes, most recently changed first. */
  'codes.list': { input: z.object({}), output: z.array(CodeSummary) },
  /** One code with all its choices; NOT_FOUND when it does not exist (any more). */
  'codes.get': { input: z.object({ id: CodeId }), output: SavedCode },
  /** A new code from the standard choices for a gemeente, or a copy of a bundled example. */
  'codes.create': {
    input: z.object({ bron: CodeSource, naam: StoredCodeName.optional() }),
    output: SavedCode,
  },
  /**
   * Saves the choices and/or the name. The whole code is validated first (Dutch errors naming
   * the field); CONFLICT without writing when `expectedRevision` is not the stored revision.
   */
  'codes.update': {
    input: z
      .object({
        id: CodeId,
        expectedRevision: Revisie,
        naam: StoredCodeName.optional(),
        code: ParticipatieCode.optional(),
      })
      .refine((w) => w.naam !== undefined || w.code !== undefined, { error: m.nothingToChange }),
    output: SavedCode,
  },
  /** Deletes a code; its trajecten stay and are no longer linked (`ontkoppeld` says how many). */
  'codes.delete': {
    input: z.object({ id: CodeId }),
    output: z.object({ id: CodeId, ontkoppeld: z.number().int().nonnegative() }),
  },
  /** Reads a `.samenspel-code` file into a NEW code; errors are Dutch and name the field (also as issues). */
  'codes.import': {
    input: z.object({ text: BestandTekst, naam: StoredCodeName.optional() }),
    output: SavedCode,
  },
  /** The code as a `.samenspel-code` file, or the verordening, toelichting, beleid or kaart as docx, md or pdf. */
  'codes.export': {
    input: z.object({ id: CodeId, soort: CodeExportKind, delivery: Delivery }),
    output: ExportResult,
  },
  /** Two codes side by side, choice by choice (a and b may be the same code). */
  'codes.compare': {
    input: z.object({ a: CodeId, b: CodeId }),
    output: z.object({
      a: CodeSummary,
      b: CodeSummary,
      keuzes: z.array(ChoiceComparisonSchema),
      /** How many choices differ. */
      verschillen: z.number().int().nonnegative(),
    }),
  },
  /** Links a traject to a code (a traject follows at most one), or unlinks it with `codeId: null`. */
  'codes.linkTraject': {
    input: z.object({ trajectId: TrajectId, codeId: CodeId.nullable() }),
    output: Traject,
  },
  /**
   * The code's rules as checks on a traject's saved answers and procesplaat, for the flow and the
   * procesplaat: empty when the traject follows no code. `codeId` checks against another code
   * than the linked one (a what-if), without linking.
   */
  'codes.checkTraject': {
    input: z.object({ trajectId: TrajectId, codeId: CodeId.optional() }),
    output: z.object({ codeId: CodeId.nullable(), citeertitel: z.string().nullable(), checks: z.array(CodeCheck) }),
  },
  /**
   * The code's standard process as a procesplaat (laid out): the edited one when stored, else
   * generated from the choices. `checks` are the procesplaat checks on it (empty for the generated one).
   * A traject linked to the code can start its own procesplaat from `plate` (procesplaat.save).
   */
  'codes.process': {
    input: z.object({ id: CodeId }),
    output: z.object({
      id: CodeId,
      plate: Procesplaat,
      bewerkt: z.boolean(),
      revision: z.number().int().positive(),
      checks: z.array(
        z.object({
          id: z.string(),
          check: z.string(),
          severity: z.enum(['high', 'medium']),
          nodeIds: z.array(z.string()),
          message: z.string(),
        }),
      ),
    }),
  },
  /** Stores the edited standard process (`null` goes back to the generated one); CONFLICT when stale. */
  'codes.saveProcess': {
    input: z.object({ id: CodeId, plate: Procesplaat.nullable(), expectedRevision: Revisie }),
    output: z.object({ id: CodeId, revision: z.number().int().positive(), bewerkt: z.boolean() }),
  },
} as const;
