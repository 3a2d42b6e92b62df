import { describe, expect, it } from 'vitest';
import {
  TrajectAnswers,
  type PhaseAnswersInput,
  type WarningId,
  WARNING_SEVERITY,
  catalogue,
  recommendInstruments,
} from '../../../shared/participatie/index';
import { answersFor } from './fixtures';

const warningsFor = (answers: PhaseAnswersInput, phase: Parameters<typeof answersFor>[0] = 'beleidsvoorbereiding') =>
  recommendInstruments(answersFor(phase, answers), catalogue).warnings;
const ids = (answers: PhaseAnswersInput, phase?: Parameters<typeof answersFor>[0]) =>
  warningsFor(answers, phase).map((w) => w.id);

/**
 * A sound baseline: goals first, a level within the room, a mix with feedback that reaches the
 * named group, and the raad setting the frame before participation starts.
 */
const sound: PhaseAnswersInput = {
  goals: ['ideeen-ontwikkelen'],
  room: 'substantieel',
  level: 'adviseren',
  groups: ['ouderen'],
  instruments: ['wijkgesprek'],
  councilRoles: ['kaderstellend'],
};

describe('warnings', () => {
  it('the sound baseline raises none', () => {
    expect(warningsFor(sound)).toEqual([]);
  });

  it.each<[WarningId, PhaseAnswersInput, PhaseAnswersInput]>([
    ['ruimte-geen-maar-invloed', { room: 'geen', level: 'raadplegen' }, { room: 'geen', level: 'informeren' }],
    ['niveau-hoger-dan-ruimte', { room: 'beperkt', level: 'meebeslissen' }, { room: 'beperkt', level: 'adviseren' }],
    [
      'besluit-zonder-raadsmoment',
      { goals: ['besluit-nemen'] },
      { goals: ['besluit-nemen'], councilDecisionMoment: true },
    ],
    [
      'instrumenten-voor-doelen',
      { instruments: ['wijkgesprek'] },
      { goals: ['kennis-ophalen'], instruments: ['wijkgesprek'] },
    ],
    [
      'geen-terugkoppeling',
      { goals: ['kennis-ophalen'], instruments: ['enquete', 'focusgroep'] },
      { goals: ['kennis-ophalen'], instruments: ['enquete', 'informatiebijeenkomst'] },
    ],
    [
      'representatief-alleen-zelfselectie',
      { goals: ['representatief-beeld'], instruments: ['online-forum', 'focusgroep'] },
      { goals: ['representatief-beeld'], instruments: ['online-forum', 'steekproefonderzoek'] },
    ],
    [
      // A burgerpanel can be drawn or open: without the werving it does not count as a sample.
      'representatief-alleen-zelfselectie',
      { goals: ['representatief-beeld'], instruments: ['online-forum', 'burgerpanel'] },
      {
        goals: ['representatief-beeld'],
        instruments: ['online-forum', 'burgerpanel'],
        werving: { burgerpanel: 'steekproef' },
      },
    ],
    [
      'representatief-alleen-zelfselectie',
      { goals: ['representatief-beeld'], instruments: ['burgerpanel'], werving: { burgerpanel: 'open' } },
      { goals: ['representatief-beeld'], instruments: ['burgerpanel'], werving: { burgerpanel: 'steekproef' } },
    ],
    [
      // The enquete is an open vragenlijst now: it never gives a representative picture on its own.
      'representatief-alleen-zelfselectie',
      { goals: ['representatief-beeld'], instruments: ['enquete'] },
      { goals: ['representatief-beeld'], instruments: ['enquete', 'steekproefonderzoek'] },
    ],
    [
      'groepen-niet-bereikt',
      { goals: ['kennis-ophalen'], groups: ['laaggeletterden'], instruments: ['enquete'] },
      { goals: ['kennis-ophalen'], groups: ['laaggeletterden'], instruments: ['enquete', 'ophaalgesprekken'] },
    ],
    [
      'onbekend-instrument',
      { goals: ['kennis-ophalen'], instruments: ['loterij'] },
      { goals: ['kennis-ophalen'], instruments: ['enquete'] },
    ],
    [
      // Spreekrecht belongs to the raad's decision meeting, not to the preparation.
      'gekozen-instrument-past-niet',
      { goals: ['kennis-ophalen'], level: 'raadplegen', instruments: ['spreekrecht'] },
      { goals: ['kennis-ophalen'], level: 'raadplegen', instruments: ['enquete'] },
    ],
    [
      // A higher-rung instrument cannot be used at a lower promise: residents would expect to decide.
      'gekozen-instrument-past-niet',
      { goals: ['prioriteren'], mandate: true, level: 'raadplegen', instruments: ['burgerbegroting'] },
      {
        goals: ['prioriteren'],
        mandate: true,
        level: 'coproduceren',
        room: 'substantieel',
        instruments: ['burgerbegroting'],
      },
    ],
    [
      'budgetmandaat-ontbreekt',
      { goals: ['prioriteren'], instruments: ['burgerbegroting'] },
      { goals: ['prioriteren'], mandate: true, instruments: ['burgerbegroting'] },
    ],
  ])('%s: triggered, and not triggered once the answer is fixed', (id, triggering, fixed) => {
    const hits = warningsFor(triggering).filter((w) => w.id === id);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.phase).toBe('beleidsvoorbereiding');
    expect(hits[0]!.severity).toBe(WARNING_SEVERITY[id]);
    expect(ids(fixed)).not.toContain(id);
  });

  it('referendum-geen-ja-nee-vraag: a point of attention (medium) unless the question is confirmed yes/no', () => {
    const referendum = (vraagIsJaNee?: boolean) =>
      warningsFor(
        {
          goals: ['besluit-nemen'],
          councilDecisionMoment: true,
          mandate: true,
          level: 'meebeslissen',
          room: 'substantieel',
          instruments: ['referendum'],
          ...(vraagIsJaNee === undefined ? {} : { vraagIsJaNee }),
        },
        'besluitvorming',
      ).filter((w) => w.id === 'referendum-geen-ja-nee-vraag');
    expect(referendum(false)).toEqual([
      {
        id: 'referendum-geen-ja-nee-vraag',
        severity: 'medium',
        phase: 'besluitvorming',
        field: 'vraagIsJaNee',
        instrumentIds: ['referendum'],
      },
    ]);
    expect(referendum(undefined)).toHaveLength(1);
    expect(referendum(true)).toEqual([]);
  });

  it('geen-participatie-zonder-reden: a motivering is required', () => {
    expect(ids({ geenParticipatie: { reden: '  ' } })).toEqual(['geen-participatie-zonder-reden']);
    expect(ids({ geenParticipatie: { reden: 'De wet laat geen keuze.' } })).toEqual([]);
  });

  it('points each warning at the answer field that caused it', () => {
    const w = warningsFor({ room: 'geen', level: 'adviseren', groups: ['afhakers'], instruments: ['focusgroep'] });
    expect(w.map((x) => [x.id, x.field])).toEqual(
      expect.arrayContaining([
        ['ruimte-geen-maar-invloed', 'level'],
        ['instrumenten-voor-doelen', 'goals'],
        ['gekozen-instrument-past-niet', 'instruments'],
        ['groepen-niet-bereikt', 'groups'],
        ['geen-terugkoppeling', 'instruments'],
        ['geen-kaderstelling-vooraf', 'councilRoles'],
      ]),
    );
    expect(w.find((x) => x.id === 'groepen-niet-bereikt')!.groups).toEqual(['afhakers']);
    // With no room the advice is for informeren: a consulting focusgroep does not fit it or the room.
    expect(w.find((x) => x.id === 'gekozen-instrument-past-niet')).toMatchObject({
      instrumentIds: ['focusgroep'],
      exclusions: [
        { criterion: 'niveau', answer: 'informeren' },
        { criterion: 'ruimte', answer: 'geen' },
      ],
    });
  });

  it('does not flag an informing instrument chosen in a phase with a higher level', () => {
    expect(
      ids({
        goals: ['prioriteren'],
        mandate: true,
        level: 'meebeslissen',
        room: 'substantieel',
        councilRoles: ['kaderstellend'],
        instruments: ['burgerbegroting', 'nieuwsbrief-projectwebsite'],
      }),
    ).toEqual([]);
  });
});

describe('traject-wide warnings', () => {
  const geen = { geenParticipatie: { reden: 'Het probleem en de opties liggen vast in het coalitieakkoord.' } };
  // Participation without a chosen mix yet, so only the traject-wide rule can speak. The raad sets
  // the frame in the phase itself, as a sound traject has it.
  const later: PhaseAnswersInput = {
    goals: ['kennis-ophalen'],
    room: 'substantieel',
    level: 'raadplegen',
    councilRoles: ['kaderstellend'],
  };
  // The evaluation a sound traject plans once a decision or its execution has participation.
  const evaluatie: PhaseAnswersInput = {
    goals: ['kennis-ophalen'],
    room: 'beperkt',
    level: 'raadplegen',
    councilRoles: ['controlerend'],
  };
  const traject = (phases: Record<string, PhaseAnswersInput>) =>
    recommendInstruments(TrajectAnswers.parse({ phases }), catalogue).warnings;

  it('pas-laat-betrokken: inwoners only after both early phases were answered without participation', () => {
    const warnings = traject({ agendering: geen, beleidsvoorbereiding: geen, besluitvorming: later, evaluatie });
    expect(warnings).toEqual([
      { id: 'pas-laat-betrokken', severity: 'medium', phase: 'beleidsvoorbereiding', field: 'geenParticipatie' },
    ]);
    expect(
      traject({ agendering: geen, beleidsvoorbereiding: geen, uitvoering: later, evaluatie }).map((w) => w.id),
    ).toEqual(['pas-laat-betrokken']);
  });

  it('pas-laat-betrokken: not when an early phase has participation, is still open, or nothing follows', () => {
    expect(traject({ agendering: sound, beleidsvoorbereiding: geen, besluitvorming: later, evaluatie })).toEqual([]);
    // Not answered yet: the user may still plan participation there.
    expect(traject({ agendering: geen, besluitvorming: later, evaluatie })).toEqual([]);
    // No participation at all is a choice per phase, each with its own reason.
    expect(traject({ agendering: geen, beleidsvoorbereiding: geen, besluitvorming: geen })).toEqual([]);
  });

  it('keeps all warnings in policy order, traject-wide ones at their phase', () => {
    const warnings = traject({
      agendering: { geenParticipatie: { reden: '' } },
      beleidsvoorbereiding: geen,
      besluitvorming: { room: 'geen', level: 'adviseren', councilRoles: ['kaderstellend'] },
      evaluatie,
    });
    expect(warnings.map((w) => [w.phase, w.id])).toEqual([
      ['agendering', 'geen-participatie-zonder-reden'],
      ['beleidsvoorbereiding', 'pas-laat-betrokken'],
      ['besluitvorming', 'ruimte-geen-maar-invloed'],
    ]);
  });

  it('keeps the new traject-wide warnings in policy order too, after the phase warnings of earlier phases', () => {
    // Starts at besluitvorming without a frame and without an evaluation; the uitvoering phase has its own problem.
    const warnings = traject({
      besluitvorming: { goals: ['kennis-ophalen'], room: 'substantieel', level: 'raadplegen' },
      uitvoering: { geenParticipatie: { reden: '' } },
    });
    expect(warnings.map((w) => [w.phase, w.id])).toEqual([
      ['besluitvorming', 'start-bij-besluitvorming'],
      ['besluitvorming', 'geen-kaderstelling-vooraf'],
      ['uitvoering', 'geen-participatie-zonder-reden'],
      ['uitvoering', 'geen-evaluatie'],
    ]);
  });
});
