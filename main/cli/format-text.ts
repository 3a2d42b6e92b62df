import {
  type CasusFile,
  type InstrumentNames,
  type Reason,
  type Recommendation,
  describeMixItem,
  describeReason,
  describeUncovered,
  describeWarning,
  levelLabels,
  phaseLabels,
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
    lines.push('', `== ${phaseLabels[phase.phase].label} ==`);
    if (phase.geenParticipatie) {
      lines.push(`Geen participatie in deze fase. Reden: ${answers?.geenParticipatie?.reden || '(niet ingevuld)'}`);
    } else {
      if (answers?.level !== undefined) {
        const level = levelLabels[answers.level];
        lines.push(`Niveau: ${level.label}. Belofte aan deelnemers: ${level.belofte}`);
      }
      lines.push('Voorgestelde mix:');
      if (phase.mix.items.length === 0) lines.push('  (geen passend instrument gevonden)');
      phase.mix.items.forEach((item, i) => lines.push(`  ${i + 1}. ${describeMixItem(item, names)}`));
      for (const target of phase.mix.uncovered) lines.push(`  Let op: ${describeUncovered(target)}`);

      lines.push(
        `Best passende instrumenten (top ${Math.min(TOP, phase.ranking.length)} van ${phase.ranking.length}):`,
      );
      phase.ranking.slice(0, TOP).forEach((ranked, i) => {
        lines.push(`  ${i + 1}. ${names(ranked.instrumentId)} (score ${ranked.score})`);
        for (const reason of ranked.reasons) {
          if (reason.criterion === 'fase') continue;
          lines.push(`     ${effectMark[reason.effect]} ${describeReason(reason)}`);
        }
      });
      if (phase.excluded.length > 0)
        lines.push(`Niet geschikt: ${phase.excluded.length} instrumenten (zie --format json).`);
    }
    const warnings = rec.warnings.filter((w) => w.phase === phase.phase);
    if (warnings.length > 0) {
      lines.push('Waarschuwingen:');
      for (const w of warnings) lines.push(`  ! ${describeWarning(w, names)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
