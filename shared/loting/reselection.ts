import { computeLoting, type ComputeOptions, type ComputeOutcome } from './compute';
import { buildInstance } from './instance';
import type { LotingSettings, Pool } from './model';
import { createRandom } from './prng';
import type { LotingResult } from './result';
import { gini } from './statistics';
import { defaultMaxDropouts, replacementPlan } from './replacement';
import { poolFingerprint } from './verification';

/**
 * A re-selection round: some members dropped out; the members who stay are fixed, and the open
 * seats are filled by a new LEXIMIN draw from the rest of the pool. The quota for the open seats
 * are the original quota minus what the members who stay already fill (a minimum never below 0),
 * so the whole new panel meets every original quotum. The fairness guarantee is the same as for
 * the first draw, now over the remaining pool given the fixed members: the lowest chance of a
 * remaining respondent to get an open seat is as high as possible, then the next lowest, and so on.
 *
 * The remaining pool: everyone who was not on the panel (so not the members who stay, nor those
 * who dropped out), and with the household rule nobody from a household that stays on the panel.
 */
export interface ReselectionInput {
  vorige: LotingResult;
  /** Positions in the pool of the members who dropped out; all must be on `vorige.panel`. */
  afvallers: number[];
}

/**
 * The reasons of the sub-computation speak of the reduced quota; stated with the original quota
 * they say the same about the whole panel (members who stay + open seats), which is what a
 * reader knows. A value whose reduced maximum is 0 is "full" (vol), unless its own maximum is 0.
 */
function terugNaarOrigineel(
  g: LotingResult['uitgesloten'][number],
  instellingen: LotingSettings,
  naarVol: (p: number) => number,
): LotingResult['uitgesloten'][number] {
  const quota = g.quota.map((q) => {
    const o = instellingen.quota.find((x) => x.categorie === q.categorie && x.waarde === q.waarde);
    return o ? { ...q, min: o.min, max: o.max } : q;
  });
  const soort = g.soort === 'maximum-nul' && quota.some((q) => q.max > 0) ? 'vol' : g.soort;
  return { ...g, soort, quota, personen: g.personen.map(naarVol) };
}

export function reselectionNotice(vorige: LotingResult, afvallers: number[]): string | null {
  const inPanel = new Set(vorige.panel);
  if (afvallers.length === 0) return 'Kies eerst wie er afvalt.';
  if (new Set(afvallers).size !== afvallers.length) return 'Iemand staat twee keer bij de afvallers.';
  if (afvallers.some((p) => !inPanel.has(p))) return 'Alleen panelleden kunnen afvallen.';
  return null;
}

export async function computeReselection(
  pool: Pool,
  instellingen: LotingSettings,
  invoer: ReselectionInput,
  opties: ComputeOptions,
): Promise<ComputeOutcome> {
  const { vorige, afvallers } = invoer;
  const melding = reselectionNotice(vorige, afvallers);
  if (melding) return { ok: false, meldingen: [{ ernst: 'fout', tekst: melding }] };
  const weg = new Set(afvallers);
  const blijvers = vorige.panel.filter((p) => !weg.has(p));
  const opPanel = new Set(vorige.panel);
  const bezet = new Set(
    instellingen.huishoudensUitsluiten
      ? blijvers.flatMap((p) => (pool.respondenten[p]?.huishouden ? [pool.respondenten[p]!.huishouden!] : []))
      : [],
  );
  // Position in the remaining pool → position in the whole pool.
  const origineel = pool.respondenten.flatMap((r, p) =>
    opPanel.has(p) || (r.huishouden !== undefined && bezet.has(r.huishouden)) ? [] : [p],
  );
  const rest: Pool = { categorieen: pool.categorieen, respondenten: origineel.map((p) => pool.respondenten[p]!) };

  // What the members who stay already fill, per (kenmerk, waarde).
  const telling = new Map<string, number>();
  const sleutel = (c: string, w: string) => `${c}\u0000${w}`;
  for (const p of blijvers)
    pool.categorieen.forEach((c, i) => {
      const k = sleutel(c, pool.respondenten[p]!.waarden[i]!);
      telling.set(k, (telling.get(k) ?? 0) + 1);
    });
  const open = afvallers.length;
  const quota = instellingen.quota.map((q) => {
    const al = telling.get(sleutel(q.categorie, q.waarde)) ?? 0;
    return { ...q, min: Math.max(0, q.min - al), max: Math.max(0, Math.min(open, q.max - al)) };
  });
  const sub = await computeLoting(
    rest,
    // No reserves are needed inside the sub-computation: they are chosen for the whole panel below.
    { ...instellingen, panelgrootte: open, quota, maxUitval: 0 },
    opties,
  );
  if (!sub.ok) return sub;
  const s = sub.resultaat;
  const naarVol = (p: number) => origineel[p]!;
  const n = pool.respondenten.length;
  const kansen = new Array<number>(n).fill(0);
  s.kansen.forEach((k, p) => (kansen[naarVol(p)] = k));
  const legacyKansen = new Array<number>(n).fill(0);
  s.legacy.kansen.forEach((k, p) => (legacyKansen[naarVol(p)] = k));
  const panel = [...blijvers, ...s.panel.map(naarVol)].sort((a, b) => a - b);

  // Reserves for the whole new panel, chosen jointly as in the first draw; the order of the
  // remaining respondents comes from the same seed (a separate stream), so a replay gives the same.
  const instance = buildInstance(pool, instellingen);
  const typeVan = new Array<number>(n).fill(-1);
  instance.types.forEach((type, t) => type.leden.forEach((p) => (typeVan[p] = t)));
  const nieuw = new Set(panel);
  const volgorde = origineel.filter((p) => !nieuw.has(p));
  const random = createRandom((opties.seed + 0x3c6ef372) % Number.MAX_SAFE_INTEGER);
  for (let i = volgorde.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [volgorde[i], volgorde[j]] = [volgorde[j]!, volgorde[i]!];
  }
  const maxUitval = instellingen.maxUitval ?? defaultMaxDropouts(instellingen.panelgrootte);
  const vervangers = replacementPlan(
    instance,
    panel,
    volgorde,
    typeVan,
    maxUitval,
    instellingen.huishoudensUitsluiten ? (p) => pool.respondenten[p]?.huishouden : undefined,
  );
  const positie = new Map(volgorde.map((p, i) => [p, i]));
  const reserves = vervangers
    .flatMap((v) => (v.reserve === null ? [] : [v.reserve]))
    .sort((a, b) => positie.get(a)! - positie.get(b)!);
  const restKansen = origineel.map((p) => kansen[p]!);

  return {
    ok: true,
    resultaat: {
      ...s,
      panelgrootte: instellingen.panelgrootte,
      poolgrootte: n,
      quota: instellingen.quota.filter((q) => pool.categorieen.includes(q.categorie)),
      kansen,
      // Fairness of this round is about the remaining respondents: statistics over them.
      minimum: s.minimum,
      gini: gini(restKansen),
      legacy: {
        ...s.legacy,
        kansen: legacyKansen,
        ...(s.legacy.laagste ? { laagste: { ...s.legacy.laagste, persoon: naarVol(s.legacy.laagste.persoon) } } : {}),
      },
      panel,
      reserves,
      vervangers,
      maxUitval,
      uitgesloten: s.uitgesloten.map((g) => terugNaarOrigineel(g, instellingen, naarVol)),
      poolVingerafdruk: poolFingerprint(pool),
      herselectie: {
        blijvers,
        afvallers: [...afvallers].sort((a, b) => a - b),
        openPlaatsen: open,
        vorigeSeed: vorige.seed,
        vorigeBerekendOp: vorige.berekendOp,
      },
    },
  };
}
