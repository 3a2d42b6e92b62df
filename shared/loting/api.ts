import { z } from 'zod';
import type { CsvVariant } from '../csv';
import { limits, Column, LotingSettings } from './model';
import { maxSeed } from './prng';
import { LotingResult } from './result';
import { Commitment } from './commitment';
import { controlCharacterCells } from './validation';
import { contractMessages } from './messages';

/**
 * The loting part of the API contract (spread into shared/api/contract.ts). Respondents are
 * personal data: only the columns the user keeps are sent and stored, and a pool can be deleted
 * with everything computed from it in one call.
 */
export const PoolId = z.uuid();

export const PoolSummary = z.object({
  id: PoolId,
  name: z.string(),
  /** The number of respondents. */
  size: z.number().int().nonnegative(),
  createdAt: z.string(),
  hasDraw: z.boolean(),
});
export type PoolSummary = z.infer<typeof PoolSummary>;

export const CategoryCount = z.object({
  category: z.string(),
  values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })),
});

export const PoolNotice = z.object({ severity: z.enum(['error', 'warning']), text: z.string() });

export const PoolDetail = PoolSummary.extend({
  columns: z.array(Column),
  categoryCounts: z.array(CategoryCount),
  /** The settings of the last computation, to continue where the user left off. */
  settings: LotingSettings.nullable(),
  draw: LotingResult.nullable(),
  /** Stored cells of the panel members, reserves and the respondents who can never be selected (position → cells). */
  people: z.record(z.string(), z.array(z.string())),
  /**
   * SHA-256 of the respondents and their values now; a draw whose `poolFingerprint` differs
   * was computed from other data and is shown as outdated.
   */
  fingerprint: z.string(),
});
export type PoolDetail = z.infer<typeof PoolDetail>;

export const JobStatus = z.object({
  jobId: z.uuid(),
  status: z.enum(['running', 'done', 'error', 'cancelled']),
  phase: z.string(),
  progress: z.number().min(0).max(1),
  panels: z.number().int().nonnegative(),
  messages: z.array(z.string()),
});
export type JobStatus = z.infer<typeof JobStatus>;

export const ExportKind = z.enum([
  'docx',
  'pdf',
  'md',
  'panel-csv',
  'reserves-csv',
  'probabilities-csv',
  'distribution-json',
]);
export type ExportKind = z.infer<typeof ExportKind>;

/** The CSV variants of shared/csv.ts, for the CSV exports. */
export const LotingCsvVariant = z.enum(['semicolon', 'comma']) satisfies z.ZodType<CsvVariant>;

export const lotingContract = {
  /** All stored respondent pools, newest first. */
  'loting.pools.list': { input: z.object({}), output: z.array(PoolSummary) },
  /** One pool with counts per kenmerk, the last settings and the last draw; NOT_FOUND when deleted. */
  'loting.pools.get': { input: z.object({ id: PoolId }), output: PoolDetail },
  /**
   * Stores respondents. Columns with role `ignore` must be left out by the caller. Refused with
   * INVALID_INPUT and a message per problem (empty cells, duplicate ids, a control character in a
   * cell) — nothing is stored then.
   */
  'loting.pools.create': {
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        columns: z.array(Column).min(1).max(limits.maxColumns),
        /** `rows`: main/api/dispatch.ts exempts exactly this path from its text checks (the cells are checked here, per cell). */
        rows: z
          .array(z.array(z.string().max(limits.maxCellLength)))
          .min(1)
          .max(limits.maxRespondents),
      })
      // NUL and other control characters in a cell: refused here, naming the row and the column.
      .superRefine(({ columns, rows }, ctx) => {
        for (const cell of controlCharacterCells(columns, rows)) {
          ctx.addIssue({ code: 'custom', path: ['rows', cell.row, cell.column], message: cell.text });
        }
      }),
    output: PoolSummary,
  },
  /** Deletes the respondents and every draw made from them, and wipes them from the database file. */
  'loting.pools.delete': { input: z.object({ id: PoolId }), output: z.object({ id: PoolId }) },
  /** Checks quota against the pool before computing: what is wrong, and why. */
  'loting.validate': {
    input: z.object({ poolId: PoolId, settings: LotingSettings }),
    output: z.array(PoolNotice),
  },
  /** Starts LEXIMIN + comparison + draw in the background; poll `loting.computeStatus`. */
  'loting.compute': {
    input: z.object({
      poolId: PoolId,
      settings: LotingSettings,
      /** Leave out for a fresh random seed; it is returned and recorded either way. */
      seed: z.number().int().min(0).max(maxSeed).optional(),
      /**
       * A verifiable draw (verification.ts). `public-source`: step 1 only — the distribution is
       * computed and published, nobody is drawn until `loting.draw` gets the public
       * value. `announced`: the value is known and announced before the pool closed; the draw
       * follows at once with the seed derived from it. Absent: an ordinary draw with `seed`.
       */
      commitment: Commitment.refine((t) => t.kind !== 'own-seed', {
        message: contractMessages.commitmentKind,
      })
        .refine((t) => t.kind !== 'announced' || t.value !== undefined, {
          message: contractMessages.announcedValueMissing,
        })
        .optional(),
    }),
    output: z.object({ jobId: z.uuid(), seed: z.number().int().nonnegative() }),
  },
  /**
   * Step 2 of a verifiable draw: the public value is known. Draws the panel from the published
   * distribution with the seed derived from the value and the fingerprint; refused when the
   * last draw is not a published distribution waiting for its value.
   */
  'loting.draw': {
    input: z.object({ poolId: PoolId, value: z.string().trim().min(1).max(200) }),
    output: z.object({ seed: z.number().int().nonnegative() }),
  },
  /**
   * A proeftrekking: `count` example panels from the last computed distribution, each with a
   * fresh random seed, to show what panels look like. Nothing is recorded; the answer carries
   * the stored cells of the people on them.
   */
  'loting.trialDraw': {
    input: z.object({ poolId: PoolId, count: z.number().int().min(1).max(10) }),
    output: z.object({
      panels: z.array(
        z.object({
          seed: z.number().int().nonnegative(),
          panelNumber: z.number().int().positive(),
          members: z.array(z.number().int().nonnegative()),
        }),
      ),
      people: z.record(z.string(), z.array(z.string())),
    }),
  },
  /**
   * A re-selection round after the last draw: the members in `dropouts` dropped out, the others
   * stay; the open seats are drawn by LEXIMIN from the rest of the pool under the same quota
   * (reselection.ts). Runs like `loting.compute`; the result becomes the pool's last draw.
   */
  'loting.reselect': {
    input: z.object({
      poolId: PoolId,
      /** Positions in the pool (as in the draw's `panel`) of the members who dropped out. */
      dropouts: z.array(z.number().int().nonnegative()).min(1).max(limits.maxPanel),
      seed: z.number().int().min(0).max(maxSeed).optional(),
    }),
    output: z.object({ jobId: z.uuid(), seed: z.number().int().nonnegative() }),
  },
  'loting.computeStatus': { input: z.object({ jobId: z.uuid() }), output: JobStatus },
  'loting.cancelCompute': { input: z.object({ jobId: z.uuid() }), output: z.object({}) },
  /**
   * A report (Word, PDF, Markdown), a CSV of the last draw with only the chosen columns, or the
   * published distribution (JSON, no personal data). Base64 so binary files survive JSON. File
   * names carry the pool name and the date of the computation. `csvVariant` only matters for the
   * CSV files: `semicolon` (default: semicolons, decimal comma, for Dutch Excel) or `comma`.
   */
  'loting.export': {
    input: z.object({
      poolId: PoolId,
      kind: ExportKind,
      columns: z.array(z.string()).max(limits.maxColumns),
      csvVariant: LotingCsvVariant.default('semicolon'),
    }),
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  },
} as const;
