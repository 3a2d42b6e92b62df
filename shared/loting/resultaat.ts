import { z } from 'zod';
import { Quotum, Verdeling } from './model';

/** What a computed draw stores and returns: enough to show, export and audit it. */
export const LotingResultaat = z.object({
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
  minimum: z.number(),
  bovengrensMinimum: z.number(),
  gini: z.number(),
  legacy: z.object({
    kansen: z.array(z.number()),
    minimum: z.number(),
    gini: z.number(),
    trekkingen: z.number().int().nonnegative(),
    mislukt: z.number().int().nonnegative(),
  }),
  /** The distribution over panels (counts per type) the panel was drawn from, for a replay. */
  verdeling: Verdeling,
  panelIndex: z.number().int().nonnegative(),
  panel: z.array(z.number().int().nonnegative()),
  reserves: z.array(z.number().int().nonnegative()),
  vervangers: z.array(
    z.object({
      lid: z.number().int().nonnegative(),
      reserve: z.number().int().nonnegative().nullable(),
      zelfdeProfiel: z.boolean(),
    }),
  ),
  /** Respondents on no quota-satisfying panel at all. */
  onbereikbaar: z.number().int().nonnegative(),
  rekentijdMs: z.number().nonnegative(),
  berekendOp: z.string(),
});
export type LotingResultaat = z.infer<typeof LotingResultaat>;
