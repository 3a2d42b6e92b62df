import { z } from 'zod';

/**
 * The seed source a verifiable draw commits to before anyone is drawn (verification.ts):
 *
 * - `public-source`: a public value that does not exist yet when the distribution is published,
 *   for example the winning number of a public lottery on a named date. The organiser cannot
 *   choose it; the seed is derived from it and from the fingerprint of the distribution.
 * - `announced`: a value announced in public before the pool closed (so before anyone could see
 *   who responded). The value itself is recorded in the publication.
 * - `own-seed`: the organiser's own number, typed in or random. It can be replayed, but
 *   nobody can rule out that it was tried several times: the report says so.
 */
export const CommitmentKind = z.enum(['public-source', 'announced', 'own-seed']);
export type CommitmentKind = z.infer<typeof CommitmentKind>;

export const Commitment = z.object({
  kind: CommitmentKind,
  /** Where and when the value comes from, in words ("Staatsloterij, trekking van 10 januari 2027, eerste prijs"). */
  description: z.string().trim().min(1).max(500),
  /** `announced` only: the value as it was announced. */
  value: z.string().trim().min(1).max(200).optional(),
  /** `own-seed` only: the number itself. */
  seed: z.number().int().nonnegative().optional(),
});
export type Commitment = z.infer<typeof Commitment>;
