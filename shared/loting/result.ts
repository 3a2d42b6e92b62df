import { z } from 'zod';
import { Quotum, Distribution } from './model';
import { Commitment } from './commitment';

/** What a computed draw stores and returns: enough to show, export and audit it. */
export const LotingResult = z.object({
  formatVersie: z.literal(1),
  methode: z.literal('leximin'),
  /** True when optimality is proven; false when the time limit stopped the search (see bovengrens). */
  exact: z.boolean(),
  bewijs: z.enum(['relaxatiegrens', 'rondes']),
  seed: z.number().int().nonnegative(),
  prng: z.string(),
  panelgrootte: z.number().int().positive(),
  poolgrootte: z.number().int().nonnegative(),
  quota: z.array(Quotum),
  huishoudensUitsluiten: z.boolean(),
  aantalTypes: z.number().int().nonnegative(),
  /** Selection probability per respondent (index = position in the pool). */
  kansen: z.array(z.number()),
  /** The lowest probability of all respondents: 0 as soon as anyone is unreachable (see uitgesloten). */
  minimum: z.number(),
  /**
   * Upper bound for `minimum`: no distribution can do better. 0 when someone is unreachable
   * (proven), and equal to the minimum when exact.
   */
  bovengrensMinimum: z.number(),
  /** The lowest probability among respondents who fit at least one valid panel, and its bound. */
  minimumBereikbaar: z.number().optional(),
  bovengrensBereikbaar: z.number().optional(),
  gini: z.number(),
  /**
   * The greedy comparison (greedy.ts): only panels that meet every quotum count. `minimum` is the
   * lowest estimate among respondents who fit a panel; `laagste` the lowest type measured again
   * on independent draws, with a 99 % upper bound (Clopper–Pearson).
   */
  legacy: z.object({
    kansen: z.array(z.number()),
    minimum: z.number(),
    gini: z.number(),
    trekkingen: z.number().int().nonnegative(),
    mislukt: z.number().int().nonnegative(),
    laagste: z
      .object({
        persoon: z.number().int().nonnegative(),
        schatting: z.number(),
        bovengrens99: z.number(),
        trekkingen: z.number().int().nonnegative(),
        treffers: z.number().int().nonnegative(),
      })
      .optional(),
  }),
  /** The distribution over panels (counts per type) the panel was drawn from, for a replay. */
  verdeling: Distribution,
  panelIndex: z.number().int().nonnegative(),
  panel: z.array(z.number().int().nonnegative()),
  reserves: z.array(z.number().int().nonnegative()),
  /**
   * Per member their own reserve, chosen jointly (replacement.ts): any `maxUitval` or fewer
   * members may drop out at the same time and their reserves together keep every quotum. A
   * member without a reserve has `reden`: the quota that rule out every other profile.
   */
  vervangers: z.array(
    z.object({
      lid: z.number().int().nonnegative(),
      reserve: z.number().int().nonnegative().nullable(),
      zelfdeProfiel: z.boolean(),
      reden: z
        .object({
          geenZelfdeProfiel: z.literal(true),
          quota: z.array(
            z.object({
              categorie: z.string(),
              waarde: z.string(),
              min: z.number().int(),
              max: z.number().int(),
              grens: z.enum(['minimum', 'maximum']),
            }),
          ),
        })
        .optional(),
    }),
  ),
  /** Simultaneous dropouts the reserves are guaranteed to absorb (absent in draws before this existed). */
  maxUitval: z.number().int().nonnegative().optional(),
  /**
   * Set when this is a re-selection round: the members who stayed are fixed, the open seats are
   * drawn by LEXIMIN from the rest of the pool. `kansen` then holds the chance of each remaining
   * respondent to get an open seat (they sum to `openPlaatsen`); members who stayed and those who
   * dropped out have 0 there.
   */
  herselectie: z
    .object({
      blijvers: z.array(z.number().int().nonnegative()),
      afvallers: z.array(z.number().int().nonnegative()),
      openPlaatsen: z.number().int().nonnegative(),
      /** Seed and date of the draw this round continues. */
      vorigeSeed: z.number().int().nonnegative(),
      vorigeBerekendOp: z.string(),
    })
    .optional(),
  /** Respondents on no quota-satisfying panel at all (proven before LEXIMIN ran). */
  onbereikbaar: z.number().int().nonnegative(),
  /** Those respondents per profile, with the quota that exclude them (exclusion.ts). */
  uitgesloten: z
    .array(
      z.object({
        personen: z.array(z.number().int().nonnegative()),
        /** `vol`: in a re-selection round, the members who stayed already fill this value's maximum. */
        soort: z.enum(['maximum-nul', 'vol', 'combinatie', 'huishouden', 'onbekend']),
        quota: z.array(
          z.object({
            categorie: z.string(),
            waarde: z.string(),
            min: z.number().int(),
            max: z.number().int(),
            richting: z.enum(['nul', 'tekort', 'teveel']),
          }),
        ),
      }),
    )
    .default([]),
  /**
   * Set for a verifiable draw in two steps (verification.ts). `gepubliceerd`: step 1 — the
   * distribution is computed and published with its fingerprint and the seed source it commits
   * to; nobody is drawn yet (panel, reserves and vervangers are empty). `getrokken`: step 2 —
   * drawn with the seed derived from the public value `waarde` and the fingerprint.
   */
  controle: z
    .object({
      fase: z.enum(['gepubliceerd', 'getrokken']),
      toezegging: Commitment,
      vingerafdruk: z.string().regex(/^[0-9a-f]{64}$/),
      gepubliceerdOp: z.string(),
      /** The public value the seed was derived from (step 2). */
      waarde: z.string().optional(),
      getrokkenOp: z.string().optional(),
    })
    .optional(),
  /** Fingerprint of the respondents and their values this was computed from (poolVingerafdruk). */
  poolVingerafdruk: z.string().optional(),
  rekentijdMs: z.number().nonnegative(),
  berekendOp: z.string(),
});
export type LotingResult = z.infer<typeof LotingResult>;
