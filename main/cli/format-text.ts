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

const TOP = 5;
const effectMark: Record<Reason['effect'], string> = { past: '+', 'past-niet': '-', neutraal: '·' };

/** Human-readable report of a recommendation, in Dutch, one section per phase. */
export function formatRecommendationText(casus: CasusFile, rec: Recommendation, names: InstrumentNames): string {
  const lines: string[] = [];
  lines.push(`Aanbevolen participatiemix voor “${casus.titel}” (${casus.gemeente})`);
  lines.push(`Catalogus versie ${rec.catalogueVersion}`);

  for (const phase of rec.phases) {
    const answers = casus.answers.phases[phase.phase];
    const warnings = rec.warnings.filter((w) => w.phase === phase.phase);
    const printWarnings = () => {
      if (warnings.length === 0) return;
      lines.push('Waarschuwingen:');
      for (const w of warnings) lines.push(`  ! ${w.severity === 'hoog' ? '[hoog] ' : ''}${describeWarning(w, names)}`);
    };
    lines.push('', `== ${phaseLabels[phase.phase].label} ==`);
    // A contradiction comes first: advice on answers that contradict each other is read with it in mind.
    if (phase.contradiction) printWarnings();
    if (phase.levelAdvice !== undefined) lines.push(describeLevelAdvice(phase.levelAdvice));
    if (phase.geenParticipatie) {
      lines.push(`Geen participatie in deze fase. Reden: ${answers?.geenParticipatie?.reden || '(niet ingevuld)'}`);
    } else {
      if (answers?.level !== undefined) {
        const level = levelLabels[answers.level];
        lines.push(`Niveau: ${level.label}. Belofte aan deelnemers: ${level.belofte}`);
      }
      lines.push('Voorgestelde mix:');
      if (phase.noGoodFit) lines.push(`  ${NO_GOOD_FIT}`);
      else if (phase.mix.items.length === 0) lines.push('  (geen passend instrument gevonden)');
      phase.mix.items.forEach((item, i) => lines.push(`  ${i + 1}. ${describeMixItem(item, names)}`));
      for (const target of phase.mix.uncovered) lines.push(`  Let op: ${describeUncovered(target)}`);

      lines.push(
        `Best passende instrumenten (top ${Math.min(TOP, phase.ranking.length)} van ${phase.ranking.length}):`,
      );
      phase.ranking.slice(0, TOP).forEach((ranked) => {
        const shared = phase.ranking.filter((r) => r.rank === ranked.rank).length > 1;
        lines.push(
          `  ${rankLabel(ranked.rank, shared)}. ${names(ranked.instrumentId)} (score ${ranked.score})${ranked.feasible ? '' : ' — niet haalbaar'}`,
        );
        for (const limit of ranked.infeasible) lines.push(`     ! ${describeInfeasibility(limit)}`);
        for (const reason of ranked.reasons) {
          if (reason.criterion === 'fase') continue;
          lines.push(`     ${effectMark[reason.effect]} ${describeReason(reason)}`);
        }
      });
      if (phase.excluded.length > 0)
        lines.push(`Niet geschikt: ${phase.excluded.length} instrumenten (zie --format json).`);
    }
    if (!phase.contradiction) printWarnings();
  }
  return `${lines.join('\n')}\n`;
}
