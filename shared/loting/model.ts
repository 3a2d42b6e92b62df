import { z } from 'zod';
import { contractMessages } from './messages';

/**
 * The data of a gewogen loting. Names are English (README naming rule): a feature is what the
 * user calls a kenmerk (a column such as geslacht), its category and value name one quotum; only
 * the glossary nouns loting and quotum stay Dutch. The stored format of older versions is mapped
 * in format-v1.ts.
 */

/** What a column of the respondents file is used for. `ignore` columns are never stored. */
export const ColumnRole = z.enum(['id', 'household', 'feature', 'keep', 'ignore']);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const Column = z.object({ name: z.string().min(1).max(200), role: ColumnRole });
export type Column = z.infer<typeof Column>;

/** Limits that keep the app responsive and the HTTP body under its cap. */
export const limits = {
  maxRespondents: 20_000,
  maxColumns: 40,
  maxCellLength: 500,
  maxPanel: 2_000,
} as const;

/** Minimum and maximum number of panel members with one value of one kenmerk (e.g. geslacht = vrouw). */
export const Quotum = z
  .object({
    category: z.string().min(1).max(200),
    value: z.string().min(1).max(500),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
  })
  .refine((q) => q.min <= q.max, { message: contractMessages.minAboveMax });
export type Quotum = z.infer<typeof Quotum>;

export const LotingSettings = z.object({
  panelSize: z.number().int().min(1).max(limits.maxPanel),
  quota: z.array(Quotum).max(2_000),
  /** At most one person per household (address) on the panel. Needs a `household` column. */
  excludeHouseholds: z.boolean().default(false),
  /**
   * How many members may drop out at the same time while their reserves still keep every
   * quotum (replacement.ts). Absent: 20 % of the panel, rounded up.
   */
  maxDropouts: z.number().int().min(0).max(limits.maxPanel).optional(),
});
export type LotingSettings = z.infer<typeof LotingSettings>;

/** The respondents as stored: only the columns the user chose to keep, every cell as text. */
export const PoolData = z.object({
  columns: z.array(Column).min(1).max(limits.maxColumns),
  rows: z.array(z.array(z.string().max(limits.maxCellLength))).max(limits.maxRespondents),
});
export type PoolData = z.infer<typeof PoolData>;

/** One respondent in the form the algorithm reads. */
export interface Respondent {
  /** Row number in the file (1 = first data row), shown in messages. */
  row: number;
  id: string;
  /** Value per kenmerk category, in the order of `categories`. */
  values: string[];
  household?: string;
}

export interface Pool {
  categories: string[];
  respondents: Respondent[];
}

/**
 * The instance the maths works on. Respondents with the same values on every kenmerk are
 * interchangeable for the quota, so they form one type with a count: the LP and MIP get one
 * variable per type instead of one per person (this is what makes 10 000 respondents feasible).
 */
export interface LotingInstance {
  panelSize: number;
  /** Every (categorie, waarde) with its quotum; the index is the feature id used below. */
  features: Array<{ category: string; value: string; min: number; max: number }>;
  types: Array<{ features: number[]; members: number[] }>;
  /** Groups of types of which at most one may be on the panel (members of one household). */
  householdGroups: number[][];
}

/**
 * A probability distribution over panels, per type: `panels[p][t]` people of type t are on panel p,
 * which is chosen with probability `gewichten[p]`.
 */
export const Distribution = z.object({
  panels: z.array(z.array(z.number().int().nonnegative())),
  weights: z.array(z.number().nonnegative()),
});
export type Distribution = z.infer<typeof Distribution>;
