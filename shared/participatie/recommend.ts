import type { TrajectAnswers } from './answers';
import { indexCatalogue } from './catalogue-index';
import type { Catalogue } from './instrument';
import { suggestMix } from './mix';
import { exclusionsFor, reasonsFor, sumWeights } from './score';
import type { ExcludedInstrument, PhaseRecommendation, RankedInstrument, Recommendation, Warning } from './types';
import { PHASES } from './vocabulary';
import { phaseWarnings, trajectWarnings } from './warnings';

/**
 * Ranks the catalogue per answered phase, suggests a covering mix and lists warnings. Pure and
 * deterministic: phases in policy order, ties broken by instrument id, no clock or randomness.
 * Expects parsed answers (`TrajectAnswers.parse`) so defaults are filled in.
 */
export function recommendInstruments(answers: TrajectAnswers, catalogue: Catalogue): Recommendation {
  const index = indexCatalogue(catalogue);
  const phases: PhaseRecommendation[] = [];
  const warnings: Warning[] = [];

  for (const phase of PHASES) {
    const phaseAnswers = answers.phases[phase];
    if (phaseAnswers === undefined) continue;
    warnings.push(...phaseWarnings(phase, phaseAnswers, index));

    if (phaseAnswers.geenParticipatie !== undefined) {
      phases.push({ phase, geenParticipatie: true, ranking: [], excluded: [], mix: { items: [], uncovered: [] } });
      continue;
    }

    const ranking: RankedInstrument[] = [];
    const excluded: ExcludedInstrument[] = [];
    for (const item of index.instruments) {
      const exclusions = exclusionsFor(item, phase, phaseAnswers);
      if (exclusions.length > 0) {
        excluded.push({ instrumentId: item.instrument.id, exclusions });
        continue;
      }
      const reasons = reasonsFor(item, phase, phaseAnswers);
      ranking.push({ instrumentId: item.instrument.id, score: sumWeights(reasons), reasons });
    }
    ranking.sort(
      (a, b) => b.score - a.score || (a.instrumentId < b.instrumentId ? -1 : a.instrumentId > b.instrumentId ? 1 : 0),
    );
    excluded.sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : 1));

    phases.push({
      phase,
      geenParticipatie: false,
      ranking,
      excluded,
      mix: suggestMix(ranking, index, phase, phaseAnswers),
    });
  }
  // Traject-wide warnings join their phase, so the list stays in policy order.
  const order = (w: Warning) => PHASES.indexOf(w.phase);
  const all = [...warnings, ...trajectWarnings(answers)].sort((a, b) => order(a) - order(b));
  return { catalogueVersion: catalogue.catalogueVersion, phases, warnings: all };
}
