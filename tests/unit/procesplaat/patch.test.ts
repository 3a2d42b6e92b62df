import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import {
  applyPatch,
  diffPlate,
  generateProcesplaat,
  genId,
  isEmptyPatch,
  layoutProcesplaat,
  makeNode,
  type PlateEdge,
  type Procesplaat,
} from '../../../shared/procesplaat/index';
import { memoryBackend } from '../../support/services';

type Plate = Pick<Procesplaat, 'nodes' | 'edges' | 'generatedIds'>;

const base: Plate = await layoutProcesplaat(
  generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

/**
 * Edits as the editor makes them: unchanged nodes and edges keep their object, a changed one is a
 * new object; new ones go at the end, except `restore`, which puts a removed node back at its old
 * place (what an undone delete does) and so changes the order.
 */
type Op =
  | { kind: 'move'; at: number; dx: number; dy: number }
  | { kind: 'retitle'; at: number; title: string }
  | { kind: 'add'; title: string }
  | { kind: 'remove'; at: number }
  | { kind: 'connect'; from: number; to: number }
  | { kind: 'disconnect'; at: number }
  | { kind: 'relabel'; at: number; label: string }
  | { kind: 'restore' }
  | { kind: 'regenerate' }
  | { kind: 'save' };

/** As the form hands them over: trimmed and not empty. */
const title = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((t) => t.trim())
  .filter((t) => t.length > 0);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('move'), at: fc.nat(), dx: fc.integer({ min: -300, max: 300 }), dy: fc.integer() }),
  fc.record({ kind: fc.constant('retitle'), at: fc.nat(), title: title }),
  fc.record({ kind: fc.constant('add'), title: title }),
  fc.record({ kind: fc.constant('remove'), at: fc.nat() }),
  fc.record({ kind: fc.constant('connect'), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('disconnect'), at: fc.nat() }),
  fc.record({ kind: fc.constant('relabel'), at: fc.nat(), label: fc.string({ maxLength: 20 }) }),
  fc.constant({ kind: 'restore' as const }),
  fc.constant({ kind: 'regenerate' as const }),
  fc.constant({ kind: 'save' as const }),
);

function editor(start: Plate) {
  let doc = start;
  let counter = 0;
  const removed: Array<{ index: number; plate: Plate }> = [];
  const pick = <T>(list: readonly T[], at: number) => (list.length ? list[at % list.length] : undefined);
  const edit = (o: Op) => {
    switch (o.kind) {
      case 'move': {
        const n = pick(doc.nodes, o.at);
        if (!n) return;
        const position = { x: n.position.x + o.dx, y: n.position.y + o.dy };
        doc = { ...doc, nodes: doc.nodes.map((m) => (m === n ? { ...n, position } : m)) };
        return;
      }
      case 'retitle': {
        const n = pick(doc.nodes, o.at);
        if (!n) return;
        doc = {
          ...doc,
          nodes: doc.nodes.map((m) => (m === n ? ({ ...n, data: { ...n.data, title: o.title } } as typeof n) : m)),
        };
        return;
      }
      case 'add':
        doc = { ...doc, nodes: [...doc.nodes, makeNode('mijlpaal', `n-${counter++}`, { title: o.title })] };
        return;
      case 'remove': {
        const n = pick(doc.nodes, o.at);
        if (!n) return;
        removed.push({ index: doc.nodes.indexOf(n), plate: doc });
        doc = {
          ...doc,
          nodes: doc.nodes.filter((m) => m !== n),
          edges: doc.edges.filter((e) => e.source !== n.id && e.target !== n.id),
        };
        return;
      }
      case 'restore': {
        // Back to the plate before the last removal, as undo does.
        const last = removed.pop();
        if (last) doc = last.plate;
        return;
      }
      case 'connect': {
        const from = pick(doc.nodes, o.from);
        const to = pick(doc.nodes, o.to);
        if (!from || !to || from === to) return;
        const edge: PlateEdge = { id: `e-${counter++}`, source: from.id, target: to.id, type: 'volgorde', label: '' };
        doc = { ...doc, edges: [...doc.edges, edge] };
        return;
      }
      case 'disconnect': {
        const e = pick(doc.edges, o.at);
        if (e) doc = { ...doc, edges: doc.edges.filter((m) => m !== e) };
        return;
      }
      case 'relabel': {
        const e = pick(doc.edges, o.at);
        if (e) doc = { ...doc, edges: doc.edges.map((m) => (m === e ? { ...e, label: o.label } : m)) };
        return;
      }
      case 'regenerate':
        doc = { ...doc, generatedIds: doc.nodes.slice(0, 5).map((n) => n.id) };
        return;
      case 'save':
        return;
    }
  };
  return { edit, doc: () => doc };
}

describe('diffPlate and applyPatch', () => {
  it('a patch applied to the saved plate gives exactly the edited plate, or there is no patch', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const e = editor(base);
        ops.forEach(e.edit);
        const patch = diffPlate(base, e.doc());
        if (patch) expect(applyPatch(base, patch)).toEqual(e.doc());
        // Without an undone delete, the order always survives: a patch is always possible.
        if (!ops.some((o) => o.kind === 'restore')) expect(patch).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('sends one node for a drag of one node, not the plate', () => {
    const moved = base.nodes[7]!;
    const next = {
      ...base,
      nodes: base.nodes.map((n) => (n === moved ? { ...n, position: { x: n.position.x + 40, y: 10 } } : n)),
    };
    const patch = diffPlate(base, next)!;
    expect(patch.nodes.upsert).toEqual([next.nodes[7]]);
    expect(patch).toMatchObject({ nodes: { remove: [] }, edges: { upsert: [], remove: [] } });
    expect(patch.generatedIds).toBeUndefined();
    expect(isEmptyPatch(patch)).toBe(false);
    expect(isEmptyPatch(diffPlate(base, base)!)).toBe(true);
  });

  it('asks for a whole save when an undone delete puts a node back in the middle', () => {
    const gone = genId.terugkoppeling('agendering', 'enquete');
    const without = { ...base, nodes: base.nodes.filter((n) => n.id !== gone) };
    expect(diffPlate(without, base)).toBeNull();
    // The other way round (the delete itself) is a patch.
    expect(diffPlate(base, without)?.nodes.remove).toEqual([gone]);
  });
});

describe('procesplaat.patch in SQLite', () => {
  const backends: Array<ReturnType<typeof memoryBackend>> = [];
  afterEach(() => backends.splice(0).forEach((b) => b.services.close()));
  function setup() {
    const backend = memoryBackend();
    backends.push(backend);
    const { id } = backend.services.trajecten.create({ title: 'Aardgasvrij', municipality: '', vraagstuk: '' });
    return { ...backend, trajectId: id };
  }

  it('after any series of edits and saves (patch, or whole when the order changed) a reload gives the editor’s plate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        const { dispatch, trajectId, services } = setup();
        services.procesplaat.save(trajectId, base);
        let saved = base;
        let revision = 1;
        const e = editor(base);
        const save = async () => {
          const doc = e.doc();
          const patch = diffPlate(saved, doc);
          const result = patch
            ? await dispatch('procesplaat.patch', { trajectId, patch, expectedRevision: revision }, 'ipc')
            : await dispatch('procesplaat.save', { trajectId, plate: doc, expectedRevision: revision }, 'ipc');
          expect(result).toEqual({ ok: true, data: { trajectId, revision: revision + 1 } });
          revision++;
          saved = doc;
        };
        for (const o of ops) {
          e.edit(o);
          if (o.kind === 'save') await save();
        }
        await save();
        const stored = services.procesplaat.get(trajectId);
        expect(stored.repairs).toEqual([]);
        expect(stored.plate).toEqual({ ...e.doc(), viewport: undefined });
        services.close();
      }),
      { numRuns: 60 },
    );
  });

  it('a drag writes one node row and the revision; the viewport comes along when given', async () => {
    const { dispatch, trajectId, services } = setup();
    services.procesplaat.save(trajectId, base);
    const moved = { ...base.nodes[3]!, position: { x: 1234, y: 56 } };
    const changes = services.db.prepare('SELECT total_changes() AS n');
    const before = (changes.get() as { n: number }).n;
    const result = await dispatch(
      'procesplaat.patch',
      {
        trajectId,
        patch: { nodes: { upsert: [moved], remove: [] }, edges: { upsert: [], remove: [] } },
        expectedRevision: 1,
        viewport: { x: 1, y: 2, zoom: 0.5 },
      },
      'http',
    );
    expect(result).toEqual({ ok: true, data: { trajectId, revision: 2 } });
    // One node, the graph row, the traject's updated_at.
    expect((changes.get() as { n: number }).n - before).toBe(3);
    const stored = services.procesplaat.get(trajectId);
    expect(stored.plate?.nodes[3]).toEqual(moved);
    expect(stored.plate?.viewport).toEqual({ x: 1, y: 2, zoom: 0.5 });
    expect(stored.plate?.generatedIds).toEqual(base.generatedIds);
  });

  it('refuses a patch on a revision that is not the stored one, and stores nothing', async () => {
    const { dispatch, trajectId, services } = setup();
    services.procesplaat.save(trajectId, base);
    services.procesplaat.save(trajectId, base); // another window saved: revision 2
    const patch = { nodes: { upsert: [], remove: [base.nodes[5]!.id] }, edges: { upsert: [], remove: [] } };
    const result = await dispatch('procesplaat.patch', { trajectId, patch, expectedRevision: 1 }, 'http');
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(services.procesplaat.get(trajectId)).toMatchObject({ revision: 2, plate: { nodes: base.nodes } });
  });

  it('refuses an edge to a node that is not there, in Dutch, and rolls the whole patch back', async () => {
    const { dispatch, trajectId, services } = setup();
    services.procesplaat.save(trajectId, base);
    const added = makeNode('mijlpaal', 'n-1', { title: 'Nieuw' });
    const result = await dispatch(
      'procesplaat.patch',
      {
        trajectId,
        patch: {
          nodes: { upsert: [added], remove: [] },
          edges: {
            upsert: [{ id: 'e-1', source: 'n-1', target: 'bestaat-niet', type: 'volgorde', label: '' }],
            remove: [],
          },
        },
        expectedRevision: 1,
      },
      'http',
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Deze wijziging past niet bij de opgeslagen procesplaat.',
        issues: [
          {
            path: ['patch', 'edges', 'upsert', 0, 'target'],
            message: 'De verbinding e-1 wijst naar een onderdeel dat er niet (meer) is.',
          },
        ],
      },
    });
    expect(services.procesplaat.get(trajectId)).toMatchObject({ revision: 1, plate: { nodes: base.nodes } });
  });

  it('validates the patch at the boundary: twice the same id, or changed and removed at once', async () => {
    const { dispatch, trajectId, services } = setup();
    services.procesplaat.save(trajectId, base);
    const n = base.nodes[2]!;
    const twice = await dispatch(
      'procesplaat.patch',
      {
        trajectId,
        patch: { nodes: { upsert: [n, n], remove: [] }, edges: { upsert: [], remove: [] } },
        expectedRevision: 1,
      },
      'http',
    );
    expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const both = await dispatch(
      'procesplaat.patch',
      {
        trajectId,
        patch: { nodes: { upsert: [n], remove: [n.id] }, edges: { upsert: [], remove: [] } },
        expectedRevision: 1,
      },
      'http',
    );
    expect(both).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ message: `Het id ${n.id} wordt tegelijk gewijzigd en verwijderd.` }] },
    });
    const noRevision = await dispatch(
      'procesplaat.patch',
      { trajectId, patch: { nodes: { upsert: [], remove: [] }, edges: { upsert: [], remove: [] } } },
      'http',
    );
    expect(noRevision).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(services.procesplaat.get(trajectId).revision).toBe(1);
  });
});
