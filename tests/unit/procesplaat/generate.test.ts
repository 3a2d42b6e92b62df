import { describe, expect, it } from 'vitest';
import { catalogue, voorbeeldCasussen, type TrajectAnswers } from '../../../shared/participatie/index';
import {
  checkProcesplaat,
  generateProcesplaat,
  genId,
  layoutProcesplaat,
  mergeGenerated,
  Procesplaat,
  type ProcesNode,
} from '../../../shared/procesplaat/index';

const count = (plate: Procesplaat, type: string) => plate.nodes.filter((n) => n.type === type).length;
const mixSize = (answers: TrajectAnswers) =>
  Object.values(answers.phases).reduce((sum, p) => sum + (p.geenParticipatie ? 0 : new Set(p.instruments).size), 0);

describe('generateProcesplaat', () => {
  it('turns the Groningen gas casus into 38 nodes and 40 edges with the council at the right moments', () => {
    const plate = generateProcesplaat(voorbeeldCasussen['aardgasvrij-de-horst'].answers, { catalogue });
    // 5 lanes; 12 instruments → 12 activities + 12 feedback steps; 3 milestones (agendering, voorbereiding, uitvoering);
    // kaderstelling, aankondiging, raadsvoorstel, raadsinformatie, besluit, evaluatie.
    expect(plate.nodes).toHaveLength(38);
    expect(plate.edges).toHaveLength(40);
    expect(count(plate, 'fase')).toBe(5);
    expect(count(plate, 'activiteit')).toBe(12);
    expect(plate.nodes.filter((n) => n.type === 'raadsmoment').map((n) => n.data.moment)).toEqual([
      'kaderstelling',
      'informatie',
      'besluit',
    ]);
    expect(Procesplaat.safeParse(plate).success).toBe(true);
  });

  it.each(Object.entries(voorbeeldCasussen))(
    'gives every activity of %s exactly one feedback step right after it',
    (_id, casus) => {
      const plate = generateProcesplaat(casus.answers, { catalogue });
      const activities = plate.nodes.filter((n) => n.type === 'activiteit');
      expect(activities).toHaveLength(mixSize(casus.answers));
      expect(count(plate, 'terugkoppeling')).toBe(activities.length);
      for (const a of activities) {
        const next = plate.edges
          .filter((e) => e.source === a.id)
          .map((e) => plate.nodes.find((n) => n.id === e.target)?.type);
        expect(next, a.id).toEqual(['terugkoppeling']);
      }
      // A generated plate breaks none of its own spelregels.
      expect(checkProcesplaat(plate)).toEqual([]);
    },
  );

  it('puts the council frame-setting before the first activity, also when participation starts late', () => {
    const plate = generateProcesplaat({
      phases: { uitvoering: { goals: [], kaders: [], groups: [], instruments: ['klankbordgroep'], councilRoles: [] } },
    });
    const kader = plate.nodes.find((n) => n.id === genId.kaderstelling)!;
    expect(kader.data.phase).toBe('uitvoering');
    const order = plate.nodes.map((n) => n.id);
    expect(order.indexOf(genId.besluit)).toBeLessThan(order.indexOf(genId.kaderstelling));
    expect(checkProcesplaat(plate)).toEqual([]);
  });

  it('names activities after the catalogue and is deterministic', () => {
    const answers = voorbeeldCasussen['burgerbegroting-oosterpark'].answers;
    const a = generateProcesplaat(answers, { catalogue });
    expect(a).toEqual(generateProcesplaat(answers, { catalogue }));
    const begroting = a.nodes.find((n) => n.type === 'activiteit' && n.data.instrument === 'burgerbegroting')!;
    expect(begroting.data.title).toBe(catalogue.instruments.find((i) => i.id === 'burgerbegroting')!.name);
  });
});

describe('layoutProcesplaat', () => {
  it('lays the phases out as lanes from left to right, each around its own steps', async () => {
    const plate = await layoutProcesplaat(
      generateProcesplaat(voorbeeldCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
    );
    const lanes = plate.nodes.filter((n) => n.type === 'fase');
    const xs = lanes.map((l) => l.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const lane of lanes) {
      for (const n of plate.nodes.filter((m) => m.type !== 'fase' && m.data.phase === lane.data.phase)) {
        expect(n.position.x, n.id).toBeGreaterThanOrEqual(lane.position.x);
        expect(n.position.x, n.id).toBeLessThan(lane.position.x + lane.width!);
      }
    }
    // Every sequence arrow points forward (left to right).
    const byId = new Map(plate.nodes.map((n) => [n.id, n]));
    for (const e of plate.edges)
      expect(byId.get(e.target)!.position.x, e.id).toBeGreaterThan(byId.get(e.source)!.position.x);
  });
});

describe('mergeGenerated', () => {
  it('keeps hand edits and deletions, adds only what is new, and reports what the answers dropped', () => {
    const casus = voorbeeldCasussen['aardgasvrij-de-horst'].answers;
    const first = generateProcesplaat(casus, { catalogue });
    const edited: Procesplaat = {
      ...first,
      nodes: first.nodes
        .filter((n) => n.id !== genId.terugkoppeling('agendering', 'enquete'))
        .map((n) => (n.id === genId.besluit ? ({ ...n, data: { ...n.data, title: 'Eigen titel' } } as ProcesNode) : n)),
      edges: first.edges.filter(
        (e) =>
          e.target !== genId.terugkoppeling('agendering', 'enquete') &&
          e.source !== genId.terugkoppeling('agendering', 'enquete'),
      ),
    };
    const changed: TrajectAnswers = structuredClone(casus);
    changed.phases.agendering!.instruments = ['wijkgesprek', 'straatgesprek'];
    const { plate, added, stale } = mergeGenerated(edited, generateProcesplaat(changed, { catalogue }));

    expect(added).toEqual([
      genId.activiteit('agendering', 'straatgesprek'),
      genId.terugkoppeling('agendering', 'straatgesprek'),
    ]);
    expect(stale).toEqual([genId.activiteit('agendering', 'enquete')]);
    expect(plate.nodes.find((n) => n.id === genId.besluit)!.data.title).toBe('Eigen titel');
    expect(plate.nodes.some((n) => n.id === genId.terugkoppeling('agendering', 'enquete'))).toBe(false);
    expect(Procesplaat.safeParse(plate).success).toBe(true);
  });
});
