import { describe, expect, it } from 'vitest';
import {
  type PhaseAnswersInput,
  catalogue,
  describeInfeasibility,
  describeReason,
  recommendInstruments,
} from '../../../shared/participatie/index';
import { trajectFor } from './fixtures';

/** Feasibility is a hard state: what the budget or the weeks cannot carry is never advised. */

const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
const phaseOf = (answers: PhaseAnswersInput, context: Parameters<typeof trajectFor>[1] = {}) =>
  recommendInstruments(trajectFor({ beleidsvoorbereiding: answers }, context), catalogue).phases[0]!;

// A large gemeente-wide question: heavy deliberation is proportionate here and scores well.
const large = { scale: 'gemeente', impact: 'groot' } as const;
const advisingPhase: PhaseAnswersInput = {
  goals: ['ideeen-ontwikkelen', 'representatief-beeld', 'draagvlak'],
  room: 'groot',
  level: 'adviseren',
  reach: ['alle-inwoners'],
  councilRoles: ['kaderstellend'],
};

describe('feasibility against budget and weeks', () => {
  it('marks exactly the instruments below their low-end cost or minimum weeks as infeasible', () => {
    const assemblyCost = byId.get('burgerberaad')!.costRange.low;
    const budget = Math.min(30_000, assemblyCost - 1);
    const weeks = 12;
    const p = phaseOf({ ...advisingPhase, budget, time: { weeks } }, large);
    expect(p.ranking.length).toBeGreaterThan(5);
    for (const r of p.ranking) {
      const i = byId.get(r.instrumentId)!;
      const expected = [
        ...(budget < i.costRange.low ? [{ criterion: 'budget', answer: budget, needed: i.costRange.low }] : []),
        ...(weeks < i.minWeeks ? [{ criterion: 'tijd', answer: weeks, needed: i.minWeeks }] : []),
      ];
      expect(r.infeasible, r.instrumentId).toEqual(expected);
      expect(r.feasible, r.instrumentId).toBe(expected.length === 0);
    }
    // The burgerberaad, proportionate for this question, is too expensive here: ranked, but never mixed.
    const assembly = p.ranking.find((r) => r.instrumentId === 'burgerberaad')!;
    expect(assembly.feasible).toBe(false);
    expect(p.ranking.indexOf(assembly)).toBeGreaterThanOrEqual(p.ranking.filter((r) => r.feasible).length);
    expect(p.mix.items.map((m) => m.instrumentId)).not.toContain('burgerberaad');
    expect(p.noGoodFit).toBe(false);
  });

  it('ranks every infeasible instrument after every feasible one, and never mixes it', () => {
    const p = phaseOf({ ...advisingPhase, budget: 10_000, time: { weeks: 6 } }, large);
    const firstInfeasible = p.ranking.findIndex((r) => !r.feasible);
    expect(firstInfeasible).toBeGreaterThan(0);
    expect(p.ranking.slice(firstInfeasible).every((r) => !r.feasible)).toBe(true);
    const feasible = new Set(p.ranking.filter((r) => r.feasible).map((r) => r.instrumentId));
    for (const m of p.mix.items) {
      const i = byId.get(m.instrumentId)!;
      expect(10_000 >= i.costRange.low && 6 >= i.minWeeks, m.instrumentId).toBe(true);
      if (m.why !== 'terugkoppeling') expect(feasible.has(m.instrumentId)).toBe(true);
    }
  });

  it('without a budget or weeks everything is feasible', () => {
    const p = phaseOf(advisingPhase, large);
    expect(p.ranking.every((r) => r.feasible && r.infeasible.length === 0)).toBe(true);
  });

  it('says in euros what an instrument costs against the budget (no cost classes)', () => {
    // One euro short of the low end, whatever the catalogue's current range.
    const { low, high } = byId.get('steekproefonderzoek')!.costRange;
    const budget = low - 1;
    const p = phaseOf({ goals: ['representatief-beeld'], level: 'raadplegen', budget });
    const sampleSurvey = p.ranking.find((r) => r.instrumentId === 'steekproefonderzoek')!;
    const reason = sampleSurvey.reasons.find((r) => r.criterion === 'budget')!;
    expect(reason).toMatchObject({ effect: 'does-not-fit', value: `${low}-${high}`, answer: budget });
    const euros = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
    expect(describeReason(reason)).toContain(euros(low));
    expect(describeReason(reason)).toContain(euros(high));
    expect(describeReason(reason)).not.toMatch(/€€|klasse/);
    expect(sampleSurvey.infeasible).toEqual([{ criterion: 'budget', answer: budget, needed: low }]);
    expect(describeInfeasibility(sampleSurvey.infeasible[0]!)).toMatch(new RegExp(`${euros(low)}.*${euros(budget)}`));
    // At the low end it is haalbaar, in a modest form.
    const atLow = phaseOf({ goals: ['representatief-beeld'], level: 'raadplegen', budget: low });
    expect(atLow.ranking.find((r) => r.instrumentId === 'steekproefonderzoek')!.feasible).toBe(true);
  });
});
