import { describe, expect, it } from 'vitest';
import { TrajectAnswers, type TrajectAnswersInput } from '../../../shared/participatie/answers';
import { exampleCasussen } from '../../../shared/participatie/casussen/index';
import { ROOM_MAX_LEVEL } from '../../../shared/participatie/rules';
import { levelRank, PHASES, type Phase } from '../../../shared/participatie/vocabulary';
import { checkProcesplaat, type CheckId } from '../../../shared/procesplaat/checks';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { makeNode, Procesplaat, type PlateEdge, type PlateNode } from '../../../shared/procesplaat/model';
import { isDecision, orderViolations, participationNodes } from '../../../shared/procesplaat/order';

type Plate = { nodes: PlateNode[]; edges: PlateEdge[] };
const traject = (input: TrajectAnswersInput): TrajectAnswers => TrajectAnswers.parse(input);

/** The casussen of the brief's complaints, each built to exercise one rule of who decides and in what order. */
export const ownCasussen: Record<string, TrajectAnswers> = {
  'no participation': traject({ phases: {} }),
  'no participation, but kaders and a motivation': traject({
    phases: {
      agendering: { geenParticipatie: { reden: 'Wettelijke taak.' }, kaders: ['De wet schrijft het voor.'] },
      besluitvorming: { geenParticipatie: { reden: 'Geen ruimte.' }, councilRoles: ['besluitvormend'] },
    },
  }),
  'college decision after inspraak': traject({
    competentBody: 'college',
    phases: {
      agendering: { room: 'groot', level: 'raadplegen', instruments: ['enquete'], councilRoles: ['kaderstellend'] },
      beleidsvoorbereiding: { room: 'substantieel', level: 'adviseren', instruments: ['klankbordgroep'] },
      besluitvorming: { room: 'beperkt', level: 'raadplegen', instruments: ['inspraakavond', 'spreekrecht'] },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'burgemeester decides (the phase differs from the traject)': traject({
    competentBody: 'raad',
    phases: {
      agendering: { room: 'beperkt', level: 'raadplegen', instruments: ['straatgesprek'], kaders: ['Openbare orde.'] },
      besluitvorming: { competentBody: 'burgemeester', room: 'beperkt', level: 'raadplegen', instruments: ['enquete'] },
    },
  }),
  'uitdaagrecht in uitvoering': traject({
    competentBody: 'college',
    phases: {
      besluitvorming: { geenParticipatie: { reden: 'Het college toetst het verzoek.' } },
      uitvoering: {
        room: 'substantieel',
        level: 'zelfbeheer',
        mandate: true,
        instruments: ['uitdaagrecht', 'nieuwsbrief-projectwebsite'],
        kaders: ['Het gebouw blijft open voor iedereen.'],
        councilRoles: ['kaderstellend', 'controlerend'],
      },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['enquete'] },
    },
  }),
  'uitdaagrecht as the only step in besluitvorming': traject({
    phases: {
      besluitvorming: { room: 'substantieel', level: 'zelfbeheer', instruments: ['uitdaagrecht'], kaders: ['Budget.'] },
    },
  }),
  'mandate in besluitvorming (burgerbegroting)': traject({
    phases: {
      beleidsvoorbereiding: {
        room: 'substantieel',
        level: 'coproduceren',
        instruments: ['ontwerpatelier'],
        councilRoles: ['kaderstellend'],
      },
      besluitvorming: {
        room: 'substantieel',
        level: 'meebeslissen',
        mandate: true,
        priorCommitment: true,
        instruments: ['burgerbegroting', 'nieuwsbrief-projectwebsite'],
      },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'mandate at zelfbeheer (wijkbudget)': traject({
    phases: {
      uitvoering: {
        room: 'groot',
        level: 'zelfbeheer',
        mandate: true,
        instruments: ['wijkbudget'],
        kaders: ['€ 20.000 per jaar.'],
      },
    },
  }),
  'referendum in besluitvorming with a prior commitment': traject({
    phases: {
      agendering: { room: 'groot', level: 'raadplegen', instruments: ['burgerpanel'], councilRoles: ['kaderstellend'] },
      besluitvorming: {
        room: 'substantieel',
        level: 'meebeslissen',
        priorCommitment: true,
        vraagIsJaNee: true,
        instruments: ['referendum', 'rondetafelgesprek'],
      },
      evaluatie: { room: 'beperkt', level: 'adviseren', instruments: ['evaluatiesessie'] },
    },
  }),
  'participation only starts after the decision': traject({
    phases: {
      uitvoering: {
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['klankbordgroep'],
        kaders: ['Het plan ligt vast.'],
      },
    },
  }),
  'inspraak with terinzagelegging and spreekrecht': traject({
    phases: {
      beleidsvoorbereiding: {
        room: 'substantieel',
        level: 'adviseren',
        instruments: ['ontwerpatelier'],
        councilRoles: ['kaderstellend'],
      },
      besluitvorming: {
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['terinzagelegging-zienswijzen', 'inspraakavond', 'spreekrecht'],
      },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['enquete'] },
    },
  }),
  'no evaluation': traject({
    phases: {
      agendering: { room: 'groot', level: 'raadplegen', instruments: ['wijkgesprek'], councilRoles: ['kaderstellend'] },
      besluitvorming: { room: 'beperkt', level: 'raadplegen', instruments: ['inspraakavond'] },
    },
  }),
  'no kaders set': traject({
    phases: {
      agendering: { room: 'groot', level: 'raadplegen', instruments: ['wijkgesprek', 'enquete'] },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'only the raad hears residents (rondetafelgesprek and spreekrecht)': traject({
    phases: {
      besluitvorming: {
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['rondetafelgesprek', 'spreekrecht'],
        councilRoles: ['kaderstellend', 'besluitvormend'],
      },
    },
  }),
  'preferendum in agendering, the college decides': traject({
    competentBody: 'college',
    phases: {
      agendering: {
        room: 'groot',
        level: 'raadplegen',
        instruments: ['preferendum'],
        kaders: ['Binnen de begroting.'],
      },
      besluitvorming: { geenParticipatie: { reden: 'Het college weegt de uitkomst.' } },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'college decision on uitvoering after inspraak': traject({
    phases: {
      besluitvorming: {
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['informatiebijeenkomst'],
        kaders: ['Kader.'],
      },
      uitvoering: { competentBody: 'college', room: 'beperkt', level: 'raadplegen', instruments: ['inspraakavond'] },
    },
  }),
  'the raad decides already in beleidsvoorbereiding': traject({
    phases: {
      agendering: {
        room: 'groot',
        level: 'raadplegen',
        instruments: ['online-forum'],
        councilRoles: ['kaderstellend'],
      },
      beleidsvoorbereiding: {
        competentBody: 'raad',
        room: 'substantieel',
        level: 'adviseren',
        instruments: ['burgerberaad', 'rondetafelgesprek'],
      },
      besluitvorming: { room: 'beperkt', level: 'raadplegen', instruments: ['spreekrecht'] },
    },
  }),
  'inspraak on uitvoering, without a decision there': traject({
    phases: {
      besluitvorming: { geenParticipatie: { reden: 'Geen ruimte.' }, kaders: ['Het plan.'] },
      uitvoering: { room: 'beperkt', level: 'raadplegen', instruments: ['inspraakavond', 'klankbordgroep'] },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'promise larger than the room': traject({
    phases: {
      agendering: {
        room: 'beperkt',
        level: 'meebeslissen',
        instruments: ['burgertop'],
        councilRoles: ['kaderstellend'],
      },
      evaluatie: { room: 'beperkt', level: 'raadplegen', instruments: ['evaluatiesessie'] },
    },
  }),
  'everything at once': traject({
    competentBody: 'raad',
    phases: Object.fromEntries(
      PHASES.map((phase) => [
        phase,
        {
          room: 'groot',
          level: 'adviseren',
          kaders: ['Kader'],
          councilRoles: ['kaderstellend'],
          instruments: [
            'wijkgesprek',
            'enquete',
            'inspraakavond',
            'preferendum',
            'referendum',
            'rondetafelgesprek',
            'spreekrecht',
            'raadsmarkt',
            'burgerbegroting',
            'uitdaagrecht',
            'klankbordgroep',
            'evaluatiesessie',
          ],
        },
      ]),
    ),
  }),
};

const active = (a: TrajectAnswers, phase: Phase) => {
  const p = a.phases[phase];
  return !!p && !p.geenParticipatie && p.instruments.length > 0;
};

/**
 * The gaps a plate generated from these answers must show, and no other: what nobody chose
 * (kaders, an evaluation) and a promise the room cannot carry. Everything else the generator
 * gets right by itself.
 */
export function expectedGaps(a: TrajectAnswers): CheckId[] {
  const participation = PHASES.some((p) => active(a, p));
  if (!participation) return [];
  const gaps: CheckId[] = [];
  const overPromised = PHASES.some((p) => {
    const x = a.phases[p];
    return active(a, p) && x?.level && x.room && levelRank(x.level) > levelRank(ROOM_MAX_LEVEL[x.room]);
  });
  if (overPromised) gaps.push('niveau-hoger-dan-ruimte');
  const kaders = PHASES.some(
    (p) => a.phases[p]?.councilRoles.includes('kaderstellend') || (a.phases[p]?.kaders.length ?? 0) > 0,
  );
  if (!kaders) gaps.push('geen-kaderstelling-vooraf');
  if (!active(a, 'evaluatie')) gaps.push('geen-evaluatie');
  return gaps;
}

/** The invariants every generated plate keeps, whatever the answers. */
export function assertGeneratedPlate(answers: TrajectAnswers, plate: Procesplaat) {
  expect(Procesplaat.safeParse(plate).success).toBe(true);
  expect(orderViolations(plate)).toEqual([]);
  const participation = PHASES.some((p) => active(answers, p));
  if (!participation) expect(participationNodes(plate).map((n) => n.id)).toEqual([]);
  const fired = [...new Set(checkProcesplaat(plate).map((i) => i.check))];
  expect(fired.sort()).toEqual(expectedGaps(answers).sort());
  // Lanes run left to right: no arrow points back to an earlier phase.
  const rank = (id: string) => PHASES.indexOf(plate.nodes.find((n) => n.id === id)!.data.phase!);
  for (const e of plate.edges) expect(rank(e.source), e.id).toBeLessThanOrEqual(rank(e.target));
}

const titles = (plate: Plate) => plate.nodes.map((n) => n.data.title);
/** Whether `b` comes after `a` along the arrows. */
function follows(plate: Plate, a: string, b: string): boolean {
  const seen = new Set<string>();
  const stack = [a];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const e of plate.edges)
      if (e.source === id && !seen.has(e.target)) {
        if (e.target === b) return true;
        seen.add(e.target);
        stack.push(e.target);
      }
  }
  return false;
}
const byTitle = (plate: Plate, title: string) => {
  const found = plate.nodes.filter((n) => n.data.title === title);
  expect(found, title).toHaveLength(1);
  return found[0]!.id;
};
const byInstrument = (plate: Plate, instrument: string) =>
  plate.nodes.find((n) => n.type === 'activiteit' && n.data.instrument === instrument)!.id;

describe('the order of a generated procesplaat', () => {
  it.each(Object.entries(exampleCasussen))('holds for the bundled casus %s', (_id, casus) => {
    assertGeneratedPlate(casus.answers, generateProcesplaat(casus.answers));
  });

  it('has at least 15 own casussen', () => expect(Object.keys(ownCasussen).length).toBeGreaterThanOrEqual(15));

  it.each(Object.entries(ownCasussen))('holds for %s', (_id, answers) => {
    assertGeneratedPlate(answers, generateProcesplaat(answers));
  });

  it('draws no participation at all when nobody takes part: only who decides', () => {
    const plate = generateProcesplaat(ownCasussen['no participation']!);
    expect(plate.nodes.filter((n) => n.type !== 'fase').map((n) => n.data.title)).toEqual([
      'College stelt raadsvoorstel op',
      'Raad neemt het besluit',
    ]);
    const withFrames = generateProcesplaat(ownCasussen['no participation, but kaders and a motivation']!);
    expect(withFrames.nodes.filter((n) => n.type !== 'fase').map((n) => n.data.title)).toEqual([
      'Raad stelt de kaders vast',
      'College stelt raadsvoorstel op',
      'Raad neemt het besluit',
    ]);
    expect(checkProcesplaat(withFrames)).toEqual([]);
  });

  it('lets the college decide and informs the raad afterwards, without a council decision', () => {
    const plate = generateProcesplaat(ownCasussen['college decision after inspraak']!);
    expect(plate.nodes.some((n) => n.type === 'raadsmoment' && n.data.moment === 'besluit')).toBe(false);
    const decision = byTitle(plate, 'College neemt het besluit');
    const letter = byTitle(plate, 'Raad geïnformeerd (raadsinformatiebrief)');
    const feedback = byTitle(plate, 'Terugkoppeling van het besluit aan alle deelnemers');
    expect(follows(plate, byInstrument(plate, 'inspraakavond'), decision)).toBe(true);
    expect(follows(plate, decision, letter)).toBe(true);
    expect(follows(plate, letter, feedback)).toBe(true);
    // The council's own spreekrecht is an activity before the college decides.
    expect(follows(plate, byInstrument(plate, 'spreekrecht'), decision)).toBe(true);
  });

  it('follows a phase that names another body than the traject', () => {
    const plate = generateProcesplaat(ownCasussen['burgemeester decides (the phase differs from the traject)']!);
    expect(titles(plate)).toContain('Burgemeester neemt het besluit');
    expect(titles(plate)).not.toContain('Raad neemt het besluit');
  });

  it('lets the college decide on an uitdaagrecht request, not the raad', () => {
    const plate = generateProcesplaat(ownCasussen['uitdaagrecht as the only step in besluitvorming']!);
    const request = byInstrument(plate, 'uitdaagrecht');
    const decision = byTitle(plate, 'College beslist op het verzoek');
    expect(follows(plate, request, decision)).toBe(true);
    expect(titles(plate)).not.toContain('Raad neemt het besluit');
    expect(follows(plate, decision, byTitle(plate, 'Raad geïnformeerd (raadsinformatiebrief)'))).toBe(true);
    expect(follows(plate, decision, byTitle(plate, 'Terugkoppeling van het besluit aan alle deelnemers'))).toBe(true);
  });

  it('lets residents decide within a mandate and the college carry it out', () => {
    for (const name of ['mandate in besluitvorming (burgerbegroting)', 'mandate at zelfbeheer (wijkbudget)']) {
      const plate = generateProcesplaat(ownCasussen[name]!);
      const mandate = byTitle(plate, 'Inwoners beslissen binnen mandaat');
      const execution = byTitle(plate, 'College voert uit');
      expect(
        plate.edges.some((e) => e.source === mandate && e.target === execution),
        name,
      ).toBe(true);
      expect(follows(plate, execution, byTitle(plate, 'Raad geïnformeerd (raadsinformatiebrief)')), name).toBe(true);
    }
    // A mandate in besluitvorming replaces the raadsbesluit; in uitvoering the raad decided before.
    expect(titles(generateProcesplaat(ownCasussen['mandate in besluitvorming (burgerbegroting)']!))).not.toContain(
      'Raad neemt het besluit',
    );
  });

  it('lets the raad hear a referendum after it is held, then its own rondetafelgesprek, then decide', () => {
    const plate = generateProcesplaat(ownCasussen['referendum in besluitvorming with a prior commitment']!);
    const referendum = byInstrument(plate, 'referendum');
    const hears = byTitle(plate, 'Raad hoort de opbrengst');
    const roundTable = byInstrument(plate, 'rondetafelgesprek');
    const decision = byTitle(plate, 'Raad neemt het besluit');
    expect(follows(plate, referendum, hears)).toBe(true);
    expect(follows(plate, hears, roundTable)).toBe(true);
    expect(follows(plate, roundTable, decision)).toBe(true);
    expect(follows(plate, decision, byTitle(plate, 'Terugkoppeling van het besluit aan alle deelnemers'))).toBe(true);
    expect(plate.nodes.find((n) => n.id === decision)!.data.description).toMatch(/vooraf beloofd/);
  });

  it('sets the kaders before the decision also when participation only starts afterwards', () => {
    const plate = generateProcesplaat(ownCasussen['participation only starts after the decision']!);
    const frameSetting = byTitle(plate, 'Raad stelt de kaders vast');
    const decision = byTitle(plate, 'Raad neemt het besluit');
    expect(follows(plate, frameSetting, decision)).toBe(true);
    expect(follows(plate, decision, frameSetting)).toBe(false);
    expect(plate.nodes.find((n) => n.id === frameSetting)!.data.phase).toBe('besluitvorming');
    // Nobody took part before the decision: nobody to tell what was decided, no opbrengst to hear.
    expect(titles(plate)).not.toContain('Terugkoppeling van het besluit aan alle deelnemers');
    expect(titles(plate)).not.toContain('Raad hoort de opbrengst');
  });

  it('puts every inspraak and terinzagelegging before the council hears the results', () => {
    const plate = generateProcesplaat(ownCasussen['inspraak with terinzagelegging and spreekrecht']!);
    const hears = byTitle(plate, 'Raad hoort de opbrengst');
    for (const i of ['terinzagelegging-zienswijzen', 'inspraakavond'])
      expect(follows(plate, byInstrument(plate, i), hears)).toBe(true);
    expect(follows(plate, hears, byInstrument(plate, 'spreekrecht'))).toBe(true);
  });

  it('plans no evaluation nobody chose, and says so', () => {
    const plate = generateProcesplaat(ownCasussen['no evaluation']!);
    expect(plate.nodes.some((n) => n.type === 'evaluatie')).toBe(false);
    expect(checkProcesplaat(plate).map((i) => i.check)).toEqual(['geen-evaluatie']);
  });

  it('sends a planned evaluation back to the raad', () => {
    const plate = generateProcesplaat(ownCasussen['no kaders set']!);
    expect(
      follows(plate, byTitle(plate, 'Evaluatie van de participatie'), byTitle(plate, 'Raad hoort de evaluatie')),
    ).toBe(true);
    expect(titles(plate)).not.toContain('Raad stelt de kaders vast');
    expect(checkProcesplaat(plate).map((i) => i.check)).toEqual(['geen-kaderstelling-vooraf']);
  });

  it('brings input on the execution to the raad as well', () => {
    const plate = generateProcesplaat(ownCasussen['inspraak on uitvoering, without a decision there']!);
    const info = plate.nodes.find(
      (n) => n.type === 'raadsmoment' && n.data.moment === 'informatie' && n.data.phase === 'uitvoering',
    );
    expect(info).toBeDefined();
    expect(follows(plate, byInstrument(plate, 'inspraakavond'), info!.id)).toBe(true);
  });

  it('feeds back after every decision in the largest plate', () => {
    const plate = generateProcesplaat(ownCasussen['everything at once']!);
    expect(plate.nodes.filter(isDecision).length).toBeGreaterThanOrEqual(5);
  });
});

describe('isDecision', () => {
  it.each([
    ['College beslist op het verzoek', true],
    ['College neemt het besluit', true],
    ['Collegebesluit over de subsidie', true],
    ['Burgemeester neemt het besluit', true],
    ['College stelt raadsvoorstel op', false],
    ['Besluitvorming voorbereiden', false],
    ['Ontwerpbesluit ter inzage', false],
    ['College voert uit', false],
  ])('reads the college step ‘%s’ as a decision: %s', (title, decision) => {
    expect(isDecision(makeNode('collegemoment', 'c', { title }))).toBe(decision);
  });
});

describe('orderViolations', () => {
  const n = {
    frames: makeNode('raadsmoment', 'frames', { title: 'Kaders', moment: 'kaderstelling', phase: 'agendering' }),
    inspraak: makeNode('activiteit', 'inspraak', {
      title: 'Inspraak',
      instrument: 'inspraakavond',
      phase: 'besluitvorming',
    }),
    roundTable: makeNode('activiteit', 'roundTable', {
      title: 'Rondetafel',
      instrument: 'rondetafelgesprek',
      phase: 'besluitvorming',
    }),
    info: makeNode('raadsmoment', 'info', { title: 'Info', moment: 'informatie', phase: 'besluitvorming' }),
    decision: makeNode('raadsmoment', 'decision', { title: 'Besluit', moment: 'besluit', phase: 'besluitvorming' }),
    feedback: makeNode('terugkoppeling', 'feedback', { title: 'Terugkoppeling', phase: 'besluitvorming' }),
    eval: makeNode('evaluatie', 'eval', { title: 'Evaluatie', phase: 'evaluatie' }),
    councilEvaluation: makeNode('raadsmoment', 'eval-council', {
      title: 'Raad hoort',
      moment: 'informatie',
      phase: 'evaluatie',
    }),
  };
  const e = (source: string, target: string): PlateEdge => ({
    id: `${source}>${target}`,
    source,
    target,
    type: 'volgorde',
    label: '',
  });
  const chain = (...ids: string[]) => ids.slice(1).map((id, i) => e(ids[i]!, id));
  const plate = (order: string[]): Plate => ({
    nodes: order.map((id) => Object.values(n).find((x) => x.id === id)!),
    edges: chain(...order),
  });
  const right = ['frames', 'inspraak', 'info', 'roundTable', 'decision', 'feedback', 'eval', 'eval-council'];

  it('accepts the order of the brief', () => expect(orderViolations(plate(right))).toEqual([]));

  it.each([
    [
      'kaderstelling after the decision',
      ['inspraak', 'info', 'roundTable', 'decision', 'frames', 'feedback', 'eval', 'eval-council'],
      /kaderstelling/,
    ],
    [
      'the council hears before the inspraak',
      ['frames', 'info', 'inspraak', 'roundTable', 'decision', 'feedback', 'eval', 'eval-council'],
      /information moment/,
    ],
    [
      'the rondetafelgesprek before the council is informed',
      ['frames', 'roundTable', 'inspraak', 'info', 'decision', 'feedback', 'eval', 'eval-council'],
      /council-run/,
    ],
    [
      'participation after the decision it should inform',
      ['frames', 'info', 'decision', 'inspraak', 'roundTable', 'feedback', 'eval', 'eval-council'],
      /comes after decision/,
    ],
    [
      'no feedback after the decision',
      ['frames', 'inspraak', 'info', 'roundTable', 'decision', 'eval', 'eval-council'],
      /not followed by feedback/,
    ],
    [
      'an evaluation the council never hears',
      ['frames', 'inspraak', 'info', 'roundTable', 'decision', 'feedback', 'eval'],
      /evaluation/,
    ],
  ])('flags %s', (_name, order, message) => {
    expect(orderViolations(plate(order)).join('\n')).toMatch(message);
  });

  it('flags a part that is not connected', () => {
    const p = plate(right);
    p.nodes.push(makeNode('mijlpaal', 'loose', { title: 'Los' }));
    expect(orderViolations(p)).toEqual(['loose is not connected to the process']);
  });
});
