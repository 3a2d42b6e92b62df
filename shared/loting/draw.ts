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
   * Per panel member their own reserve, chosen jointly (replacement.ts): any `maxDropouts` members
   * or fewer may drop out at the same time and their reserves together still meet every quotum.
   * Members without a reserve carry the reason.
   */
  replacements: Replacement[];
  maxDropouts: number;
}

export interface DrawOptions {
  /** Simultaneous dropouts the reserves must absorb (default 20 % of the panel). */
  maxDropouts?: number;
  /** Household per person when at most one per household may be on the panel. */
  householdOf?: (person: number) => string | undefined;
}

function shuffle<T>(list: T[], random: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * The first part of every draw, and all a verifier needs to replay it (verification.ts): one
 * uniform number picks a panel from the distribution (walking the weights in order), then per
 * profile a shuffle of its members in increasing order picks who fill its seats. The members may
 * be pool positions or the published numbers (position + 1): the order is the same.
 */
export function choosePanel(
  distribution: Distribution,
  members: number[][],
  random: Random,
): { panelIndex: number; panel: number[] } {
  let u = random.next();
  let panelIndex = distribution.weights.findIndex((w) => (u -= w) < 0);
  if (panelIndex < 0) panelIndex = distribution.weights.length - 1;
  const counts = distribution.panels[panelIndex]!;
  const panel: number[] = [];
  members.forEach((group, t) => {
    const chosen = shuffle(
      [...group].sort((a, b) => a - b),
      random,
    );
    panel.push(...chosen.slice(0, counts[t] ?? 0));
  });
  panel.sort((a, b) => a - b);
  return { panelIndex, panel };
}

export function drawPanel(
  instance: LotingInstance,
  distribution: Distribution,
  seed: number,
  peopleCount: number,
  options: DrawOptions = {},
): Draw {
  const random = createRandom(seed);
  const { panelIndex, panel } = choosePanel(
    distribution,
    instance.types.map((t) => t.members),
    random,
  );
  const typeOf = new Array<number>(peopleCount).fill(-1);
  instance.types.forEach((type, t) => {
    for (const p of type.members) typeOf[p] = t;
  });

  const inPanel = new Set(panel);
  const order = shuffle(
    Array.from({ length: peopleCount }, (_, p) => p).filter((p) => !inPanel.has(p) && typeOf[p]! >= 0),
    random,
  );
  const maxDropouts = options.maxDropouts ?? defaultMaxDropouts(instance.panelSize);
  const replacements = replacementPlan(instance, panel, order, typeOf, maxDropouts, options.householdOf);
  const position = new Map(order.map((p, i) => [p, i]));
  const reserves = replacements
    .flatMap((v) => (v.reserve === null ? [] : [v.reserve]))
    .sort((a, b) => position.get(a)! - position.get(b)!);
  return { panelIndex, panel, reserves, replacements, maxDropouts };
}
