import { describe, expect, it } from 'vitest';
import { WEIGHTS, catalogue, describeReason, recommendInstruments } from '../../../shared/participatie/index';
import { incl } from '../../../shared/participatie/catalogus/sources';
import { answersFor, makeCatalogue, makeInstrument, range, trajectFor } from './fixtures';

/** Ranking and exclusions of one phase, for small hand-made catalogues. */
function phaseResult(
  catalogueInstruments: Parameters<typeof makeCatalogue>[0],
  answers: Parameters<typeof answersFor>[1],
  phase: Parameters<typeof answersFor>[0] = 'agendering',
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
    expect(reasonOf(r.ranking, 'kern', 'niveau')[0]).toMatchObject({ effect: 'fits', weight: WEIGHTS.levelCore });
    expect(reasonOf(r.ranking, 'kan', 'niveau')[0]).toMatchObject({
      effect: 'neutral',
      weight: WEIGHTS.levelPossible,
    });
  });

  it('adds weight per goal served and subtracts per goal missed', () => {
    const r = phaseResult([makeInstrument({ id: 'x', goals: ['kennis-ophalen'] })], {
      goals: ['kennis-ophalen', 'prioriteren'],
    });
    expect(reasonOf(r.ranking, 'x', 'doel')).toEqual([
      { criterion: 'doel', answer: 'kennis-ophalen', effect: 'fits', weight: WEIGHTS.goalServed },
      { criterion: 'doel', answer: 'prioriteren', effect: 'does-not-fit', weight: WEIGHTS.goalMissed },
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
    expect(reasonOf(r.ranking, 'lot', 'representatief')[0]!.effect).toBe('fits');
    expect(reasonOf(r.ranking, 'open', 'representatief')[0]!.effect).toBe('does-not-fit');
    expect(reasonOf(r.ranking, 'gericht', 'representatief')[0]!.effect).toBe('does-not-fit');
    expect(r.ranking[0]!.instrumentId).toBe('lot');
  });

  it('scores reach and each specific group by inclusivity (2 past, 1 neutraal, 0 past-niet)', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'x', reach: ['belanghebbenden'], inclusivity: incl(1, { jongeren: 2, ouderen: 0 }) })],
      { reach: 'alle-inwoners', groups: ['jongeren', 'ouderen', 'afhakers'] },
    );
    expect(reasonOf(r.ranking, 'x', 'bereik')[0]).toMatchObject({
      effect: 'does-not-fit',
      weight: WEIGHTS.reachMisses,
    });
    expect(reasonOf(r.ranking, 'x', 'groep').map((g) => [g.answer, g.effect])).toEqual([
      ['jongeren', 'fits'],
      ['ouderen', 'does-not-fit'],
      ['afhakers', 'neutral'],
    ]);
  });

  it('budget reasons name the cost range: below the low end past-niet, within it neutraal, from the high end past', () => {
    const x = makeInstrument({ id: 'x', costRange: range(5_000, 20_000) });
    const budget = (euros: number) => reasonOf(phaseResult([x], { budget: euros }).ranking, 'x', 'budget');
    expect(budget(4_999)).toEqual([
      { criterion: 'budget', answer: 4_999, effect: 'does-not-fit', weight: WEIGHTS.overBudget, value: '5000-20000' },
    ]);
    expect(budget(5_000)).toEqual([
      { criterion: 'budget', answer: 5_000, effect: 'neutral', weight: 0, value: '5000-20000' },
    ]);
    expect(budget(19_999)[0]!.effect).toBe('neutral');
    expect(budget(20_000)).toEqual([
      { criterion: 'budget', answer: 20_000, effect: 'fits', weight: WEIGHTS.withinBudget, value: '5000-20000' },
    ]);
    // The sentence names the range in euros, not a cost class.
    expect(describeReason(budget(4_999)[0]!)).toMatch(/5\.000.*20\.000.*4\.999/);
  });

  it('an instrument whose low-end cost is above the budget is infeasible, not excluded, and ranks last', () => {
    // 'duur' serves the goal and would win on score; being unaffordable still puts it last.
    const r = phaseResult(
      [
        makeInstrument({
          id: 'duur',
          goals: ['prioriteren', 'draagvlak', 'betrokkenheid'],
          costRange: range(10_000, 40_000),
        }),
        makeInstrument({ id: 'goedkoop', goals: ['draagvlak'] }),
      ],
      { goals: ['prioriteren', 'draagvlak', 'betrokkenheid'], budget: 4_000 },
    );
    expect(r.excluded).toEqual([]);
    expect(r.ranking.map((x) => [x.instrumentId, x.feasible])).toEqual([
      ['goedkoop', true],
      ['duur', false],
    ]);
    expect(r.ranking[1]!.infeasible).toEqual([{ criterion: 'budget', answer: 4_000, needed: 10_000 }]);
    expect(r.ranking[1]!.score).toBeGreaterThan(r.ranking[0]!.score);
    // It would cover the goals the mix still misses, but a mix only holds what can be run.
    expect(r.mix.items.map((i) => i.instrumentId)).toEqual(['goedkoop']);
    expect(r.mix.uncovered).toEqual(
      expect.arrayContaining([
        { kind: 'doel', id: 'prioriteren' },
        { kind: 'doel', id: 'betrokkenheid' },
      ]),
    );
  });

  it('penalises instruments that need more preparation weeks than available, and marks them infeasible', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'traag', minWeeks: 20 }), makeInstrument({ id: 'snel', minWeeks: 8 })],
      { time: { weeks: 8 } },
    );
    expect(reasonOf(r.ranking, 'traag', 'tijd')[0]).toMatchObject({
      effect: 'does-not-fit',
      weight: WEIGHTS.tooLittleTime,
      value: 20,
    });
    // Exactly the minimum is enough.
    expect(reasonOf(r.ranking, 'snel', 'tijd')[0]).toMatchObject({
      effect: 'fits',
      weight: WEIGHTS.enoughTime,
      value: 8,
    });
    expect(r.ranking.map((x) => [x.instrumentId, x.feasible, x.infeasible])).toEqual([
      ['snel', true, []],
      ['traag', false, [{ criterion: 'tijd', answer: 8, needed: 20 }]],
    ]);
  });

  it('penalises a heavy instrument when the room is limited and rewards open methods when it is large', () => {
    const heavy = makeInstrument({
      id: 'heavy',
      intensity: 'heavy',
      interaction: ['deliberating'],
      levels: ['raadplegen', 'adviseren'],
    });
    expect(reasonOf(phaseResult([heavy], { room: 'beperkt' }).ranking, 'heavy', 'ruimte')).toEqual([
      { criterion: 'ruimte', answer: 'beperkt', effect: 'does-not-fit', weight: WEIGHTS.heavyWhenRoomLimited },
    ]);
    expect(reasonOf(phaseResult([heavy], { room: 'groot' }).ranking, 'heavy', 'ruimte')).toEqual([
      { criterion: 'ruimte', answer: 'groot', effect: 'fits', weight: WEIGHTS.openWhenRoomLarge },
    ]);
    expect(reasonOf(phaseResult([heavy], { room: 'substantieel' }).ranking, 'heavy', 'ruimte')).toEqual([]);
    // Deliberation alone is not what makes it heavy: a medium-intensity deliberative method is fine with little room.
    const deliberative = makeInstrument({ id: 'beraad', intensity: 'medium', interaction: ['deliberating'] });
    expect(reasonOf(phaseResult([deliberative], { room: 'beperkt' }).ranking, 'beraad', 'ruimte')).toEqual([]);
    // Nor is an instrument that neither gathers ideas nor deliberates rewarded for a large room.
    const closed = makeInstrument({ id: 'dicht', decisionMethod: 'poll', interaction: ['expressing-views'] });
    expect(reasonOf(phaseResult([closed], { room: 'groot' }).ranking, 'dicht', 'ruimte')).toEqual([]);
  });

  it('counts a missing budget mandate against instruments that need one', () => {
    const participatoryBudget = makeInstrument({ id: 'b', requires: ['budget-mandate'] });
    expect(reasonOf(phaseResult([participatoryBudget], {}).ranking, 'b', 'mandaat')[0]).toMatchObject({
      effect: 'does-not-fit',
      answer: 'unknown',
    });
    expect(reasonOf(phaseResult([participatoryBudget], { mandate: true }).ranking, 'b', 'mandaat')[0]!.effect).toBe(
      'fits',
    );
  });

  it('favours council instruments when the council wants to hear residents itself', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'raad', requires: ['council-agenda'] }), makeInstrument({ id: 'ander' })],
      { councilRoles: ['volksvertegenwoordigend'] },
    );
    expect(r.ranking[0]!.instrumentId).toBe('raad');
    expect(reasonOf(r.ranking, 'ander', 'raad')).toEqual([]);
  });

  it('orders equal advice by id but shows it as a tie (shared rank), whatever the catalogue order', () => {
    const a = makeInstrument({ id: 'aa' });
    const b = makeInstrument({ id: 'bb' });
    for (const order of [
      [b, a],
      [a, b],
    ]) {
      expect(phaseResult(order, {}).ranking.map((x) => [x.instrumentId, x.rank])).toEqual([
        ['aa', 1],
        ['bb', 1],
      ]);
    }
  });

  it('breaks score ties by exact core level, then lower low-end cost, then fewer preconditions', () => {
    // All score the same: e is not built for adviseren (+1 instead of +3) and misses the group (−2 instead of 0),
    // but serves the second goal (+3 instead of −1).
    const r = phaseResult(
      [
        makeInstrument({
          id: 'a-veel-eisen',
          levels: ['adviseren'],
          coreLevel: 'adviseren',
          requires: ['frames-first', 'by-law'],
        }),
        makeInstrument({ id: 'b-een-eis', levels: ['adviseren'], coreLevel: 'adviseren', requires: ['frames-first'] }),
        makeInstrument({
          id: 'c-duurder',
          levels: ['adviseren'],
          coreLevel: 'adviseren',
          costRange: range(600, 2_000),
        }),
        makeInstrument({ id: 'd-kern', levels: ['adviseren'], coreLevel: 'adviseren' }),
        makeInstrument({
          id: 'e-niet-kern',
          levels: ['raadplegen', 'adviseren'],
          coreLevel: 'raadplegen',
          goals: ['kennis-ophalen', 'draagvlak'],
          inclusivity: incl(1, { jongeren: 0 }),
          costRange: range(0, 100),
        }),
      ],
      { level: 'adviseren', goals: ['kennis-ophalen', 'draagvlak'], groups: ['jongeren'] },
    );
    const scores = new Set(r.ranking.map((x) => x.score));
    expect(scores.size).toBe(1);
    expect(r.ranking.map((x) => [x.instrumentId, x.rank])).toEqual([
      ['d-kern', 1],
      ['b-een-eis', 2],
      ['a-veel-eisen', 3],
      ['c-duurder', 4],
      ['e-niet-kern', 5],
    ]);
  });
});

describe('suggested mix (greedy set cover)', () => {
  it('complements a self-selecting online survey with ophaalgesprekken for laaggeletterden', () => {
    const survey = makeInstrument({
      id: 'online-enquete',
      goals: ['kennis-ophalen'],
      mode: 'online',
      inclusivity: incl(1, { laaggeletterden: 0 }),
    });
    const outreach = makeInstrument({
      id: 'ophalen',
      goals: ['betrokkenheid'],
      reach: ['specifieke-groepen'],
      inclusivity: incl(1, { laaggeletterden: 2 }),
      costRange: range(2_000, 15_000),
    });
    const info = makeInstrument({ id: 'info', goals: ['informeren-uitleggen'], feedback: 'is-feedback' });
    const r = phaseResult([survey, outreach, info], {
      level: 'raadplegen',
      goals: ['kennis-ophalen'],
      reach: ['alle-inwoners'],
      groups: ['laaggeletterden'],
    });
    // The survey serves the goal and the breadth; the outreach only the group.
    expect(r.ranking[0]!.instrumentId).toBe('online-enquete');
    expect(r.mix.items[0]).toEqual({
      instrumentId: 'online-enquete',
      score: r.ranking[0]!.score,
      why: 'hoogste-score',
      covers: [
        { kind: 'doel', id: 'kennis-ophalen' },
        { kind: 'bereik', id: 'alle-inwoners' },
      ],
    });
    // Then one instrument per open target, whichever ranks higher first.
    expect(
      r.mix.items
        .slice(1)
        .map((i) => [i.instrumentId, i.why, i.covers])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['info', 'dekking', [{ kind: 'terugkoppeling' }]],
      ['ophalen', 'dekking', [{ kind: 'groep', id: 'laaggeletterden' }]],
    ]);
    expect(r.mix.uncovered).toEqual([]);
  });

  it('never starts with a candidate that does not fit (score ≤ 0), but adds a low scorer for what only it covers', () => {
    const survey = makeInstrument({ id: 'enquete', goals: ['kennis-ophalen'] });
    // Misses the goal (−1) after the phase (+1): score 0, yet the only one that reports back.
    const info = makeInstrument({ id: 'info', goals: ['informeren-uitleggen'], feedback: 'is-feedback' });
    const r = phaseResult([survey, info], { goals: ['kennis-ophalen'] });
    expect(r.ranking.find((x) => x.instrumentId === 'info')!.score).toBe(0);
    expect(r.mix.items.map((i) => [i.instrumentId, i.why])).toEqual([
      ['enquete', 'hoogste-score'],
      ['info', 'dekking'],
    ]);
    expect(r.mix.uncovered).toEqual([]);
    // With only the low scorer, nothing is proposed at all: no "past het best" for a score of 0.
    const alone = phaseResult([info], { goals: ['kennis-ophalen'] });
    expect(alone.noGoodFit).toBe(true);
    expect(alone.mix.items).toEqual([]);
  });

  it('reports targets no candidate can cover', () => {
    const r = phaseResult([makeInstrument({ id: 'x', inclusivity: incl(1) })], { groups: ['afhakers'] });
    expect(r.mix.uncovered).toEqual(expect.arrayContaining([{ kind: 'groep', id: 'afhakers' }]));
  });

  it('adds an informing instrument for feedback even when it cannot carry the phase level', () => {
    const participatoryBudget = makeInstrument({
      id: 'begroting',
      levels: ['meebeslissen'],
      coreLevel: 'meebeslissen',
    });
    const newsletter = makeInstrument({
      id: 'nieuwsbrief',
      levels: ['informeren'],
      coreLevel: 'informeren',
      feedback: 'is-feedback',
    });
    const r = phaseResult([participatoryBudget, newsletter], { level: 'meebeslissen' });
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['begroting']);
    expect(r.mix.items.map((i) => [i.instrumentId, i.why])).toEqual([
      ['begroting', 'hoogste-score'],
      ['nieuwsbrief', 'terugkoppeling'],
    ]);
    expect(r.mix.uncovered).toEqual([]);
  });

  it('adds only a feedback companion the phase can pay for', () => {
    const participatoryBudget = makeInstrument({
      id: 'begroting',
      levels: ['meebeslissen'],
      coreLevel: 'meebeslissen',
    });
    const companion = (id: string, low: number) =>
      makeInstrument({
        id,
        levels: ['informeren'],
        coreLevel: 'informeren',
        feedback: 'is-feedback',
        costRange: range(low, low * 4),
      });
    // 'a-duur' would win the tie on id; it is above the budget, so the cheaper one is taken.
    const r = phaseResult([participatoryBudget, companion('a-duur', 3_000), companion('b-betaalbaar', 500)], {
      level: 'meebeslissen',
      budget: 2_000,
    });
    expect(r.mix.items.map((i) => [i.instrumentId, i.why])).toEqual([
      ['begroting', 'hoogste-score'],
      ['b-betaalbaar', 'terugkoppeling'],
    ]);
    const none = phaseResult([participatoryBudget, companion('a-duur', 3_000)], {
      level: 'meebeslissen',
      budget: 2_000,
    });
    expect(none.mix.items.map((i) => i.instrumentId)).toEqual(['begroting']);
    expect(none.mix.uncovered).toEqual([{ kind: 'terugkoppeling' }]);
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

describe('representativeness follows the werving of this traject', () => {
  const panel = makeInstrument({ id: 'panel', recruitment: ['steekproef', 'open'] });
  const lot = makeInstrument({ id: 'lot', recruitment: ['gestratificeerde-loting'] });
  const open = makeInstrument({ id: 'vragenlijst', recruitment: ['open'] });
  const repr = (werving: Record<string, string>) =>
    phaseResult([panel, lot, open], { goals: ['representatief-beeld'], werving } as Parameters<typeof answersFor>[1]);

  it('an instrument that can draw a sample counts, with the proviso, until the werving says how', () => {
    const r = repr({});
    expect(reasonOf(r.ranking, 'panel', 'representatief')).toEqual([
      {
        criterion: 'representatief',
        answer: 'representatief-beeld',
        effect: 'fits',
        weight: WEIGHTS.representativeByLot,
        value: 'mits-steekproef',
      },
    ]);
    expect(reasonOf(r.ranking, 'lot', 'representatief')[0]).toMatchObject({
      effect: 'fits',
      value: 'gestratificeerde-loting',
    });
    expect(reasonOf(r.ranking, 'vragenlijst', 'representatief')[0]).toMatchObject({
      effect: 'does-not-fit',
      weight: WEIGHTS.representativeSelfSelected,
    });
  });

  it('werving steekproef counts as a sample, werving open as self-selection', () => {
    expect(reasonOf(repr({ panel: 'steekproef' }).ranking, 'panel', 'werving')).toEqual([
      { criterion: 'werving', answer: 'steekproef', effect: 'fits', weight: WEIGHTS.representativeByLot },
    ]);
    const r = repr({ panel: 'open' });
    expect(reasonOf(r.ranking, 'panel', 'werving')).toEqual([
      { criterion: 'werving', answer: 'open', effect: 'does-not-fit', weight: WEIGHTS.representativeSelfSelected },
    ]);
    expect(reasonOf(r.ranking, 'panel', 'representatief')).toEqual([]);
    expect(r.mix.items.flatMap((i) => i.covers).filter((t) => t.kind === 'representatief')).toEqual([
      { kind: 'representatief' },
    ]);
    // With the panel recruited openly, the representative picture must come from the drawn one.
    expect(r.mix.items.find((i) => i.covers.some((t) => t.kind === 'representatief'))!.instrumentId).toBe('lot');
  });

  it('a werving the instrument cannot do is ignored: an open vragenlijst does not become a sample by saying so', () => {
    const r = repr({ vragenlijst: 'steekproef' });
    expect(reasonOf(r.ranking, 'vragenlijst', 'werving')).toEqual([]);
    expect(reasonOf(r.ranking, 'vragenlijst', 'representatief')[0]!.effect).toBe('does-not-fit');
  });

  it('in the catalogue the enquete is an open vragenlijst and steekproefonderzoek draws a sample', () => {
    const rec = recommendInstruments(
      answersFor('beleidsvoorbereiding', { goals: ['representatief-beeld'], level: 'raadplegen' }),
      catalogue,
    );
    const ranking = rec.phases[0]!.ranking;
    expect(reasonOf(ranking, 'enquete', 'representatief')[0]!.effect).toBe('does-not-fit');
    expect(reasonOf(ranking, 'steekproefonderzoek', 'representatief')[0]).toMatchObject({
      effect: 'fits',
      value: 'steekproef',
    });
    expect(reasonOf(ranking, 'burgerpanel', 'representatief')[0]).toMatchObject({
      effect: 'fits',
      value: 'mits-steekproef',
    });
  });
});

describe('reach is a list', () => {
  it('scores every chosen breadth separately', () => {
    const r = phaseResult([makeInstrument({ id: 'x', reach: ['alle-inwoners', 'belanghebbenden'] })], {
      reach: ['belanghebbenden', 'actieve-inwoners', 'alle-inwoners'],
    });
    expect(reasonOf(r.ranking, 'x', 'bereik')).toEqual([
      { criterion: 'bereik', answer: 'belanghebbenden', effect: 'fits', weight: WEIGHTS.reachFits },
      { criterion: 'bereik', answer: 'actieve-inwoners', effect: 'does-not-fit', weight: WEIGHTS.reachMisses },
      { criterion: 'bereik', answer: 'alle-inwoners', effect: 'fits', weight: WEIGHTS.reachFits },
    ]);
    // Each breadth is its own target for the mix.
    expect(r.mix.items[0]!.covers).toEqual(
      expect.arrayContaining([
        { kind: 'bereik', id: 'belanghebbenden' },
        { kind: 'bereik', id: 'alle-inwoners' },
      ]),
    );
    expect(r.mix.uncovered).toEqual(expect.arrayContaining([{ kind: 'bereik', id: 'actieve-inwoners' }]));
  });

  it('reads a single reach from an older file as a list of one', () => {
    expect(answersFor('agendering', { reach: 'alle-inwoners' }).phases.agendering!.reach).toEqual(['alle-inwoners']);
  });
});

describe('domain and proportion', () => {
  const sociaal = makeInstrument({ id: 'clientenraad-achtig', domains: ['sociaal'] });
  const free = makeInstrument({ id: 'vrij' });
  const run = (
    instruments: Parameters<typeof makeCatalogue>[0],
    phase: Parameters<typeof answersFor>[1],
    context: Parameters<typeof trajectFor>[1],
  ) => recommendInstruments(trajectFor({ agendering: phase }, context), makeCatalogue(instruments)).phases[0]!;

  it('excludes a domain-bound instrument outside its domain and rewards it inside', () => {
    const outside = run([sociaal, free], {}, { domain: 'fysiek' });
    expect(outside.excluded).toEqual([
      { instrumentId: 'clientenraad-achtig', exclusions: [{ criterion: 'domein', answer: 'fysiek' }] },
    ]);
    const inside = run([sociaal, free], {}, { domain: 'sociaal' });
    expect(inside.excluded).toEqual([]);
    expect(reasonOf(inside.ranking, 'clientenraad-achtig', 'domein')).toEqual([
      { criterion: 'domein', answer: 'sociaal', effect: 'fits', weight: WEIGHTS.domainMatches },
    ]);
    expect(reasonOf(inside.ranking, 'vrij', 'domein')).toEqual([]);
    // Without a domain nothing is excluded or rewarded.
    const noDomain = run([sociaal, free], {}, {});
    expect(noDomain.excluded).toEqual([]);
    expect(reasonOf(noDomain.ranking, 'clientenraad-achtig', 'domein')).toEqual([]);
  });

  it("a phase's own domain, scale and impact win over the traject's", () => {
    const r = run([sociaal, free], { domain: 'sociaal' }, { domain: 'fysiek' });
    expect(r.excluded).toEqual([]);
    const heavy = makeInstrument({ id: 'heavy', intensity: 'heavy' });
    const p = run([heavy], { scale: 'buurt' }, { scale: 'gemeente', impact: 'groot' });
    expect(reasonOf(p.ranking, 'heavy', 'omvang')[0]).toMatchObject({
      effect: 'does-not-fit',
      weight: WEIGHTS.heavyOutOfProportion,
    });
    const q = run([heavy], { impact: 'groot' }, { scale: 'gemeente', impact: 'klein' });
    expect(reasonOf(q.ranking, 'heavy', 'omvang')[0]).toMatchObject({
      effect: 'fits',
      weight: WEIGHTS.heavyInProportion,
    });
  });

  it('omvang: a heavy instrument is out of proportion for a street, a buurt or a small impact, and fits a large gemeente-wide question', () => {
    const heavy = makeInstrument({ id: 'heavy', intensity: 'heavy' });
    const proportion = (context: Parameters<typeof trajectFor>[1], phase: Parameters<typeof answersFor>[1] = {}) =>
      reasonOf(run([heavy], phase, context).ranking, 'heavy', 'omvang');
    expect(proportion({ scale: 'straat' })).toEqual([
      {
        criterion: 'omvang',
        answer: 'straat',
        effect: 'does-not-fit',
        weight: WEIGHTS.heavyOutOfProportion,
        value: 'heavy',
      },
    ]);
    expect(proportion({ scale: 'buurt', impact: 'groot' })[0]).toMatchObject({
      effect: 'does-not-fit',
      answer: 'buurt,groot',
    });
    expect(proportion({ scale: 'regio', impact: 'klein' })[0]).toMatchObject({ effect: 'does-not-fit' });
    expect(proportion({ scale: 'gemeente', impact: 'groot' })).toEqual([
      {
        criterion: 'omvang',
        answer: 'gemeente,groot',
        effect: 'fits',
        weight: WEIGHTS.heavyInProportion,
        value: 'heavy',
      },
    ]);
    expect(proportion({ scale: 'regio', impact: 'groot' })[0]).toMatchObject({ effect: 'fits' });
    expect(proportion({ scale: 'kern', impact: 'groot' })).toEqual([]);
    expect(proportion({ scale: 'gemeente', impact: 'middel' })).toEqual([]);
    expect(proportion({})).toEqual([]);
  });

  it('omvang: a light instrument alone is too thin for a large gemeente-wide question from raadplegen up', () => {
    const lightInstrument = makeInstrument({ id: 'light', intensity: 'light', levels: ['informeren', 'raadplegen'] });
    const mediumInstrument = makeInstrument({
      id: 'medium',
      intensity: 'medium',
      levels: ['informeren', 'raadplegen'],
    });
    const groot = { scale: 'gemeente', impact: 'groot' } as const;
    const at = (level: 'informeren' | 'raadplegen') =>
      run([lightInstrument, mediumInstrument], { level }, groot).ranking;
    expect(reasonOf(at('raadplegen'), 'light', 'omvang')).toEqual([
      {
        criterion: 'omvang',
        answer: 'gemeente,groot',
        effect: 'does-not-fit',
        weight: WEIGHTS.lightForLargeQuestion,
        value: 'light',
      },
    ]);
    expect(reasonOf(at('raadplegen'), 'medium', 'omvang')).toEqual([]);
    // Informing may stay light whatever the size.
    expect(reasonOf(at('informeren'), 'light', 'omvang')).toEqual([]);
    // A light informing companion that reports back is not expected to carry the question.
    const newsletter = makeInstrument({
      id: 'nieuwsbrief',
      intensity: 'light',
      levels: ['informeren', 'raadplegen'],
      feedback: 'is-feedback',
    });
    expect(reasonOf(run([newsletter], { level: 'raadplegen' }, groot).ranking, 'nieuwsbrief', 'omvang')).toEqual([]);
    // Never the "too thin" penalty for a small question.
    expect(
      reasonOf(
        run([lightInstrument], { level: 'raadplegen' }, { scale: 'buurt', impact: 'groot' }).ranking,
        'light',
        'omvang',
      ).filter((r) => r.effect === 'does-not-fit'),
    ).toEqual([]);
  });
});

describe('level above the room, no good fit, contradiction', () => {
  it('ranks for the highest level the room carries and says so', () => {
    const r = phaseResult(
      [
        makeInstrument({ id: 'advies', levels: ['raadplegen', 'adviseren'], coreLevel: 'adviseren' }),
        makeInstrument({ id: 'beslis', levels: ['meebeslissen'], coreLevel: 'meebeslissen' }),
      ],
      { room: 'beperkt', level: 'meebeslissen', mandate: true },
    );
    expect(r.levelAdvice).toEqual({ asked: 'meebeslissen', advised: 'adviseren', room: 'beperkt' });
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['advies']);
    expect(reasonOf(r.ranking, 'advies', 'niveau')[0]).toMatchObject({ answer: 'adviseren', effect: 'fits' });
    // The contradiction (niveau-hoger-dan-ruimte, hoog) is flagged on the phase.
    expect(r.contradiction).toBe(true);
  });

  it('a substantial room carries zelfbeheer: no advice and no contradiction for an uitdaagrecht phase', () => {
    const r = phaseResult(
      [makeInstrument({ id: 'uitdaag', levels: ['zelfbeheer'], coreLevel: 'zelfbeheer' })],
      { room: 'substantieel', level: 'zelfbeheer', mandate: true, councilRoles: ['kaderstellend'] },
      'uitvoering',
    );
    expect(r.levelAdvice).toBeUndefined();
    expect(r.ranking.map((x) => x.instrumentId)).toEqual(['uitdaag']);
  });

  it('no level advice when the level fits the room', () => {
    const r = phaseResult([makeInstrument({ id: 'x' })], { room: 'beperkt', level: 'adviseren' });
    expect(r.levelAdvice).toBeUndefined();
    expect(r.contradiction).toBe(false);
  });

  it('noGoodFit when the best candidate scores ≤ 0 or cannot be run', () => {
    const x = makeInstrument({ id: 'x', goals: ['kennis-ophalen'], costRange: range(1_000, 4_000) });
    expect(phaseResult([x], { goals: ['kennis-ophalen'] }).noGoodFit).toBe(false);
    // fase +1, doel −1: score 0.
    expect(phaseResult([x], { goals: ['draagvlak'] }).noGoodFit).toBe(true);
    expect(phaseResult([x], { goals: ['draagvlak'] }).mix.items).toEqual([]);
    // Fits well, but the budget is below its low end.
    const costly = phaseResult([x], { goals: ['kennis-ophalen'], budget: 999 });
    expect(costly.ranking[0]!.feasible).toBe(false);
    expect(costly.noGoodFit).toBe(true);
    expect(costly.mix.items).toEqual([]);
    expect(phaseResult([x], { goals: ['kennis-ophalen'], budget: 1_000 }).noGoodFit).toBe(false);
    // Nothing left at all.
    expect(phaseResult([makeInstrument({ id: 'y', phases: ['uitvoering'] })], {}).noGoodFit).toBe(true);
  });
});
