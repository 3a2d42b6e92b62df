import type { PhaseAnswers, TrajectAnswers } from './answers';
import type { CatalogueIndex, IndexedInstrument } from './catalogue-index';
import { ROOM_MAX_LEVEL, WARNING_SEVERITY, type WarningId } from './rules';
import { exclusionsFor } from './score';
import type { Warning } from './types';
import { type Phase, levelRank } from './vocabulary';

type Draft = Omit<Warning, 'severity'>;
const warning = (draft: Draft & { id: WarningId }): Warning => ({ ...draft, severity: WARNING_SEVERITY[draft.id] });

/**
 * Contradictions and gaps in one phase's answers. Warnings about the chosen mix only fire when
 * the user has chosen instruments; before that there is nothing to contradict.
 */
export function phaseWarnings(phase: Phase, answers: PhaseAnswers, index: CatalogueIndex): Warning[] {
  const out: Warning[] = [];

  if (answers.geenParticipatie !== undefined) {
    if (answers.geenParticipatie.reden.trim() === '')
      out.push(warning({ id: 'geen-participatie-zonder-reden', phase, field: 'geenParticipatie' }));
    return out;
  }

  if (
    answers.level !== undefined &&
    answers.room !== undefined &&
    levelRank(answers.level) > levelRank(ROOM_MAX_LEVEL[answers.room])
  ) {
    out.push(
      warning({
        id: answers.room === 'geen' ? 'ruimte-geen-maar-invloed' : 'niveau-hoger-dan-ruimte',
        phase,
        field: 'level',
      }),
    );
  }

  if (answers.goals.includes('besluit-nemen') && answers.councilDecisionMoment !== true && answers.mandate !== true) {
    out.push(warning({ id: 'besluit-zonder-raadsmoment', phase, field: 'councilDecisionMoment' }));
  }

  if (answers.instruments.length === 0) return out;

  if (answers.goals.length === 0) out.push(warning({ id: 'instrumenten-voor-doelen', phase, field: 'goals' }));

  const chosen: IndexedInstrument[] = [];
  const unknown: string[] = [];
  for (const id of answers.instruments) {
    const item = index.byId.get(id);
    if (item === undefined) unknown.push(id);
    else chosen.push(item);
  }
  if (unknown.length > 0)
    out.push(warning({ id: 'onbekend-instrument', phase, field: 'instruments', instrumentIds: unknown }));

  for (const item of chosen) {
    // ja-nee-vraag has its own warning; an informing instrument may accompany any level (see suggestMix).
    const exclusions = exclusionsFor(item, phase, answers).filter(
      (e) =>
        e.criterion !== 'ja-nee-vraag' &&
        !(item.informingCompanion && (e.criterion === 'niveau' || e.criterion === 'ruimte')),
    );
    if (exclusions.length > 0) {
      out.push(
        warning({
          id: 'gekozen-instrument-past-niet',
          phase,
          field: 'instruments',
          instrumentIds: [item.instrument.id],
          exclusions,
        }),
      );
    }
  }

  const needYesNo = chosen.filter((i) => i.requires.has('ja-nee-vraag')).map((i) => i.instrument.id);
  if (needYesNo.length > 0 && answers.vraagIsJaNee !== true) {
    out.push(warning({ id: 'referendum-geen-ja-nee-vraag', phase, field: 'vraagIsJaNee', instrumentIds: needYesNo }));
  }

  const needMandate = chosen.filter((i) => i.requires.has('budgetmandaat')).map((i) => i.instrument.id);
  if (needMandate.length > 0 && answers.mandate !== true) {
    out.push(warning({ id: 'budgetmandaat-ontbreekt', phase, field: 'mandate', instrumentIds: needMandate }));
  }

  if (chosen.length > 0) {
    if (answers.goals.includes('representatief-beeld') && !chosen.some((i) => i.drawsSample)) {
      out.push(
        warning({
          id: 'representatief-alleen-zelfselectie',
          phase,
          field: 'instruments',
          instrumentIds: chosen.map((i) => i.instrument.id),
        }),
      );
    }
    if (!chosen.some((i) => i.givesFeedback))
      out.push(warning({ id: 'geen-terugkoppeling', phase, field: 'instruments' }));
    const missed = answers.groups.filter((g) => !chosen.some((i) => i.instrument.inclusivity[g] === 2));
    if (missed.length > 0) out.push(warning({ id: 'groepen-niet-bereikt', phase, field: 'groups', groups: missed }));
  }
  return out;
}

/**
 * Warnings about the traject as a whole, attached to the phase where the user can act on them.
 * Only on answers the user gave: an unanswered phase may still get participation.
 */
export function trajectWarnings(answers: TrajectAnswers): Warning[] {
  const out: Warning[] = [];
  const { agendering, beleidsvoorbereiding } = answers.phases;
  const participates = (phase: Phase) => {
    const p = answers.phases[phase];
    return p !== undefined && p.geenParticipatie === undefined;
  };
  // Both early phases explicitly without participation, yet inwoners are asked later: by then the
  // problem and the options are set, which is what "politics had already decided" complaints are about.
  if (
    agendering?.geenParticipatie !== undefined &&
    beleidsvoorbereiding?.geenParticipatie !== undefined &&
    (['besluitvorming', 'uitvoering', 'evaluatie'] as const).some(participates)
  ) {
    out.push(warning({ id: 'pas-laat-betrokken', phase: 'beleidsvoorbereiding', field: 'geenParticipatie' }));
  }
  return out;
}
