import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECK_SEVERITY, checkProcesplaat, type CheckId } from '../../../shared/procesplaat/checks';
import { makeNode, type PlateEdge, type PlateNode } from '../../../shared/procesplaat/model';
import { checkTexts } from '../../../shared/procesplaat/texts';

const fase = (phase: 'agendering' | 'besluitvorming' | 'uitvoering', room?: 'geen' | 'beperkt' | 'groot') =>
  makeNode('fase', `f-${phase}`, { title: phase, phase, room });
const frames = makeNode('raadsmoment', 'kader', { title: 'Kaders', moment: 'kaderstelling', phase: 'agendering' });
const info = makeNode('raadsmoment', 'info', { title: 'Info', moment: 'informatie', phase: 'besluitvorming' });
const decision = makeNode('raadsmoment', 'besluit', { title: 'Besluit', moment: 'besluit', phase: 'besluitvorming' });
const act = (
  id: string,
  phase: 'agendering' | 'besluitvorming' | 'uitvoering' = 'agendering',
  level?: 'raadplegen' | 'meebeslissen',
) => makeNode('activiteit', id, { title: `Activiteit ${id}`, phase, level });
const fb = (id: string) => makeNode('terugkoppeling', id, { title: `Terugkoppeling ${id}` });
const decisionFeedback = makeNode('terugkoppeling', 'fb-besluit', {
  title: 'Terugkoppeling besluit',
  phase: 'besluitvorming',
});
const evaluation = makeNode('evaluatie', 'eval', { title: 'Evaluatie' });
const councilEvaluation = makeNode('raadsmoment', 'eval-raad', { title: 'Raad hoort evaluatie', moment: 'informatie' });
const e = (source: string, target: string, type: PlateEdge['type'] = 'volgorde'): PlateEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  type,
  label: '',
});

/** After the decision: feedback to all participants, then the evaluation that goes back to the raad. */
const tailNodes = [decisionFeedback, evaluation, councilEvaluation];
const tailEdges = [e('besluit', 'fb-besluit'), e('fb-besluit', 'eval'), e('eval', 'eval-raad')];

/** kader → a → fb-a → info → besluit → fb-besluit → eval → eval-raad: the smallest plate that follows the spelregels. */
function sound(): { nodes: PlateNode[]; edges: PlateEdge[] } {
  return {
    nodes: [
      fase('agendering', 'groot'),
      fase('besluitvorming'),
      frames,
      act('a'),
      fb('fb-a'),
      info,
      decision,
      ...tailNodes,
    ],
    edges: [e('kader', 'a'), e('a', 'fb-a'), e('fb-a', 'info'), e('info', 'besluit'), ...tailEdges],
  };
}
const ids = (plate: { nodes: PlateNode[]; edges: PlateEdge[] }) => checkProcesplaat(plate).map((i) => i.id);

describe('spelregels checks', () => {
  it('find nothing on a sound plate', () => {
    expect(checkProcesplaat(sound())).toEqual([]);
  });

  it('flag an activity without feedback after it, and stop flagging once feedback follows a communication step', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'fb-a' && n.id !== 'fb-besluit');
    plate.edges = [e('kader', 'a'), e('a', 'info'), e('info', 'besluit'), e('besluit', 'eval'), e('eval', 'eval-raad')];
    const issue = checkProcesplaat(plate).find((i) => i.check === 'activiteit-zonder-terugkoppeling');
    expect(issue).toMatchObject({ id: 'activiteit-zonder-terugkoppeling:a', nodeIds: ['a'] });
    expect(issue!.message).toContain('Activiteit a');

    plate.nodes.push(makeNode('communicatie', 'c', { title: 'Nieuwsbrief' }), fb('fb-later'));
    plate.edges.push(e('a', 'c'), e('c', 'fb-later'));
    expect(ids(plate)).toEqual(['besluit-niet-teruggekoppeld:besluit']);
  });

  it('accept the feedback on the decision as feedback on the activities just before it', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'fb-a');
    plate.edges = [e('kader', 'a'), e('a', 'info'), e('info', 'besluit'), ...tailEdges];
    expect(ids(plate)).toEqual([]);
  });

  it('do not accept feedback that only comes after the next activity', () => {
    const plate = sound();
    plate.nodes.push(act('b'));
    plate.edges = [e('kader', 'a'), e('a', 'b'), e('b', 'fb-a'), e('fb-a', 'info'), e('info', 'besluit'), ...tailEdges];
    expect(ids(plate)).toEqual(['activiteit-zonder-terugkoppeling:a']);
  });

  it('flag participation that comes after the decision it should inform, but not participation in uitvoering', () => {
    const plate = sound();
    plate.nodes.push(
      act('laat', 'besluitvorming'),
      fb('fb-laat'),
      fase('uitvoering'),
      act('uit', 'uitvoering'),
      fb('fb-uit'),
    );
    plate.edges.push(e('besluit', 'laat'), e('laat', 'fb-laat'), e('besluit', 'uit'), e('uit', 'fb-uit'));
    expect(ids(plate)).toEqual(['participatie-na-besluit:laat']);
  });

  it('flag a level the phase’s room cannot carry', () => {
    const plate = sound();
    plate.nodes[0] = fase('agendering', 'beperkt');
    plate.nodes[3] = act('a', 'agendering', 'meebeslissen');
    const issues = checkProcesplaat(plate);
    expect(issues.map((i) => i.id)).toEqual(['niveau-hoger-dan-ruimte:a']);
    expect(issues[0]!.message).toMatch(/meebeslissen.*ruimte voor invloed: alleen details open.*adviseren/);
  });

  it('flag participation without council frame-setting before it, pointing at the first activity only', () => {
    const plate = sound();
    plate.nodes.push(act('b'), fb('fb-b'));
    plate.edges = [
      e('a', 'fb-a'),
      e('fb-a', 'b'),
      e('b', 'fb-b'),
      e('fb-b', 'info'),
      e('info', 'besluit'),
      e('kader', 'info'),
      ...tailEdges,
    ];
    expect(checkProcesplaat(plate).find((i) => i.check === 'geen-kaderstelling-vooraf')).toMatchObject({
      nodeIds: ['a'],
    });
    plate.nodes = plate.nodes.filter((n) => n.id !== 'kader');
    plate.edges = plate.edges.filter((x) => x.source !== 'kader');
    expect(checkProcesplaat(plate).find((i) => i.check === 'geen-kaderstelling-vooraf')!.message).toContain(
      'geen moment',
    );
  });

  it('flag a decision the council was not informed for', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'info');
    plate.edges = [e('kader', 'a'), e('a', 'fb-a'), e('fb-a', 'besluit'), ...tailEdges];
    expect(ids(plate)).toEqual(['besluit-zonder-informatie:besluit']);
  });

  it('flag nodes outside the process, but never the lanes', () => {
    const plate = sound();
    plate.nodes.push(makeNode('mijlpaal', 'los', { title: 'Los' }));
    expect(ids(plate)).toEqual(['los-van-proces:los']);
  });

  it('flag a loop of sequence arrows, but allow a loop closed by an information arrow', () => {
    const plate = sound();
    plate.edges.push(e('eval-raad', 'kader'));
    const loop = checkProcesplaat(plate).filter((i) => i.check === 'kringloop');
    expect(loop).toHaveLength(1);
    expect(loop[0]!.nodeIds).toEqual(['kader', 'a', 'fb-a', 'info', 'besluit', 'fb-besluit', 'eval', 'eval-raad']);
    plate.edges[plate.edges.length - 1] = e('eval-raad', 'kader', 'informatie');
    expect(ids(plate)).toEqual([]);
  });
});

describe('the checks of who decides and what comes after', () => {
  const college = makeNode('collegemoment', 'college', {
    title: 'College beslist op het verzoek',
    phase: 'besluitvorming',
  });

  it('flag a decision residents gave input for but never hear back about, the council’s and the college’s', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'fb-besluit');
    plate.edges = [
      e('kader', 'a'),
      e('a', 'fb-a'),
      e('fb-a', 'info'),
      e('info', 'besluit'),
      e('besluit', 'eval'),
      e('eval', 'eval-raad'),
    ];
    const [issue] = checkProcesplaat(plate);
    expect(issue).toMatchObject({
      id: 'besluit-niet-teruggekoppeld:besluit',
      severity: 'medium',
      nodeIds: ['besluit'],
    });
    expect(issue!.message).toContain('‘Besluit’');

    plate.nodes = plate.nodes.map((n) => (n.id === 'besluit' ? { ...college, id: 'besluit' } : n));
    expect(ids(plate)).toEqual(['besluit-niet-teruggekoppeld:besluit']);
  });

  it('do not ask for feedback on a decision nobody gave input for', () => {
    const plate = { nodes: [fase('besluitvorming'), decision, college], edges: [e('besluit', 'college')] };
    expect(ids(plate)).toEqual([]);
  });

  it('do not ask the council to hear input when there was none before its decision', () => {
    const plate = { nodes: [fase('besluitvorming'), frames, decision], edges: [e('kader', 'besluit')] };
    expect(ids(plate)).toEqual([]);
  });

  it('flag participation that comes after the college decided', () => {
    const plate = sound();
    plate.nodes.push(college, act('laat', 'besluitvorming'), fb('fb-laat'));
    plate.edges.push(e('kader', 'college'), e('college', 'laat'), e('laat', 'fb-laat'), e('fb-laat', 'info'));
    expect(ids(plate)).toContain('participatie-na-besluit:laat');
  });

  it('flag participation without an evaluation, pointing at the end of the process', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'eval' && n.id !== 'eval-raad');
    plate.edges = plate.edges.filter((x) => x.target !== 'eval' && x.target !== 'eval-raad');
    const issues = checkProcesplaat(plate);
    expect(issues.map((i) => i.id)).toEqual(['geen-evaluatie:fb-besluit']);
    expect(issues[0]!.message).toMatch(/geen evaluatie/);
    // Without participation there is nothing to evaluate.
    expect(ids({ nodes: [decision], edges: [] })).toEqual([]);
  });

  it('say once per loose part what is not connected', () => {
    const plate = sound();
    plate.nodes.push(
      makeNode('mijlpaal', 'los1', { title: 'Los 1' }),
      makeNode('mijlpaal', 'los2', { title: 'Los 2' }),
      makeNode('mijlpaal', 'los3', { title: 'Los 3' }),
    );
    plate.edges.push(e('los1', 'los2'));
    const loose = checkProcesplaat(plate).filter((i) => i.check === 'los-van-proces');
    expect(loose.map((i) => i.nodeIds)).toEqual([['los1', 'los2'], ['los3']]);
    expect(loose[0]!.message).toBe('‘Los 1’ en ‘Los 2’ zijn niet verbonden met de rest van het proces.');
    expect(loose[1]!.message).toBe('‘Los 3’ is niet verbonden met de rest van het proces.');
  });

  it('name at most five steps of a loose part and count the rest', () => {
    const chain = (n: number) => {
      const plate = sound();
      const loose = Array.from({ length: n }, (_, i) => makeNode('mijlpaal', `los${i + 1}`, { title: `Los ${i + 1}` }));
      plate.nodes.push(...loose);
      for (let i = 1; i < n; i++) plate.edges.push(e(`los${i}`, `los${i + 1}`));
      return checkProcesplaat(plate).find((i) => i.check === 'los-van-proces')!.message;
    };
    expect(chain(3)).toBe('‘Los 1’, ‘Los 2’ en ‘Los 3’ zijn niet verbonden met de rest van het proces.');
    expect(chain(5)).toBe(
      '‘Los 1’, ‘Los 2’, ‘Los 3’, ‘Los 4’ en ‘Los 5’ zijn niet verbonden met de rest van het proces.',
    );
    expect(chain(8)).toBe(
      '‘Los 1’, ‘Los 2’, ‘Los 3’, ‘Los 4’, ‘Los 5’ en nog 3 andere stappen zijn niet verbonden met de rest van het proces.',
    );
  });
});

/** Per check a plate that breaks exactly that rule; typed so a new check cannot go without one. */
const violating: Record<CheckId, () => { nodes: PlateNode[]; edges: PlateEdge[] }> = {
  'activiteit-zonder-terugkoppeling': () => {
    const p = sound();
    p.nodes.push(act('b'));
    p.edges = [e('kader', 'a'), e('a', 'b'), e('b', 'fb-a'), e('fb-a', 'info'), e('info', 'besluit'), ...tailEdges];
    return p;
  },
  'participatie-na-besluit': () => {
    const p = sound();
    p.nodes.push(act('laat', 'besluitvorming'), fb('fb-laat'));
    p.edges.push(e('besluit', 'laat'), e('laat', 'fb-laat'));
    return p;
  },
  'niveau-hoger-dan-ruimte': () => {
    const p = sound();
    p.nodes[0] = fase('agendering', 'geen');
    p.nodes[3] = act('a', 'agendering', 'raadplegen');
    return p;
  },
  'geen-kaderstelling-vooraf': () => {
    const p = sound();
    p.nodes = p.nodes.filter((n) => n.id !== 'kader');
    p.edges = p.edges.filter((x) => x.source !== 'kader');
    return p;
  },
  'besluit-zonder-informatie': () => {
    const p = sound();
    p.nodes = p.nodes.filter((n) => n.id !== 'info');
    p.edges = [e('kader', 'a'), e('a', 'fb-a'), e('fb-a', 'besluit'), ...tailEdges];
    return p;
  },
  'besluit-niet-teruggekoppeld': () => {
    const p = sound();
    p.nodes = p.nodes.filter((n) => n.id !== 'fb-besluit');
    p.edges = [...p.edges.filter((x) => x.source !== 'fb-besluit' && x.target !== 'fb-besluit'), e('besluit', 'eval')];
    return p;
  },
  'geen-evaluatie': () => {
    const p = sound();
    p.nodes = p.nodes.filter((n) => n.type !== 'evaluatie' && n.id !== 'eval-raad');
    p.edges = p.edges.filter((x) => x.target !== 'eval' && x.target !== 'eval-raad');
    return p;
  },
  'los-van-proces': () => {
    const p = sound();
    p.nodes.push(makeNode('communicatie', 'los', { title: 'Los' }));
    return p;
  },
  kringloop: () => {
    const p = sound();
    p.edges.push(e('fb-besluit', 'info'));
    return p;
  },
};

describe('every check', () => {
  it.each(CHECK_IDS.map((id) => [id]))('%s fires on a plate built to break it, and only it', (id) => {
    expect([...new Set(checkProcesplaat(violating[id]()).map((i) => i.check))]).toEqual([id]);
  });

  it.each(CHECK_IDS.map((id) => [id]))('%s has a Dutch name, an explanation and a severity', (id) => {
    expect(checkTexts[id].title.length).toBeGreaterThan(3);
    expect(checkTexts[id].explanation).toMatch(/\.$/);
    expect(['high', 'medium']).toContain(CHECK_SEVERITY[id]);
  });

  it('stays quiet on the sound plate', () => expect(checkProcesplaat(sound())).toEqual([]));
});
