import type { PhaseAnswers } from './answers';
import type { CatalogueIndex, IndexedInstrument } from './catalogue-index';
import { reasonsFor, sumWeights } from './score';
import type { CoverageTarget, MixItem, MixSuggestion, RankedInstrument } from './types';
import type { Phase } from './vocabulary';

/** The informing instrument that fits this phase's other answers best (level left out: it informs). */
function bestCompanion(index: CatalogueIndex, phase: Phase, answers: PhaseAnswers, used: ReadonlySet<string>) {
  const informing: PhaseAnswers = { ...answers, level: 'informeren' };
  let best: { ranked: RankedInstrument; item: IndexedInstrument } | undefined;
  for (const item of index.instruments) {
    if (!item.informingCompanion || !item.phases.has(phase) || used.has(item.instrument.id)) continue;
    const reasons = reasonsFor(item, phase, informing);
    const ranked = { instrumentId: item.instrument.id, score: sumWeights(reasons), reasons };
    const better =
      best === undefined ||
      ranked.score > best.ranked.score ||
      (ranked.score === best.ranked.score && ranked.instrumentId < best.ranked.instrumentId);
    if (better) best = { ranked, item };
  }
  return best;
}

/**
 * What a good mix for this phase must take care of: every goal, the chosen breadth, every named
 * group, a representative sample if that is a goal, and always a way to tell participants what
 * happened with their input (the Ombudsman's "niets meer van gehoord").
 */
export function coverageTargets(answers: PhaseAnswers): CoverageTarget[] {
  const targets: CoverageTarget[] = answers.goals.map((id) => ({ kind: 'doel', id }));
  if (answers.reach !== undefined) targets.push({ kind: 'bereik', id: answers.reach });
  for (const id of answers.groups) targets.push({ kind: 'groep', id });
  if (answers.goals.includes('representatief-beeld')) targets.push({ kind: 'representatief' });
  targets.push({ kind: 'terugkoppeling' });
  return targets;
}

export function covers(item: IndexedInstrument, target: CoverageTarget): boolean {
  switch (target.kind) {
    case 'doel':
      return item.goals.has(target.id);
    case 'bereik':
      return item.reach.has(target.id);
    case 'groep':
      // Only a score of 2 counts: "reachable with effort" is how groups get forgotten.
      return item.instrument.inclusivity[target.id] === 2;
    case 'representatief':
      return item.drawsSample;
    case 'terugkoppeling':
      return item.givesFeedback;
  }
}

/**
 * Greedy set cover over the ranked candidates. Start with the best-scoring instrument (it fits
 * the answers best as a whole), then repeatedly add the candidate that covers the most targets
 * still open, breaking ties by score and then id. Greedy is within a log factor of the smallest
 * cover and, more importantly here, easy to explain step by step. It stops only when no
 * candidate covers anything new, so every target that some candidate can cover is covered.
 */
export function suggestMix(
  ranking: readonly RankedInstrument[],
  index: CatalogueIndex,
  phase: Phase,
  answers: PhaseAnswers,
): MixSuggestion {
  let open = coverageTargets(answers);
  const items: MixItem[] = [];
  const candidates = ranking.map((r) => ({ ranked: r, item: index.byId.get(r.instrumentId)! }));
  const used = new Set<string>();

  const take = (c: (typeof candidates)[number], why: MixItem['why']) => {
    const newly = open.filter((t) => covers(c.item, t));
    open = open.filter((t) => !covers(c.item, t));
    used.add(c.ranked.instrumentId);
    items.push({ instrumentId: c.ranked.instrumentId, score: c.ranked.score, why, covers: newly });
  };

  const first = candidates[0];
  if (first === undefined) return { items, uncovered: open };
  take(first, 'hoogste-score');

  while (open.length > 0) {
    let best: (typeof candidates)[number] | undefined;
    let bestGain = 0;
    // Ranking is already sorted by score then id, so the first candidate with the highest gain wins ties.
    for (const c of candidates) {
      if (used.has(c.ranked.instrumentId)) continue;
      let gain = 0;
      for (const t of open) if (covers(c.item, t)) gain++;
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
    const companion = bestCompanion(index, phase, answers, used);
    if (companion !== undefined) take(companion, 'terugkoppeling');
  }
  return { items, uncovered: open };
}
