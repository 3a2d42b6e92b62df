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
  catalogue,
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

describe('instrumentencatalogus', () => {
  it('validates against the schema and has a semver catalogueVersion', () => {
    expect(Catalogue.safeParse(catalogue).success).toBe(true);
    expect(catalogue.catalogueVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('holds at least 30 instruments with unique ids, including every id the brief lists', () => {
    const ids = catalogue.instruments.map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
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

  it('records the council preconditions the brief names', () => {
    const byId = new Map(catalogue.instruments.map((i) => [i.id, i]));
    expect(byId.get('burgerbegroting')!.requires).toContain('budgetmandaat');
    expect(byId.get('referendum')!.requires).toEqual(expect.arrayContaining(['verordening', 'ja-nee-vraag']));
    expect(byId.get('uitdaagrecht')!.requires).toContain('uitdaagrecht-procedure');
    expect(byId.get('burgerberaad')!.recruitment).toEqual(['gestratificeerde-loting']);
  });

  it('marks feedback steps, and has at least one instrument that is itself a feedback step', () => {
    const isFeedback = catalogue.instruments.filter((i) => i.feedback === 'is-terugkoppeling').map((i) => i.id);
    expect(isFeedback).toEqual(expect.arrayContaining(['informatiebijeenkomst', 'nieuwsbrief-projectwebsite']));
    expect(catalogue.instruments.some((i) => i.feedback === 'bevat-terugkoppeling')).toBe(true);
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
    for (const level of LEVELS) expect(levelLabels[level].belofte.length).toBeGreaterThan(20);
    for (const r of REQUIREMENTS) expect(requirementLabels[r]).toBeTruthy();
  });
});
