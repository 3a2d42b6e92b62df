import type { TrajectAnswers } from './answers';
import { type IndexedInstrument, indexCatalogue } from './catalogue-index';
import type { Catalogue } from './instrument';
import { suggestMix } from './mix';
import { exclusionsFor, infeasibilityFor, phaseContext, reasonsFor, sumWeights } from './score';
import type { ExcludedInstrument, PhaseRecommendation, RankedInstrument, Recommendation, Warning } from './types';
import { PHASES } from './vocabulary';
import { phaseWarnings, trajectWarnings } from './warnings';

interface Candidate {
  ranked: Omit<RankedInstrument, 'rank'>;
  item: IndexedInstrument;
  /** The user already chose it: within a tie, their choice is listed first (still the same rank). */
  chosen: boolean;
  /** Tie-break keys, compared in this order after feasibility and score. */
  coreMatch: 0 | 1;
  lowCost: number;
  preconditions: number;
}

/**
 * Principled order: feasible before infeasible; higher score; then the instrument built for
 * exactly this level; then the cheaper one; then the one with fewer preconditions. Only then the
 * id, which keeps the order deterministic but is not a reason: items equal up to the id share a
 * rank and are shown as a tie.
 */
// Within a tie (equal up to the id) the instrument the user already chose comes first: among
// equally good options the user's choice decides, and the mix then keeps it.
function compareAdvice(a: Candidate, b: Candidate): number {
  return (
    Number(b.ranked.feasible) - Number(a.ranked.feasible) ||
    b.ranked.score - a.ranked.score ||
    b.coreMatch - a.coreMatch ||
    a.lowCost - b.lowCost ||
    a.preconditions - b.preconditions
  );
}

/**
 * Ranks the catalogue per answered phase, suggests a covering mix and lists warnings. Pure and
 * deterministic: phases in policy order, no clock or randomness. Expects parsed answers
 * (`TrajectAnswers.parse`) so defaults are filled in.
 */
export function recommendInstruments(answers: TrajectAnswers, catalogue: Catalogue): Recommendation {
  const index = indexCatalogue(catalogue);
  const phases: PhaseRecommendation[] = [];
  const warnings: Warning[] = [];

  for (const phase of PHASES) {
    const phaseAnswers = answers.phases[phase];
    if (phaseAnswers === undefined) continue;
    const ctx = phaseContext(phase, phaseAnswers, answers);
    const own = phaseWarnings(ctx, index, answers);
    warnings.push(...own);

    if (phaseAnswers.geenParticipatie !== undefined) {
      phases.push({
        phase,
        geenParticipatie: true,
        contradiction: false,
        noGoodFit: false,
        ranking: [],
        excluded: [],
        mix: { items: [], uncovered: [] },
      });
      continue;
    }

    const candidates: Candidate[] = [];
    const excluded: ExcludedInstrument[] = [];
    for (const item of index.instruments) {
      const exclusions = exclusionsFor(item, ctx);
      if (exclusions.length > 0) {
        excluded.push({ instrumentId: item.instrument.id, exclusions });
        continue;
      }
      const reasons = reasonsFor(item, ctx);
      const infeasible = infeasibilityFor(item, phaseAnswers);
      candidates.push({
        ranked: {
          instrumentId: item.instrument.id,
          score: sumWeights(reasons),
          feasible: infeasible.length === 0,
          infeasible,
          reasons,
        },
        item,
        chosen: phaseAnswers.instruments.includes(item.instrument.id),
        coreMatch: ctx.level !== undefined && item.instrument.coreLevel === ctx.level ? 1 : 0,
        lowCost: item.instrument.costRange.low,
        preconditions: item.requires.size,
      });
    }
    candidates.sort(
      (a, b) =>
        compareAdvice(a, b) ||
        Number(b.chosen) - Number(a.chosen) ||
        (a.ranked.instrumentId < b.ranked.instrumentId ? -1 : 1),
    );
    const ranking: RankedInstrument[] = [];
    candidates.forEach((c, i) => {
      const previous = candidates[i - 1];
      const rank = previous !== undefined && compareAdvice(previous, c) === 0 ? ranking[i - 1]!.rank : i + 1;
      ranking.push({ ...c.ranked, rank });
    });
    excluded.sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : 1));

    const best = ranking[0];
    phases.push({
      phase,
      geenParticipatie: false,
      ...(ctx.levelAdvice !== undefined ? { levelAdvice: ctx.levelAdvice } : {}),
      contradiction: false, // filled in below, once the traject-wide warnings are known
      noGoodFit: best === undefined || !best.feasible || best.score <= 0,
      ranking,
      excluded,
      mix: suggestMix(ranking, index, ctx),
    });
  }
  // Traject-wide warnings join their phase, so the list stays in policy order.
  const order = (w: Warning) => PHASES.indexOf(w.phase);
  const all = [...warnings, ...trajectWarnings(answers)].sort((a, b) => order(a) - order(b));
  for (const p of phases) p.contradiction = all.some((w) => w.phase === p.phase && w.severity === 'high');
  return { catalogueVersion: catalogue.catalogueVersion, phases, warnings: all };
}
