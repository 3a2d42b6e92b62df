import { describe, expect, it } from 'vitest';
import { WEIGHTS, recommendInstruments } from '../../../shared/participatie/index';
import { incl } from '../../../shared/participatie/catalogus/bronnen';
import { answersFor, makeCatalogue, makeInstrument } from './fixtures';

/** Ranking and exclusions of one phase, for small hand-made catalogues. */
function phaseResult(
  catalogueInstruments: Parameters<typeof makeCatalogue>[0],
  answers: Parameters<typeof answersFor>[1],
  phase = 'agendering' as const,
) {
  const rec = recommendInstruments(answersFor(phase, answers), makeCatalogue(catalogueInstruments));
  return rec.phases[0]!;
}
const reasonOf = (ranking: ReturnType<typeof phaseResult>['ranking'], id: string, criterion: string) =>
  ranking.find((r) => r.instrumentId === id)!.reasons.filter((r) => r.criterion === criterion);

describe('hard exclusions', () => {
  it('excludes an instrument that does not support the phase, and says which phase', () => {
    const r = phaseResult([makeInstrument({ id: 'a', phases: ['uitvoering'] }), makeInstrument({ id: 'b' })], {});
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['b']);
    expect(r.excluded).toEqual([{ instrumentId: 'a', exclusions: [{ criterion: 'fase', answer: 'agendering' }] }]);
  });

  it('excludes an instrument that cannot carry the asked level (meebeslissen asked)', () => {
    const r = phaseResult(
      [
        makeInstrument({ id: 'enquete-achtig' }),
        makeInstrument({ id: 'begroting-achtig', levels: ['meebeslissen'], coreLevel: 'meebeslissen' }),
      ],
      { level: 'meebeslissen' },
    );
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['begroting-achtig']);
    expect(r.excluded[0]).toEqual({
      instrumentId: 'enquete-achtig',
      exclusions: [{ criterion: 'niveau', answer: 'meebeslissen' }],
    });
  });

  it('excludes instruments whose lowest level is above what the room allows', () => {
    const r = phaseResult(
      [
        makeInstrument({ id: 'info', levels: ['informeren'], coreLevel: 'informeren' }),
        makeInstrument({ id: 'beraad', levels: ['adviseren', 'coproduceren'], coreLevel: 'adviseren' }),
      ],
      { room: 'geen' },
    );
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['info']);
    expect(r.excluded[0]!.exclusions).toEqual([{ criterion: 'ruimte', answer: 'geen' }]);
  });

  it('excludes an instrument that needs a yes/no question when the question is not yes/no', () => {
    const needsYesNo = makeInstrument({ id: 'ref', requires: ['ja-nee-vraag'] });
    expect(phaseResult([needsYesNo], { vraagIsJaNee: false }).excluded[0]!.exclusions).toEqual([
      { criterion: 'ja-nee-vraag', answer: false },
    ]);
    expect(phaseResult([needsYesNo], { vraagIsJaNee: true }).ranking).toHaveLength(1);
  });
});

describe('scored criteria', () => {
  it('prefers the instrument built for the asked level over one that merely can carry it', () => {
    const r = phaseResult(
      [
        makeInstrument({ id: 'kan', levels: ['raadplegen', 'adviseren'], coreLevel: 'raadplegen' }),
        makeInstrument({ id: 'kern', levels: ['adviseren'], coreLevel: 'adviseren' }),
      ],
      { level: 'adviseren' },
    );
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['kern', 'kan']);
    expect(reasonOf(r.ranking, 'kern', 'niveau')[0]).toMatchObject({ effect: 'past', weight: WEIGHTS.levelCore });
    expect(reasonOf(r.ranking, 'kan', 'niveau')[0]).toMatchObject({
      effect: 'neutraal',
      weight: WEIGHTS.levelPossible,
    });
  });

  it('adds weight per goal served and subtracts per goal missed', () => {
    const r = phaseResult([makeInstrument({ id: 'x', goals: ['kennis-ophalen'] })], {
      goals: ['kennis-ophalen', 'prioriteren'],
    });
    expect(reasonOf(r.ranking, 'x', 'doel')).toEqual([
      { criterion: 'doel', answer: 'kennis-ophalen', effect: 'past', weight: WEIGHTS.goalServed },
      { criterion: 'doel', answer: 'prioriteren', effect: 'past-niet', weight: WEIGHTS.goalMissed },
    ]);
  });

  it('rewards a drawn sample and penalises open or targeted recruitment for representatief-beeld', () => {
    const r = phaseResult(
      [
        makeInstrument({ id: 'open', recruitment: ['open'] }),
        makeInstrument({ id: 'gericht', recruitment: ['gericht'] }),
        makeInstrument({ id: 'lot', recruitment: ['loting'] }),
      ],
      { goals: ['representatief-beeld'] },
    );
    expect(reasonOf(r.ranking, 'lot', 'representatief')[0]!.effect).toBe('past');
    expect(reasonOf(r.ranking, 'open', 'representatief')[0]!.effect).toBe('past-niet');
    expect(reasonOf(r.ranking, 'gericht', 'representatief')[0]!.effect).toBe('past-niet');
    expect(r.ranking[0]!.instrumentId).toBe('lot');
  });

  it('scores reach and each specific group by inclusivity (2 past, 1 neutraal, 0 past-niet)', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'x', reach: ['belanghebbenden'], inclusivity: incl(1, { jongeren: 2, ouderen: 0 }) })],
      { reach: 'alle-inwoners', groups: ['jongeren', 'ouderen', 'afhakers'] },
    );
    expect(reasonOf(r.ranking, 'x', 'bereik')[0]).toMatchObject({ effect: 'past-niet', weight: WEIGHTS.reachMisses });
    expect(reasonOf(r.ranking, 'x', 'groep').map((g) => [g.answer, g.effect])).toEqual([
      ['jongeren', 'past'],
      ['ouderen', 'past-niet'],
      ['afhakers', 'neutraal'],
    ]);
  });

  it('marks an instrument above the budget class as a poor fit, not an exclusion', () => {
    const r = phaseResult([makeInstrument({ id: 'duur', cost: 3 }), makeInstrument({ id: 'goedkoop', cost: 1 })], {
      budget: 4000,
    });
    expect(r.excluded).toEqual([]);
    expect(reasonOf(r.ranking, 'duur', 'budget')[0]).toMatchObject({ effect: 'past-niet', answer: 4000, value: 3 });
    expect(r.ranking[0]!.instrumentId).toBe('goedkoop');
  });

  it('penalises instruments that need more preparation weeks than available', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'traag', minWeeks: 20 }), makeInstrument({ id: 'snel', minWeeks: 2 })],
      { time: { weeks: 8 } },
    );
    expect(reasonOf(r.ranking, 'traag', 'tijd')[0]).toMatchObject({
      effect: 'past-niet',
      weight: WEIGHTS.tooLittleTime,
      value: 20,
    });
    expect(reasonOf(r.ranking, 'snel', 'tijd')[0]!.effect).toBe('past');
  });

  it('penalises heavy deliberation when the room is limited and rewards open methods when it is large', () => {
    const heavy = makeInstrument({
      id: 'zwaar',
      cost: 3,
      interaction: ['delibereren'],
      levels: ['raadplegen', 'adviseren'],
    });
    expect(reasonOf(phaseResult([heavy], { room: 'beperkt' }).ranking, 'zwaar', 'ruimte')[0]!.effect).toBe('past-niet');
    expect(reasonOf(phaseResult([heavy], { room: 'groot' }).ranking, 'zwaar', 'ruimte')[0]!.effect).toBe('past');
    expect(reasonOf(phaseResult([heavy], { room: 'substantieel' }).ranking, 'zwaar', 'ruimte')).toEqual([]);
  });

  it('counts a missing budget mandate against instruments that need one', () => {
    const begroting = makeInstrument({ id: 'b', requires: ['budgetmandaat'] });
    expect(reasonOf(phaseResult([begroting], {}).ranking, 'b', 'mandaat')[0]).toMatchObject({
      effect: 'past-niet',
      answer: 'onbekend',
    });
    expect(reasonOf(phaseResult([begroting], { mandate: true }).ranking, 'b', 'mandaat')[0]!.effect).toBe('past');
  });

  it('favours council instruments when the council wants to hear residents itself', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'raad', requires: ['raadsagenda'] }), makeInstrument({ id: 'ander' })],
      { councilRoles: ['volksvertegenwoordigend'] },
    );
    expect(r.ranking[0]!.instrumentId).toBe('raad');
    expect(reasonOf(r.ranking, 'ander', 'raad')).toEqual([]);
  });

  it('breaks score ties by instrument id, so the order never depends on catalogue order', () => {
    const a = makeInstrument({ id: 'aa' });
    const b = makeInstrument({ id: 'bb' });
    expect(phaseResult([b, a], {}).ranking.map((x) => x.instrumentId)).toEqual(['aa', 'bb']);
  });
});

describe('suggested mix (greedy set cover)', () => {
  it('complements a self-selecting online survey with ophaalgesprekken for laaggeletterden', () => {
    const survey = makeInstrument({
      id: 'online-enquete',
      goals: ['kennis-ophalen'],
      mode: 'online',
      inclusivity: incl(1, { laaggeletterden: 0 }),
      cost: 1,
    });
    const ophalen = makeInstrument({
      id: 'ophalen',
      goals: ['betrokkenheid'],
      inclusivity: incl(1, { laaggeletterden: 2 }),
    });
    const info = makeInstrument({ id: 'info', goals: ['informeren-uitleggen'], feedback: 'is-terugkoppeling' });
    const r = phaseResult([survey, ophalen, info], { goals: ['kennis-ophalen'], groups: ['laaggeletterden'] });
    expect(r.ranking[0]!.instrumentId).toBe('online-enquete');
    expect(r.mix.items.map((i) => [i.instrumentId, i.why])).toEqual([
      ['online-enquete', 'hoogste-score'],
      ['ophalen', 'dekking'],
      ['info', 'dekking'],
    ]);
    expect(r.mix.items[1]!.covers).toEqual([{ kind: 'groep', id: 'laaggeletterden' }]);
    expect(r.mix.uncovered).toEqual([]);
  });

  it('reports targets no candidate can cover', () => {
    const r = phaseResult([makeInstrument({ id: 'x', inclusivity: incl(1) })], { groups: ['afhakers'] });
    expect(r.mix.uncovered).toEqual(expect.arrayContaining([{ kind: 'groep', id: 'afhakers' }]));
  });

  it('adds an informing instrument for feedback even when it cannot carry the phase level', () => {
    const begroting = makeInstrument({ id: 'begroting', levels: ['meebeslissen'], coreLevel: 'meebeslissen' });
    const nieuwsbrief = makeInstrument({
      id: 'nieuwsbrief',
      levels: ['informeren'],
      coreLevel: 'informeren',
      feedback: 'is-terugkoppeling',
    });
    const r = phaseResult([begroting, nieuwsbrief], { level: 'meebeslissen' });
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['begroting']);
    expect(r.mix.items.map((i) => [i.instrumentId, i.why])).toEqual([
      ['begroting', 'hoogste-score'],
      ['nieuwsbrief', 'terugkoppeling'],
    ]);
    expect(r.mix.uncovered).toEqual([]);
  });
});

describe('phases', () => {
  it('returns only answered phases, in policy order, and no ranking for geenParticipatie', () => {
    const rec = recommendInstruments(
      {
        phases: {
          evaluatie: answersFor('evaluatie', {}).phases.evaluatie!,
          agendering: answersFor('agendering', { geenParticipatie: { reden: 'Wettelijk vastgelegd.' } }).phases
            .agendering!,
        },
      },
      makeCatalogue([makeInstrument({ id: 'x' })]),
    );
    expect(rec.phases.map((p) => [p.phase, p.geenParticipatie, p.ranking.length])).toEqual([
      ['agendering', true, 0],
      ['evaluatie', false, 1],
    ]);
  });
});
