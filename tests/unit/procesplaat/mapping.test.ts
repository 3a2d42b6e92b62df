import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, genId, layoutProcesplaat, Procesplaat } from '../../../shared/procesplaat/index';
import { fromFlowEdge, fromFlowNode, toFlowEdge, toFlowNode } from '../../../renderer/src/features/procesplaat/mapping';
import { createPlateStore, edits } from '../../../renderer/src/features/procesplaat/store';

const plate = await layoutProcesplaat(
  generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

describe('mapping between stored data and React Flow', () => {
  it('round-trips every node and edge unchanged', () => {
    const back = {
      ...plate,
      nodes: plate.nodes.map((n) => fromFlowNode(toFlowNode(n))),
      edges: plate.edges.map((e) => fromFlowEdge(toFlowEdge(e))),
    };
    expect(back).toEqual(plate);
    expect(Procesplaat.parse(back)).toEqual(plate);
  });

  it('gives React Flow what it needs: type, size, a spoken name, fixed lanes behind the steps', () => {
    const lane = toFlowNode(plate.nodes.find((n) => n.type === 'fase')!);
    expect(lane).toMatchObject({
      type: 'fase',
      draggable: false,
      connectable: false,
      zIndex: -1,
      ariaLabel: 'Fase: Agendering',
    });
    const decision = toFlowNode(
      plate.nodes.find((n) => n.id === genId.councilDecision)!,
      { issues: ['Geen informatie vooraf.'] },
    );
    expect(decision).toMatchObject({
      type: 'raadsmoment',
      width: 200,
      height: 84,
      // Measured from the start: a rebuilt node object must not send React Flow back to measuring.
      measured: { width: 200, height: 84 },
      data: { issues: ['Geen informatie vooraf.'] },
    });
    expect(lane.measured).toEqual({ width: lane.width, height: lane.height });
    expect(decision.ariaLabel).toBe('Raad besluit: Raad neemt het besluit. Let op: Geen informatie vooraf.');
    const info = toFlowEdge({ id: 'x', source: 'a', target: 'b', type: 'informatie', label: 'opbrengst' });
    expect(info).toMatchObject({
      type: 'informatie',
      data: { label: 'opbrengst' },
      ariaLabel: 'Informatiepijl (opbrengst)',
    });
  });

  it('keeps React Flow state (selection, drag position) out of the stored data', () => {
    const n = plate.nodes[7]!;
    const flow = toFlowNode(n, { selected: true, position: { x: 1, y: 2 } });
    expect(flow.selected).toBe(true);
    expect(fromFlowNode({ ...flow, position: n.position })).toEqual(n);
    expect(Object.keys(fromFlowNode(flow))).toEqual(['id', 'type', 'position', 'data']);
  });
});

describe('editor store (undo/redo)', () => {
  it('undoes and redoes edits but not selection or drag frames', () => {
    const store = createPlateStore(plate);
    const gone = genId.terugkoppeling('agendering', 'enquete');
    store.getState().select([gone]);
    store.getState().setDragging({ [gone]: { x: 9, y: 9 } });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().commit((d) => edits.remove(d, [gone], []));
    expect(store.getState().doc.nodes.some((n) => n.id === gone)).toBe(false);
    expect(store.getState().doc.edges.some((e) => e.source === gone || e.target === gone)).toBe(false);
    store.temporal.getState().undo();
    expect(store.getState().doc.nodes).toEqual(plate.nodes);
    expect(store.getState().doc.edges).toEqual(plate.edges);
    store.temporal.getState().redo();
    expect(store.getState().doc.nodes).toHaveLength(plate.nodes.length - 1);
  });

  it('groups a burst of typing in one node into one undo step', () => {
    const store = createPlateStore(plate);
    const node = plate.nodes.find((n) => n.id === genId.councilDecision)!;
    for (const title of ['R', 'Ra', 'Raad'])
      store.getState().commit((d) => edits.updateData(d, node.id, { ...node.data, title }), `data:${node.id}`);
    store.getState().commit((d) => edits.move(d, { [node.id]: { x: 0, y: 0 } }));
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.temporal.getState().undo(2);
    expect(store.getState().doc.nodes.find((n) => n.id === node.id)).toEqual(node);
  });
});
