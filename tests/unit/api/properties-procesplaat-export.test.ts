import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../../shared/document/model';
import { catalogue } from '../../../shared/participatie/index';
import { PROJECT_FORMAT_VERSION } from '../../../shared/projectfile/index';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { EDGE_TYPES, Procesplaat, type PlateEdge, type PlateNode } from '../../../shared/procesplaat/model';
import type { TrajectAnswers } from '../../../shared/participatie/answers';
import { call, ok, arbitraryText, type Backend } from '../../support/contract-properties';
import { memoryBackend } from '../../support/services';

/**
 * Property tests over the procesplaat and export methods (issue 15), with the harness of the other
 * contract properties: valid-looking random plates, patches, viewports, spelregels, documents and
 * project files. Whatever is sent, the answer is never INTERNAL or INVALID_OUTPUT; an accepted
 * write reads back exactly (and without repair); a refused one leaves everything as it was.
 * Bounded so the file runs in seconds.
 */

const RUNS = { numRuns: 15 };

interface StoredPlate {
  plate: Procesplaat | null;
  revision: number;
  repairs: unknown[];
}

/** A traject with the answers of a worked example and the procesplaat generated from them. */
async function setup(): Promise<{ backend: Backend; trajectId: string; base: Procesplaat }> {
  const backend = memoryBackend();
  const { traject } = await ok<{ traject: { id: string } }>(backend, 'examples.open', {
    id: 'aardgasvrij-de-horst',
  });
  const { answers } = await ok<{ answers: TrajectAnswers }>(backend, 'answers.get', { trajectId: traject.id });
  const base = generateProcesplaat(answers, { catalogue });
  expect(base.nodes.length).toBeGreaterThan(5);
  return { backend, trajectId: traject.id, base };
}

/**
 * Now and then (one value in twenty) something odd instead of the plain value: a plate has many
 * values, so about half the writes still hold one and are refused, and half are accepted and checked.
 */
const mostly = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 19, arbitrary: usual }, { weight: 1, arbitrary: odd });
const dateValue = mostly(
  fc.constantFrom('', '2026-05-01', '2027-12-31'),
  fc.constantFrom('2026-02-30', 'morgen', '01-05-2026'),
);
const coordinate = mostly(fc.integer({ min: -5000, max: 5000 }), fc.double());
const plainText = (max: number) =>
  mostly(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => /^[\p{L}\p{N}]/u.test(t)),
    arbitraryText(max),
  );
const stale = fc.constantFrom(0, 0, 0, 0, 0, 0, 1, -1);

function graphIds(base: Procesplaat) {
  const known = base.nodes.map((n) => n.id);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom('nieuw-1', 'nieuw-2', 'activiteit:eigen', 'a>b') },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9:_>-]{1,40}$/) },
    { weight: 1, arbitrary: fc.constantFrom('', 'met spatie', '__proto__', 'é', 'x'.repeat(201)) },
  );
}

/** A node of the plate as an editor would change it: a new title, text, place, date or id. */
function changedNode(node: PlateNode, id: fc.Arbitrary<string>): fc.Arbitrary<PlateNode> {
  return fc
    .record(
      {
        id,
        title: plainText(220),
        description: plainText(2100),
        x: coordinate,
        y: coordinate,
        width: mostly(fc.integer({ min: 1, max: 900 }), fc.constant(0)),
        date: dateValue,
      },
      { requiredKeys: [] },
    )
    .map((change) => {
      const data: Record<string, unknown> = { ...node.data };
      if (change.title !== undefined) data.title = change.title;
      if (change.description !== undefined) data.description = change.description;
      // A date only where the type has one, mostly; now and then on a type without (refused).
      if (change.date !== undefined && (node.type !== 'fase' || change.date === 'morgen')) data.date = change.date;
      return {
        ...node,
        ...(change.id === undefined ? {} : { id: change.id }),
        position: { x: change.x ?? node.position.x, y: change.y ?? node.position.y },
        ...(change.width === undefined ? {} : { width: change.width }),
        data,
      } as PlateNode;
    });
}

function randomEdge(base: Procesplaat): fc.Arbitrary<PlateEdge> {
  const ids = graphIds(base);
  const step = mostly(fc.constantFrom(...base.nodes.map((n) => n.id)), ids);
  return fc.record({
    id: mostly(fc.constantFrom(...base.edges.map((e) => e.id), 'arrow-1', 'arrow-2'), ids),
    source: step,
    target: step,
    type: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...EDGE_TYPES) },
      { weight: 1, arbitrary: fc.constant('x') },
    ),
    label: mostly(fc.constantFrom('', 'opbrengst'), arbitraryText(220)),
  }) as fc.Arbitrary<PlateEdge>;
}

/** Mostly a consistent plate (a subset of the generated one with some changes), sometimes a broken one. */
function plateArb(base: Procesplaat): fc.Arbitrary<unknown> {
  const ids = graphIds(base);
  return fc
    .record({
      nodes: fc.subarray(base.nodes, { minLength: 1 }),
      change: fc.array(fc.nat(), { maxLength: 3 }),
      brokenEdges: mostly(fc.constant(false), fc.constant(true)),
      extraEdges: fc.array(randomEdge(base), { maxLength: 2 }),
      generatedIds: fc.option(mostly(fc.subarray(base.nodes.map((n) => n.id)), fc.array(ids, { maxLength: 3 })), {
        nil: undefined,
      }),
      viewport: fc.option(
        fc.record({ x: coordinate, y: coordinate, zoom: mostly(fc.double({ min: 0.05, max: 10 }), fc.double()) }),
        {
          nil: undefined,
        },
      ),
    })
    .chain(({ nodes, change, brokenEdges, extraEdges, generatedIds, viewport }) => {
      const changed = change.map((i) => i % nodes.length);
      return fc
        .tuple(...nodes.map((n, i) => (changed.includes(i) ? changedNode(n, fc.constant(n.id)) : fc.constant(n))))
        .map((ns) => {
          const present = new Set(ns.map((n) => n.id));
          const edges = base.edges.filter((e) => brokenEdges || (present.has(e.source) && present.has(e.target)));
          return {
            nodes: ns,
            edges: brokenEdges ? [...edges, ...extraEdges] : edges,
            ...(generatedIds ? { generatedIds } : {}),
            ...(viewport ? { viewport } : {}),
          };
        });
    });
}

async function stored(backend: Backend, trajectId: string): Promise<StoredPlate> {
  const got = await ok<StoredPlate>(backend, 'procesplaat.get', { trajectId });
  // Whatever was written reads back without repair.
  expect(got.repairs).toEqual([]);
  if (got.plate) expect(Procesplaat.safeParse(got.plate).success).toBe(true);
  return got;
}

/** The exports of the traject keep working after every write: preview and the plan in Markdown. */
async function exportsStillWork(backend: Backend, trajectId: string): Promise<void> {
  await ok(backend, 'export.preview', { trajectId });
  const doc = await ok<{ kind: string; base64: string }>(backend, 'export.document', {
    trajectId,
    format: 'md',
    delivery: 'download',
  });
  expect(Buffer.from(doc.base64, 'base64').toString('utf8')).toMatch(/\S/);
}

describe('contract properties of the procesplaat and export methods', { timeout: 120_000 }, () => {
  it('procesplaat.save: an accepted plate reads back exactly, a refused or stale one changes nothing', async () => {
    const { backend, trajectId, base } = await setup();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(plateArb(base), stale, async (plate, offset) => {
        const before = await stored(backend, trajectId);
        const expectedRevision = Math.max(0, before.revision + offset);
        const result = await call(backend, 'procesplaat.save', { trajectId, plate, expectedRevision });
        const after = await stored(backend, trajectId);
        if (result.ok) {
          accepted++;
          expect(expectedRevision).toBe(before.revision);
          expect((result.data as { revision: number }).revision).toBe(before.revision + 1);
          expect(after.revision).toBe(before.revision + 1);
          const parsed = Procesplaat.parse(plate);
          expect(after.plate!.nodes).toEqual(parsed.nodes);
          expect(after.plate!.edges).toEqual(parsed.edges);
          expect(after.plate!.generatedIds).toEqual(parsed.generatedIds);
          await exportsStillWork(backend, trajectId);
        } else {
          // A stale write is refused: CONFLICT, or INVALID_INPUT when the input itself is wrong too.
          if (expectedRevision !== before.revision) expect(['CONFLICT', 'INVALID_INPUT']).toContain(result.error.code);
          expect(after).toEqual(before);
        }
      }),
      RUNS,
    );
    // Not vacuous: part of the random inputs was accepted and checked.
    expect(accepted).toBeGreaterThan(0);
  });

  it('procesplaat.patch: an accepted patch changes exactly what it names, a refused one nothing', async () => {
    const { backend, trajectId, base } = await setup();
    await ok(backend, 'procesplaat.save', { trajectId, plate: base, expectedRevision: 0 });
    const ids = graphIds(base);
    const node = fc.constantFrom(...base.nodes).chain((n) => changedNode(n, mostly(fc.constant(n.id), ids)));
    const patchArb = fc.record({
      nodes: fc.record({
        upsert: fc.array(node, { maxLength: 3 }),
        remove: fc.array(ids, { maxLength: 1 }),
      }),
      edges: fc.record({
        upsert: fc.array(randomEdge(base), { maxLength: 2 }),
        remove: fc.array(fc.constantFrom(...base.edges.map((e) => e.id), 'bestaat-niet'), { maxLength: 2 }),
      }),
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(patchArb, stale, async (patch, offset) => {
        // Every patch starts from the generated plate, so what earlier runs removed does not pile up.
        const current = await stored(backend, trajectId);
        await ok(backend, 'procesplaat.save', { trajectId, plate: base, expectedRevision: current.revision });
        const before = await stored(backend, trajectId);
        const expectedRevision = Math.max(0, before.revision + offset);
        const result = await call(backend, 'procesplaat.patch', { trajectId, patch, expectedRevision });
        const after = await stored(backend, trajectId);
        if (result.ok) {
          accepted++;
          expect(expectedRevision).toBe(before.revision);
          expect(after.revision).toBe(before.revision + 1);
          const afterNodes = new Map(after.plate!.nodes.map((n) => [n.id, n]));
          const upserted = new Map(patch.nodes.upsert.map((n) => [n.id, n]));
          for (const n of upserted.values()) {
            expect(afterNodes.get(n.id)).toEqual(Procesplaat.parse({ nodes: [n], edges: [] }).nodes[0]);
          }
          for (const id of patch.nodes.remove) expect(afterNodes.has(id)).toBe(false);
          // Nodes the patch did not name are exactly as they were.
          for (const n of before.plate!.nodes) {
            if (!upserted.has(n.id) && !patch.nodes.remove.includes(n.id)) expect(afterNodes.get(n.id)).toEqual(n);
          }
          const afterEdges = new Set(after.plate!.edges.map((e) => e.id));
          for (const e of patch.edges.upsert) expect(afterEdges.has(e.id)).toBe(true);
          await exportsStillWork(backend, trajectId);
        } else {
          // A stale write is refused: CONFLICT, or INVALID_INPUT when the input itself is wrong too.
          if (expectedRevision !== before.revision) expect(['CONFLICT', 'INVALID_INPUT']).toContain(result.error.code);
          expect(after).toEqual(before);
        }
      }),
      RUNS,
    );
    // Not vacuous: part of the random inputs was accepted and checked.
    expect(accepted).toBeGreaterThan(0);
  });

  it('an arrow into a phase lane (found by the patch property) no longer breaks every export of the traject', async () => {
    const { backend, trajectId, base } = await setup();
    const fase = base.nodes.find((n) => n.type === 'fase')!;
    const step = base.nodes.find((n) => n.type === 'activiteit')!;
    const edge = { id: 'arrow-into-lane', source: step.id, target: fase.id, type: 'volgorde', label: '' };
    await ok(backend, 'procesplaat.save', {
      trajectId,
      plate: { ...base, edges: [...base.edges, edge] },
      expectedRevision: 0,
    });
    await exportsStillWork(backend, trajectId);
    await ok(backend, 'export.document', { trajectId, format: 'docx', delivery: 'download' });
  });

  it('procesplaat.saveViewport: a valid viewport is kept without a new revision', async () => {
    const { backend, trajectId, base } = await setup();
    await ok(backend, 'procesplaat.save', { trajectId, plate: base, expectedRevision: 0 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ x: coordinate, y: coordinate, zoom: fc.oneof(fc.double({ min: 0.01, max: 10 }), fc.double()) }),
        async (viewport) => {
          const before = await stored(backend, trajectId);
          const result = await call(backend, 'procesplaat.saveViewport', { trajectId, viewport });
          const after = await stored(backend, trajectId);
          expect(after.revision).toBe(before.revision);
          expect(after.plate!.nodes).toEqual(before.plate!.nodes);
          if (result.ok) expect(after.plate!.viewport).toEqual(viewport);
          else expect(after.plate!.viewport).toEqual(before.plate!.viewport);
        },
      ),
      RUNS,
    );
  });

  it('export.saveSpelregels: an accepted list is what the preview and the plan show; a refused one changes nothing', async () => {
    const { backend, trajectId } = await setup();
    const spelregel = fc.record({
      id: mostly(
        fc.oneof(fc.constantFrom('eigen-1', 'eigen-2', 'rol-raad'), fc.stringMatching(/^[a-z0-9:-]{1,20}$/)),
        fc.constantFrom('', 'Hoofdletter', 'x'.repeat(81)),
      ),
      tekst: mostly(
        fc.constantFrom('De raad besluit.', 'Iedereen hoort wat er met zijn inbreng gebeurt.'),
        arbitraryText(2100),
      ),
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.uniqueArray(spelregel, { maxLength: 6, selector: (r) => r.id }), { nil: null }),
        fc.constantFrom(0, 0, 0, 0, 0, 1),
        async (spelregels, offset) => {
          const before = await ok<{ spelregels: unknown[]; revision: number; edited: boolean }>(
            backend,
            'export.preview',
            { trajectId },
          );
          const expectedRevision = before.revision + offset;
          const result = await call(backend, 'export.saveSpelregels', { trajectId, spelregels, expectedRevision });
          const after = await ok<{ spelregels: Array<{ tekst: string }>; revision: number; edited: boolean }>(
            backend,
            'export.preview',
            { trajectId },
          );
          if (result.ok) {
            accepted++;
            expect(after.revision).toBe(before.revision + 1);
            expect(after.edited).toBe(spelregels !== null);
            if (spelregels !== null) {
              expect(after.spelregels).toEqual(spelregels.map((r) => ({ id: r.id, tekst: r.tekst.trim() })));
              const plan = await ok<{ base64: string }>(backend, 'export.document', {
                trajectId,
                format: 'md',
                delivery: 'download',
              });
              const text = Buffer.from(plan.base64, 'base64').toString('utf8');
              // Markdown may escape characters; a plain first line of each rule is in the plan as typed.
              for (const r of after.spelregels) {
                const plain = r.tekst.split('\n')[0]!;
                if (/^[\p{L}\p{N} .,]+$/u.test(plain)) expect(text).toContain(plain);
              }
            }
          } else {
            if (offset !== 0) expect(['CONFLICT', 'INVALID_INPUT']).toContain(result.error.code);
            expect(after).toEqual(before);
          }
        },
      ),
      { numRuns: 10 },
    );
    // Not vacuous: part of the random inputs was accepted and checked.
    expect(accepted).toBeGreaterThan(0);
  });

  it('export.document: every format but PDF, any choice of sections, version and variant, gives a file', async () => {
    const { backend, trajectId } = await setup();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            format: fc.constantFrom('md', 'docx'),
            sections: fc.subarray([...SECTION_IDS]),
            versie: arbitraryText(50),
            variant: fc.constantFrom('plan', 'paragraaf'),
          },
          { requiredKeys: ['format'] },
        ),
        async (request) => {
          const result = await call(backend, 'export.document', { trajectId, delivery: 'download', ...request });
          if (result.ok) {
            const bytes = Buffer.from((result.data as { base64: string }).base64, 'base64');
            expect(bytes.length).toBeGreaterThan(100);
            // A docx is a zip file.
            if (request.format === 'docx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('export.project and export.importProject: a project file round-trips; a changed one is imported whole or not at all', async () => {
    const { backend, trajectId, base } = await setup();
    await ok(backend, 'procesplaat.save', { trajectId, plate: base, expectedRevision: 0 });
    const exported = await ok<{ base64: string }>(backend, 'export.project', { trajectId, delivery: 'download' });
    const project = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8')) as Record<string, unknown>;
    // One change per file (or none), as a file edited by hand or by another version would differ.
    const change: fc.Arbitrary<{
      titel?: string;
      gemeente?: string;
      plate?: unknown;
      formatVersion?: unknown;
      answers?: unknown;
    }> = fc.oneof(
      fc.constant({}),
      fc.record({ titel: plainText(220) }),
      fc.record({ gemeente: plainText(100) }),
      fc.record({ plate: plateArb(base) }),
      fc.record({ formatVersion: mostly(fc.constant(PROJECT_FORMAT_VERSION), fc.constantFrom(1, 99, '1', null)) }),
      fc.record({
        answers: mostly(
          fc.constantFrom({}, { phases: {} }),
          fc.constantFrom({ phases: { agendering: { instruments: ['x'.repeat(201)] } } }, []),
        ),
      }),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(change, async (c) => {
        const file = structuredClone(project) as Record<string, unknown> & { traject: Record<string, unknown> };
        if (c.titel !== undefined) file.traject.titel = c.titel;
        if (c.gemeente !== undefined) file.traject.gemeente = c.gemeente;
        if (c.plate !== undefined) file.procesplaat = c.plate;
        if (c.formatVersion !== undefined) file.formatVersion = c.formatVersion;
        if (c.answers !== undefined) file.answers = c.answers;
        const countBefore = (await ok<unknown[]>(backend, 'trajecten.list', {})).length;
        const result = await call(backend, 'export.importProject', {
          content: { encoding: 'text', text: JSON.stringify(file) },
        });
        const countAfter = (await ok<unknown[]>(backend, 'trajecten.list', {})).length;
        if (result.ok) {
          accepted++;
          expect(countAfter).toBe(countBefore + 1);
          const { traject } = result.data as { traject: { id: string } };
          expect(await ok(backend, 'trajecten.get', { id: traject.id })).toEqual(traject);
          const plate = await stored(backend, traject.id);
          expect(plate.plate).not.toBeNull();
          await exportsStillWork(backend, traject.id);
          // Export it again: the same procesplaat comes back.
          const again = await ok<{ base64: string }>(backend, 'export.project', {
            trajectId: traject.id,
            delivery: 'download',
          });
          const reexported = JSON.parse(Buffer.from(again.base64, 'base64').toString('utf8')) as {
            procesplaat: Procesplaat;
          };
          expect(reexported.procesplaat.nodes).toEqual(plate.plate!.nodes);
        } else {
          expect(countAfter).toBe(countBefore);
        }
      }),
      { numRuns: 12 },
    );
    // Not vacuous: part of the random inputs was accepted and checked.
    expect(accepted).toBeGreaterThan(0);
  });
});
