import type { PhaseAnswers } from './answers';
import type { IndexedInstrument } from './catalogue-index';
import { ROOM_MAX_LEVEL, WEIGHTS, affordableCostClass } from './rules';
import type { Exclusion, Reason } from './types';
import { type Phase, levelRank } from './vocabulary';

/**
 * Why an instrument cannot be used at all in this phase with these answers. An empty list
 * means it is a candidate. Exclusions never depend on goals, reach or groups: those only move
 * the score, so adding a group can never make an instrument disappear.
 */
export function exclusionsFor(item: IndexedInstrument, phase: Phase, answers: PhaseAnswers): Exclusion[] {
  const out: Exclusion[] = [];
  if (!item.phases.has(phase)) out.push({ criterion: 'fase', answer: phase });
  if (answers.level !== undefined && !item.levels.has(answers.level))
    out.push({ criterion: 'niveau', answer: answers.level });
  if (answers.room !== undefined && item.minLevelRank > levelRank(ROOM_MAX_LEVEL[answers.room])) {
    out.push({ criterion: 'ruimte', answer: answers.room });
  }
  if (item.requires.has('ja-nee-vraag') && answers.vraagIsJaNee === false) {
    out.push({ criterion: 'ja-nee-vraag', answer: false });
  }
  return out;
}

/** Per-criterion reasons for a candidate; the score is their sum. Order is fixed for stable output. */
export function reasonsFor(item: IndexedInstrument, phase: Phase, answers: PhaseAnswers): Reason[] {
  const { instrument } = item;
  const reasons: Reason[] = [{ criterion: 'fase', answer: phase, effect: 'past', weight: WEIGHTS.phaseSupported }];

  if (answers.level !== undefined) {
    reasons.push(
      instrument.coreLevel === answers.level
        ? {
            criterion: 'niveau',
            answer: answers.level,
            effect: 'past',
            weight: WEIGHTS.levelCore,
            value: instrument.coreLevel,
          }
        : {
            criterion: 'niveau',
            answer: answers.level,
            effect: 'neutraal',
            weight: WEIGHTS.levelPossible,
            value: instrument.coreLevel,
          },
    );
  }

  if (answers.room === 'beperkt' && item.heavy) {
    reasons.push({
      criterion: 'ruimte',
      answer: answers.room,
      effect: 'past-niet',
      weight: WEIGHTS.heavyWhenRoomLimited,
    });
  } else if (answers.room === 'groot' && item.open) {
    reasons.push({ criterion: 'ruimte', answer: answers.room, effect: 'past', weight: WEIGHTS.openWhenRoomLarge });
  }

  for (const goal of answers.goals) {
    reasons.push(
      item.goals.has(goal)
        ? { criterion: 'doel', answer: goal, effect: 'past', weight: WEIGHTS.goalServed }
        : { criterion: 'doel', answer: goal, effect: 'past-niet', weight: WEIGHTS.goalMissed },
    );
  }
  if (answers.goals.includes('representatief-beeld')) {
    reasons.push(
      item.drawsSample
        ? {
            criterion: 'representatief',
            answer: 'representatief-beeld',
            effect: 'past',
            weight: WEIGHTS.representativeByLot,
            value: instrument.recruitment.join(','),
          }
        : {
            criterion: 'representatief',
            answer: 'representatief-beeld',
            effect: 'past-niet',
            weight: WEIGHTS.representativeSelfSelected,
            value: instrument.recruitment.join(','),
          },
    );
  }

  if (answers.reach !== undefined) {
    reasons.push(
      item.reach.has(answers.reach)
        ? { criterion: 'bereik', answer: answers.reach, effect: 'past', weight: WEIGHTS.reachFits }
        : { criterion: 'bereik', answer: answers.reach, effect: 'past-niet', weight: WEIGHTS.reachMisses },
    );
  }
  for (const group of answers.groups) {
    const score = instrument.inclusivity[group];
    reasons.push(
      score === 2
        ? { criterion: 'groep', answer: group, effect: 'past', weight: WEIGHTS.groupReachedWell, value: score }
        : score === 0
          ? { criterion: 'groep', answer: group, effect: 'past-niet', weight: WEIGHTS.groupMissed, value: score }
          : { criterion: 'groep', answer: group, effect: 'neutraal', weight: 0, value: score },
    );
  }

  if (answers.budget !== undefined) {
    reasons.push(
      instrument.cost > affordableCostClass(answers.budget)
        ? {
            criterion: 'budget',
            answer: answers.budget,
            effect: 'past-niet',
            weight: WEIGHTS.overBudget,
            value: instrument.cost,
          }
        : {
            criterion: 'budget',
            answer: answers.budget,
            effect: 'past',
            weight: WEIGHTS.withinBudget,
            value: instrument.cost,
          },
    );
  }
  const weeks = answers.time?.weeks;
  if (weeks !== undefined) {
    reasons.push(
      weeks < instrument.minWeeks
        ? {
            criterion: 'tijd',
            answer: weeks,
            effect: 'past-niet',
            weight: WEIGHTS.tooLittleTime,
            value: instrument.minWeeks,
          }
        : { criterion: 'tijd', answer: weeks, effect: 'past', weight: WEIGHTS.enoughTime, value: instrument.minWeeks },
    );
  }

  if (item.requires.has('budgetmandaat')) {
    reasons.push(
      answers.mandate === true
        ? { criterion: 'mandaat', answer: 'ja', effect: 'past', weight: WEIGHTS.mandateGiven }
        : {
            criterion: 'mandaat',
            answer: answers.mandate === false ? 'nee' : 'onbekend',
            effect: 'past-niet',
            weight: WEIGHTS.mandateMissing,
          },
    );
  }
  if (item.requires.has('raadsagenda')) {
    const role = answers.councilRoles.find((r) => r === 'volksvertegenwoordigend' || r === 'besluitvormend');
    if (role !== undefined)
      reasons.push({ criterion: 'raad', answer: role, effect: 'past', weight: WEIGHTS.councilHearsDirectly });
  }
  return reasons;
}

export const sumWeights = (reasons: readonly Reason[]): number => reasons.reduce((total, r) => total + r.weight, 0);
