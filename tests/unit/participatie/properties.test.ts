import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNCIL_ROLES,
  DOMAINS,
  GOALS,
  GROUPS,
  IMPACTS,
  LEVELS,
  PHASES,
  REACHES,
  RECRUITMENTS,
  ROOMS,
  ROOM_MAX_LEVEL,
  SAMPLING_RECRUITMENTS,
  SCALES,
  TrajectAnswers,
  WARNING_IDS,
  WARNING_SEVERITY,
  type Instrument,
  type PhaseAnswers,
  type Recommendation,
  type Warning,
  type WarningId,
  catalogue,
  describeWarning,
  instrumentNames,
  levelRank,
  recommendInstruments,
  warningTexts,
} from '../../../shared/participatie/index';
import { warningFormal } from '../../../shared/document/texts';

const ids = catalogue.instruments.map((i) => i.id);
/** Instruments that can draw a sample, picked more often so the werving matters in many runs. */
const sampling = catalogue.instruments
  .filter((i) => i.recruitment.some((r) => SAMPLING_RECRUITMENTS.has(r)))
  .map((i) => i.id);
const instrumentId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ids, 'not-in-catalogue') },
  { weight: 1, arbitrary: fc.constantFrom(...sampling) },
);
const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
const names = instrumentNames(catalogue);

/** Context of the question: traject-wide, and a phase may override it. */
const context = {
  domain: fc.constantFrom(...DOMAINS),
  scale: fc.constantFrom(...SCALES),
  impact: fc.constantFrom(...IMPACTS),
};

const phaseAnswers = fc
  .record(
    {
      ...context,
      goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 4 }),
      room: fc.constantFrom(...ROOMS),
      level: fc.constantFrom(...LEVELS),
      reach: fc.uniqueArray(fc.constantFrom(...REACHES), { maxLength: 3 }),
      groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 4 }),
      budget: fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom(0, 1_000, 5_000, 25_000, 100_000)),
      time: fc.record({ weeks: fc.integer({ min: 1, max: 60 }) }),
      instruments: fc.uniqueArray(instrumentId, { maxLength: 4 }),
      vraagIsJaNee: fc.boolean(),
      councilDecisionMoment: fc.boolean(),
      mandate: fc.boolean(),
      priorCommitment: fc.boolean(),
      councilRoles: fc.uniqueArray(fc.constantFrom(...COUNCIL_ROLES), { maxLength: 2 }),
      // Rare: a phase without participation (with or without a reason).
      geenParticipatie: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.record({ reden: fc.constantFrom('', 'Vastgelegd in de wet.') }) },
      ),
    },
    { requiredKeys: [] },
  )
  // Werving for the chosen instruments, in any of the five ways (also ways the instrument cannot do).
  .chain((a) => {
    const chosen = (a.instruments ?? []).filter((id) => id !== 'not-in-catalogue');
    if (chosen.length === 0) return fc.constant(a);
    return fc
      .dictionary(fc.constantFrom(...chosen), fc.constantFrom(...RECRUITMENTS), { maxKeys: chosen.length })
      .map((werving) => ({ ...a, werving }));
  });

const traject = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...PHASES), phaseAnswers, { maxKeys: 5 }),
    fc.record(context, { requiredKeys: [] }),
  )
  .map(([phases, ctx]) => TrajectAnswers.parse({ ...ctx, phases }));

/** Independent of the engine: can this instrument be run with the phase's budget and weeks? */
const feasible = (i: Instrument, a: PhaseAnswers) =>
  (a.budget === undefined || a.budget >= i.costRange.low) &&
  (a.time?.weeks === undefined || a.time.weeks >= i.minWeeks);

/** Independent of the engine: the recorded werving decides, else only an instrument that always draws counts. */
const drawsSample = (i: Instrument, werving: PhaseAnswers['werving']) => {
  const w = werving[i.id];
  return w !== undefined && i.recruitment.includes(w)
    ? SAMPLING_RECRUITMENTS.has(w)
    : i.recruitment.every((r) => SAMPLING_RECRUITMENTS.has(r));
};

const phasesOf = (answers: TrajectAnswers, rec: Recommendation) =>
  rec.phases.map((p) => ({ p, a: answers.phases[p.phase]! }));

const reversed = { ...catalogue, instruments: [...catalogue.instruments].reverse() };

describe('recommendInstruments properties', () => {
  it('is deterministic: the same input gives the same output, whatever the catalogue order', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        const rec = recommendInstruments(answers, catalogue);
        expect(recommendInstruments(structuredClone(answers), catalogue)).toEqual(rec);
        expect(recommendInstruments(answers, reversed)).toEqual(rec);
      }),
    );
  });

  it('never ranks or mixes (except as informing feedback step) an instrument for a level it cannot carry', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const { p: phase } of phasesOf(answers, recommendInstruments(answers, catalogue))) {
          const asked = answers.phases[phase.phase]!.level;
          if (asked === undefined) continue;
          // With the level above the room, advice is made for the room's level.
          const level = phase.levelAdvice?.advised ?? asked;
          for (const r of phase.ranking) expect(byId.get(r.instrumentId)!.levels).toContain(level);
          for (const m of phase.mix.items) {
            const levels = byId.get(m.instrumentId)!.levels;
            expect(m.why === 'terugkoppeling' ? levels.includes('informeren') : levels.includes(level)).toBe(true);
          }
        }
      }),
    );
  });

  it('levelAdvice is set exactly when the level is above the room, and nothing ranked needs more', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const { p, a } of phasesOf(answers, recommendInstruments(answers, catalogue))) {
          const above =
            a.geenParticipatie === undefined &&
            a.level !== undefined &&
            a.room !== undefined &&
            levelRank(a.level) > levelRank(ROOM_MAX_LEVEL[a.room]);
          expect(p.levelAdvice !== undefined).toBe(above);
          if (p.levelAdvice === undefined) continue;
          expect(p.levelAdvice).toEqual({ asked: a.level, advised: ROOM_MAX_LEVEL[a.room!], room: a.room });
          const advised = levelRank(p.levelAdvice.advised);
          for (const r of p.ranking) {
            const i = byId.get(r.instrumentId)!;
            expect(Math.min(...i.levels.map(levelRank)), r.instrumentId).toBeLessThanOrEqual(advised);
            expect(i.levels).toContain(p.levelAdvice.advised);
          }
        }
      }),
    );
  });

  it('feasibility matches budget and weeks, and infeasible items rank after all feasible ones', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const { p, a } of phasesOf(answers, recommendInstruments(answers, catalogue))) {
          for (const r of p.ranking) expect(r.feasible, r.instrumentId).toBe(feasible(byId.get(r.instrumentId)!, a));
          const firstInfeasible = p.ranking.findIndex((r) => !r.feasible);
          if (firstInfeasible >= 0) expect(p.ranking.slice(firstInfeasible).every((r) => !r.feasible)).toBe(true);
        }
      }),
    );
  });

  it('an infeasible instrument is never in a proposed mix, and the mix never starts with a score ≤ 0', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const { p, a } of phasesOf(answers, recommendInstruments(answers, catalogue))) {
          for (const m of p.mix.items) {
            expect(feasible(byId.get(m.instrumentId)!, a), m.instrumentId).toBe(true);
            if (m.why !== 'terugkoppeling')
              expect(p.ranking.find((r) => r.instrumentId === m.instrumentId)?.feasible).toBe(true);
            if (m.why === 'hoogste-score') expect(m.score, m.instrumentId).toBeGreaterThan(0);
          }
          // Nothing fits well: nothing is proposed, not even a companion.
          if (p.noGoodFit) expect(p.mix.items).toEqual([]);
        }
      }),
    );
  });

  it('ranks are shared by ties only: equal rank means equal score and feasibility, otherwise the position', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const { p } of phasesOf(answers, recommendInstruments(answers, catalogue))) {
          p.ranking.forEach((r, i) => {
            if (i === 0) return expect(r.rank).toBe(1);
            const prev = p.ranking[i - 1]!;
            if (r.rank === prev.rank) {
              expect(r.score).toBe(prev.score);
              expect(r.feasible).toBe(prev.feasible);
            } else {
              expect(r.rank).toBe(i + 1);
              // A new rank never means a better item further down.
              expect(r.feasible === prev.feasible ? r.score <= prev.score : prev.feasible).toBe(true);
            }
          });
        }
      }),
    );
  });

  it('noGoodFit and contradiction say what the ranking and the warnings say', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        const rec = recommendInstruments(answers, catalogue);
        for (const { p } of phasesOf(answers, rec)) {
          const best = p.ranking[0];
          if (!p.geenParticipatie) expect(p.noGoodFit).toBe(best === undefined || !best.feasible || best.score <= 0);
          expect(p.contradiction).toBe(rec.warnings.some((w) => w.phase === p.phase && w.severity === 'high'));
        }
      }),
    );
  });

  it('representatief-beeld without an instrument that draws a sample always warns, and with one never', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        const rec = recommendInstruments(answers, catalogue);
        for (const { p, a } of phasesOf(answers, rec)) {
          if (p.geenParticipatie || !a.goals.includes('representatief-beeld')) continue;
          const chosen = a.instruments.flatMap((id) => byId.get(id) ?? []);
          if (chosen.length === 0) continue;
          const warned = rec.warnings.some((w) => w.phase === p.phase && w.id === 'representatief-alleen-zelfselectie');
          expect(warned).toBe(!chosen.some((i) => drawsSample(i, a.werving)));
        }
      }),
    );
  });

  it('adding a specific group never loses coverage of a group already covered (unless nothing fits at all any more)', () => {
    // Coverage additions are taken for what they cover, whatever their score, so naming one more
    // group cannot push out the instrument that reached an earlier one. Only when the best
    // candidate no longer fits at all (noGoodFit) is there no mix to cover anything with.
    fc.assert(
      fc.property(phaseAnswers, fc.constantFrom(...PHASES), fc.constantFrom(...GROUPS), (raw, phase, extra) => {
        const before = TrajectAnswers.parse({ phases: { [phase]: raw } });
        const groups = before.phases[phase]!.groups;
        fc.pre(!groups.includes(extra));
        const after = TrajectAnswers.parse({ phases: { [phase]: { ...raw, groups: [...groups, extra] } } });
        const result = (a: TrajectAnswers) => recommendInstruments(a, catalogue).phases[0]!;
        const covered = (p: ReturnType<typeof result>) =>
          new Set(p.mix.items.flatMap((i) => i.covers).flatMap((t) => (t.kind === 'groep' ? [t.id] : [])));
        const now = result(after);
        fc.pre(!now.noGoodFit);
        const reached = new Set(
          now.mix.items.flatMap((i) => GROUPS.filter((g) => byId.get(i.instrumentId)!.inclusivity[g] === 2)),
        );
        for (const g of covered(result(before))) expect(reached.has(g), g).toBe(true);
      }),
    );
  });
});

describe('warning texts and severities', () => {
  const textOk = (text: string) => {
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|\[object|NaN/);
  };

  it('every warning id has a severity, a Dutch text and a formal text', () => {
    const all = [...WARNING_IDS].sort();
    expect(Object.keys(WARNING_SEVERITY).sort()).toEqual(all);
    expect(Object.keys(warningTexts).sort()).toEqual(all);
    expect(Object.keys(warningFormal).sort()).toEqual(all);
    // Each id with every optional field filled in, as the richest warnings carry them.
    for (const id of WARNING_IDS) {
      const w: Warning = {
        id,
        severity: WARNING_SEVERITY[id],
        phase: 'beleidsvoorbereiding',
        field: 'instruments',
        instrumentIds: ['burgerberaad', 'enquete'],
        groups: ['jongeren', 'afhakers'],
        exclusions: [{ criterion: 'niveau', answer: 'meebeslissen' }],
        goals: ['besluit-nemen'],
        infeasible: [
          { criterion: 'budget', answer: 20_000, needed: 100_000 },
          { criterion: 'tijd', answer: 4, needed: 20 },
        ],
      };
      expect(['high', 'medium'], id).toContain(WARNING_SEVERITY[id]);
      textOk(describeWarning(w, names));
      textOk(warningFormal[id](w, names));
    }
  });

  it('the severities the model fixes', () => {
    const expected: Partial<Record<WarningId, 'high' | 'medium'>> = {
      'gekozen-instrument-niet-haalbaar': 'high',
      'gekozen-instrument-past-niet': 'high',
      'ondersteunend-instrument': 'medium',
      'referendum-geen-ja-nee-vraag': 'medium',
      'niveau-hoger-dan-ruimte': 'high',
      'ruimte-geen-maar-invloed': 'high',
    };
    for (const [id, severity] of Object.entries(expected)) expect(WARNING_SEVERITY[id as WarningId], id).toBe(severity);
  });

  it('every warning the engine raises carries its severity and reads well in both registers', () => {
    fc.assert(
      fc.property(traject, (answers) => {
        for (const w of recommendInstruments(answers, catalogue).warnings) {
          expect(w.severity, w.id).toBe(WARNING_SEVERITY[w.id]);
          textOk(describeWarning(w));
          textOk(describeWarning(w, names));
          textOk(warningFormal[w.id](w, names));
        }
      }),
    );
  });
});
