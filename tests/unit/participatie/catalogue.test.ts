import { describe, expect, it } from 'vitest';
import {
  BINDINGS,
  Catalogue,
  DECISION_METHODS,
  FEEDBACKS,
  GOALS,
  GROUPS,
  GROUP_SIZES,
  INTERACTIONS,
  LEVELS,
  MODES,
  PHASES,
  REACHES,
  RECRUITMENTS,
  REQUIREMENTS,
  SAMPLING_RECRUITMENTS,
  INTENSITIES,
  DOMAINS,
  catalogue,
  costClassOf,
  COUNCIL_ROLES,
  ROOMS,
  councilRoleLabels,
  goalLabels,
  groupLabels,
  levelLabels,
  phaseLabels,
  reachLabels,
  requirementLabels,
  roomLabels,
} from '../../../shared/participatie/index';

/** Instruments added in catalogue 1.1 (issue 12, item 8). */
const NEW_IN_1_1 = [
  'terinzagelegging-zienswijzen',
  'steekproefonderzoek',
  'gelote-burgertafel',
  'bewonersinitiatief-ondersteuning',
  'omgevingsfonds',
  'joint-fact-finding',
  'clientenraad',
  'kinderraad',
  'raadsmarkt',
  'petitie',
  'omgevingsmanagement',
  'toegankelijkheidsschouw',
];

const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
const get = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`instrument ${id} ontbreekt`);
  return found;
};

const BRIEF_IDS = [
  'informatiebijeenkomst',
  'inspraakavond',
  'wijkgesprek',
  'dorps-wijkraad',
  'burgertop',
  'burgerberaad',
  'burgerpanel',
  'enquete',
  'preferendum',
  'online-forum',
  'online-agenderen',
  'crowdsourcing',
  'referendum',
  'burgerbegroting',
  'uitdaagrecht',
  'burgerinitiatief',
  'ontwerpatelier',
  'focusgroep',
  'klankbordgroep',
  'ophaalgesprekken',
  'rondetafelgesprek',
  'spreekrecht',
];

describe('instrument catalogue', () => {
  it('validates against the schema and has a semver catalogueVersion', () => {
    expect(Catalogue.safeParse(catalogue).success).toBe(true);
    expect(catalogue.catalogueVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('holds at least 45 instruments with unique ids, including every id the brief lists and the 1.1 additions', () => {
    const ids = catalogue.instruments.map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(45);
    for (const id of NEW_IN_1_1) expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of BRIEF_IDS) expect(ids, id).toContain(id);
  });

  it('uses only known vocabulary ids in every attribute', () => {
    const known = (list: readonly string[]) => new Set<string>(list);
    const sets = {
      phases: known(PHASES),
      levels: known(LEVELS),
      goals: known(GOALS),
      reach: known(REACHES),
      recruitment: known(RECRUITMENTS),
      interaction: known(INTERACTIONS),
      requires: known(REQUIREMENTS),
    };
    for (const i of catalogue.instruments) {
      for (const [field, set] of Object.entries(sets)) {
        for (const value of i[field as keyof typeof sets])
          expect(set.has(value), `${i.id}.${field}: ${value}`).toBe(true);
      }
      expect(LEVELS).toContain(i.coreLevel);
      expect(GROUP_SIZES).toContain(i.groupSize);
      expect(MODES).toContain(i.mode);
      expect(DECISION_METHODS).toContain(i.decisionMethod);
      expect(BINDINGS).toContain(i.binding);
      expect(FEEDBACKS).toContain(i.feedback);
      expect(Object.keys(i.inclusivity).sort()).toEqual([...GROUPS].sort());
    }
  });

  it('rejects an instrument with an unknown vocabulary id or a duplicate id', () => {
    const first = catalogue.instruments[0]!;
    expect(Catalogue.safeParse({ ...catalogue, instruments: [{ ...first, phases: ['verkenning'] }] }).success).toBe(
      false,
    );
    expect(Catalogue.safeParse({ ...catalogue, instruments: [first, first] }).success).toBe(false);
  });

  it('rejects a € class below the cost range, a missing basis and an unknown domain', () => {
    const assembly = get('burgerberaad');
    const parse = (patch: object) =>
      Catalogue.safeParse({ ...catalogue, instruments: [{ ...assembly, ...patch }] }).success;
    expect(parse({})).toBe(true);
    expect(parse({ cost: 1 })).toBe(false);
    expect(parse({ costRange: { low: 100_000, high: 400_000, basis: '' } })).toBe(false);
    expect(parse({ costRange: { low: 400_000, high: 100_000, basis: 'omgedraaid' } })).toBe(false);
    expect(parse({ domains: ['ruimtevaart'] })).toBe(false);
  });

  it('records the council preconditions the brief names', () => {
    expect(get('burgerbegroting').requires).toContain('budget-mandate');
    expect(get('referendum').requires).toContain('by-law');
    expect(get('burgerberaad').recruitment).toEqual(['gestratificeerde-loting']);
    for (const id of ['raadsmarkt', 'petitie']) expect(get(id).requires, id).toContain('council-agenda');
  });

  it('gives every instrument a cost range with a basis, and a € class no lower than the range allows', () => {
    for (const i of catalogue.instruments) {
      expect(i.costRange.basis.trim().length, i.id).toBeGreaterThan(20);
      expect(i.costRange.low, i.id).toBeLessThanOrEqual(i.costRange.high);
      expect(i.cost, i.id).toBeGreaterThanOrEqual(costClassOf(i.costRange.low));
      expect(INTENSITIES, i.id).toContain(i.intensity);
      expect(i.minWeeks, i.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('has realistic Dutch cost ranges for the reference instruments', () => {
    expect(get('burgerberaad').costRange).toMatchObject({ low: 100_000, high: 400_000 });
    expect(get('burgertop').costRange.low).toBeGreaterThanOrEqual(50_000);
    expect(get('referendum').costRange.low).toBeGreaterThanOrEqual(50_000);
    // From a small in-house peiling in one kern to a bureau's gemeentebrede peiling.
    expect(get('steekproefonderzoek').costRange).toMatchObject({ low: 3_000, high: 30_000 });
    expect(get('nieuwsbrief-projectwebsite').costRange.high).toBeLessThanOrEqual(5_000);
    expect(get('informatiebijeenkomst').costRange.high).toBeLessThanOrEqual(3_000);
    for (const id of ['burgerberaad', 'burgertop', 'referendum', 'mkba-met-inwoners']) expect(get(id).cost, id).toBe(3);
  });

  it('marks heavy and light instruments, and gives a burgerberaad at least 20 weeks', () => {
    for (const id of ['burgerberaad', 'burgertop', 'referendum', 'mkba-met-inwoners'])
      expect(get(id).intensity, id).toBe('heavy');
    for (const id of ['nieuwsbrief-projectwebsite', 'straatgesprek', 'online-forum'])
      expect(get(id).intensity, id).toBe('light');
    expect(get('gelote-burgertafel').intensity).toBe('medium');
    expect(get('burgerberaad').minWeeks).toBeGreaterThanOrEqual(20);
    // A light instrument never needs more time than the heaviest deliberative one.
    for (const i of catalogue.instruments.filter((x) => x.intensity === 'light'))
      expect(i.minWeeks, i.id).toBeLessThan(get('burgerberaad').minWeeks);
  });

  it('binds only domain-bound instruments to a domain', () => {
    const bound = catalogue.instruments.filter((i) => i.domains !== undefined).map((i) => i.id);
    expect(bound.sort()).toEqual(['adviesraad-sociaal-domein', 'clientenraad', 'omgevingsfonds']);
    expect(get('adviesraad-sociaal-domein').domains).toEqual(['sociaal']);
    expect(get('clientenraad').domains).toEqual(['sociaal']);
    expect([...get('omgevingsfonds').domains!].sort()).toEqual(['energie-klimaat', 'fysiek']);
    for (const i of catalogue.instruments) for (const d of i.domains ?? []) expect(DOMAINS).toContain(d);
  });

  it('separates the open questionnaire (self-selection) from the sample survey (drawn from the BRP)', () => {
    const survey = get('enquete');
    expect(survey.name).toBe('Open vragenlijst (enquête)');
    expect(survey.recruitment).toEqual(['open']);
    expect(survey.goals).not.toContain('representatief-beeld');
    expect(survey.pitfalls.some((p) => p.includes('inwoners vinden'))).toBe(true);

    const sampleSurvey = get('steekproefonderzoek');
    expect(sampleSurvey.name).toBe('Steekproefonderzoek / burgerpeiling');
    expect(sampleSurvey.recruitment).toEqual(['steekproef']);
    expect(sampleSurvey.goals).toEqual(
      expect.arrayContaining(['representatief-beeld', 'kennis-ophalen', 'prioriteren']),
    );
    expect(sampleSurvey.coreLevel).toBe('raadplegen');

    expect(get('burgerpanel').recruitment).toEqual(['steekproef', 'open']);
  });

  it('claims a representative picture exactly for the instruments that can draw people', () => {
    // Both ways: a drawn group that did not claim the goal would read "helpt niet bij een
    // representatief beeld" next to "deelnemers worden geloot" in the same advice.
    for (const i of catalogue.instruments)
      expect(i.goals.includes('representatief-beeld'), i.id).toBe(
        i.recruitment.some((r) => SAMPLING_RECRUITMENTS.has(r)),
      );
  });

  it('uses the renamed ids and drops the old ones', () => {
    const ids = catalogue.instruments.map((i) => i.id);
    expect(ids).not.toContain('keukentafelgesprek');
    expect(ids).not.toContain('participatieve-waardeoordeling');
    const atHome = get('gesprek-aan-huis');
    expect(atHome.name).not.toMatch(/keukentafel/i);
    expect(atHome.description).toMatch(/Wmo/);
    const pwe = get('participatieve-waarde-evaluatie');
    expect(pwe.name).toBe('Participatieve Waarde Evaluatie (PWE)');
    expect(pwe.sources.some((s) => s.includes('Participatieve Waarde Evaluatie'))).toBe(true);
  });

  it('treats a local referendum as advisory, without a yes/no requirement', () => {
    const r = get('referendum');
    expect(r.coreLevel).toBe('adviseren');
    expect(r.levels).toEqual(['adviseren', 'meebeslissen']);
    expect(r.requires).not.toContain('ja-nee-vraag');
    expect(r.description).toMatch(/Duiven/);
    expect(r.pitfalls.some((p) => /preferendum/.test(p))).toBe(true);
    expect(r.pitfalls.some((p) => /begroting/.test(p) && /belasting/.test(p))).toBe(true);
    expect(r.councilMust).toMatch(/opkomst/);
    expect(r.inclusivity.jongeren).toBe(0);
  });

  it('models the uitdaagrecht as decided by the college and then executed, without a budget requirement', () => {
    const u = get('uitdaagrecht');
    expect(u.phases).toEqual(['besluitvorming', 'uitvoering']);
    expect(u.requires).toEqual(['uitdaagrecht-procedure']);
    expect(u.coreLevel).toBe('zelfbeheer');
    expect(u.description).toMatch(/beter en\/of goedkoper/);
    expect(u.description).toMatch(/college/);
  });

  it('fixes the inclusivity scores and phases named in the issue', () => {
    expect(get('burgerberaad').inclusivity.afhakers).toBe(1);
    expect(get('crowdsourcing').inclusivity.jongeren).toBe(1);
    expect(get('buurtschouw').inclusivity['mensen-met-beperking']).toBe(2);
    expect(get('burgerpanel').inclusivity.jongeren).toBe(0);
    expect(get('kinderraad').inclusivity.jongeren).toBe(2);
    expect(get('toegankelijkheidsschouw').inclusivity['mensen-met-beperking']).toBe(2);
    expect(get('buurtschouw').phases).toContain('beleidsvoorbereiding');
    expect(get('inloopavond').phases).toEqual(expect.arrayContaining(['agendering', 'evaluatie']));
    expect(get('wijkbudget').phases).toContain('besluitvorming');
    expect(get('dorps-wijkraad').phases).toContain('besluitvorming');
    expect(get('dorps-wijkraad').goals).toContain('ideeen-ontwikkelen');
    expect(get('jongerenraad').description).toMatch(/12 en 27/);
  });

  it('lets sleutelpersonen inform as well, and gives inspraak its nota van beantwoording', () => {
    const s = get('sleutelpersonen');
    expect(s.levels).toContain('informeren');
    expect(s.goals).toContain('informeren-uitleggen');
    expect(s.feedback).toBe('is-feedback');
    expect(get('inspraakavond').feedback).toBe('includes-feedback');
    const t = get('terinzagelegging-zienswijzen');
    expect(t.feedback).toBe('includes-feedback');
    expect(t.coreLevel).toBe('raadplegen');
    expect(t.phases).toEqual(['beleidsvoorbereiding', 'besluitvorming']);
  });

  it('warns about plenary evenings in polarised situations where a crowd meets in one room', () => {
    for (const id of ['inspraakavond', 'informatiebijeenkomst', 'wijkgesprek'])
      expect(
        get(id).pitfalls.some((p) => /luide/.test(p) && /tafel/.test(p)),
        id,
      ).toBe(true);
  });

  it('gives the new instruments their defining traits', () => {
    expect(get('gelote-burgertafel').recruitment).toEqual(['gestratificeerde-loting']);
    expect(get('bewonersinitiatief-ondersteuning').goals).toContain('initiatief-ondersteunen');
    expect(['zelfbeheer', 'coproduceren']).toContain(get('bewonersinitiatief-ondersteuning').coreLevel);
    expect(get('omgevingsmanagement').phases).toContain('uitvoering');
    expect(get('clientenraad').sources.some((s) => s.includes('Jeugdwet'))).toBe(true);
    expect(get('toegankelijkheidsschouw').sources.some((s) => s.includes('VN-verdrag'))).toBe(true);
    expect(get('terinzagelegging-zienswijzen').sources.some((s) => s.includes('3.4'))).toBe(true);
  });

  it('marks feedback steps, and has at least one instrument that is itself a feedback step', () => {
    const isFeedback = catalogue.instruments.filter((i) => i.feedback === 'is-feedback').map((i) => i.id);
    expect(isFeedback).toEqual(
      expect.arrayContaining(['informatiebijeenkomst', 'nieuwsbrief-projectwebsite', 'sleutelpersonen']),
    );
    expect(catalogue.instruments.some((i) => i.feedback === 'includes-feedback')).toBe(true);
  });

  it('has a Dutch label for every vocabulary id and a promise for every level', () => {
    const maps: [readonly string[], Record<string, { label: string }>][] = [
      [PHASES, phaseLabels],
      [LEVELS, levelLabels],
      [GOALS, goalLabels],
      [ROOMS, roomLabels],
      [REACHES, reachLabels],
      [GROUPS, groupLabels],
      [COUNCIL_ROLES, councilRoleLabels],
    ];
    for (const [ids, labels] of maps) for (const id of ids) expect(labels[id]?.label, id).toBeTruthy();
    for (const level of LEVELS) expect(levelLabels[level].promise.length).toBeGreaterThan(20);
    for (const r of REQUIREMENTS) expect(requirementLabels[r]).toBeTruthy();
  });
});
