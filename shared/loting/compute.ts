import { buildInstance, probabilityPerPerson } from './instance';
import { leximin, type LeximinOptions, type Progress } from './leximin';
import { schatLegacy } from './greedy';
import type { LotingSettings, Pool } from './model';
import { prngDescription } from './prng';
import type { LotingResult } from './result';
import { gini, minimum } from './statistics';
import { drawPanel } from './draw';
import { excludedGroups } from './exclusion';
import { validateLoting, type PoolIssue } from './validation';
import { poolFingerprint } from './verification';

export type { Progress };

export type ComputeOutcome =
  { ok: true; resultaat: LotingResult } | { ok: false; meldingen: PoolIssue[] } | { ok: false; afgebroken: true };

export interface ComputeOptions extends Omit<LeximinOptions, 'onVoortgang'> {
  seed: number;
  heeftHuishoudkolom: boolean;
  /** Repetitions of the greedy method to estimate its probabilities (a second series bounds the lowest). */
  legacyTrekkingen?: number;
  /** Limits for that second series (default 10 000 to 200 000 draws). */
  legacyBoundTrekkingen?: { min: number; max: number };
  onVoortgang?: (v: Progress | { fase: 'vergelijking' | 'trekking' }) => void;
}

/** The whole gewogen loting: validate, LEXIMIN, the greedy comparison, the seeded draw. */
export async function computeLoting(
  pool: Pool,
  instellingen: LotingSettings,
  opties: ComputeOptions,
): Promise<ComputeOutcome> {
  const start = (opties.now ?? Date.now)();
  const meldingen = validateLoting(pool, instellingen, opties.heeftHuishoudkolom);
  if (meldingen.some((m) => m.ernst === 'fout')) return { ok: false, meldingen };
  const instance = buildInstance(pool, instellingen);
  const uitkomst = await leximin(instance, { ...opties, onVoortgang: opties.onVoortgang });
  if (!uitkomst.ok) {
    if (uitkomst.reden === 'afgebroken') return { ok: false, afgebroken: true };
    const details = uitkomst.relaxatie.map(({ kenmerk, tekort, teveel }) => {
      const k = instance.kenmerken[kenmerk]!;
      return tekort > 0
        ? `${k.categorie} = ${k.waarde}: minimum ${k.min} is samen met de andere quota niet haalbaar; hoogstens ${k.min - tekort} lukt.`
        : `${k.categorie} = ${k.waarde}: maximum ${k.max} is samen met de andere quota niet haalbaar; er moeten er minstens ${k.max + teveel} in.`;
    });
    return {
      ok: false,
      meldingen: [
        {
          ernst: 'fout',
          tekst: `Geen enkel panel voldoet aan alle quota tegelijk. Ieder quotum lijkt apart haalbaar, maar samen niet${details.length > 0 ? `. Het dichtst erbij komt een panel met deze afwijkingen: ${details.join(' ')}` : '.'}`,
        },
      ],
    };
  }
  const n = pool.respondenten.length;
  const kansen = probabilityPerPerson(instance, uitkomst.typeKans, n);
  opties.onVoortgang?.({ fase: 'vergelijking' });
  await opties.pauze?.();
  const legacy = await schatLegacy(instance, {
    trekkingen: opties.legacyTrekkingen ?? 2000,
    seed: opties.seed,
    uitgesloten: new Set(uitkomst.onbereikbaar),
    ...(opties.pauze ? { pauze: opties.pauze } : {}),
    ...(opties.legacyBoundTrekkingen
      ? { minBoundTrekkingen: opties.legacyBoundTrekkingen.min, maxBoundTrekkingen: opties.legacyBoundTrekkingen.max }
      : {}),
  });
  const legacyKansen = probabilityPerPerson(instance, legacy.typeKans, n);
  opties.onVoortgang?.({ fase: 'trekking' });
  const trekking = drawPanel(instance, uitkomst.verdeling, opties.seed, n, {
    ...(instellingen.maxUitval === undefined ? {} : { maxUitval: instellingen.maxUitval }),
    ...(instellingen.huishoudensUitsluiten ? { huishoudenVan: (p: number) => pool.respondenten[p]?.huishouden } : {}),
  });
  const onbereikbaar = uitkomst.onbereikbaar.reduce((s, t) => s + instance.types[t]!.leden.length, 0);
  const uitgesloten = excludedGroups(instance, uitkomst.onbereikbaar, uitkomst.redenen);
  const isUitgesloten = new Set(uitgesloten.flatMap((g) => g.personen));
  const bereikbaar = kansen.filter((_, p) => !isUitgesloten.has(p));
  const legacyBereikbaar = legacyKansen.filter((_, p) => !isUitgesloten.has(p));
  return {
    ok: true,
    resultaat: {
      formatVersie: 1,
      methode: 'leximin',
      exact: uitkomst.exact,
      bewijs: uitkomst.methode,
      seed: opties.seed,
      prng: prngDescription,
      panelgrootte: instellingen.panelgrootte,
      poolgrootte: n,
      quota: instance.kenmerken.map(({ categorie, waarde, min, max }) => ({ categorie, waarde, min, max })),
      huishoudensUitsluiten: instellingen.huishoudensUitsluiten,
      aantalTypes: instance.types.length,
      kansen,
      minimum: onbereikbaar > 0 ? 0 : minimum(kansen),
      // Someone who fits no panel has 0 in every distribution: the bound for the overall minimum is 0 too.
      bovengrensMinimum: onbereikbaar > 0 ? 0 : uitkomst.bovengrensMinimum,
      minimumBereikbaar: minimum(bereikbaar),
      bovengrensBereikbaar: uitkomst.bovengrensMinimum,
      gini: gini(kansen),
      legacy: {
        kansen: legacyKansen,
        minimum: minimum(legacyBereikbaar),
        gini: gini(legacyKansen),
        trekkingen: legacy.trekkingen,
        mislukt: legacy.mislukt,
        ...(legacy.laagste
          ? {
              laagste: {
                persoon: instance.types[legacy.laagste.type]!.leden[0]!,
                schatting: legacy.laagste.schatting,
                bovengrens99: legacy.laagste.bovengrens99,
                trekkingen: legacy.laagste.trekkingen,
                treffers: legacy.laagste.treffers,
              },
            }
          : {}),
      },
      verdeling: uitkomst.verdeling,
      panelIndex: trekking.panelIndex,
      panel: trekking.panel,
      reserves: trekking.reserves,
      vervangers: trekking.vervangers,
      maxUitval: trekking.maxUitval,
      onbereikbaar,
      uitgesloten,
      poolVingerafdruk: poolFingerprint(pool),
      rekentijdMs: Math.max(0, (opties.now ?? Date.now)() - start),
      berekendOp: new Date(start).toISOString(),
    },
  };
}
