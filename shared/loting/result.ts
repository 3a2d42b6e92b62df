import { z } from 'zod';
import { Quotum, Distribution } from './model';
import { Commitment } from './commitment';

/** What a computed draw stores and returns: enough to show, export and audit it. */
export const LotingResult = z.object({
  formatVersion: z.literal(2),
  method: z.literal('leximin'),
  /** True when optimality is proven; false when the time limit stopped the search (see bovengrens). */
  exact: z.boolean(),
  proof: z.enum(['relaxation-bound', 'rounds']),
  seed: z.number().int().nonnegative(),
  prng: z.string(),
  panelSize: z.number().int().positive(),
  poolSize: z.number().int().nonnegative(),
  quota: z.array(Quotum),
  excludeHouseholds: z.boolean(),
  typeCount: z.number().int().nonnegative(),
  /** Selection probability per respondent (index = position in the pool). */
  probabilities: z.array(z.number()),
  /** The lowest probability of all respondents: 0 as soon as anyone is unreachable (see uitgesloten). */
  minimum: z.number(),
  /**
   * Upper bound for `minimum`: no distribution can do better. 0 when someone is unreachable
   * (proven), and equal to the minimum when exact.
   */
  minimumUpperBound: z.number(),
  /** The lowest probability among respondents who fit at least one valid panel, and its bound. */
  minimumReachable: z.number().optional(),
  reachableUpperBound: z.number().optional(),
  gini: z.number(),
  /**
   * The greedy comparison (greedy.ts): only panels that meet every quotum count. `minimum` is the
   * lowest estimate among respondents who fit a panel; `lowest` the lowest type measured again
   * on independent draws, with a 99 % upper bound (Clopper–Pearson).
   */
  legacy: z.object({
    probabilities: z.array(z.number()),
    minimum: z.number(),
    gini: z.number(),
    draws: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    lowest: z
      .object({
        person: z.number().int().nonnegative(),
        estimate: z.number(),
        upperBound99: z.number(),
        draws: z.number().int().nonnegative(),
        hits: z.number().int().nonnegative(),
      })
      .optional(),
  }),
  /** The distribution over panels (counts per type) the panel was drawn from, for a replay. */
  distribution: Distribution,
  panelIndex: z.number().int().nonnegative(),
  panel: z.array(z.number().int().nonnegative()),
  reserves: z.array(z.number().int().nonnegative()),
  /**
   * Per member their own reserve, chosen jointly (replacement.ts): any `maxDropouts` or fewer
   * members may drop out at the same time and their reserves together keep every quotum. A
   * member without a reserve has `reason`: the quota that rule out every other profile.
   */
  replacements: z.array(
    z.object({
      member: z.number().int().nonnegative(),
      reserve: z.number().int().nonnegative().nullable(),
      sameProfile: z.boolean(),
      reason: z
        .object({
          noSameProfile: z.literal(true),
          quota: z.array(
            z.object({
              category: z.string(),
              value: z.string(),
              min: z.number().int(),
              max: z.number().int(),
              bound: z.enum(['minimum', 'maximum']),
            }),
          ),
        })
        .optional(),
    }),
  ),
  /** Simultaneous dropouts the reserves are guaranteed to absorb (absent in draws before this existed). */
  maxDropouts: z.number().int().nonnegative().optional(),
  /**
   * Set when this is a re-selection round: the members who stayed are fixed, the open seats are
   * drawn by LEXIMIN from the rest of the pool. `probabilities` then holds the chance of each remaining
   * respondent to get an open seat (they sum to `openSeats`); members who stayed and those who
   * dropped out have 0 there.
   */
  reselection: z
    .object({
      stayers: z.array(z.number().int().nonnegative()),
      dropouts: z.array(z.number().int().nonnegative()),
      openSeats: z.number().int().nonnegative(),
      /** Seed and date of the draw this round continues. */
      previousSeed: z.number().int().nonnegative(),
      previousComputedAt: z.string(),
    })
    .optional(),
  /** Respondents on no quota-satisfying panel at all (proven before LEXIMIN ran). */
  unreachable: z.number().int().nonnegative(),
  /** Those respondents per profile, with the quota that exclude them (exclusion.ts). */
  excluded: z
    .array(
      z.object({
        people: z.array(z.number().int().nonnegative()),
        /** `full`: in a re-selection round, the members who stayed already fill this value's maximum. */
        kind: z.enum(['zero-maximum', 'full', 'combination', 'household', 'unknown']),
        quota: z.array(
          z.object({
            category: z.string(),
            value: z.string(),
            min: z.number().int(),
            max: z.number().int(),
            direction: z.enum(['zero', 'shortage', 'excess']),
          }),
        ),
      }),
    )
    .default([]),
  /**
   * Set for a verifiable draw in two steps (verification.ts). `published`: step 1 — the
   * distribution is computed and published with its fingerprint and the seed source it commits
   * to; nobody is drawn yet (panel, reserves and vervangers are empty). `drawn`: step 2 —
   * drawn with the seed derived from the public value `value` and the fingerprint.
   */
  verification: z
    .object({
      phase: z.enum(['published', 'drawn']),
      commitment: Commitment,
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      publishedAt: z.string(),
      /** The public value the seed was derived from (step 2). */
      value: z.string().optional(),
      drawnAt: z.string().optional(),
    })
    .optional(),
  /** Fingerprint of the respondents and their values this was computed from (poolVingerafdruk). */
  poolFingerprint: z.string().optional(),
  computeTimeMs: z.number().nonnegative(),
  computedAt: z.string(),
});
export type LotingResult = z.infer<typeof LotingResult>;
