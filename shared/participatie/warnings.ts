import type { PhaseAnswers, TrajectAnswers } from './answers';
import { type CatalogueIndex, type IndexedInstrument, drawsSampleAs } from './catalogue-index';
import { REFERENDUM_IDS, RESIDENT_INITIATED_IDS, ROOM_MAX_LEVEL, WARNING_SEVERITY, type WarningId } from './rules';
import { type PhaseContext, exclusionsFor, infeasibilityFor } from './score';
import type { Warning } from './types';
import { PHASES, type Phase, levelRank } from './vocabulary';

type Draft = Omit<Warning, 'severity'>;
const warning = (draft: Draft & { id: WarningId }): Warning => ({ ...draft, severity: WARNING_SEVERITY[draft.id] });

/** Rungs where residents themselves decide: their promise needs someone bound to follow it. */
const RESIDENTS_DECIDE = levelRank('meebeslissen');
const ADVISEREN = levelRank('adviseren');

const residentsDecide = (answers: PhaseAnswers): boolean =>
  answers.level !== undefined && levelRank(answers.level) >= RESIDENTS_DECIDE;
const bound = (answers: PhaseAnswers): boolean => answers.mandate === true || answers.priorCommitment === true;

/**
 * Contradictions and gaps in one phase's answers. Warnings about the chosen mix only fire when
 * the user has chosen instruments; before that there is nothing to contradict.
 */
export function phaseWarnings(ctx: PhaseContext, index: CatalogueIndex, traject: TrajectAnswers): Warning[] {
  const { phase, answers } = ctx;
  const out: Warning[] = [];

  if (answers.geenParticipatie !== undefined) {
    if (answers.geenParticipatie.reden.trim() === '')
      out.push(warning({ id: 'geen-participatie-zonder-reden', phase, field: 'geenParticipatie' }));
    // One of the two answers is outdated: no participation, yet instruments are chosen.
    if (answers.instruments.length > 0)
      out.push(
        warning({
          id: 'geen-participatie-met-instrumenten',
          phase,
          field: 'geenParticipatie',
          instrumentIds: [...answers.instruments],
        }),
      );
    return out;
  }

  const levelAboveRoom =
    answers.level !== undefined &&
    answers.room !== undefined &&
    levelRank(answers.level) > levelRank(ROOM_MAX_LEVEL[answers.room]);
  if (levelAboveRoom) {
    out.push(
      warning({
        id: answers.room === 'geen' ? 'ruimte-geen-maar-invloed' : 'niveau-hoger-dan-ruimte',
        phase,
        field: 'level',
      }),
    );
  }

  // Residents decide, but nobody is bound to follow them. With the level above the room the root
  // problem is already named; a mandate in another phase gets its own, more precise warning.
  if (residentsDecide(answers) && !bound(answers) && !levelAboveRoom) {
    const elsewhere = PHASES.some((p) => p !== phase && traject.phases[p]?.mandate === true);
    out.push(
      warning({
        id: elsewhere ? 'mandaat-niet-doorgetrokken' : 'meebeslissen-zonder-mandaat',
        phase,
        field: 'mandate',
      }),
    );
  }

  if (answers.goals.includes('besluit-nemen') && answers.councilDecisionMoment !== true && !bound(answers)) {
    out.push(warning({ id: 'besluit-zonder-raadsmoment', phase, field: 'councilDecisionMoment' }));
  }

  // The goal asks for another rung than the one promised. Not when the level is already above the
  // room: that warning names the root problem, and judging the goal against the advised level
  // would report the same problem twice.
  if (ctx.level !== undefined && !levelAboveRoom) {
    const rank = levelRank(ctx.level);
    const mismatched = answers.goals.filter(
      (g) =>
        (g === 'besluit-nemen' && rank <= ADVISEREN) ||
        ((g === 'kennis-ophalen' || g === 'ideeen-ontwikkelen') && ctx.level === 'informeren'),
    );
    if (mismatched.length > 0)
      out.push(warning({ id: 'doel-past-niet-bij-niveau', phase, field: 'goals', goals: mismatched }));
  }

  if (
    answers.goals.includes('representatief-beeld') &&
    answers.reach.includes('actieve-inwoners') &&
    !answers.reach.includes('alle-inwoners')
  ) {
    out.push(warning({ id: 'representatief-met-actieve-inwoners', phase, field: 'reach' }));
  }
  if (answers.reach.includes('specifieke-groepen') && answers.groups.length === 0) {
    out.push(warning({ id: 'specifieke-groepen-zonder-groepen', phase, field: 'groups' }));
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

  const levelRankNow = ctx.level === undefined ? undefined : levelRank(ctx.level);
  for (const item of chosen) {
    const id = item.instrument.id;
    // ja-nee-vraag has its own warning; an informing instrument may accompany any level (see suggestMix).
    const exclusions = exclusionsFor(item, ctx).filter(
      (e) =>
        e.criterion !== 'ja-nee-vraag' &&
        !(item.informingCompanion && (e.criterion === 'niveau' || e.criterion === 'ruimte')),
    );
    // A lower-rung instrument supporting a higher-level phase (an expertmeeting in an adviseren
    // phase) is normal practice: noted, not flagged as a misfit.
    const supporting =
      exclusions.length > 0 &&
      exclusions.every((e) => e.criterion === 'niveau') &&
      levelRankNow !== undefined &&
      item.maxLevelRank < levelRankNow;
    if (supporting) {
      out.push(warning({ id: 'ondersteunend-instrument', phase, field: 'instruments', instrumentIds: [id] }));
    } else if (exclusions.length > 0) {
      out.push(
        warning({ id: 'gekozen-instrument-past-niet', phase, field: 'instruments', instrumentIds: [id], exclusions }),
      );
    }
    const infeasible = infeasibilityFor(item, answers);
    if (infeasible.length > 0)
      out.push(
        warning({
          id: 'gekozen-instrument-niet-haalbaar',
          phase,
          field: 'instruments',
          instrumentIds: [id],
          infeasible,
        }),
      );
  }

  const referenda = chosen.filter((i) => REFERENDUM_IDS.has(i.instrument.id) || i.requires.has('ja-nee-vraag'));
  if (referenda.length > 0 && answers.vraagIsJaNee !== true) {
    out.push(
      warning({
        id: 'referendum-geen-ja-nee-vraag',
        phase,
        field: 'vraagIsJaNee',
        instrumentIds: referenda.map((i) => i.instrument.id),
      }),
    );
  }

  const needMandate = chosen.filter((i) => i.requires.has('budget-mandate')).map((i) => i.instrument.id);
  if (needMandate.length > 0 && answers.mandate !== true) {
    out.push(warning({ id: 'budgetmandaat-ontbreekt', phase, field: 'mandate', instrumentIds: needMandate }));
  }

  if (chosen.length > 0) {
    // Representativeness follows how this traject recruits, not what the instrument could do.
    if (answers.goals.includes('representatief-beeld') && !chosen.some((i) => drawsSampleAs(i, answers.werving))) {
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

/** A phase in which residents take part (answered, and not marked as without participation). */
const participates = (answers: TrajectAnswers, phase: Phase): boolean => {
  const p = answers.phases[phase];
  return p !== undefined && p.geenParticipatie === undefined;
};

/**
 * Warnings about the traject as a whole, attached to the phase where the user can act on them.
 * Only on answers the user gave: an unanswered phase may still get participation.
 */
export function trajectWarnings(answers: TrajectAnswers): Warning[] {
  const out: Warning[] = [];
  const { agendering, beleidsvoorbereiding } = answers.phases;
  const later = ['besluitvorming', 'uitvoering', 'evaluatie'] as const;
  // Both early phases explicitly without participation, yet inwoners are asked later: by then the
  // problem and the options are set, which is what "politics had already decided" complaints are about.
  if (
    agendering?.geenParticipatie !== undefined &&
    beleidsvoorbereiding?.geenParticipatie !== undefined &&
    later.some((p) => participates(answers, p))
  ) {
    out.push(warning({ id: 'pas-laat-betrokken', phase: 'beleidsvoorbereiding', field: 'geenParticipatie' }));
  }

  // The first answered phase is the decision: was nobody asked before? Not when residents
  // started it themselves (an uitdaagrecht request, a burgerinitiatief or a petition).
  const answered = PHASES.filter((p) => answers.phases[p] !== undefined);
  const residentsStarted = answered.some((p) =>
    answers.phases[p]!.instruments.some((id) => RESIDENT_INITIATED_IDS.has(id)),
  );
  if (answered[0] === 'besluitvorming' && !residentsStarted) {
    out.push(warning({ id: 'start-bij-besluitvorming', phase: 'besluitvorming', field: 'geenParticipatie' }));
  }

  // The raad sets the frame before participation starts (kaderstellend). Only when the first
  // participating phase has content (a level or instruments), so an empty draft stays quiet.
  const first = PHASES.find((p) => {
    const a = answers.phases[p];
    return participates(answers, p) && a !== undefined && (a.level !== undefined || a.instruments.length > 0);
  });
  if (first !== undefined) {
    const upTo = PHASES.slice(0, PHASES.indexOf(first) + 1);
    if (!upTo.some((p) => answers.phases[p]?.councilRoles.includes('kaderstellend'))) {
      out.push(warning({ id: 'geen-kaderstelling-vooraf', phase: first, field: 'councilRoles' }));
    }
  }

  // Evaluation closes the loop: once a decision or its execution is planned with participation,
  // an evaluation phase belongs in the plan too.
  if (
    (participates(answers, 'besluitvorming') || participates(answers, 'uitvoering')) &&
    answers.phases.evaluatie === undefined
  ) {
    const last = [...answered].reverse()[0] ?? 'evaluatie';
    out.push(warning({ id: 'geen-evaluatie', phase: last, field: 'geenParticipatie' }));
  }
  return out;
}
