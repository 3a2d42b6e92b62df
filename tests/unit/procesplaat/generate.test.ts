import { describe, expect, it } from 'vitest';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import { exampleCasussen } from '../../../shared/participatie/casussen/index';
import type { Catalogue } from '../../../shared/participatie/instrument';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { genId } from '../../../shared/procesplaat/ids';
import { layoutProcesplaat } from '../../../shared/procesplaat/layout';
import { mergeGenerated } from '../../../shared/procesplaat/merge';
import { Procesplaat, type PlateNode } from '../../../shared/procesplaat/model';

/**
 * Only the names matter here; the real catalogue is tested on its own (and is imported from the
 * modules themselves so this file does not depend on the whole participatie index).
 */
const catalogue = {
  instruments: [
    { id: 'burgerbegroting', name: 'Burgerbegroting' },
    { id: 'enquete', name: 'Enquête' },
  ],
} as unknown as Catalogue;

const count = (plate: Procesplaat, type: string) => plate.nodes.filter((n) => n.type === type).length;
const mixSize = (answers: TrajectAnswers) =>
  Object.values(answers.phases).reduce((sum, p) => sum + (p.geenParticipatie ? 0 : new Set(p.instruments).size), 0);

describe('generateProcesplaat', () => {
  it('turns the Groningen gas casus into 38 nodes and 40 edges with the council at the right moments', () => {
    const plate = generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue });
    // 5 lanes; 12 instruments → 12 activities, 10 with their own feedback (the raad's rondetafelgesprek and
    // spreekrecht are answered by the feedback on the decision); 3 milestones (agendering, voorbereiding,
    // uitvoering); kaderstelling, aankondiging, raadsvoorstel, raadsinformatie, besluit, feedback on the
    // besluit, evaluatie and the raad hearing the evaluation.
    expect(plate.nodes).toHaveLength(38);
    expect(plate.edges).toHaveLength(40);
    expect(count(plate, 'fase')).toBe(5);
    expect(count(plate, 'activiteit')).toBe(12);
    expect(count(plate, 'terugkoppeling')).toBe(11);
    expect(plate.nodes.filter((n) => n.type === 'raadsmoment').map((n) => n.data.moment)).toEqual([
      'kaderstelling',
      'informatie',
      'besluit',
      'informatie',
    ]);
    expect(Procesplaat.safeParse(plate).success).toBe(true);
    expect(checkProcesplaat(plate)).toEqual([]);
  });

  it.each(Object.entries(exampleCasussen))('gives every activity of %s feedback before the next one', (_id, casus) => {
    const plate = generateProcesplaat(casus.answers, { catalogue });
    const activities = plate.nodes.filter((n) => n.type === 'activiteit');
    expect(activities).toHaveLength(mixSize(casus.answers));
    const issues = checkProcesplaat(plate);
    expect(issues.filter((i) => i.check === 'activiteit-zonder-terugkoppeling')).toEqual([]);
    expect(issues.filter((i) => i.check === 'besluit-niet-teruggekoppeld')).toEqual([]);
  });

  it('puts the council frame-setting before the decision, also when participation starts after it', () => {
    const plate = generateProcesplaat(
      TrajectAnswers.parse({
        phases: { uitvoering: { instruments: ['klankbordgroep'], kaders: ['Het plan ligt vast.'] } },
      }),
    );
    const frames = plate.nodes.find((n) => n.id === genId.kaderstelling)!;
    expect(frames.data.phase).toBe('besluitvorming');
    expect(plate.edges.find((e) => e.source === genId.kaderstelling)!.target).toBe(genId.councilProposal);
    // Only the evaluation is missing: nobody planned one.
    expect(checkProcesplaat(plate).map((i) => i.check)).toEqual(['geen-evaluatie']);
  });

  it('reads a list of reaches and puts the first on the activity', () => {
    const plate = generateProcesplaat(
      TrajectAnswers.parse({
        phases: { agendering: { instruments: ['enquete'], reach: ['specifieke-groepen', 'alle-inwoners'] } },
      }),
    );
    expect(plate.nodes.find((n) => n.type === 'activiteit')!.data).toMatchObject({ reach: 'specifieke-groepen' });
  });

  it('names activities after the catalogue and is deterministic', () => {
    const answers = exampleCasussen['burgerbegroting-oosterpark'].answers;
    const a = generateProcesplaat(answers, { catalogue });
    expect(a).toEqual(generateProcesplaat(answers, { catalogue }));
    const budget = a.nodes.find((n) => n.type === 'activiteit' && n.data.instrument === 'burgerbegroting')!;
    expect(budget.data.title).toBe('Burgerbegroting');
  });

  // The 300 ms budget for generation + layout is measured in `npm run bench -- procesplaat`, not
  // here: a timed unit test fails on a busy machine without anything being wrong.
});

describe('layoutProcesplaat', () => {
  it('lays the phases out as lanes from left to right, each around its own steps', async () => {
    const plate = await layoutProcesplaat(
      generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
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
    const casus = exampleCasussen['aardgasvrij-de-horst'].answers;
    const first = generateProcesplaat(casus, { catalogue });
    const edited: Procesplaat = {
      ...first,
      nodes: first.nodes
        .filter((n) => n.id !== genId.terugkoppeling('agendering', 'enquete'))
        .map((n) =>
          n.id === genId.councilDecision ? ({ ...n, data: { ...n.data, title: 'Eigen titel' } } as PlateNode) : n,
        ),
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
      genId.activity('agendering', 'straatgesprek'),
      genId.terugkoppeling('agendering', 'straatgesprek'),
    ]);
    expect(stale).toEqual([genId.activity('agendering', 'enquete')]);
    expect(plate.nodes.find((n) => n.id === genId.councilDecision)!.data.title).toBe('Eigen titel');
    expect(plate.nodes.some((n) => n.id === genId.terugkoppeling('agendering', 'enquete'))).toBe(false);
    expect(Procesplaat.safeParse(plate).success).toBe(true);
  });

  it('removes generated arrows the new generation no longer draws (an old, wrong order), keeps the user’s own', () => {
    const casus = exampleCasussen['aardgasvrij-de-horst'].answers;
    const fresh = generateProcesplaat(casus, { catalogue });
    const [a, b] = [fresh.nodes[0]!.id, fresh.nodes[fresh.nodes.length - 1]!.id];
    // As an older generator left it: a generated arrow backwards, plus an arrow the user drew.
    const old: Procesplaat = {
      ...fresh,
      edges: [
        ...fresh.edges,
        { id: 'gen:oud-achteruit', source: b, target: a, type: 'volgorde', label: '' },
        { id: 'eigen-pijl', source: a, target: b, type: 'volgorde', label: '' },
      ],
      generatedIds: [...fresh.generatedIds, 'gen:oud-achteruit'],
    };
    const { plate, removedEdges } = mergeGenerated(old, generateProcesplaat(casus, { catalogue }));
    expect(removedEdges).toEqual(['gen:oud-achteruit']);
    expect(plate.edges.some((e) => e.id === 'gen:oud-achteruit')).toBe(false);
    expect(plate.edges.some((e) => e.id === 'eigen-pijl')).toBe(true);
    expect(plate.generatedIds).not.toContain('gen:oud-achteruit');
    expect(checkProcesplaat(plate).map((i) => i.id)).not.toContain('kringloop');
    expect(Procesplaat.safeParse(plate).success).toBe(true);
  });
});
