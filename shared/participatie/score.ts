import type { PhaseAnswers, TrajectAnswers } from './answers';
import { type IndexedInstrument, drawsSampleAs } from './catalogue-index';
import { LARGE_IMPACT, ROOM_MAX_LEVEL, SMALL_IMPACT, SMALL_SCALES, WEIGHTS, WIDE_SCALES } from './rules';
import type { Exclusion, Infeasibility, Reason } from './types';
import { type Domain, type Impact, type Level, type Phase, type Room, type Scale, levelRank } from './vocabulary';

/**
 * Everything the engine weighs for one phase: the phase's answers with the level it can honestly
 * advise for, and the question's context (a phase's own domain, scale or impact wins over the
 * traject's).
 */
export interface PhaseContext {
  phase: Phase;
  answers: PhaseAnswers;
  /** The level advice is made for: the asked level, or the room's maximum when that is lower. */
  level: Level | undefined;
  /** Set when the asked level was above the room's maximum. */
  levelAdvice?: { asked: Level; advised: Level; room: Room };
  domain: Domain | undefined;
  scale: Scale | undefined;
  impact: Impact | undefined;
  polarised: boolean;
}

export function phaseContext(phase: Phase, answers: PhaseAnswers, traject?: TrajectAnswers): PhaseContext {
  let level = answers.level;
  let levelAdvice: PhaseContext['levelAdvice'];
  if (level !== undefined && answers.room !== undefined) {
    const max = ROOM_MAX_LEVEL[answers.room];
    // Advice for a promise that cannot be kept is no advice: rank for the highest honest rung
    // and say so (the warning niveau-hoger-dan-ruimte explains the contradiction).
    if (levelRank(level) > levelRank(max)) {
      levelAdvice = { asked: level, advised: max, room: answers.room };
      level = max;
    }
  }
  return {
    phase,
    answers,
    level,
    levelAdvice,
    domain: answers.domain ?? traject?.domain,
    scale: answers.scale ?? traject?.scale,
    impact: answers.impact ?? traject?.impact,
    polarised: traject?.polarised === true,
  };
}

/**
 * Why an instrument cannot be used at all in this phase with these answers. An empty list
 * means it is a candidate. Exclusions never depend on goals, reach or groups: those only move
 * the score, so adding a group can never make an instrument disappear.
 */
export function exclusionsFor(item: IndexedInstrument, ctx: PhaseContext): Exclusion[] {
  const { phase, answers, level } = ctx;
  const out: Exclusion[] = [];
  if (!item.phases.has(phase)) out.push({ criterion: 'fase', answer: phase });
  if (level !== undefined && !item.levels.has(level)) out.push({ criterion: 'niveau', answer: level });
  if (answers.room !== undefined && item.minLevelRank > levelRank(ROOM_MAX_LEVEL[answers.room])) {
    out.push({ criterion: 'ruimte', answer: answers.room });
  }
  if (item.requires.has('ja-nee-vraag') && answers.vraagIsJaNee === false) {
    out.push({ criterion: 'ja-nee-vraag', answer: false });
  }
  // A domain-bound body (a cliëntenraad) has no mandate or knowledge outside its domain.
  if (item.domains !== undefined && ctx.domain !== undefined && !item.domains.has(ctx.domain)) {
    out.push({ criterion: 'domein', answer: ctx.domain });
  }
  return out;
}

/**
 * Hard limits: below the instrument's low-end cost or minimum weeks it cannot be run as it is
 * meant to be. Not a score nudge: an infeasible instrument is never on top and never in a mix.
 */
export function infeasibilityFor(item: IndexedInstrument, answers: PhaseAnswers): Infeasibility[] {
  const out: Infeasibility[] = [];
  const { costRange, minWeeks } = item.instrument;
  if (answers.budget !== undefined && answers.budget < costRange.low)
    out.push({ criterion: 'budget', answer: answers.budget, needed: costRange.low });
  const weeks = answers.time?.weeks;
  if (weeks !== undefined && weeks < minWeeks) out.push({ criterion: 'tijd', answer: weeks, needed: minWeeks });
  return out;
}

const LEVEL_OPTIONAL_ABOVE_INFORMING = levelRank('raadplegen');

/** Per-criterion reasons for a candidate; the score is their sum. Order is fixed for stable output. */
export function reasonsFor(item: IndexedInstrument, ctx: PhaseContext): Reason[] {
  const { instrument } = item;
  const { answers, phase, level } = ctx;
  const reasons: Reason[] = [{ criterion: 'fase', answer: phase, effect: 'fits', weight: WEIGHTS.phaseSupported }];

  if (level !== undefined) {
    reasons.push(
      instrument.coreLevel === level
        ? { criterion: 'niveau', answer: level, effect: 'fits', weight: WEIGHTS.levelCore, value: instrument.coreLevel }
        : {
            criterion: 'niveau',
            answer: level,
            effect: 'neutral',
            weight: WEIGHTS.levelPossible,
            value: instrument.coreLevel,
          },
    );
  }

  if (answers.room === 'beperkt' && instrument.intensity === 'heavy') {
    reasons.push({
      criterion: 'ruimte',
      answer: answers.room,
      effect: 'does-not-fit',
      weight: WEIGHTS.heavyWhenRoomLimited,
    });
  } else if (answers.room === 'groot' && item.open) {
    reasons.push({ criterion: 'ruimte', answer: answers.room, effect: 'fits', weight: WEIGHTS.openWhenRoomLarge });
  }

  if (item.domains !== undefined && ctx.domain !== undefined) {
    // Exclusion handles the other domains, so here the domain matches.
    reasons.push({ criterion: 'domein', answer: ctx.domain, effect: 'fits', weight: WEIGHTS.domainMatches });
  }

  const proportion = proportionReason(item, ctx);
  if (proportion !== undefined) reasons.push(proportion);

  if (ctx.polarised && instrument.polarisation !== undefined) {
    reasons.push(
      instrument.polarisation === 'helps'
        ? { criterion: 'polarisatie', answer: 'yes', effect: 'fits', weight: WEIGHTS.polarisationHelps }
        : { criterion: 'polarisatie', answer: 'yes', effect: 'does-not-fit', weight: WEIGHTS.polarisationRisky },
    );
  }
  if (answers.formalProcedure === true && instrument.statutory === true) {
    reasons.push({ criterion: 'procedure', answer: 'yes', effect: 'fits', weight: WEIGHTS.statutoryProcedure });
  }

  for (const goal of answers.goals) {
    reasons.push(
      item.goals.has(goal)
        ? { criterion: 'doel', answer: goal, effect: 'fits', weight: WEIGHTS.goalServed }
        : { criterion: 'doel', answer: goal, effect: 'does-not-fit', weight: WEIGHTS.goalMissed },
    );
  }
  if (answers.goals.includes('representatief-beeld')) reasons.push(representativeReason(item, answers));

  for (const reach of answers.reach) {
    // With named groups, "specific groups" is judged per group below, not by a generic tag.
    if (reach === 'specifieke-groepen' && answers.groups.length > 0) continue;
    reasons.push(
      item.reach.has(reach)
        ? { criterion: 'bereik', answer: reach, effect: 'fits', weight: WEIGHTS.reachFits }
        : { criterion: 'bereik', answer: reach, effect: 'does-not-fit', weight: WEIGHTS.reachMisses },
    );
  }
  for (const group of answers.groups) {
    const score = instrument.inclusivity[group];
    reasons.push(
      score === 2
        ? { criterion: 'groep', answer: group, effect: 'fits', weight: WEIGHTS.groupReachedWell, value: score }
        : score === 0
          ? { criterion: 'groep', answer: group, effect: 'does-not-fit', weight: WEIGHTS.groupMissed, value: score }
          : { criterion: 'groep', answer: group, effect: 'neutral', weight: 0, value: score },
    );
  }

  const range = `${instrument.costRange.low}-${instrument.costRange.high}`;
  if (answers.budget !== undefined) {
    reasons.push(
      answers.budget < instrument.costRange.low
        ? {
            criterion: 'budget',
            answer: answers.budget,
            effect: 'does-not-fit',
            weight: WEIGHTS.overBudget,
            value: range,
          }
        : answers.budget < instrument.costRange.high
          ? // Within the range: feasible in a modest form; neither a plus nor a minus.
            { criterion: 'budget', answer: answers.budget, effect: 'neutral', weight: 0, value: range }
          : { criterion: 'budget', answer: answers.budget, effect: 'fits', weight: WEIGHTS.withinBudget, value: range },
    );
  }
  const weeks = answers.time?.weeks;
  if (weeks !== undefined) {
    reasons.push(
      weeks < instrument.minWeeks
        ? {
            criterion: 'tijd',
            answer: weeks,
            effect: 'does-not-fit',
            weight: WEIGHTS.tooLittleTime,
            value: instrument.minWeeks,
          }
        : { criterion: 'tijd', answer: weeks, effect: 'fits', weight: WEIGHTS.enoughTime, value: instrument.minWeeks },
    );
  }

  if (item.requires.has('budget-mandate')) {
    reasons.push(
      answers.mandate === true
        ? { criterion: 'mandaat', answer: 'yes', effect: 'fits', weight: WEIGHTS.mandateGiven }
        : {
            criterion: 'mandaat',
            answer: answers.mandate === false ? 'no' : 'unknown',
            effect: 'does-not-fit',
            weight: WEIGHTS.mandateMissing,
          },
    );
  }
  if (item.requires.has('council-agenda')) {
    const role = answers.councilRoles.find((r) => r === 'volksvertegenwoordigend' || r === 'besluitvormend');
    if (role !== undefined)
      reasons.push({ criterion: 'raad', answer: role, effect: 'fits', weight: WEIGHTS.councilHearsDirectly });
  }
  return reasons;
}

/** A representative picture needs a drawn sample; what counts is how this traject recruits. */
function representativeReason(item: IndexedInstrument, answers: PhaseAnswers): Reason {
  const recruitment = answers.werving[item.instrument.id];
  if (recruitment !== undefined && item.recruitment.has(recruitment)) {
    return drawsSampleAs(item, answers.werving)
      ? { criterion: 'werving', answer: recruitment, effect: 'fits', weight: WEIGHTS.representativeByLot }
      : {
          criterion: 'werving',
          answer: recruitment,
          effect: 'does-not-fit',
          weight: WEIGHTS.representativeSelfSelected,
        };
  }
  const value = item.instrument.recruitment.join(',');
  if (item.onlySamples)
    return {
      criterion: 'representatief',
      answer: 'representatief-beeld',
      effect: 'fits',
      weight: WEIGHTS.representativeByLot,
      value,
    };
  if (item.canSample)
    // It can draw a sample, but only if the traject recruits that way: counted, and the reason
    // says so; once chosen, the werving answer decides (see representatief-alleen-zelfselectie).
    return {
      criterion: 'representatief',
      answer: 'representatief-beeld',
      effect: 'fits',
      weight: WEIGHTS.representativeByLot,
      value: 'mits-steekproef',
    };
  return {
    criterion: 'representatief',
    answer: 'representatief-beeld',
    effect: 'does-not-fit',
    weight: WEIGHTS.representativeSelfSelected,
    value,
  };
}

/** Proportion between the instrument's weight and the question's scale and impact. */
function proportionReason(item: IndexedInstrument, ctx: PhaseContext): Reason | undefined {
  const { intensity } = item.instrument;
  const small = (ctx.scale !== undefined && SMALL_SCALES.has(ctx.scale)) || ctx.impact === SMALL_IMPACT;
  const large = ctx.scale !== undefined && WIDE_SCALES.has(ctx.scale) && ctx.impact === LARGE_IMPACT;
  const answer = [ctx.scale, ctx.impact].filter((x) => x !== undefined).join(',');
  if (intensity === 'heavy' && small)
    return {
      criterion: 'omvang',
      answer,
      effect: 'does-not-fit',
      weight: WEIGHTS.heavyOutOfProportion,
      value: intensity,
    };
  if (intensity === 'heavy' && large)
    return { criterion: 'omvang', answer, effect: 'fits', weight: WEIGHTS.heavyInProportion, value: intensity };
  if (intensity === 'light' && small)
    return { criterion: 'omvang', answer, effect: 'fits', weight: WEIGHTS.lightForSmallQuestion, value: intensity };
  // Informing may stay light whatever the size; from raadplegen up, a light instrument alone is
  // thin. Not the council's own hearings (rondetafelgesprek, spreekrecht): there the deciding body
  // listens itself, which is the representative democracy at work, not a thin format.
  if (
    intensity === 'light' &&
    large &&
    ctx.level !== undefined &&
    levelRank(ctx.level) >= LEVEL_OPTIONAL_ABOVE_INFORMING &&
    !item.informingCompanion &&
    !item.requires.has('council-agenda')
  )
    return {
      criterion: 'omvang',
      answer,
      effect: 'does-not-fit',
      weight: WEIGHTS.lightForLargeQuestion,
      value: intensity,
    };
  return undefined;
}

export const sumWeights = (reasons: readonly Reason[]): number => reasons.reduce((total, r) => total + r.weight, 0);
