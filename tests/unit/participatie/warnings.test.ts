import { describe, expect, it } from 'vitest';
import {
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
