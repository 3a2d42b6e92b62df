import { z } from 'zod';
import { buildInstance } from './instance';
import type { LotingInstance, Pool } from './model';
import { createRandom, maxSeed, prngDescription } from './prng';
import type { LotingResult } from './result';
import { sha256, sha256Hex } from './sha256';
import { formatNumber } from '../format';
import { formatShortList } from './text';
import { Commitment } from './commitment';
import { choosePanel, drawPanel } from './draw';

/**
 * Verifiable draws in two steps.
 *
 * Step 1 (publish): the LEXIMIN distribution is published before anyone is drawn — every panel
 * with its probability, as the number of people per profile, and per profile the respondents by
 * their number in the pool (position + 1; no names, no values of kenmerken) — together with the
 * seed source the draw commits to (commitment.ts) and a SHA-256 fingerprint over all of it.
 *
 * Step 2 (draw): once the public value is known, the seed is
 *     the first 48 bits of SHA-256("samenspel-loting-seed/1\n" + fingerprint + "\n" + value)
 * and the panel is drawn with it exactly as `choosePanel` does in the app. Anyone with the published
 * file and the value replays the draw (`verifyPublication`, the CLI `loting verify` and the screen).
 *
 * What this proves: the panel follows from the published distribution and the value; a changed
 * distribution changes the fingerprint; with an `openbare-bron` value the organiser could not
 * pick the seed, because the value did not exist when the fingerprint was published. What it
 * does not prove: that the distribution is the fair one for the real pool (that needs the pool,
 * which is personal data), nor anything about a value entered by the organiser (`startgetal`).
 */
export const publicationFormat = 'samenspel-loting-verdeling';

export const DistributionPublication = z.object({
  formaat: z.literal(publicationFormat),
  versie: z.literal(1),
  titel: z.string().max(300),
  berekendOp: z.string(),
  methode: z.literal('leximin'),
  exact: z.boolean(),
  prng: z.string(),
  poolgrootte: z.number().int().nonnegative(),
  panelgrootte: z.number().int().positive(),
  /** Per profile the numbers (1 = first respondent in the pool) of its members, ascending. */
  profielen: z.array(z.array(z.number().int().positive())),
  /** Per panel its probability and the number of members per profile. */
  panels: z.array(z.object({ kans: z.number().nonnegative(), aantallen: z.array(z.number().int().nonnegative()) })),
  toezegging: Commitment,
  /** SHA-256 (hex) over everything above, written canonically (`canonical`). */
  vingerafdruk: z.string(),
  /** Added after step 2: the public value, the seed and the numbers of the panel members. */
  trekking: z
    .object({
      waarde: z.string(),
      seed: z.number().int().nonnegative(),
      panelnummer: z.number().int().positive(),
      panel: z.array(z.number().int().positive()),
      getrokkenOp: z.string(),
    })
    .optional(),
});
export type DistributionPublication = z.infer<typeof DistributionPublication>;

type Inhoud = Omit<DistributionPublication, 'vingerafdruk' | 'trekking'>;

/** The fingerprinted text: fixed key order, no spaces, numbers as JavaScript writes them. */
export function canonical(p: Inhoud): string {
  const t = p.toezegging;
  return JSON.stringify({
    formaat: p.formaat,
    versie: p.versie,
    titel: p.titel,
    berekendOp: p.berekendOp,
    methode: p.methode,
    exact: p.exact,
    prng: p.prng,
    poolgrootte: p.poolgrootte,
    panelgrootte: p.panelgrootte,
    profielen: p.profielen,
    panels: p.panels.map((x) => ({ kans: x.kans, aantallen: x.aantallen })),
    toezegging: {
      soort: t.soort,
      beschrijving: t.beschrijving,
      ...(t.waarde === undefined ? {} : { waarde: t.waarde }),
      ...(t.seed === undefined ? {} : { seed: t.seed }),
    },
  });
}

export function contentFingerprint(p: Inhoud): string {
  return sha256Hex(canonical(p));
}

/** Spaces at the ends dropped and runs of white space made one, so "12 34" typed twice is the same value. */
export function normalizeValue(waarde: string): string {
  return waarde.trim().replace(/\s+/g, ' ');
}

/** The seed of a draw: the number itself for `startgetal`, otherwise derived from the value. */
export function seedFromValue(toezegging: Commitment, afdruk: string, waarde: string): number {
  if (toezegging.soort === 'startgetal') return Number(normalizeValue(waarde));
  const h = sha256(new TextEncoder().encode(`samenspel-loting-seed/1\n${afdruk}\n${normalizeValue(waarde)}`));
  // 48 bits, as seedFromEntropy: far below maxSeed.
  const seed = h[0]! * 2 ** 40 + h[1]! * 2 ** 32 + h[2]! * 2 ** 24 + h[3]! * 2 ** 16 + h[4]! * 2 ** 8 + h[5]!;
  return Math.min(seed, maxSeed);
}

/** The instance of a stored result (same pool, same quota order → the same profiles). */
export function instanceOf(r: LotingResult, pool: Pool): LotingInstance {
  return buildInstance(pool, {
    panelgrootte: r.panelgrootte,
    quota: r.quota,
    huishoudensUitsluiten: r.huishoudensUitsluiten,
  });
}

/** Step 1: the publication of a computed distribution (not for a re-selection round). */
export function makePublication(
  r: LotingResult,
  instance: LotingInstance,
  toezegging: Commitment,
  titel: string,
): DistributionPublication {
  const inhoud: Inhoud = {
    formaat: publicationFormat,
    versie: 1,
    titel,
    berekendOp: r.berekendOp,
    methode: 'leximin',
    exact: r.exact,
    prng: prngDescription,
    poolgrootte: r.poolgrootte,
    panelgrootte: r.panelgrootte,
    profielen: instance.types.map((t) => [...t.leden].sort((a, b) => a - b).map((p) => p + 1)),
    panels: r.verdeling.panels.map((aantallen, i) => ({ kans: r.verdeling.gewichten[i]!, aantallen })),
    toezegging,
  };
  return { ...inhoud, vingerafdruk: contentFingerprint(inhoud) };
}

/** The publication of a stored result, with its draw when there is one. */
export function publicationOf(r: LotingResult, pool: Pool, titel: string): DistributionPublication {
  const toezegging: Commitment = r.controle?.toezegging ?? {
    soort: 'startgetal',
    beschrijving: 'Startgetal gekozen in Samenspel (door de organisator of willekeurig).',
    seed: r.seed,
  };
  const p = makePublication(r, instanceOf(r, pool), toezegging, titel);
  const getrokken = !r.controle || r.controle.fase === 'getrokken';
  return getrokken && r.panel.length > 0
    ? {
        ...p,
        trekking: {
          waarde: r.controle?.waarde ?? String(r.seed),
          seed: r.seed,
          panelnummer: r.panelIndex + 1,
          panel: r.panel.map((x) => x + 1),
          getrokkenOp: r.controle?.getrokkenOp ?? r.berekendOp,
        },
      }
    : p;
}

export type Verification =
  | { ok: true; seed: number; panelnummer: number; panel: number[]; vergeleken: boolean; toezegging: Commitment }
  | { ok: false; fout: string };

const fout = (tekst: string): Verification => ({ ok: false, fout: tekst });

/**
 * Replays a draw from a published distribution and a value; confirms `panel` (numbers) when given,
 * else the panel recorded in the publication when there is one. Every refusal says why, in Dutch.
 */
export function verifyPublication(invoer: unknown, waarde: string, panel?: number[]): Verification {
  const parsed = DistributionPublication.safeParse(invoer);
  if (!parsed.success) {
    return fout(
      'Dit is geen gepubliceerde verdeling van Samenspel (het bestand mist onderdelen of heeft een ander formaat).',
    );
  }
  const p = parsed.data;
  const berekend = contentFingerprint(p);
  if (berekend !== p.vingerafdruk) {
    return fout(
      `De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie. Vermeld: ${p.vingerafdruk}; berekend uit de inhoud: ${berekend}.`,
    );
  }
  const alle = p.profielen.flat();
  if (new Set(alle).size !== alle.length || alle.some((x) => x > p.poolgrootte)) {
    return fout('De verdeling is ongeldig: een nummer staat in twee profielen of is groter dan de pool.');
  }
  const som = p.panels.reduce((s, x) => s + x.kans, 0);
  if (p.panels.length === 0 || Math.abs(som - 1) > 1e-6) {
    return fout(`De verdeling is ongeldig: de kansen van de panels tellen op tot ${som}, niet tot 1.`);
  }
  const scheef = p.panels.findIndex(
    (x) =>
      x.aantallen.length !== p.profielen.length ||
      x.aantallen.reduce((s, a) => s + a, 0) !== p.panelgrootte ||
      x.aantallen.some((a, t) => a > p.profielen[t]!.length),
  );
  if (scheef >= 0) {
    return fout(
      `De verdeling is ongeldig: panel ${scheef + 1} heeft niet precies ${p.panelgrootte} leden uit de profielen.`,
    );
  }
  const w = normalizeValue(waarde);
  if (w === '') return fout('Vul het getal in waarmee getrokken is.');
  const t = p.toezegging;
  if (t.soort === 'vooraf' && w !== normalizeValue(t.waarde ?? '')) {
    return fout(`Het getal “${w}” is niet het getal dat vooraf is aangekondigd (“${t.waarde ?? ''}”).`);
  }
  if (t.soort === 'startgetal' && (!/^\d+$/.test(w) || Number(w) !== t.seed)) {
    return fout(`Het getal “${w}” is niet het startgetal in de publicatie (${t.seed ?? '?'}).`);
  }
  const seed = seedFromValue(t, p.vingerafdruk, w);
  const herhaald = choosePanel(
    { panels: p.panels.map((x) => x.aantallen), gewichten: p.panels.map((x) => x.kans) },
    p.profielen,
    createRandom(seed),
  );
  const teVergelijken = panel ?? p.trekking?.panel;
  if (teVergelijken) {
    const verwacht = new Set(herhaald.panel);
    const gegeven = new Set(teVergelijken);
    const teveel = [...gegeven].filter((x) => !verwacht.has(x)).sort((a, b) => a - b);
    const mist = [...verwacht].filter((x) => !gegeven.has(x)).sort((a, b) => a - b);
    if (teveel.length > 0 || mist.length > 0 || gegeven.size !== teVergelijken.length) {
      return fout(
        [
          `Het panel klopt niet met een trekking uit deze verdeling met het getal “${w}”.`,
          teveel.length > 0 ? `In het panel, maar niet getrokken: ${formatShortList(teveel.map(String), 10)}.` : '',
          mist.length > 0 ? `Getrokken, maar niet in het panel: ${formatShortList(mist.map(String), 10)}.` : '',
          gegeven.size !== teVergelijken.length ? 'Een nummer staat twee keer in het panel.' : '',
          'Controleer of je het juiste getal en het juiste panel gebruikt.',
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
  }
  return {
    ok: true,
    seed,
    panelnummer: herhaald.panelIndex + 1,
    panel: herhaald.panel,
    vergeleken: teVergelijken !== undefined,
    toezegging: t,
  };
}

/** The outcome in one Dutch paragraph, for the CLI and the screen. */
export function verificationText(v: Verification): string {
  if (!v.ok) return v.fout;
  const bron =
    v.toezegging.soort === 'openbare-bron'
      ? `Het getal hoort te komen uit: ${v.toezegging.beschrijving}. Controleer zelf dat het de openbare uitslag is.`
      : v.toezegging.soort === 'vooraf'
        ? `De seedwaarde is vooraf aangekondigd: ${v.toezegging.beschrijving}.`
        : 'Let op: dit startgetal is door de organisator gekozen; of het vaker is geprobeerd, kan niemand nagaan.';
  return `${v.vergeleken ? 'Het panel klopt' : 'De trekking is herhaald'}: panel ${formatNumber(v.panelnummer)} uit de verdeling, startgetal ${v.seed}, met de nummers ${v.panel.join(', ')}. ${bron}`;
}

/** Numbers of respondents from a panel file: a column `nummer`, or one number per line. */
export function panelNumbersFromTable(kolommen: string[], rijen: string[][]): number[] | { fout: string } {
  const i = kolommen.findIndex((k) => k.trim().toLowerCase() === 'nummer');
  if (i < 0) return { fout: 'Het panelbestand heeft geen kolom ‘nummer’ (het nummer van de respondent in de pool).' };
  const nummers = rijen.map((r) => Number((r[i] ?? '').trim()));
  const slecht = nummers.findIndex((n) => !Number.isInteger(n) || n < 1);
  if (slecht >= 0) return { fout: `Rij ${slecht + 2} van het panelbestand heeft geen geldig nummer.` };
  return nummers;
}

/**
 * Fingerprint of the respondents as the computation sees them (ids, values per kenmerk,
 * households), so a stored result can tell whether the pool it was computed from is still the same.
 */
export function poolFingerprint(pool: Pool): string {
  return sha256Hex(
    JSON.stringify([pool.categorieen, pool.respondenten.map((r) => [r.id, r.waarden, r.huishouden ?? null])]),
  );
}

/**
 * Step 1 on a computed result: keeps the distribution, forgets the draw made while computing
 * (panel, reserves), and records the seed source with the fingerprint. Nobody is drawn yet.
 */
export function asPublished(
  r: LotingResult,
  pool: Pool,
  toezegging: Commitment,
  titel: string,
  nu: Date,
): LotingResult {
  const p = makePublication(r, instanceOf(r, pool), toezegging, titel);
  return {
    ...r,
    panelIndex: 0,
    panel: [],
    reserves: [],
    vervangers: [],
    controle: { fase: 'gepubliceerd', toezegging, vingerafdruk: p.vingerafdruk, gepubliceerdOp: nu.toISOString() },
  };
}

/** Why step 2 cannot run on this result, or null. */
export function drawNotice(r: LotingResult | null): string | null {
  if (!r) return 'Er is nog geen verdeling berekend.';
  if (r.controle?.fase !== 'gepubliceerd')
    return 'De laatste berekening wacht niet op een openbare waarde: er is al getrokken, of er is gewoon getrokken.';
  return null;
}

/**
 * Step 2: the draw with the seed from the public value and the published fingerprint, exactly as
 * `verifyPublication` replays it, plus the reserves (which are not part of the publication).
 */
export function drawWithValue(r: LotingResult, pool: Pool, waarde: string, nu: Date): LotingResult {
  const c = r.controle!;
  const w = normalizeValue(waarde);
  const seed = seedFromValue(c.toezegging, c.vingerafdruk, w);
  const instance = instanceOf(r, pool);
  const t = drawPanel(instance, r.verdeling, seed, pool.respondenten.length, {
    ...(r.maxUitval === undefined ? {} : { maxUitval: r.maxUitval }),
    ...(r.huishoudensUitsluiten ? { huishoudenVan: (p: number) => pool.respondenten[p]?.huishouden } : {}),
  });
  return {
    ...r,
    seed,
    panelIndex: t.panelIndex,
    panel: t.panel,
    reserves: t.reserves,
    vervangers: t.vervangers,
    maxUitval: t.maxUitval,
    controle: { ...c, fase: 'getrokken', waarde: w, getrokkenOp: nu.toISOString() },
  };
}
