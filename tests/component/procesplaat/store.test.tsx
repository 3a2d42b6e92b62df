import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, genId } from '../../../shared/procesplaat/index';
import { foldedPosition, foldRows, layoutRows, unfoldPosition } from '../../../shared/procesplaat/layout-rows';
import { makeNode, nodeSize, type PlateNode } from '../../../shared/procesplaat/model';
import { freeSpot, type Rect } from '../../../renderer/src/features/procesplaat/placement';
import { createPlateStore } from '../../../renderer/src/features/procesplaat/store';

const ASPECT = 1300 / 712;
const plate = layoutRows(generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }), {
  aspect: ASPECT,
});
const fresh = () => createPlateStore(plate);

const drawnBoxes = (nodes: readonly PlateNode[]) => {
  const fold = foldRows(nodes, ASPECT);
  return nodes.filter((n) => n.type !== 'fase').map((n) => ({ id: n.id, ...foldedPosition(fold, n), ...nodeSize(n) }));
};
const overlaps = (boxes: Array<Rect & { id: string }>) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.id} × ${b.id}`),
  );

/** What the editor's palette does: free space next to the selection, stored unfolded, then selected. */
function addFromPalette(store: ReturnType<typeof fresh>, id: string) {
  const state = store.getState();
  const fold = foldRows(state.doc.nodes, ASPECT);
  const steps = state.doc.nodes.filter((n) => n.type !== 'fase');
  const selected = steps.find((n) => n.id === state.selectedNodes[0]);
  const probe = makeNode('activiteit', id, { title: 'Nieuwe activiteit' });
  const drawn = (n: PlateNode) => ({ ...foldedPosition(fold, n), ...nodeSize(n) });
  const spot = freeSpot(
    steps.map(drawn),
    nodeSize(probe),
    selected ? drawn(selected) : null,
    { x: 600, y: 300 },
    {
      within: [...fold.laneBox.values()],
    },
  );
  const stored = unfoldPosition(fold, probe, spot);
  state.addStep(makeNode('activiteit', id, { title: 'Nieuwe activiteit', phase: stored.phase }, stored));
  return spot;
}

describe('plate store actions', () => {
  it('adds a step in free space next to the selection, selects it, and never on top of another step', () => {
    const store = fresh();
    store.getState().select([genId.councilInformation], []);
    expect(overlaps(drawnBoxes(store.getState().doc.nodes))).toEqual([]);
    for (let i = 0; i < 12; i++) {
      const spot = addFromPalette(store, `n-${i}`);
      const { doc, selectedNodes } = store.getState();
      expect(selectedNodes).toEqual([`n-${i}`]);
      // Drawn where the free spot was: the lanes keep their rows (a row that grew pushes the
      // rows under it down as a whole), and it covers nothing.
      const added = doc.nodes.find((n) => n.id === `n-${i}`)!;
      expect(foldedPosition(foldRows(doc.nodes, ASPECT), added).x).toBe(spot.x);
      expect(overlaps(drawnBoxes(doc.nodes))).toEqual([]);
    }
    // The first one sits right of the chosen council moment, in its phase.
    const first = store.getState().doc.nodes.find((n) => n.id === 'n-0')!;
    expect(first.data.phase).toBe('besluitvorming');
    // One undo step per addition.
    store.temporal.getState().undo();
    expect(store.getState().doc.nodes.some((n) => n.id === 'n-11')).toBe(false);
  });

  it('adds near the middle of the view when nothing is chosen, also when that spot is taken', () => {
    const store = fresh();
    const fold = foldRows(plate.nodes, ASPECT);
    const busy = foldedPosition(
      fold,
      plate.nodes.find((n) => n.id === genId.councilDecision)!,
    );
    const steps = plate.nodes.filter((n) => n.type !== 'fase');
    const spot = freeSpot(
      steps.map((n) => ({ ...foldedPosition(fold, n), ...nodeSize(n) })),
      { width: 220, height: 84 },
      null,
      { x: busy.x + 110, y: busy.y + 42 },
      { within: [...fold.laneBox.values()] },
    );
    expect(Math.hypot(spot.x - busy.x, spot.y - busy.y)).toBeLessThan(400);
    expect(store.getState().doc.nodes).toHaveLength(plate.nodes.length);
    addFromPalette(store, 'n-vrij');
    expect(overlaps(drawnBoxes(store.getState().doc.nodes))).toEqual([]);
  });

  it('connects two steps once, refuses a loop, and undo takes the arrow away', () => {
    const store = fresh();
    const before = store.getState().doc.edges.length;
    const id = store.getState().connect(genId.evaluatie, genId.kaderstelling);
    expect(id).toMatch(/^e-/);
    expect(store.getState().doc.edges).toHaveLength(before + 1);
    expect(store.getState().doc.edges.at(-1)).toMatchObject({
      source: genId.evaluatie,
      target: genId.kaderstelling,
      type: 'volgorde',
    });
    // The same arrow again: nothing new, the same id.
    expect(store.getState().connect(genId.evaluatie, genId.kaderstelling)).toBe(id);
    expect(store.getState().doc.edges).toHaveLength(before + 1);
    // Another kind is another arrow; a loop or an unknown step is none.
    expect(store.getState().connect(genId.evaluatie, genId.kaderstelling, 'informatie')).not.toBe(id);
    expect(store.getState().connect(genId.evaluatie, genId.evaluatie)).toBeNull();
    expect(store.getState().connect(genId.evaluatie, 'bestaat-niet')).toBeNull();
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    expect(store.getState().doc.edges).toHaveLength(before);
  });

  it('deletes the selected steps with their arrows, keeps the lanes, in one undo step', () => {
    const store = fresh();
    const lane = plate.nodes.find((n) => n.type === 'fase')!;
    const arrows = plate.edges.filter((e) => e.source === genId.councilDecision || e.target === genId.councilDecision);
    expect(arrows.length).toBeGreaterThan(0);
    store.getState().select([genId.councilDecision, lane.id], []);
    store.getState().removeSelection();
    const { doc, selectedNodes } = store.getState();
    expect(doc.nodes.some((n) => n.id === genId.councilDecision)).toBe(false);
    expect(doc.nodes.some((n) => n.id === lane.id)).toBe(true);
    expect(doc.edges.filter((e) => arrows.some((a) => a.id === e.id))).toEqual([]);
    expect(selectedNodes).toEqual([lane.id]);
    store.temporal.getState().undo();
    expect(store.getState().doc).toEqual({ nodes: plate.nodes, edges: plate.edges, generatedIds: plate.generatedIds });
  });

  it('deletes a selected arrow only', () => {
    const store = fresh();
    const arrow = plate.edges[0]!;
    store.getState().select([], [arrow.id]);
    store.getState().removeSelection();
    expect(store.getState().doc.edges.map((e) => e.id)).toEqual(plate.edges.slice(1).map((e) => e.id));
    expect(store.getState().doc.nodes).toEqual(plate.nodes);
    expect(store.getState().selectedEdges).toEqual([]);
  });

  it('moves a step dropped in another lane to that phase (drawn position in, stored position out)', () => {
    const store = fresh();
    const fold = foldRows(plate.nodes, ASPECT);
    const evaluationLane = plate.nodes.find((n) => n.type === 'fase' && n.data.phase === 'evaluatie')!;
    const box = fold.laneBox.get(evaluationLane.id)!;
    const step = plate.nodes.find((n) => n.id === genId.kaderstelling)!;
    const drop = { x: box.x + 20, y: box.y + box.height - 100 };
    store.getState().moveTo({ [step.id]: unfoldPosition(fold, step, drop) });
    const moved = store.getState().doc.nodes.find((n) => n.id === step.id)!;
    expect(moved.data.phase).toBe('evaluatie');
    expect(foldedPosition(foldRows(store.getState().doc.nodes, ASPECT), moved).x).toBe(drop.x);
  });

  it("applies React Flow's changes: selection, drag frames without an undo step, the drop as one", () => {
    const store = fresh();
    const fold = foldRows(plate.nodes, ASPECT);
    const step = plate.nodes.find((n) => n.id === genId.kaderstelling)!;
    const start = foldedPosition(fold, step);
    store.getState().applyNodeChanges(
      [
        { type: 'select', id: step.id, selected: true },
        { type: 'select', id: genId.councilDecision, selected: true },
      ],
      fold,
    );
    expect(store.getState().selectedNodes).toEqual([step.id, genId.councilDecision]);
    store.getState().applyNodeChanges([{ type: 'select', id: genId.councilDecision, selected: false }], fold);
    expect(store.getState().selectedNodes).toEqual([step.id]);
    // Drag frames: drawn positions held aside; the document (and its history) untouched.
    for (const dx of [16, 32, 48])
      store
        .getState()
        .applyNodeChanges(
          [{ type: 'position', id: step.id, position: { x: start.x + dx, y: start.y }, dragging: true }],
          fold,
        );
    expect(store.getState().dragging).toEqual({ [step.id]: { x: start.x + 48, y: start.y } });
    expect(store.getState().doc.nodes).toBe(plate.nodes);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    // The drop: stored unfolded, one undo step, the drag over.
    const drop = { x: start.x + 64, y: start.y };
    store.getState().applyNodeChanges([{ type: 'position', id: step.id, position: drop, dragging: false }], fold);
    const moved = store.getState().doc.nodes.find((n) => n.id === step.id)!;
    const { x, y } = unfoldPosition(fold, step, drop);
    expect(moved.position).toEqual({ x, y });
    expect(foldedPosition(foldRows(store.getState().doc.nodes, ASPECT), moved).x).toBe(drop.x);
    expect(store.getState().dragging).toBeNull();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().doc.nodes).toEqual(plate.nodes);
  });

  it("selects arrows from React Flow's edge changes and deletes what React Flow's Delete key names", () => {
    const store = fresh();
    const [first, second] = plate.edges;
    store.getState().select([genId.councilDecision], []);
    store.getState().applyEdgeChanges([
      { type: 'select', id: first!.id, selected: true },
      { type: 'select', id: second!.id, selected: true },
    ]);
    expect(store.getState()).toMatchObject({
      selectedNodes: [genId.councilDecision],
      selectedEdges: [first!.id, second!.id],
    });
    store.getState().deleteElements([genId.councilDecision], [first!.id]);
    const { doc, selectedNodes, selectedEdges } = store.getState();
    expect(doc.nodes.some((n) => n.id === genId.councilDecision)).toBe(false);
    expect(
      doc.edges.some(
        (e) => e.id === first!.id || e.source === genId.councilDecision || e.target === genId.councilDecision,
      ),
    ).toBe(false);
    expect(doc.edges.some((e) => e.id === second!.id)).toBe(
      second!.source !== genId.councilDecision && second!.target !== genId.councilDecision,
    );
    expect([selectedNodes, selectedEdges]).toEqual([[], []]);
    store.temporal.getState().undo();
    expect(store.getState().doc.edges).toEqual(plate.edges);
  });
});
