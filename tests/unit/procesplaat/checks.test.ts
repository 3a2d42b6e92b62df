import { describe, expect, it } from 'vitest';
import { checkProcesplaat, makeNode, type ProcesEdge, type ProcesNode } from '../../../shared/procesplaat/index';

const fase = (phase: 'agendering' | 'besluitvorming' | 'uitvoering', room?: 'geen' | 'beperkt' | 'groot') =>
  makeNode('fase', `f-${phase}`, { title: phase, phase, room });
const kader = makeNode('raadsmoment', 'kader', { title: 'Kaders', moment: 'kaderstelling', phase: 'agendering' });
const info = makeNode('raadsmoment', 'info', { title: 'Info', moment: 'informatie', phase: 'besluitvorming' });
const besluit = makeNode('raadsmoment', 'besluit', { title: 'Besluit', moment: 'besluit', phase: 'besluitvorming' });
const act = (
  id: string,
  phase: 'agendering' | 'besluitvorming' | 'uitvoering' = 'agendering',
  level?: 'raadplegen' | 'meebeslissen',
) => makeNode('activiteit', id, { title: `Activiteit ${id}`, phase, level });
const fb = (id: string) => makeNode('terugkoppeling', id, { title: `Terugkoppeling ${id}` });
const e = (source: string, target: string, type: ProcesEdge['type'] = 'volgorde'): ProcesEdge => ({
  id: `${source}>${target}`,
  source,
  target,
  type,
  label: '',
});

/** kader → a → fb-a → info → besluit: the smallest plate that follows the spelregels. */
function sound(): { nodes: ProcesNode[]; edges: ProcesEdge[] } {
  return {
    nodes: [fase('agendering', 'groot'), fase('besluitvorming'), kader, act('a'), fb('fb-a'), info, besluit],
    edges: [e('kader', 'a'), e('a', 'fb-a'), e('fb-a', 'info'), e('info', 'besluit')],
  };
}
const ids = (plate: { nodes: ProcesNode[]; edges: ProcesEdge[] }) => checkProcesplaat(plate).map((i) => i.id);

describe('spelregels checks', () => {
  it('find nothing on a sound plate', () => {
    expect(checkProcesplaat(sound())).toEqual([]);
  });

  it('flag an activity without feedback after it, and stop flagging once feedback follows a communication step', () => {
    const plate = sound();
    plate.nodes = plate.nodes.filter((n) => n.id !== 'fb-a');
    plate.edges = [e('kader', 'a'), e('a', 'info'), e('info', 'besluit')];
    const [issue] = checkProcesplaat(plate);
    expect(issue).toMatchObject({
      id: 'activiteit-zonder-terugkoppeling:a',
      check: 'activiteit-zonder-terugkoppeling',
      nodeIds: ['a'],
    });
    expect(issue!.message).toContain('Activiteit a');

    plate.nodes.push(makeNode('communicatie', 'c', { title: 'Nieuwsbrief' }), fb('fb-later'));
    plate.edges.push(e('a', 'c'), e('c', 'fb-later'));
    expect(ids(plate)).toEqual([]);
  });

  it('do not accept feedback that only comes after the next activity', () => {
    const plate = sound();
    plate.nodes.push(act('b'));
    plate.edges = [e('kader', 'a'), e('a', 'b'), e('b', 'fb-a'), e('fb-a', 'info'), e('info', 'besluit')];
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
    expect(issues[0]!.message).toMatch(/meebeslissen.*beperkte ruimte.*adviseren/);
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
    plate.edges = [e('kader', 'a'), e('a', 'fb-a'), e('fb-a', 'besluit')];
    expect(ids(plate)).toEqual(['besluit-zonder-informatie:besluit']);
  });

  it('flag nodes outside the process, but never the lanes', () => {
    const plate = sound();
    plate.nodes.push(makeNode('mijlpaal', 'los', { title: 'Los' }));
    expect(ids(plate)).toEqual(['los-van-proces:los']);
  });

  it('flag a loop of sequence arrows, but allow a loop closed by an information arrow', () => {
    const plate = sound();
    plate.edges.push(e('besluit', 'kader'));
    const loop = checkProcesplaat(plate).filter((i) => i.check === 'kringloop');
    expect(loop).toHaveLength(1);
    expect(loop[0]!.nodeIds).toEqual(['kader', 'a', 'fb-a', 'info', 'besluit']);
    plate.edges[plate.edges.length - 1] = e('besluit', 'kader', 'informatie');
    expect(ids(plate)).toEqual([]);
  });
});
