import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, genId, layoutProcesplaat, type Procesplaat } from '../../../shared/procesplaat/index';
import { memoryBackend } from '../../support/services';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
function setup() {
  const backend = memoryBackend();
  backends.push(backend);
  const traject = backend.services.trajecten.create({
    title: 'Aardgasvrij De Horst',
    municipality: 'Groningen',
    vraagstuk: '',
  });
  return { ...backend, trajectId: traject.id };
}
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

const groningen = async (): Promise<Procesplaat> => ({
  ...(await layoutProcesplaat(generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }))),
  viewport: { x: -120, y: 40, zoom: 0.75 },
});

describe('procesplaat over the API and in SQLite', () => {
  it('answers null with revision 0 for a traject without a plate', async () => {
    const { dispatch, trajectId } = setup();
    expect(await dispatch('procesplaat.get', { trajectId }, 'http')).toEqual({
      ok: true,
      data: { trajectId, plate: null, revision: 0, repairs: [] },
    });
  });

  it('round-trips a whole plate exactly, node order, sizes and viewport included', async () => {
    const { dispatch, trajectId, services } = setup();
    const plate = await groningen();
    expect(await dispatch('procesplaat.save', { trajectId, plate, expectedRevision: 0 }, 'http')).toEqual({
      ok: true,
      data: { trajectId, revision: 1 },
    });
    const read = await dispatch('procesplaat.get', { trajectId }, 'http');
    expect(read).toEqual({ ok: true, data: { trajectId, plate, revision: 1, repairs: [] } });
    expect(services.db.prepare('SELECT count(*) AS n FROM graph_nodes').get()).toEqual({ n: 38 });
    expect(services.db.prepare('SELECT count(*) AS n FROM graph_edges').get()).toEqual({ n: 40 });
  });

  it('replaces the graph on every save, so deleted nodes take their edges along', async () => {
    const { dispatch, trajectId, services } = setup();
    const plate = await groningen();
    await dispatch('procesplaat.save', { trajectId, plate, expectedRevision: 0 }, 'http');
    const gone = genId.terugkoppeling('agendering', 'enquete');
    const smaller = {
      ...plate,
      nodes: plate.nodes.filter((n) => n.id !== gone),
      edges: plate.edges.filter((e) => e.source !== gone && e.target !== gone),
    };
    await dispatch('procesplaat.save', { trajectId, plate: smaller, expectedRevision: 1 }, 'http');
    expect(services.procesplaat.get(trajectId)).toMatchObject({ revision: 2, plate: smaller });
  });

  it('writes only what changed, yet reads back exactly the plate that was saved', async () => {
    const { dispatch, trajectId, services } = setup();
    const plate = await groningen();
    await dispatch('procesplaat.save', { trajectId, plate, expectedRevision: 0 }, 'http');
    const [first, moved, ...rest] = plate.nodes.filter((n) => n.type !== 'fase');
    const edge = plate.edges[0]!;
    const next: Procesplaat = {
      ...plate,
      // Moved, renamed, reordered, one edge relabelled, one new node and edge.
      nodes: [
        ...plate.nodes.filter((n) => n.type === 'fase'),
        { ...moved!, position: { x: moved!.position.x + 32, y: moved!.position.y - 16 } },
        { ...first!, data: { ...first!.data, title: 'Nieuwe titel' } } as typeof first & {},
        ...rest,
        { ...first!, id: 'n-nieuw', position: { x: 5, y: 5 } },
      ],
      edges: [
        { ...edge, label: 'toegevoegd label' },
        ...plate.edges.slice(1),
        { id: 'e-nieuw', source: 'n-nieuw', target: moved!.id, type: 'informatie', label: '' },
      ],
    };
    expect(await dispatch('procesplaat.save', { trajectId, plate: next, expectedRevision: 1 }, 'http')).toEqual({
      ok: true,
      data: { trajectId, revision: 2 },
    });
    expect(services.procesplaat.get(trajectId)).toEqual({ revision: 2, plate: next, repairs: [] });
    // Saving the same plate again still bumps the revision (the revision check stays).
    await dispatch('procesplaat.save', { trajectId, plate: next, expectedRevision: 2 }, 'http');
    expect(services.procesplaat.get(trajectId)).toEqual({ revision: 3, plate: next, repairs: [] });
  });

  it('refuses a save against an old revision with CONFLICT in Dutch and keeps the newer plate', async () => {
    const { dispatch, trajectId, services } = setup();
    const plate = await groningen();
    await dispatch('procesplaat.save', { trajectId, plate, expectedRevision: 0 }, 'http');
    const other = { ...plate, nodes: plate.nodes.slice(0, 5), edges: [] };
    const stale = await dispatch('procesplaat.save', { trajectId, plate: other, expectedRevision: 0 }, 'http');
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    expect(stale.ok ? '' : stale.error.message).toMatch(/tweede venster/);
    expect(services.procesplaat.get(trajectId).plate?.nodes).toHaveLength(38);
  });

  it('remembers the viewport without bumping the revision', async () => {
    const { dispatch, trajectId, services } = setup();
    await dispatch('procesplaat.save', { trajectId, plate: await groningen(), expectedRevision: 0 }, 'http');
    await dispatch('procesplaat.saveViewport', { trajectId, viewport: { x: 5, y: 6, zoom: 1.5 } }, 'http');
    expect(services.procesplaat.get(trajectId)).toMatchObject({
      revision: 1,
      plate: { viewport: { x: 5, y: 6, zoom: 1.5 } },
    });
  });

  it('rejects an edge to a node that is not on the plate before touching the database', async () => {
    const { dispatch, trajectId, services } = setup();
    const plate = await groningen();
    plate.edges.push({
      id: 'e-los',
      source: genId.councilDecision,
      target: 'bestaat-niet',
      type: 'volgorde',
      label: '',
    });
    const result = await dispatch('procesplaat.save', { trajectId, plate, expectedRevision: 0 }, 'http');
    expect(result.ok ? '' : result.error.code).toBe('INVALID_INPUT');
    expect(services.procesplaat.get(trajectId).revision).toBe(0);
  });

  it('repairs hand-edited node JSON per node and reports it, instead of failing the whole plate', async () => {
    const { dispatch, trajectId, services } = setup();
    await dispatch('procesplaat.save', { trajectId, plate: await groningen(), expectedRevision: 0 }, 'http');
    const set = services.db.prepare('UPDATE graph_nodes SET data = ? WHERE id = ?');
    set.run(
      JSON.stringify({ title: 42, level: 'superveel', owner: 'Team wonen', phase: 'agendering' }),
      genId.activity('agendering', 'enquete'),
    );
    set.run(JSON.stringify({ title: 'Besluit', moment: 'misschien' }), genId.councilDecision);
    services.db.prepare("UPDATE graph_nodes SET type = 'vergadering' WHERE id = ?").run(genId.evaluatie);

    const read = await dispatch('procesplaat.get', { trajectId }, 'http');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const data = read.data as { plate: Procesplaat; repairs: Array<{ id: string; action: string; message: string }> };
    const enquete = data.plate.nodes.find((n) => n.id === genId.activity('agendering', 'enquete'))!;
    expect(enquete.data).toMatchObject({ title: 'Naamloos onderdeel', owner: 'Team wonen', phase: 'agendering' });
    expect(enquete.type === 'activiteit' && enquete.data.level).toBeUndefined();
    const decision = data.plate.nodes.find((n) => n.id === genId.councilDecision)!;
    expect(decision.type === 'raadsmoment' && decision.data.moment).toBe('informatie');
    expect(data.plate.nodes.some((n) => n.id === genId.evaluatie)).toBe(false);
    expect(data.plate.edges.some((e) => e.target === genId.evaluatie)).toBe(false);
    expect(data.repairs.map((r) => [r.id, r.action])).toEqual([
      [genId.activity('agendering', 'enquete'), 'repaired'],
      [genId.councilDecision, 'repaired'],
      [genId.evaluatie, 'dropped'],
      // The evaluation has an arrow in and one out (to "Raad hoort de evaluatie"): both go.
      [expect.stringContaining(genId.evaluatie), 'dropped'],
      [expect.stringContaining(genId.evaluatie), 'dropped'],
    ]);
    // Named by id when the title itself was broken, by title otherwise; fields in Dutch.
    expect(data.repairs[0]!.message).toBe(
      `Activiteit ${genId.activity('agendering', 'enquete')} had ongeldige gegevens (titel, niveau van meedoen); die zijn teruggezet.`,
    );
    expect(data.repairs[1]!.message).toBe(
      'Raad ‘Besluit’ had ongeldige gegevens (soort raadsmoment); die zijn teruggezet.',
    );
  });

  it('goes away with its traject', async () => {
    const { dispatch, trajectId, services } = setup();
    await dispatch('procesplaat.save', { trajectId, plate: await groningen(), expectedRevision: 0 }, 'http');
    await dispatch('trajecten.delete', { id: trajectId }, 'http');
    expect(
      services.db
        .prepare(
          'SELECT (SELECT count(*) FROM graphs) + (SELECT count(*) FROM graph_nodes) + (SELECT count(*) FROM graph_edges) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
  });
});
