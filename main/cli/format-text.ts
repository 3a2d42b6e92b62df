import {
  type CasusFile,
  type InstrumentNames,
  type Reason,
  type Recommendation,
  NO_GOOD_FIT,
  describeInfeasibility,
  describeLevelAdvice,
  describeMixItem,
  describeReason,
  describeUncovered,
  describeWarning,
  levelLabels,
  phaseLabels,
  rankLabel,
} from '../../shared/participatie/index';
import { recommendationReport as text } from '../../shared/api/messages';

const TOP = 5;
const effectMark: Record<Reason['effect'], string> = { fits: '+', 'does-not-fit': '-', neutral: '·' };

/** Human-readable report of a recommendation, in Dutch, one section per phase. */
export function formatRecommendationText(casus: CasusFile, rec: Recommendation, names: InstrumentNames): string {
  const lines: string[] = [];
  lines.push(text.heading(casus.titel, casus.gemeente));
  lines.push(text.catalogueVersion(rec.catalogueVersion));

  for (const phase of rec.phases) {
    const answers = casus.answers.phases[phase.phase];
    const warnings = rec.warnings.filter((w) => w.phase === phase.phase);
    const printWarnings = () => {
      if (warnings.length === 0) return;
      lines.push(text.warnings);
      for (const w of warnings)
        lines.push(`  ! ${w.severity === 'high' ? text.highSeverity : ''}${describeWarning(w, names)}`);
    };
    lines.push('', `== ${phaseLabels[phase.phase].label} ==`);
    // A contradiction comes first: advice on answers that contradict each other is read with it in mind.
    if (phase.contradiction) printWarnings();
    if (phase.levelAdvice !== undefined) lines.push(describeLevelAdvice(phase.levelAdvice));
    if (phase.geenParticipatie) {
      lines.push(text.noParticipation(answers?.geenParticipatie?.reden || text.notFilledIn));
    } else {
      if (answers?.level !== undefined) {
        const level = levelLabels[answers.level];
        lines.push(text.level(level.label, level.promise));
      }
      lines.push(text.suggestedMix);
      if (phase.noGoodFit) lines.push(`  ${NO_GOOD_FIT}`);
      else if (phase.mix.items.length === 0) lines.push(`  ${text.noFittingInstrument}`);
      phase.mix.items.forEach((item, i) => lines.push(`  ${i + 1}. ${describeMixItem(item, names)}`));
      for (const target of phase.mix.uncovered) lines.push(`  ${text.note(describeUncovered(target))}`);

      lines.push(text.bestFitting(Math.min(TOP, phase.ranking.length), phase.ranking.length));
      phase.ranking.slice(0, TOP).forEach((ranked) => {
        const shared = phase.ranking.filter((r) => r.rank === ranked.rank).length > 1;
        lines.push(
          `  ${rankLabel(ranked.rank, shared)}. ${names(ranked.instrumentId)} (score ${ranked.score})${ranked.feasible ? '' : text.notFeasible}`,
        );
        for (const limit of ranked.infeasible) lines.push(`     ! ${describeInfeasibility(limit)}`);
        for (const reason of ranked.reasons) {
          if (reason.criterion === 'fase') continue;
          lines.push(`     ${effectMark[reason.effect]} ${describeReason(reason)}`);
        }
      });
      if (phase.excluded.length > 0) lines.push(text.unsuitable(phase.excluded.length));
    }
    if (!phase.contradiction) printWarnings();
  }
  return `${lines.join('\n')}\n`;
}
