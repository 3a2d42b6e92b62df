import { describe, expect, it } from 'vitest';
import {
  TrajectAnswers,
  type PhaseAnswersInput,
  type WarningId,
  catalogue,
  recommendInstruments,
} from '../../../shared/participatie/index';
import { answersFor } from './fixtures';

const warningsFor = (answers: PhaseAnswersInput, phase: Parameters<typeof answersFor>[0] = 'beleidsvoorbereiding') =>
  recommendInstruments(answersFor(phase, answers), catalogue).warnings;
const ids = (answers: PhaseAnswersInput, phase?: Parameters<typeof answersFor>[0]) =>
  warningsFor(answers, phase).map((w) => w.id);

/** A sound baseline: goals first, a level within the room, a mix with feedback that reaches the named group. */
const sound: PhaseAnswersInput = {
  goals: ['ideeen-ontwikkelen'],
  room: 'substantieel',
  level: 'adviseren',
  groups: ['ouderen'],
  instruments: ['wijkgesprek'],
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
      { goals: ['representatief-beeld'], instruments: ['online-forum', 'burgerpanel'] },
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
      'gekozen-instrument-past-niet',
      { goals: ['kennis-ophalen'], level: 'coproduceren', instruments: ['enquete'] },
      { goals: ['kennis-ophalen'], level: 'raadplegen', instruments: ['enquete'] },
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
    expect(ids(fixed)).not.toContain(id);
  });

  it('referendum-geen-ja-nee-vraag: fires unless the question is confirmed yes/no', () => {
    const referendum = (vraagIsJaNee?: boolean) =>
      ids(
        {
          goals: ['besluit-nemen'],
          councilDecisionMoment: true,
          level: 'meebeslissen',
          room: 'substantieel',
          instruments: ['referendum'],
          ...(vraagIsJaNee === undefined ? {} : { vraagIsJaNee }),
        },
        'besluitvorming',
      );
    expect(referendum(false)).toContain('referendum-geen-ja-nee-vraag');
    expect(referendum(undefined)).toContain('referendum-geen-ja-nee-vraag');
    expect(referendum(true)).not.toContain('referendum-geen-ja-nee-vraag');
  });

  it('geen-participatie-zonder-reden: a motivering is required', () => {
    expect(ids({ geenParticipatie: { reden: '  ' } })).toEqual(['geen-participatie-zonder-reden']);
    expect(ids({ geenParticipatie: { reden: 'De wet laat geen keuze.' } })).toEqual([]);
  });

  it('points each warning at the answer field that caused it', () => {
    const w = warningsFor({ room: 'geen', level: 'adviseren', groups: ['jongeren'], instruments: ['inspraakavond'] });
    expect(w.map((x) => [x.id, x.field])).toEqual(
      expect.arrayContaining([
        ['ruimte-geen-maar-invloed', 'level'],
        ['instrumenten-voor-doelen', 'goals'],
        ['groepen-niet-bereikt', 'groups'],
        ['geen-terugkoppeling', 'instruments'],
      ]),
    );
    expect(w.find((x) => x.id === 'groepen-niet-bereikt')!.groups).toEqual(['jongeren']);
  });

  it('does not flag an informing instrument chosen in a phase with a higher level', () => {
    expect(
      ids({
        goals: ['prioriteren'],
        mandate: true,
        level: 'meebeslissen',
        room: 'substantieel',
        instruments: ['burgerbegroting', 'nieuwsbrief-projectwebsite'],
      }),
    ).toEqual([]);
  });
});

describe('traject-wide warnings', () => {
  const geen = { geenParticipatie: { reden: 'Het probleem en de opties liggen vast in het coalitieakkoord.' } };
  // Participation without a chosen mix yet, so only the traject-wide rule can speak.
  const later: PhaseAnswersInput = { goals: ['kennis-ophalen'], room: 'substantieel', level: 'raadplegen' };
  const traject = (phases: Record<string, PhaseAnswersInput>) =>
    recommendInstruments(TrajectAnswers.parse({ phases }), catalogue).warnings;

  it('pas-laat-betrokken: inwoners only after both early phases were answered without participation', () => {
    const warnings = traject({ agendering: geen, beleidsvoorbereiding: geen, besluitvorming: later });
    expect(warnings).toEqual([
      { id: 'pas-laat-betrokken', severity: 'middel', phase: 'beleidsvoorbereiding', field: 'geenParticipatie' },
    ]);
    expect(traject({ agendering: geen, beleidsvoorbereiding: geen, uitvoering: later }).map((w) => w.id)).toEqual([
      'pas-laat-betrokken',
    ]);
  });

  it('pas-laat-betrokken: not when an early phase has participation, is still open, or nothing follows', () => {
    expect(traject({ agendering: sound, beleidsvoorbereiding: geen, besluitvorming: later })).toEqual([]);
    // Not answered yet: the user may still plan participation there.
    expect(traject({ agendering: geen, besluitvorming: later })).toEqual([]);
    // No participation at all is a choice per phase, each with its own reason.
    expect(traject({ agendering: geen, beleidsvoorbereiding: geen, besluitvorming: geen })).toEqual([]);
  });

  it('keeps all warnings in policy order, traject-wide ones at their phase', () => {
    const warnings = traject({
      agendering: { geenParticipatie: { reden: '' } },
      beleidsvoorbereiding: geen,
      besluitvorming: { room: 'geen', level: 'adviseren' },
    });
    expect(warnings.map((w) => [w.phase, w.id])).toEqual([
      ['agendering', 'geen-participatie-zonder-reden'],
      ['beleidsvoorbereiding', 'pas-laat-betrokken'],
      ['besluitvorming', 'ruimte-geen-maar-invloed'],
    ]);
  });
});
