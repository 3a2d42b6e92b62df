import { z } from 'zod';
import { grenzen, Kolom, LotingInstellingen } from './model';
import { maxSeed } from './prng';
import { LotingResultaat } from './resultaat';

/**
 * The loting part of the API contract (spread into shared/api/contract.ts). Respondents are
 * personal data: only the columns the user keeps are sent and stored, and a pool can be deleted
 * with everything computed from it in one call.
 */
export const PoolId = z.uuid();

export const PoolSamenvatting = z.object({
  id: PoolId,
  naam: z.string(),
  aantal: z.number().int().nonnegative(),
  aangemaakt: z.string(),
  heeftTrekking: z.boolean(),
});
export type PoolSamenvatting = z.infer<typeof PoolSamenvatting>;

export const Telling = z.object({
  categorie: z.string(),
  waarden: z.array(z.object({ waarde: z.string(), aantal: z.number().int().nonnegative() })),
});

export const Melding = z.object({ ernst: z.enum(['fout', 'waarschuwing']), tekst: z.string() });

export const PoolDetail = PoolSamenvatting.extend({
  kolommen: z.array(Kolom),
  tellingen: z.array(Telling),
  /** The settings of the last computation, to continue where the user left off. */
  instellingen: LotingInstellingen.nullable(),
  trekking: LotingResultaat.nullable(),
  /** Stored cells of the panel members, reserves and the respondents who can never be selected (position → cells). */
  personen: z.record(z.string(), z.array(z.string())),
});
export type PoolDetail = z.infer<typeof PoolDetail>;

export const TaakStatus = z.object({
  taakId: z.uuid(),
  status: z.enum(['bezig', 'klaar', 'fout', 'afgebroken']),
  fase: z.string(),
  voortgang: z.number().min(0).max(1),
  panels: z.number().int().nonnegative(),
  meldingen: z.array(z.string()),
});
export type TaakStatus = z.infer<typeof TaakStatus>;

export const ExportSoort = z.enum(['docx', 'md', 'panel-csv', 'reserves-csv', 'kansen-csv']);
export type ExportSoort = z.infer<typeof ExportSoort>;

export const lotingContract = {
  /** All stored respondent pools, newest first. */
  'loting.pools.list': { input: z.object({}), output: z.array(PoolSamenvatting) },
  /** One pool with counts per kenmerk, the last settings and the last draw; NOT_FOUND when deleted. */
  'loting.pools.get': { input: z.object({ id: PoolId }), output: PoolDetail },
  /**
   * Stores respondents. Columns with role `negeren` must be left out by the caller. Refused with
   * INVALID_INPUT and a message per problem (empty cells, duplicate ids) — nothing is stored then.
   */
  'loting.pools.create': {
    input: z.object({
      naam: z.string().trim().min(1).max(200),
      kolommen: z.array(Kolom).min(1).max(grenzen.maxKolommen),
      rijen: z
        .array(z.array(z.string().max(grenzen.maxCelLengte)))
        .min(1)
        .max(grenzen.maxRespondenten),
    }),
    output: PoolSamenvatting,
  },
  /** Deletes the respondents and every draw made from them, and wipes them from the database file. */
  'loting.pools.delete': { input: z.object({ id: PoolId }), output: z.object({ id: PoolId }) },
  /** Checks quota against the pool before computing: what is wrong, and why. */
  'loting.valideer': {
    input: z.object({ poolId: PoolId, instellingen: LotingInstellingen }),
    output: z.array(Melding),
  },
  /** Starts LEXIMIN + comparison + draw in the background; poll `loting.bereken.status`. */
  'loting.bereken.start': {
    input: z.object({
      poolId: PoolId,
      instellingen: LotingInstellingen,
      /** Leave out for a fresh random seed; it is returned and recorded either way. */
      seed: z.number().int().min(0).max(maxSeed).optional(),
    }),
    output: z.object({ taakId: z.uuid(), seed: z.number().int().nonnegative() }),
  },
  /**
   * A re-selection round after the last draw: the members in `afvallers` dropped out, the others
   * stay; the open seats are drawn by LEXIMIN from the rest of the pool under the same quota
   * (herselectie.ts). Runs like `loting.bereken.start`; the result becomes the pool's last draw.
   */
  'loting.herselectie.start': {
    input: z.object({
      poolId: PoolId,
      /** Positions in the pool (as in the draw's `panel`) of the members who dropped out. */
      afvallers: z.array(z.number().int().nonnegative()).min(1).max(grenzen.maxPanel),
      seed: z.number().int().min(0).max(maxSeed).optional(),
    }),
    output: z.object({ taakId: z.uuid(), seed: z.number().int().nonnegative() }),
  },
  'loting.bereken.status': { input: z.object({ taakId: z.uuid() }), output: TaakStatus },
  'loting.bereken.afbreken': { input: z.object({ taakId: z.uuid() }), output: z.object({}) },
  /** A report or CSV of the last draw, with only the chosen columns. Base64 so Word files survive JSON. */
  'loting.export': {
    input: z.object({ poolId: PoolId, soort: ExportSoort, kolommen: z.array(z.string()).max(grenzen.maxKolommen) }),
    output: z.object({ bestandsnaam: z.string(), mime: z.string(), base64: z.string() }),
  },
} as const;

export type LotingMethod = keyof typeof lotingContract;
