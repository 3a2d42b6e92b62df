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
import { isPublicationV1, publicationFormatV1, publicationFromV1 } from './format-v1';
import { verificationMessages } from './messages';

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
 * distribution changes the fingerprint; with a `public-source` value the organiser could not
 * pick the seed, because the value did not exist when the fingerprint was published. What it
 * does not prove: that the distribution is the fair one for the real pool (that needs the pool,
 * which is personal data), nor anything about a value entered by the organiser (`own-seed`).
 */
export const publicationFormat = 'samenspel-loting-distribution';

export const DistributionPublication = z.object({
  format: z.literal(publicationFormat),
  version: z.literal(2),
  title: z.string().max(300),
  computedAt: z.string(),
  method: z.literal('leximin'),
  exact: z.boolean(),
  prng: z.string(),
  poolSize: z.number().int().nonnegative(),
  panelSize: z.number().int().positive(),
  /** Per profile the numbers (1 = first respondent in the pool) of its members, ascending. */
  profiles: z.array(z.array(z.number().int().positive())),
  /** Per panel its probability and the number of members per profile. */
  panels: z.array(z.object({ probability: z.number().nonnegative(), counts: z.array(z.number().int().nonnegative()) })),
  commitment: Commitment,
  /** SHA-256 (hex) over everything above, written canonically (`canonical`). */
  fingerprint: z.string(),
  /** Added after step 2: the public value, the seed and the numbers of the panel members. */
  draw: z
    .object({
      value: z.string(),
      seed: z.number().int().nonnegative(),
      panelNumber: z.number().int().positive(),
      panel: z.array(z.number().int().positive()),
      drawnAt: z.string(),
    })
    .optional(),
});
export type DistributionPublication = z.infer<typeof DistributionPublication>;

type Content = Omit<DistributionPublication, 'fingerprint' | 'draw'>;

/** The commitment kinds as the fingerprinted text names them (format version 1, frozen). */
const canonicalKind: Record<Commitment['kind'], string> = {
  'public-source': 'openbare-bron',
  announced: 'vooraf',
  'own-seed': 'startgetal',
};

/**
 * The fingerprinted text: fixed key order, no spaces, numbers as JavaScript writes them. Its keys
 * and constants are those of publication format version 1 and never change, so a fingerprint
 * published with a version-1 file still matches when the same distribution is written in a
 * later file format (and a stored published draw keeps the seed it committed to).
 */
export function canonical(p: Content): string {
  const t = p.commitment;
  return JSON.stringify({
    formaat: publicationFormatV1,
    versie: 1,
    titel: p.title,
    berekendOp: p.computedAt,
    methode: p.method,
    exact: p.exact,
    prng: p.prng,
    poolgrootte: p.poolSize,
    panelgrootte: p.panelSize,
    profielen: p.profiles,
    panels: p.panels.map((x) => ({ kans: x.probability, aantallen: x.counts })),
    toezegging: {
      soort: canonicalKind[t.kind],
      beschrijving: t.description,
      ...(t.value === undefined ? {} : { waarde: t.value }),
      ...(t.seed === undefined ? {} : { seed: t.seed }),
    },
  });
}

/** A published distribution as read from a file: the current format, or version 1 (Dutch keys) mapped to it. */
export function readPublication(input: unknown): DistributionPublication | undefined {
  const current = isPublicationV1(input)
    ? { ...publicationFromV1(input), format: publicationFormat, version: 2 }
    : input;
  const parsed = DistributionPublication.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}

export function contentFingerprint(p: Content): string {
  return sha256Hex(canonical(p));
}

/** Spaces at the ends dropped and runs of white space made one, so "12 34" typed twice is the same value. */
export function normalizeValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** The seed of a draw: the number itself for `own-seed`, otherwise derived from the value. */
export function seedFromValue(commitment: Commitment, printHash: string, value: string): number {
  if (commitment.kind === 'own-seed') return Number(normalizeValue(value));
  const h = sha256(new TextEncoder().encode(`samenspel-loting-seed/1\n${printHash}\n${normalizeValue(value)}`));
  // 48 bits, as seedFromEntropy: far below maxSeed.
  const seed = h[0]! * 2 ** 40 + h[1]! * 2 ** 32 + h[2]! * 2 ** 24 + h[3]! * 2 ** 16 + h[4]! * 2 ** 8 + h[5]!;
  return Math.min(seed, maxSeed);
}

/** The instance of a stored result (same pool, same quota order → the same profiles). */
export function instanceOf(r: LotingResult, pool: Pool): LotingInstance {
  return buildInstance(pool, {
    panelSize: r.panelSize,
    quota: r.quota,
    excludeHouseholds: r.excludeHouseholds,
  });
}

/** Step 1: the publication of a computed distribution (not for a re-selection round). */
export function makePublication(
  r: LotingResult,
  instance: LotingInstance,
  commitment: Commitment,
  title: string,
): DistributionPublication {
  const content: Content = {
    format: publicationFormat,
    version: 2,
    title,
    computedAt: r.computedAt,
    method: 'leximin',
    exact: r.exact,
    prng: prngDescription,
    poolSize: r.poolSize,
    panelSize: r.panelSize,
    profiles: instance.types.map((t) => [...t.members].sort((a, b) => a - b).map((p) => p + 1)),
    panels: r.distribution.panels.map((counts, i) => ({ probability: r.distribution.weights[i]!, counts })),
    commitment,
  };
  return { ...content, fingerprint: contentFingerprint(content) };
}

/** The publication of a stored result, with its draw when there is one. */
export function publicationOf(r: LotingResult, pool: Pool, title: string): DistributionPublication {
  const commitment: Commitment = r.verification?.commitment ?? {
    kind: 'own-seed',
    description: verificationMessages.ownSeedDescription,
    seed: r.seed,
  };
  const p = makePublication(r, instanceOf(r, pool), commitment, title);
  const drawn = !r.verification || r.verification.phase === 'drawn';
  return drawn && r.panel.length > 0
    ? {
        ...p,
        draw: {
          value: r.verification?.value ?? String(r.seed),
          seed: r.seed,
          panelNumber: r.panelIndex + 1,
          panel: r.panel.map((x) => x + 1),
          drawnAt: r.verification?.drawnAt ?? r.computedAt,
        },
      }
    : p;
}

export type Verification =
  | { ok: true; seed: number; panelNumber: number; panel: number[]; compared: boolean; commitment: Commitment }
  | { ok: false; error: string };

const error = (text: string): Verification => ({ ok: false, error: text });

/**
 * Replays a draw from a published distribution and a value; confirms `panel` (numbers) when given,
 * else the panel recorded in the publication when there is one. Every refusal says why, in Dutch.
 */
export function verifyPublication(input: unknown, value: string, panel?: number[]): Verification {
  const p = readPublication(input);
  if (!p) {
    return error(verificationMessages.notAPublication);
  }
  const computed = contentFingerprint(p);
  if (computed !== p.fingerprint) {
    return error(verificationMessages.fingerprintMismatch(p.fingerprint, computed));
  }
  const all = p.profiles.flat();
  if (new Set(all).size !== all.length || all.some((x) => x > p.poolSize)) {
    return error(verificationMessages.numberTwiceOrTooLarge);
  }
  const sum = p.panels.reduce((s, x) => s + x.probability, 0);
  if (p.panels.length === 0 || Math.abs(sum - 1) > 1e-6) {
    return error(verificationMessages.probabilitiesSum(sum));
  }
  const skewed = p.panels.findIndex(
    (x) =>
      x.counts.length !== p.profiles.length ||
      x.counts.reduce((s, a) => s + a, 0) !== p.panelSize ||
      x.counts.some((a, t) => a > p.profiles[t]!.length),
  );
  if (skewed >= 0) {
    return error(verificationMessages.panelSize(skewed + 1, p.panelSize));
  }
  const w = normalizeValue(value);
  if (w === '') return error(verificationMessages.valueMissing);
  const t = p.commitment;
  if (t.kind === 'announced' && w !== normalizeValue(t.value ?? '')) {
    return error(verificationMessages.notAnnouncedValue(w, t.value ?? ''));
  }
  if (t.kind === 'own-seed' && (!/^\d+$/.test(w) || Number(w) !== t.seed)) {
    return error(verificationMessages.notOwnSeed(w, String(t.seed ?? '?')));
  }
  const seed = seedFromValue(t, p.fingerprint, w);
  const replayed = choosePanel(
    { panels: p.panels.map((x) => x.counts), weights: p.panels.map((x) => x.probability) },
    p.profiles,
    createRandom(seed),
  );
  const toCompare = panel ?? p.draw?.panel;
  if (toCompare) {
    const expected = new Set(replayed.panel);
    const given = new Set(toCompare);
    const excess = [...given].filter((x) => !expected.has(x)).sort((a, b) => a - b);
    const missing = [...expected].filter((x) => !given.has(x)).sort((a, b) => a - b);
    if (excess.length > 0 || missing.length > 0 || given.size !== toCompare.length) {
      return error(
        [
          verificationMessages.panelMismatch(w),
          excess.length > 0 ? verificationMessages.notDrawn(formatShortList(excess.map(String), 10)) : '',
          missing.length > 0 ? verificationMessages.notOnPanel(formatShortList(missing.map(String), 10)) : '',
          given.size !== toCompare.length ? verificationMessages.numberTwice : '',
          verificationMessages.checkInputs,
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
  }
  return {
    ok: true,
    seed,
    panelNumber: replayed.panelIndex + 1,
    panel: replayed.panel,
    compared: toCompare !== undefined,
    commitment: t,
  };
}

/** The outcome in one Dutch paragraph, for the CLI and the screen. */
export function verificationText(v: Verification): string {
  if (!v.ok) return v.error;
  const source =
    v.commitment.kind === 'public-source'
      ? verificationMessages.sourcePublic(v.commitment.description)
      : v.commitment.kind === 'announced'
        ? verificationMessages.sourceAnnounced(v.commitment.description)
        : verificationMessages.sourceOwnSeed;
  return verificationMessages.outcome(v.compared, formatNumber(v.panelNumber), v.seed, v.panel.join(', '), source);
}

/** Numbers of respondents from a panel file: a column `nummer`, or one number per line. */
export function panelNumbersFromTable(columns: string[], rows: string[][]): number[] | { error: string } {
  const i = columns.findIndex((k) => k.trim().toLowerCase() === 'nummer');
  if (i < 0) return { error: verificationMessages.noNumberColumn };
  const numbers = rows.map((r) => Number((r[i] ?? '').trim()));
  const bad = numbers.findIndex((n) => !Number.isInteger(n) || n < 1);
  if (bad >= 0) return { error: verificationMessages.badNumber(bad + 2) };
  return numbers;
}

/**
 * Fingerprint of the respondents as the computation sees them (ids, values per kenmerk,
 * households), so a stored result can tell whether the pool it was computed from is still the same.
 */
export function poolFingerprint(pool: Pool): string {
  return sha256Hex(
    JSON.stringify([pool.categories, pool.respondents.map((r) => [r.id, r.values, r.household ?? null])]),
  );
}

/**
 * Step 1 on a computed result: keeps the distribution, forgets the draw made while computing
 * (panel, reserves), and records the seed source with the fingerprint. Nobody is drawn yet.
 */
export function asPublished(
  r: LotingResult,
  pool: Pool,
  commitment: Commitment,
  title: string,
  now: Date,
): LotingResult {
  const p = makePublication(r, instanceOf(r, pool), commitment, title);
  return {
    ...r,
    panelIndex: 0,
    panel: [],
    reserves: [],
    replacements: [],
    verification: { phase: 'published', commitment, fingerprint: p.fingerprint, publishedAt: now.toISOString() },
  };
}

/** Why step 2 cannot run on this result, or null. */
export function drawNotice(r: LotingResult | null): string | null {
  if (!r) return verificationMessages.noDistribution;
  if (r.verification?.phase !== 'published') return verificationMessages.notWaitingForValue;
  return null;
}

/**
 * Step 2: the draw with the seed from the public value and the published fingerprint, exactly as
 * `verifyPublication` replays it, plus the reserves (which are not part of the publication).
 */
export function drawWithValue(r: LotingResult, pool: Pool, value: string, now: Date): LotingResult {
  const c = r.verification!;
  const w = normalizeValue(value);
  const seed = seedFromValue(c.commitment, c.fingerprint, w);
  const instance = instanceOf(r, pool);
  const t = drawPanel(instance, r.distribution, seed, pool.respondents.length, {
    ...(r.maxDropouts === undefined ? {} : { maxDropouts: r.maxDropouts }),
    ...(r.excludeHouseholds ? { householdOf: (p: number) => pool.respondents[p]?.household } : {}),
  });
  return {
    ...r,
    seed,
    panelIndex: t.panelIndex,
    panel: t.panel,
    reserves: t.reserves,
    replacements: t.replacements,
    maxDropouts: t.maxDropouts,
    verification: { ...c, phase: 'drawn', value: w, drawnAt: now.toISOString() },
  };
}
