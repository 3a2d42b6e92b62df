import type { EdgeChange, NodeChange } from '@xyflow/react';
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { unfoldPosition, type Fold } from '@shared/procesplaat/layout-rows';
import type { PlateEdge, PlateNode, Procesplaat } from '@shared/procesplaat/model';
import type { FlowEdge, FlowNode } from './mapping';

/** The part of the procesplaat that undo/redo covers: everything the user edits. */
export interface PlateDoc {
  nodes: PlateNode[];
  edges: PlateEdge[];
  generatedIds: string[];
}

export interface PlateState {
  doc: PlateDoc;
  /** Transient: which nodes and edges are selected (not an edit, never undone). */
  selectedNodes: string[];
  selectedEdges: string[];
  /** Transient: positions while a drag is under way; committed to `doc` once, at drag stop. */
  dragging: Record<string, { x: number; y: number }> | null;
  /**
   * Transient: the document when it came from a coalesced edit (typing in a field), else null.
   * Saving waits a moment after typing; after any other edit (drag stop, connect, delete, undo)
   * `doc !== typingDoc` and it saves at once.
   */
  typingDoc: PlateDoc | null;
  /**
   * Fixed: the loaded document differs from the stored rows (the repair on read changed or left
   * out something), so the first save writes the whole plate instead of a patch.
   */
  repairedOnLoad: boolean;
  commit(change: (doc: PlateDoc) => PlateDoc, coalesceKey?: string): void;
  select(nodes: string[], edges?: string[]): void;
  setDragging(positions: Record<string, { x: number; y: number }> | null): void;
  /** A new step (one undo step), selected so its properties open. */
  addStep(node: PlateNode): void;
  /** Arrow from `source` to `target`; returns its id (also when it was there already), null for a loop or unknown end. */
  connect(source: string, target: string, type?: PlateEdge['type']): string | null;
  /** Deletes the selected steps and arrows (lanes stay: they are the phases), one undo step. */
  removeSelection(): void;
  /** Drag stop or arrow keys: the new stored positions (and phases), one undo step. */
  moveTo(positions: Record<string, { x: number; y: number; phase?: PlateNode['data']['phase'] }>): void;
  /**
   * React Flow's node changes: selection, drag frames (transient) and drops (one undo step).
   * Positions come as drawn in rows (`fold`); what is stored is the place in the lane.
   */
  applyNodeChanges(changes: NodeChange<FlowNode>[], fold: Fold): void;
  /** React Flow's edge changes: only selection (arrows are removed through `deleteElements`). */
  applyEdgeChanges(changes: EdgeChange<FlowEdge>[]): void;
  /** React Flow's delete (the Delete key): these steps and arrows go, one undo step; nothing stays selected. */
  deleteElements(nodeIds: readonly string[], edgeIds: readonly string[]): void;
}

/** A selection after React Flow's select changes; undefined when there were none. */
function nextSelection(
  current: readonly string[],
  changes: ReadonlyArray<{ type: string; id?: string; selected?: boolean }>,
): string[] | undefined {
  let selection: string[] | undefined;
  for (const change of changes) {
    if (change.type !== 'select' || change.id === undefined) continue;
    selection ??= [...current];
    const { id } = change;
    selection = change.selected ? [...new Set([...selection, id])] : selection.filter((other) => other !== id);
  }
  return selection;
}

/** Typing in a field produces one undo step per burst, not one per keystroke. */
const COALESCE_MS = 1500;

export function createPlateStore(
  initial: Pick<Procesplaat, 'nodes' | 'edges' | 'generatedIds'>,
  options: { repairedOnLoad?: boolean } = {},
) {
  let last: { key: string; at: number } | undefined;
  const store = createStore<PlateState>()(
    temporal(
      (set, get) => ({
        doc: { nodes: initial.nodes, edges: initial.edges, generatedIds: initial.generatedIds },
        selectedNodes: [],
        selectedEdges: [],
        dragging: null,
        typingDoc: null,
        repairedOnLoad: options.repairedOnLoad ?? false,
        commit(change, coalesceKey) {
          const next = change(get().doc);
          if (next === get().doc) return;
          const now = Date.now();
          const merge = coalesceKey !== undefined && last?.key === coalesceKey && now - last.at < COALESCE_MS;
          set({ doc: next, dragging: null, typingDoc: coalesceKey !== undefined ? next : null });
          // Drop the step just recorded: the one from the start of the burst stays.
          if (merge) store.temporal.setState((t) => ({ pastStates: t.pastStates.slice(0, -1) }));
          last = coalesceKey ? { key: coalesceKey, at: now } : undefined;
        },
        select(nodes, edges = []) {
          set({ selectedNodes: nodes, selectedEdges: edges });
        },
        setDragging(positions) {
          set({ dragging: positions });
        },
        addStep(node) {
          get().commit((d) => edits.addNode(d, node));
          set({ selectedNodes: [node.id], selectedEdges: [] });
        },
        connect(source, target, type = 'volgorde') {
          const { doc } = get();
          if (source === target || !doc.nodes.some((n) => n.id === source) || !doc.nodes.some((n) => n.id === target))
            return null;
          const existing = doc.edges.find((e) => e.source === source && e.target === target && e.type === type);
          if (existing) return existing.id;
          const id = `e-${crypto.randomUUID()}`;
          get().commit((d) => edits.addEdge(d, { id, source, target, type, label: '' }));
          return id;
        },
        removeSelection() {
          const { doc, selectedNodes, selectedEdges } = get();
          const lanes = new Set(doc.nodes.filter((n) => n.type === 'fase').map((n) => n.id));
          get().commit((d) =>
            edits.remove(
              d,
              selectedNodes.filter((id) => !lanes.has(id)),
              selectedEdges,
            ),
          );
          set({ selectedNodes: selectedNodes.filter((id) => lanes.has(id)), selectedEdges: [] });
        },
        moveTo(positions) {
          get().commit((d) => edits.move(d, positions));
        },
        applyNodeChanges(changes, fold) {
          const state = get();
          const selection = nextSelection(state.selectedNodes, changes);
          const drag: Record<string, { x: number; y: number }> = {};
          const done: Record<string, { x: number; y: number }> = {};
          for (const change of changes)
            if (change.type === 'position' && change.position)
              (change.dragging ? drag : done)[change.id] = change.position;
          if (selection) state.select(selection, state.selectedEdges);
          if (Object.keys(drag).length > 0) state.setDragging({ ...(state.dragging ?? {}), ...drag });
          if (Object.keys(done).length > 0) {
            // Drag stop or arrow keys: one undo step, and steps dropped in another lane move to that phase.
            const byId = new Map(state.doc.nodes.map((n) => [n.id, n]));
            const moved = Object.fromEntries(
              Object.entries({ ...(state.dragging ?? {}), ...done }).flatMap(([id, p]) => {
                const node = byId.get(id);
                return node ? [[id, unfoldPosition(fold, node, p)]] : [];
              }),
            );
            state.moveTo(moved);
          }
        },
        applyEdgeChanges(changes) {
          const state = get();
          const selection = nextSelection(state.selectedEdges, changes);
          if (selection) state.select(state.selectedNodes, selection);
        },
        deleteElements(nodeIds, edgeIds) {
          get().commit((d) => edits.remove(d, nodeIds, edgeIds));
          set({ selectedNodes: [], selectedEdges: [] });
        },
      }),
      {
        partialize: (s) => ({ doc: s.doc }),
        // Selection and drag frames leave `doc` untouched, so they never become undo steps.
        equality: (a, b) => a.doc === b.doc,
        limit: 200,
      },
    ),
  );
  return store;
}

export type PlateStore = ReturnType<typeof createPlateStore>;

/** Pure edits on the document, shared by the editor and the tests. */
export const edits = {
  addNode: (doc: PlateDoc, node: PlateNode): PlateDoc => ({ ...doc, nodes: [...doc.nodes, node] }),
  addEdge: (doc: PlateDoc, edge: PlateEdge): PlateDoc =>
    doc.edges.some((e) => e.source === edge.source && e.target === edge.target && e.type === edge.type)
      ? doc
      : { ...doc, edges: [...doc.edges, edge] },
  remove: (doc: PlateDoc, nodeIds: readonly string[], edgeIds: readonly string[]): PlateDoc => {
    const nodes = new Set(nodeIds);
    const edgesOut = new Set(edgeIds);
    if (nodes.size === 0 && edgesOut.size === 0) return doc;
    return {
      ...doc,
      nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
      edges: doc.edges.filter((e) => !edgesOut.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
    };
  },
  move: (
    doc: PlateDoc,
    positions: Record<string, { x: number; y: number; phase?: PlateNode['data']['phase'] }>,
  ): PlateDoc => {
    let changed = false;
    const nodes = doc.nodes.map((n) => {
      const p = positions[n.id];
      if (!p) return n;
      const phase = p.phase && n.type !== 'fase' && p.phase !== n.data.phase ? p.phase : undefined;
      if (!phase && p.x === n.position.x && p.y === n.position.y) return n;
      changed = true;
      return { ...n, position: { x: p.x, y: p.y }, data: phase ? { ...n.data, phase } : n.data } as PlateNode;
    });
    // A drop on the spot it started from is no edit: no undo step, no save.
    return changed ? { ...doc, nodes } : doc;
  },
  updateData: (doc: PlateDoc, id: string, data: PlateNode['data']): PlateDoc =>
    // A form that reports the data it was opened with changes nothing.
    doc.nodes.some((n) => n.id === id && !sameJson(n.data, data))
      ? { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, data } as PlateNode) : n)) }
      : doc,
  updateEdge: (doc: PlateDoc, id: string, patch: Partial<Pick<PlateEdge, 'type' | 'label'>>): PlateDoc =>
    doc.edges.some((e) => e.id === id && !sameJson(e, { ...e, ...patch }))
      ? { ...doc, edges: doc.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) }
      : doc,
};

/** Equal plain data (key order aside, which zod keeps stable for one node type). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
