import type { LotingInstance, Distribution } from './model';
import { createRandom, type Random } from './prng';
import { defaultMaxDropouts, replacementPlan, type Replacement } from './replacement';

/**
 * The draw itself: one panel from the LEXIMIN distribution, then the members per type, then the
 * reserve order — all from one seeded stream, so an auditor with the same distribution and seed
 * gets the same people. Respondent numbers are 0-based positions in the pool.
 */
export interface Draw {
  /** Index of the chosen panel in the distribution. */
  panelIndex: number;
  panel: number[];
  /** Ordered reserve list: exactly the reserves assigned to a member, each to one member. */
  reserves: number[];
  /**
   * Per panel member their own reserve, chosen jointly (replacement.ts): any `maxUitval` members
   * or fewer may drop out at the same time and their reserves together still meet every quotum.
   * Members without a reserve carry the reason.
   */
  vervangers: Replacement[];
  maxUitval: number;
}

export interface DrawOptions {
  /** Simultaneous dropouts the reserves must absorb (default 20 % of the panel). */
  maxUitval?: number;
  /** Household per person when at most one per household may be on the panel. */
  huishoudenVan?: (persoon: number) => string | undefined;
}

function schud<T>(lijst: T[], random: Random): T[] {
  for (let i = lijst.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];
  }
  return lijst;
}

/**
 * The first part of every draw, and all a verifier needs to replay it (verification.ts): one
 * uniform number picks a panel from the distribution (walking the weights in order), then per
 * profile a shuffle of its members in increasing order picks who fill its seats. The members may
 * be pool positions or the published numbers (position + 1): the order is the same.
 */
export function choosePanel(
  verdeling: Distribution,
  leden: number[][],
  random: Random,
): { panelIndex: number; panel: number[] } {
  let u = random.next();
  let panelIndex = verdeling.gewichten.findIndex((w) => (u -= w) < 0);
  if (panelIndex < 0) panelIndex = verdeling.gewichten.length - 1;
  const aantallen = verdeling.panels[panelIndex]!;
  const panel: number[] = [];
  leden.forEach((groep, t) => {
    const gekozen = schud(
      [...groep].sort((a, b) => a - b),
      random,
    );
    panel.push(...gekozen.slice(0, aantallen[t] ?? 0));
  });
  panel.sort((a, b) => a - b);
  return { panelIndex, panel };
}

export function drawPanel(
  instance: LotingInstance,
  verdeling: Distribution,
  seed: number,
  aantalPersonen: number,
  opties: DrawOptions = {},
): Draw {
  const random = createRandom(seed);
  const { panelIndex, panel } = choosePanel(
    verdeling,
    instance.types.map((t) => t.leden),
    random,
  );
  const typeVan = new Array<number>(aantalPersonen).fill(-1);
  instance.types.forEach((type, t) => {
    for (const p of type.leden) typeVan[p] = t;
  });

  const inPanel = new Set(panel);
  const volgorde = schud(
    Array.from({ length: aantalPersonen }, (_, p) => p).filter((p) => !inPanel.has(p) && typeVan[p]! >= 0),
    random,
  );
  const maxUitval = opties.maxUitval ?? defaultMaxDropouts(instance.panelgrootte);
  const vervangers = replacementPlan(instance, panel, volgorde, typeVan, maxUitval, opties.huishoudenVan);
  const positie = new Map(volgorde.map((p, i) => [p, i]));
  const reserves = vervangers
    .flatMap((v) => (v.reserve === null ? [] : [v.reserve]))
    .sort((a, b) => positie.get(a)! - positie.get(b)!);
  return { panelIndex, panel, reserves, vervangers, maxUitval };
}
