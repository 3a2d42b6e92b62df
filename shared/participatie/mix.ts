import type { PhaseAnswers } from './answers';
import { type CatalogueIndex, type IndexedInstrument, drawsSampleAs } from './catalogue-index';
import { type PhaseContext, exclusionsFor, infeasibilityFor, reasonsFor, sumWeights } from './score';
import type { CoverageTarget, MixItem, MixSuggestion, RankedInstrument } from './types';

/**
 * The informing instrument that fits this phase's other answers best (level set to informeren:
 * it informs). Only feasible ones: a companion that cannot be paid for reports nothing back.
 */
function bestCompanion(index: CatalogueIndex, ctx: PhaseContext, used: ReadonlySet<string>) {
  const informing: PhaseContext = { ...ctx, level: 'informeren', levelAdvice: undefined };
  let best: { ranked: RankedInstrument; item: IndexedInstrument } | undefined;
  for (const item of index.instruments) {
    if (!item.informingCompanion || used.has(item.instrument.id)) continue;
    if (exclusionsFor(item, { ...informing, answers: { ...ctx.answers, room: undefined } }).length > 0) continue;
    if (infeasibilityFor(item, ctx.answers).length > 0) continue;
    const reasons = reasonsFor(item, informing);
    const score = sumWeights(reasons);
    const ranked: RankedInstrument = {
      instrumentId: item.instrument.id,
      score,
      rank: 0,
      feasible: true,
      infeasible: [],
      reasons,
    };
    const better =
      best === undefined ||
      ranked.score > best.ranked.score ||
      (ranked.score === best.ranked.score &&
        (item.instrument.costRange.low < best.item.instrument.costRange.low ||
          (item.instrument.costRange.low === best.item.instrument.costRange.low &&
            ranked.instrumentId < best.ranked.instrumentId)));
    if (better) best = { ranked, item };
  }
  return best;
}

/**
 * What a good mix for this phase must take care of: every goal, every chosen breadth, every named
 * group, a representative sample if that is a goal, and always a way to tell participants what
 * happened with their input (the Ombudsman's "niets meer van gehoord").
 */
export function coverageTargets(answers: PhaseAnswers): CoverageTarget[] {
  const targets: CoverageTarget[] = answers.goals.map((id) => ({ kind: 'doel', id }));
  for (const id of answers.reach) {
    // Named groups stand for "specific groups": each is its own target below.
    if (id === 'specifieke-groepen' && answers.groups.length > 0) continue;
    targets.push({ kind: 'bereik', id });
  }
  for (const id of answers.groups) targets.push({ kind: 'groep', id });
  if (answers.goals.includes('representatief-beeld')) targets.push({ kind: 'representatief' });
  targets.push({ kind: 'terugkoppeling' });
  if (answers.formalProcedure === true) targets.push({ kind: 'procedure' });
  return targets;
}

export function covers(item: IndexedInstrument, target: CoverageTarget, answers: PhaseAnswers): boolean {
  switch (target.kind) {
    case 'doel':
      return item.goals.has(target.id);
    case 'bereik':
      return item.reach.has(target.id);
    case 'groep':
      // Only a score of 2 counts: "reachable with effort" is how groups get forgotten.
      return item.instrument.inclusivity[target.id] === 2;
    case 'representatief': {
      // Suggested with a sample in mind unless the traject already recruits it another way.
      const recruitment = answers.werving[item.instrument.id];
      return recruitment === undefined ? item.canSample : drawsSampleAs(item, answers.werving);
    }
    case 'terugkoppeling':
      return item.givesFeedback;
    case 'procedure':
      return item.instrument.statutory === true;
  }
}

/**
 * Greedy set cover over the feasible candidates. Start with the best one, which must fit (score
 * above 0: nothing is "past het best" otherwise), then repeatedly add the candidate that covers
 * the most targets still open, breaking ties by ranking order. Coverage additions may have a low
 * score: they are there for what they cover (a group, the feedback), not as the best fit, so
 * naming one more group never loses one named before. Greedy is within a log factor of the
 * smallest cover and easy to explain step by step. An instrument that cannot be run (niet
 * haalbaar) is never proposed.
 */
export function suggestMix(
  ranking: readonly RankedInstrument[],
  index: CatalogueIndex,
  ctx: PhaseContext,
): MixSuggestion {
  const { answers } = ctx;
  let open = coverageTargets(answers);
  const items: MixItem[] = [];
  const candidates = ranking
    .filter((r) => r.feasible)
    .map((r) => ({ ranked: r, item: index.byId.get(r.instrumentId)! }));
  const used = new Set<string>();

  const take = (c: { ranked: RankedInstrument; item: IndexedInstrument }, why: MixItem['why']) => {
    const newly = open.filter((t) => covers(c.item, t, answers));
    open = open.filter((t) => !covers(c.item, t, answers));
    used.add(c.ranked.instrumentId);
    items.push({ instrumentId: c.ranked.instrumentId, score: c.ranked.score, why, covers: newly });
  };

  const first = candidates[0];
  if (first === undefined || first.ranked.score <= 0) return { items, uncovered: open };
  take(first, 'hoogste-score');

  while (open.length > 0) {
    let best: (typeof candidates)[number] | undefined;
    let bestGain = 0;
    // Ranking is already in advice order, so the first candidate with the highest gain wins ties.
    for (const c of candidates) {
      if (used.has(c.ranked.instrumentId)) continue;
      let gain = 0;
      for (const t of open) if (covers(c.item, t, answers)) gain++;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (best === undefined) break;
    take(best, 'dekking');
  }

  // Every rung of the ladder includes telling people what happened with their input, so when no
  // candidate for this level reports back, add the best informing instrument for this phase.
  if (open.some((t) => t.kind === 'terugkoppeling')) {
    const companion = bestCompanion(index, ctx, used);
    if (companion !== undefined) take(companion, 'terugkoppeling');
  }
  return { items, uncovered: open };
}
