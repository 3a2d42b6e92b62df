import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GOALS,
  GROUPS,
  LEVELS,
  PHASES,
  REACHES,
  ROOMS,
  TrajectAnswers,
  WARNING_IDS,
  catalogue,
  describeWarning,
  recommendInstruments,
  warningTexts,
} from '../../../shared/participatie/index';

const ids = catalogue.instruments.map((i) => i.id);
const phaseAnswers = fc.record(
  {
    goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 4 }),
    room: fc.constantFrom(...ROOMS),
    level: fc.constantFrom(...LEVELS),
    reach: fc.constantFrom(...REACHES),
    groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 4 }),
    budget: fc.integer({ min: 0, max: 200_000 }),
    time: fc.record({ weeks: fc.integer({ min: 1, max: 60 }) }),
    instruments: fc.uniqueArray(fc.constantFrom(...ids, 'onbekend'), { maxLength: 4 }),
    vraagIsJaNee: fc.boolean(),
    councilDecisionMoment: fc.boolean(),
    mandate: fc.boolean(),
  },
  { requiredKeys: [] },
);
const traject = fc
  .dictionary(fc.constantFrom(...PHASES), phaseAnswers, { maxKeys: 5 })
  .map((phases) => TrajectAnswers.parse({ phases }));

describe('recommendInstruments properties', () => {
  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        expect(recommendInstruments(structuredClone(answers), catalogue)).toEqual(
          recommendInstruments(answers, catalogue),
        );
      }),
    );
  });

  it('never ranks or mixes (except as informing feedback step) an instrument for a level it cannot carry', () => {
    const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
    fc.assert(
      fc.property(traject, (answers) => {
        for (const phase of recommendInstruments(answers, catalogue).phases) {
          const level = answers.phases[phase.phase]!.level;
          if (level === undefined) continue;
          for (const r of phase.ranking) expect(byId.get(r.instrumentId)!.levels).toContain(level);
          for (const m of phase.mix.items) {
            const levels = byId.get(m.instrumentId)!.levels;
            expect(m.why === 'terugkoppeling' ? levels.includes('informeren') : levels.includes(level)).toBe(true);
          }
        }
      }),
    );
  });

  it('adding a specific group never removes coverage of groups already covered', () => {
    fc.assert(
      fc.property(phaseAnswers, fc.constantFrom(...PHASES), fc.constantFrom(...GROUPS), (raw, phase, extra) => {
        const before = TrajectAnswers.parse({ phases: { [phase]: raw } });
        const groups = before.phases[phase]!.groups;
        fc.pre(!groups.includes(extra));
        const after = TrajectAnswers.parse({ phases: { [phase]: { ...raw, groups: [...groups, extra] } } });
        const covered = (a: TrajectAnswers) => {
          const mix = recommendInstruments(a, catalogue).phases[0]!.mix;
          const groupsCovered = new Set(
            mix.items.flatMap((i) => i.covers).flatMap((t) => (t.kind === 'groep' ? [t.id] : [])),
          );
          return groupsCovered;
        };
        const was = covered(before);
        const now = covered(after);
        for (const g of was) expect(now.has(g), g).toBe(true);
      }),
    );
  });

  it('every warning id has a non-empty Dutch message', () => {
    expect(Object.keys(warningTexts).sort()).toEqual([...WARNING_IDS].sort());
    fc.assert(
      fc.property(traject, (answers) => {
        for (const w of recommendInstruments(answers, catalogue).warnings) {
          const text = describeWarning(w);
          expect(text.length).toBeGreaterThan(20);
          expect(text).not.toMatch(/undefined|\[object/);
        }
      }),
    );
  });
});
