import { describe, expect, it } from 'vitest';
import { checkTrajectAgainstCode, CODE_CHECK_IDS, planLegalBasis } from '../../../shared/code/traject-checks';
import { exampleCodes } from '../../../shared/code/examples/index';
import { TrajectAnswers, type TrajectAnswersInput } from '../../../shared/participatie/answers';
import { makeNode, type PlateEdge, type PlateNode } from '../../../shared/procesplaat/model';
import { code, nr } from './helpers';

const answers = (input: TrajectAnswersInput) => TrajectAnswers.parse(input);
const ids = (checks: { id: string }[]) => checks.map((c) => c.id);

/** A sound traject under the standard code: high impact, the raad sets kaders, levels the code knows. */
const gezond = answers({
  impact: 'groot',
  competentBody: 'raad',
  phases: {
    beleidsvoorbereiding: {
      level: 'adviseren',
      instruments: ['wijkgesprek'],
      councilRoles: ['kaderstellend'],
    },
    besluitvorming: { level: 'informeren', instruments: ['informatiebijeenkomst'] },
    uitvoering: { geenParticipatie: { reden: 'Het ontwerp ligt vast; alleen de uitvoering volgt.' } },
  },
});

const edge = (source: string, target: string): PlateEdge => ({
  id: `e:${source}>${target}`,
  source,
  target,
  type: 'volgorde',
  label: '',
});
function plate(besluitDatum: string, terugDatum: string, extra: PlateNode[] = []) {
  const nodes: PlateNode[] = [
    makeNode('raadsmoment', 'kaders', { title: 'Raad stelt kaders', moment: 'kaderstelling' }),
    makeNode('activiteit', 'gesprek', { title: 'Wijkgesprek', level: 'adviseren', phase: 'beleidsvoorbereiding' }),
    makeNode('raadsmoment', 'besluit', {
      title: 'Raad besluit',
      moment: 'besluit',
      date: besluitDatum,
      phase: 'besluitvorming',
    }),
    makeNode('terugkoppeling', 'terug', { title: 'Terugkoppeling', date: terugDatum, phase: 'besluitvorming' }),
    ...extra,
  ];
  return { nodes, edges: [edge('kaders', 'gesprek'), edge('gesprek', 'besluit'), edge('besluit', 'terug')] };
}

describe('checks of a traject against its code', () => {
  it('finds nothing on a sound traject, with and without a plate', () => {
    expect(checkTrajectAgainstCode(code(), gezond)).toEqual([]);
    expect(checkTrajectAgainstCode(code(), gezond, plate('2026-03-01', '2026-04-01'))).toEqual([]);
    expect(checkTrajectAgainstCode(exampleCodes.bremerveld, gezond)).toEqual([]);
    expect(checkTrajectAgainstCode(code(), answers({}))).toEqual([]);
  });

  it('plan-niet-naar-raad: a high-impact traject whose plan does not reach the raad beforehand', () => {
    const c = code();
    const zonder = answers({ ...gezond, phases: { ...gezond.phases, beleidsvoorbereiding: { level: 'adviseren' } } });
    const [check] = checkTrajectAgainstCode(c, zonder);
    expect(check).toMatchObject({
      id: 'plan-niet-naar-raad',
      check: 'plan-niet-naar-raad',
      severity: 'high',
      article: { key: 'participatieplan', number: nr(c, 'participatieplan') },
    });
    expect(check!.text).toContain(`artikel ${nr(c, 'participatieplan')} van de Participatieverordening Teststad 2026`);
    // On a plate: a kaderstelling moment is what counts.
    const p = plate('2026-03-01', '2026-03-10');
    const zonderKaders = { nodes: p.nodes.filter((n) => n.id !== 'kaders'), edges: p.edges.slice(1) };
    expect(ids(checkTrajectAgainstCode(c, gezond, zonderKaders))).toEqual(['plan-niet-naar-raad']);
    // Not for a small traject, nor when the code only sends plans for information, nor when the college decides.
    expect(checkTrajectAgainstCode(c, { ...zonder, impact: 'klein' })).toEqual([]);
    const terInformatie = {
      ...c,
      participatieplan: { ...c.participatieplan, raadSees: 'afterwards-for-information' as const },
    };
    expect(checkTrajectAgainstCode(terInformatie, zonder)).toEqual([]);
    expect(checkTrajectAgainstCode(c, { ...zonder, competentBody: 'college' })).toEqual([]);
    // A code that always wants the plan first: also for a small traject.
    const altijd = { ...c, participatieplan: { ...c.participatieplan, raadSees: 'before-always' as const } };
    expect(ids(checkTrajectAgainstCode(altijd, { ...zonder, impact: 'klein' }))).toEqual(['plan-niet-naar-raad']);
  });

  it('terugkoppeling-te-laat: feedback later than the code allows after the decision', () => {
    const c = code(); // six weeks
    expect(checkTrajectAgainstCode(c, gezond, plate('2026-03-02', '2026-04-13'))).toEqual([]); // exactly six weeks
    const [check] = checkTrajectAgainstCode(c, gezond, plate('2026-03-02', '2026-04-14'));
    expect(check).toMatchObject({
      id: 'terugkoppeling-te-laat:besluit',
      severity: 'medium',
      nodeIds: ['terug', 'besluit'],
      article: { key: 'verslag', number: nr(c, 'verslag') },
    });
    expect(check!.text).toContain('binnen zes weken');
    expect(check!.text).toContain('14 april 2026');
    // The code's own term counts.
    const kort = { ...c, terugkoppeling: { ...c.terugkoppeling, terugkoppelingWeeks: 2 } };
    expect(ids(checkTrajectAgainstCode(kort, gezond, plate('2026-03-02', '2026-03-30')))).toEqual([
      'terugkoppeling-te-laat:besluit',
    ]);
    // Without dates nothing can be said.
    expect(checkTrajectAgainstCode(kort, gezond, plate('', '2026-12-01'))).toEqual([]);
  });

  it('niveau-niet-in-code: a level the code does not use, in the answers and on the plate', () => {
    const c = exampleCodes.lindewaard;
    const gebruikt = new Set(c.levels.map((n) => n.level));
    expect(gebruikt.has('meebeslissen')).toBe(false);
    const a = answers({ ...gezond, phases: { ...gezond.phases, uitvoering: { level: 'meebeslissen' } } });
    const checks = checkTrajectAgainstCode(c, a).filter((x) => x.check === 'niveau-niet-in-code');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: 'niveau-niet-in-code:uitvoering', phase: 'uitvoering', severity: 'high' });
    expect(checks[0]!.article?.key).toBe('niveaus');
    expect(checks[0]!.text).toContain('meebeslissen');
    const opPlaat = plate('', '', [
      makeNode('activiteit', 'burgerbudget', { title: 'Burgerbudget', level: 'zelfbeheer', phase: 'uitvoering' }),
    ]);
    expect(ids(checkTrajectAgainstCode(code(), gezond, opPlaat))).toEqual(['niveau-niet-in-code:burgerbudget']);
  });

  it('uitzondering-zonder-motivering: no participation without the reasons', () => {
    const c = code();
    const a = answers({ ...gezond, phases: { ...gezond.phases, uitvoering: { geenParticipatie: { reden: '  ' } } } });
    const [check] = checkTrajectAgainstCode(c, a);
    expect(check).toMatchObject({
      id: 'uitzondering-zonder-motivering:uitvoering',
      phase: 'uitvoering',
      severity: 'high',
      article: { key: 'uitzonderingen', number: nr(c, 'uitzonderingen') },
    });
    // A code without exceptions points at the article that asks for the motivering.
    const zonderUitzonderingen = { ...c, scope: { ...c.scope, exemptions: [] } };
    expect(checkTrajectAgainstCode(zonderUitzonderingen, a)[0]!.article?.key).toBe('toepassing');
  });

  it('uitdaagrecht-uit: the uitdaagrecht in a traject under a code without it', () => {
    const zonder = exampleCodes.lindewaard;
    expect(zonder.uitdaagrecht.enabled).toBe(false);
    const a = answers({
      ...gezond,
      phases: { ...gezond.phases, uitvoering: { level: 'coproduceren', instruments: ['uitdaagrecht'] } },
    });
    const checks = checkTrajectAgainstCode(zonder, a).filter((x) => x.check === 'uitdaagrecht-uit');
    expect(checks).toEqual([expect.objectContaining({ id: 'uitdaagrecht-uit', article: null, phase: 'uitvoering' })]);
    expect(checkTrajectAgainstCode(exampleCodes.bremerveld, a).map((x) => x.check)).not.toContain('uitdaagrecht-uit');
    // Named in the plan details only.
    const viaPlan = answers({ ...gezond, plan: { uitdaagrecht: { vanToepassing: true } } });
    expect(ids(checkTrajectAgainstCode(zonder, viaPlan))).toContain('uitdaagrecht-uit');
  });

  it('gives stable ids in a fixed order and a Dutch text for every check', () => {
    const c = exampleCodes.lindewaard;
    const alles = answers({
      impact: 'groot',
      phases: {
        beleidsvoorbereiding: { level: 'meebeslissen', instruments: ['uitdaagrecht'] },
        uitvoering: { geenParticipatie: { reden: '' } },
      },
    });
    const checks = checkTrajectAgainstCode(c, alles);
    expect(checks).toEqual(checkTrajectAgainstCode(c, structuredClone(alles)));
    const order = checks.map((x) => CODE_CHECK_IDS.indexOf(x.check));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    for (const x of checks) expect(x.text).toMatch(/^[A-Z‘].+\.$/);
  });

  it('cites the article a participatieplan rests on', () => {
    const c = code();
    expect(planLegalBasis(c)).toBe(`artikel ${nr(c, 'participatieplan')} van de Participatieverordening Teststad 2026`);
    expect(planLegalBasis(c, true)).toBe(
      `artikel ${nr(c, 'uitzonderingen')} van de Participatieverordening Teststad 2026`,
    );
  });
});
