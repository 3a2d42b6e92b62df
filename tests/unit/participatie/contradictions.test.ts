import { describe, expect, it } from 'vitest';
import {
  type PhaseAnswersInput,
  WARNING_SEVERITY,
  type Warning,
  type WarningId,
  catalogue,
  describeWarning,
  instrumentNames,
  recommendInstruments,
} from '../../../shared/participatie/index';
import { trajectFor } from './fixtures';

/**
 * Model 2.0's contradiction checks. Each input is built to violate exactly one rule in an
 * otherwise sound traject (the raad sets the frame, an evaluation is planned where needed), so
 * the assertion can be on the whole warning list: the violation gives that one warning, the fix
 * gives none.
 */

type Phases = Parameters<typeof trajectFor>[0];
const run = (phases: Phases) => recommendInstruments(trajectFor(phases), catalogue);
const warningsOf = (phases: Phases) => run(phases).warnings;
const idsOf = (phases: Phases) => warningsOf(phases).map((w) => w.id);

const frame = { councilRoles: ['kaderstellend'] } satisfies PhaseAnswersInput;
/** A sound evaluation phase. */
const evaluationPhase: PhaseAnswersInput = {
  goals: ['kennis-ophalen'],
  room: 'beperkt',
  level: 'raadplegen',
  councilRoles: ['controlerend'],
};
/** Residents decide on a budget within frames, in the preparation. */
const codecidingPhase: PhaseAnswersInput = {
  ...frame,
  goals: ['prioriteren'],
  room: 'substantieel',
  level: 'meebeslissen',
};

/** The only warning the violating input raises, and that it is gone once fixed. */
function expectOnly(id: WarningId, violating: Phases, fixed: Phases): Warning {
  const warnings = warningsOf(violating);
  expect(warnings.map((w) => w.id)).toEqual([id]);
  expect(warnings[0]!.severity).toBe(WARNING_SEVERITY[id]);
  expect(idsOf(fixed)).toEqual([]);
  return warnings[0]!;
}

describe('meebeslissen-zonder-mandaat', () => {
  it('fires (hoog) when residents decide and nobody is bound to follow them', () => {
    const w = expectOnly(
      'meebeslissen-zonder-mandaat',
      { beleidsvoorbereiding: codecidingPhase },
      { beleidsvoorbereiding: { ...codecidingPhase, mandate: true } },
    );
    expect(w).toEqual({
      id: 'meebeslissen-zonder-mandaat',
      severity: 'high',
      phase: 'beleidsvoorbereiding',
      field: 'mandate',
    });
    expect(run({ beleidsvoorbereiding: codecidingPhase }).phases[0]!.contradiction).toBe(true);
  });

  it('a prior commitment of the deciding body also makes the promise honest', () => {
    expect(idsOf({ beleidsvoorbereiding: { ...codecidingPhase, priorCommitment: true } })).toEqual([]);
    expect(idsOf({ beleidsvoorbereiding: { ...codecidingPhase, mandate: false, priorCommitment: false } })).toEqual([
      'meebeslissen-zonder-mandaat',
    ]);
  });

  it('also at zelfbeheer, and not below meebeslissen', () => {
    expect(idsOf({ beleidsvoorbereiding: { ...codecidingPhase, level: 'zelfbeheer' } })).toContain(
      'meebeslissen-zonder-mandaat',
    );
    expect(idsOf({ beleidsvoorbereiding: { ...codecidingPhase, level: 'coproduceren' } })).toEqual([]);
  });

  it('not when the level is above the room: that root problem is named instead', () => {
    expect(idsOf({ beleidsvoorbereiding: { ...codecidingPhase, room: 'beperkt' } })).toEqual([
      'niveau-hoger-dan-ruimte',
    ]);
  });
});

describe('mandaat-niet-doorgetrokken', () => {
  const decisionPhase: PhaseAnswersInput = { goals: ['prioriteren'], room: 'substantieel', level: 'meebeslissen' };

  it('fires (hoog) where residents decide without the mandate that was given in another phase', () => {
    const w = expectOnly(
      'mandaat-niet-doorgetrokken',
      {
        beleidsvoorbereiding: { ...codecidingPhase, mandate: true },
        besluitvorming: decisionPhase,
        evaluatie: evaluationPhase,
      },
      {
        beleidsvoorbereiding: { ...codecidingPhase, mandate: true },
        besluitvorming: { ...decisionPhase, mandate: true },
        evaluatie: evaluationPhase,
      },
    );
    expect(w).toMatchObject({ phase: 'besluitvorming', field: 'mandate', severity: 'high' });
  });

  it('is fixed by a prior commitment in that phase too, and is the plain warning without any mandate', () => {
    expect(
      idsOf({
        beleidsvoorbereiding: { ...codecidingPhase, mandate: true },
        besluitvorming: { ...decisionPhase, priorCommitment: true },
        evaluatie: evaluationPhase,
      }),
    ).toEqual([]);
    expect(
      idsOf({
        beleidsvoorbereiding: { ...codecidingPhase, priorCommitment: true },
        besluitvorming: decisionPhase,
        evaluatie: evaluationPhase,
      }),
    ).toEqual(['meebeslissen-zonder-mandaat']);
  });
});

describe('doel-past-niet-bij-niveau', () => {
  const advisingPhase: PhaseAnswersInput = {
    ...frame,
    goals: ['besluit-nemen'],
    councilDecisionMoment: true,
    room: 'substantieel',
    level: 'adviseren',
  };

  it('fires when residents are to take a decision at an advisory rung', () => {
    const w = expectOnly(
      'doel-past-niet-bij-niveau',
      { beleidsvoorbereiding: advisingPhase },
      { beleidsvoorbereiding: { ...advisingPhase, level: 'meebeslissen', mandate: true } },
    );
    expect(w).toMatchObject({ field: 'goals', goals: ['besluit-nemen'], severity: 'medium' });
  });

  it('fires when knowledge or ideas are to be gathered while only informing', () => {
    const informingPhase: PhaseAnswersInput = {
      ...frame,
      goals: ['kennis-ophalen', 'ideeen-ontwikkelen', 'informeren-uitleggen'],
      room: 'beperkt',
      level: 'informeren',
    };
    const w = expectOnly(
      'doel-past-niet-bij-niveau',
      { beleidsvoorbereiding: informingPhase },
      { beleidsvoorbereiding: { ...informingPhase, level: 'raadplegen' } },
    );
    expect(w.goals).toEqual(['kennis-ophalen', 'ideeen-ontwikkelen']);
  });

  it('stays quiet when the level is above the room: that warning names the root problem once', () => {
    const w = warningsOf({
      beleidsvoorbereiding: { ...frame, goals: ['kennis-ophalen'], room: 'geen', level: 'raadplegen' },
    });
    expect(w.map((x) => x.id)).toEqual(['ruimte-geen-maar-invloed']);
  });
});

describe('representatief-met-actieve-inwoners', () => {
  const repr: PhaseAnswersInput = {
    ...frame,
    goals: ['representatief-beeld'],
    room: 'beperkt',
    level: 'raadplegen',
    reach: ['actieve-inwoners'],
  };

  it('fires when a representative picture is sought from people who volunteer', () => {
    const w = expectOnly(
      'representatief-met-actieve-inwoners',
      { beleidsvoorbereiding: repr },
      { beleidsvoorbereiding: { ...repr, reach: ['alle-inwoners'] } },
    );
    expect(w).toMatchObject({ field: 'reach', severity: 'medium' });
  });

  it('not when all residents are part of the reach, or the goal is not a representative picture', () => {
    expect(idsOf({ beleidsvoorbereiding: { ...repr, reach: ['actieve-inwoners', 'alle-inwoners'] } })).toEqual([]);
    expect(idsOf({ beleidsvoorbereiding: { ...repr, goals: ['kennis-ophalen'] } })).toEqual([]);
  });
});

describe('specifieke-groepen-zonder-groepen', () => {
  it('fires when specific groups are the reach but none is named', () => {
    const a: PhaseAnswersInput = {
      ...frame,
      goals: ['kennis-ophalen'],
      room: 'beperkt',
      level: 'raadplegen',
      reach: ['specifieke-groepen'],
    };
    const w = expectOnly(
      'specifieke-groepen-zonder-groepen',
      { beleidsvoorbereiding: a },
      { beleidsvoorbereiding: { ...a, groups: ['jongeren', 'laaggeletterden'] } },
    );
    expect(w).toMatchObject({ field: 'groups', severity: 'medium' });
  });
});

describe('geen-kaderstelling-vooraf', () => {
  const content: PhaseAnswersInput = { goals: ['kennis-ophalen'], room: 'beperkt', level: 'raadplegen' };

  it('fires at the first phase with participation and content when the raad sets no frame up to it', () => {
    const w = expectOnly(
      'geen-kaderstelling-vooraf',
      { beleidsvoorbereiding: content },
      { beleidsvoorbereiding: { ...content, ...frame } },
    );
    expect(w).toEqual({
      id: 'geen-kaderstelling-vooraf',
      severity: 'medium',
      phase: 'beleidsvoorbereiding',
      field: 'councilRoles',
    });
  });

  it('a frame set in an earlier phase counts, also one without participation', () => {
    expect(
      idsOf({
        agendering: { geenParticipatie: { reden: 'Het probleem is wettelijk gegeven.' }, ...frame },
        beleidsvoorbereiding: content,
      }),
    ).toEqual([]);
  });

  it('a frame set only after participation started does not count', () => {
    const w = warningsOf({
      beleidsvoorbereiding: content,
      besluitvorming: { ...frame, goals: ['kennis-ophalen'] },
      evaluatie: evaluationPhase,
    });
    expect(w.map((x) => [x.phase, x.id])).toEqual([['beleidsvoorbereiding', 'geen-kaderstelling-vooraf']]);
  });

  it('skips phases without content: a draft with only a goal says nothing yet', () => {
    expect(idsOf({ beleidsvoorbereiding: { goals: ['kennis-ophalen'] } })).toEqual([]);
    const w = warningsOf({ agendering: { goals: ['kennis-ophalen'] }, beleidsvoorbereiding: content });
    expect(w.map((x) => [x.phase, x.id])).toEqual([['beleidsvoorbereiding', 'geen-kaderstelling-vooraf']]);
    // The frame may be set in that earlier, still empty phase.
    expect(idsOf({ agendering: { goals: ['kennis-ophalen'], ...frame }, beleidsvoorbereiding: content })).toEqual([]);
  });

  it('chosen instruments are content too', () => {
    expect(idsOf({ beleidsvoorbereiding: { goals: ['kennis-ophalen'], instruments: ['wijkgesprek'] } })).toEqual([
      'geen-kaderstelling-vooraf',
    ]);
  });
});

describe('start-bij-besluitvorming', () => {
  const decisionPhase: PhaseAnswersInput = {
    ...frame,
    goals: ['kennis-ophalen'],
    room: 'beperkt',
    level: 'raadplegen',
  };

  it('fires (middel) when the traject starts at the decision, and not once an earlier phase is answered', () => {
    const w = expectOnly(
      'start-bij-besluitvorming',
      { besluitvorming: decisionPhase, evaluatie: evaluationPhase },
      { beleidsvoorbereiding: decisionPhase, besluitvorming: decisionPhase, evaluatie: evaluationPhase },
    );
    expect(w).toMatchObject({ phase: 'besluitvorming', severity: 'medium' });
    // A written-down "no participation" in an earlier phase is an answer too.
    expect(
      idsOf({
        agendering: { geenParticipatie: { reden: 'Vastgelegd in de wet.' } },
        besluitvorming: decisionPhase,
        evaluatie: evaluationPhase,
      }),
    ).toEqual([]);
  });

  it.each(['uitdaagrecht', 'burgerinitiatief', 'petitie'])('not when residents started it themselves (%s)', (id) => {
    const ids = idsOf({ besluitvorming: { ...decisionPhase, instruments: [id] }, evaluatie: evaluationPhase });
    expect(ids).not.toContain('start-bij-besluitvorming');
    // The same traject without it does get the question.
    expect(
      idsOf({ besluitvorming: { ...decisionPhase, instruments: ['inspraakavond'] }, evaluatie: evaluationPhase }),
    ).toContain('start-bij-besluitvorming');
  });
});

describe('ondersteunend-instrument versus gekozen-instrument-past-niet', () => {
  const advisingPhase: PhaseAnswersInput = {
    ...frame,
    goals: ['kennis-ophalen'],
    room: 'substantieel',
    level: 'adviseren',
  };
  const phaseIds = (a: PhaseAnswersInput, phase: 'beleidsvoorbereiding' | 'besluitvorming' = 'beleidsvoorbereiding') =>
    idsOf({
      [phase]: a,
      ...(phase === 'besluitvorming' ? { beleidsvoorbereiding: advisingPhase, evaluatie: evaluationPhase } : {}),
    }).filter((id) => id === 'ondersteunend-instrument' || id === 'gekozen-instrument-past-niet');

  it('a lower-rung instrument supporting a higher-level phase is noted (middel), not flagged as a misfit', () => {
    const r = run({ beleidsvoorbereiding: { ...advisingPhase, instruments: ['wijkgesprek', 'expertmeeting'] } });
    expect(r.warnings).toEqual([
      {
        id: 'ondersteunend-instrument',
        severity: 'medium',
        phase: 'beleidsvoorbereiding',
        field: 'instruments',
        instrumentIds: ['expertmeeting'],
      },
    ]);
    expect(r.phases[0]!.contradiction).toBe(false);
    expect(phaseIds({ ...advisingPhase, level: 'coproduceren', instruments: ['enquete'] })).toEqual([
      'ondersteunend-instrument',
    ]);
    // At its own level nothing is noted.
    expect(phaseIds({ ...advisingPhase, level: 'raadplegen', instruments: ['expertmeeting'] })).toEqual([]);
  });

  it('a higher-rung instrument at a lower level does not fit (hoog)', () => {
    const r = run({
      beleidsvoorbereiding: { ...advisingPhase, level: 'raadplegen', mandate: true, instruments: ['burgerbegroting'] },
    });
    expect(r.warnings.filter((w) => w.id === 'gekozen-instrument-past-niet')).toEqual([
      {
        id: 'gekozen-instrument-past-niet',
        severity: 'high',
        phase: 'beleidsvoorbereiding',
        field: 'instruments',
        instrumentIds: ['burgerbegroting'],
        exclusions: [{ criterion: 'niveau', answer: 'raadplegen' }],
      },
    ]);
    expect(r.warnings.map((w) => w.id)).not.toContain('ondersteunend-instrument');
    expect(r.phases[0]!.contradiction).toBe(true);
  });

  it('a lower-rung instrument that also misses the phase does not fit', () => {
    // The expertmeeting has no place in the decision phase, whatever its rung.
    const w = warningsOf({
      beleidsvoorbereiding: advisingPhase,
      besluitvorming: { ...advisingPhase, instruments: ['expertmeeting'] },
      evaluatie: evaluationPhase,
    });
    expect(w.filter((x) => x.id === 'gekozen-instrument-past-niet')).toMatchObject([
      {
        phase: 'besluitvorming',
        instrumentIds: ['expertmeeting'],
        exclusions: [
          { criterion: 'fase', answer: 'besluitvorming' },
          { criterion: 'niveau', answer: 'adviseren' },
        ],
      },
    ]);
    expect(w.map((x) => x.id)).not.toContain('ondersteunend-instrument');
  });

  it('an informing instrument that reports back may accompany any level: neither warning', () => {
    expect(phaseIds({ ...advisingPhase, instruments: ['wijkgesprek', 'nieuwsbrief-projectwebsite'] })).toEqual([]);
  });
});

describe('geen-participatie-met-instrumenten', () => {
  it('fires when a phase without participation still lists instruments', () => {
    const noParticipation = { geenParticipatie: { reden: 'Alles ligt vast in de wet.' } };
    const w = expectOnly(
      'geen-participatie-met-instrumenten',
      { beleidsvoorbereiding: { ...noParticipation, instruments: ['enquete', 'focusgroep'] } },
      { beleidsvoorbereiding: noParticipation },
    );
    expect(w).toMatchObject({
      field: 'geenParticipatie',
      instrumentIds: ['enquete', 'focusgroep'],
      severity: 'medium',
    });
    // Without a reason both problems are named.
    expect(idsOf({ beleidsvoorbereiding: { geenParticipatie: { reden: '' }, instruments: ['enquete'] } })).toEqual([
      'geen-participatie-zonder-reden',
      'geen-participatie-met-instrumenten',
    ]);
  });
});

describe('geen-evaluatie', () => {
  const preparationPhase: PhaseAnswersInput = {
    ...frame,
    goals: ['kennis-ophalen'],
    room: 'substantieel',
    level: 'raadplegen',
  };
  const decisionPhase: PhaseAnswersInput = { goals: ['kennis-ophalen'], room: 'beperkt', level: 'raadplegen' };

  it('fires once a decision has participation and no evaluation phase is planned', () => {
    const w = expectOnly(
      'geen-evaluatie',
      { beleidsvoorbereiding: preparationPhase, besluitvorming: decisionPhase },
      { beleidsvoorbereiding: preparationPhase, besluitvorming: decisionPhase, evaluatie: evaluationPhase },
    );
    expect(w).toMatchObject({ phase: 'besluitvorming', severity: 'medium' });
  });

  it('is attached to the last answered phase', () => {
    const w = warningsOf({
      beleidsvoorbereiding: preparationPhase,
      besluitvorming: decisionPhase,
      uitvoering: { goals: ['betrokkenheid'], room: 'beperkt', level: 'informeren' },
    });
    expect(w.map((x) => [x.phase, x.id])).toEqual([['uitvoering', 'geen-evaluatie']]);
  });

  it('not when only the early phases have participation, or the later ones have none', () => {
    expect(idsOf({ agendering: preparationPhase, beleidsvoorbereiding: preparationPhase })).toEqual([]);
    const noParticipation = { geenParticipatie: { reden: 'Het college besluit zelf.' } };
    expect(
      idsOf({ beleidsvoorbereiding: preparationPhase, besluitvorming: noParticipation, uitvoering: noParticipation }),
    ).toEqual([]);
  });
});

describe('gekozen-instrument-niet-haalbaar', () => {
  const assemblyPhase: PhaseAnswersInput = {
    ...frame,
    goals: ['ideeen-ontwikkelen'],
    room: 'groot',
    level: 'adviseren',
    instruments: ['burgerberaad'],
  };

  it('fires (hoog) with what the phase lacks, and not once budget and time suffice', () => {
    const low = catalogue.instruments.find((i) => i.id === 'burgerberaad')!;
    const r = run({ beleidsvoorbereiding: { ...assemblyPhase, budget: 20_000, time: { weeks: 10 } } });
    const hits = r.warnings.filter((w) => w.id === 'gekozen-instrument-niet-haalbaar');
    expect(hits).toEqual([
      {
        id: 'gekozen-instrument-niet-haalbaar',
        severity: 'high',
        phase: 'beleidsvoorbereiding',
        field: 'instruments',
        instrumentIds: ['burgerberaad'],
        infeasible: [
          { criterion: 'budget', answer: 20_000, needed: low.costRange.low },
          { criterion: 'tijd', answer: 10, needed: low.minWeeks },
        ],
      },
    ]);
    expect(r.phases[0]!.contradiction).toBe(true);
    const text = describeWarning(hits[0]!, instrumentNames(catalogue));
    expect(text).toContain(low.name);
    expect(text).toMatch(/20\.000/);

    const enough = run({
      beleidsvoorbereiding: { ...assemblyPhase, budget: low.costRange.low, time: { weeks: low.minWeeks } },
    });
    expect(enough.warnings.map((w) => w.id)).not.toContain('gekozen-instrument-niet-haalbaar');
    expect(enough.phases[0]!.contradiction).toBe(false);
  });

  it('names only the limit that is short', () => {
    const { costRange, minWeeks } = catalogue.instruments.find((i) => i.id === 'burgerberaad')!;
    const r = run({
      beleidsvoorbereiding: { ...assemblyPhase, budget: costRange.high, time: { weeks: minWeeks - 1 } },
    });
    expect(r.warnings.find((w) => w.id === 'gekozen-instrument-niet-haalbaar')!.infeasible).toEqual([
      { criterion: 'tijd', answer: minWeeks - 1, needed: minWeeks },
    ]);
  });
});

describe('contradiction flag', () => {
  it('is set exactly on the phases that have a hoog warning', () => {
    const r = run({
      agendering: { ...frame, goals: ['kennis-ophalen'], room: 'geen', level: 'raadplegen' },
      beleidsvoorbereiding: {
        goals: ['kennis-ophalen'],
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['enquete'],
      },
    });
    expect(r.phases.map((p) => [p.phase, p.contradiction])).toEqual([
      ['agendering', true],
      ['beleidsvoorbereiding', false],
    ]);
  });
});
