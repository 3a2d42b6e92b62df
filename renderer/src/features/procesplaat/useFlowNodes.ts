import { useMemo } from 'react';
import { useStore } from 'zustand';
import { foldedPosition, type Fold } from '@shared/procesplaat/layout-rows';
import { nodeSize, type PlateNode } from '@shared/procesplaat/model';
import { toFlowEdge, toFlowNode, type FlowEdge, type FlowNode } from './mapping';
import type { PlateStore } from './store';

// Per store and node id, the React Flow node last made and what it was made from. A node that
// looks the same keeps its object, also when its domain object is new: a drop commits the
// position the node already shows, so the array stays the same and React Flow does no work.
interface FlowNodeEntry {
  data: PlateNode['data'];
  type: PlateNode['type'];
  width: number | undefined;
  height: number | undefined;
  drawnWidth: number;
  drawnHeight: number;
  x: number;
  y: number;
  selected: boolean;
  issues: string[] | undefined;
  node: FlowNode;
}
const flowNodeCache = new WeakMap<PlateStore, Map<string, FlowNodeEntry>>();
// Per store, the node array last given to React Flow.
const lastFlowNodes = new WeakMap<PlateStore, FlowNode[]>();

function sameIssues(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((message, i) => message === b[i]);
}

/**
 * The store's steps and lanes as React Flow nodes, drawn in rows (`fold`), with the drag under way
 * and the check messages per node. Same nodes, same array: React Flow then skips its update of all
 * 500 nodes and 700 edges.
 */
export function useFlowNodes(store: PlateStore, fold: Fold, issuesByNode: ReadonlyMap<string, string[]>): FlowNode[] {
  const nodes = useStore(store, (s) => s.doc.nodes);
  const selectedNodes = useStore(store, (s) => s.selectedNodes);
  const dragging = useStore(store, (s) => s.dragging);
  return useMemo(() => {
    const selected = new Set(selectedNodes);
    const cache = flowNodeCache.get(store);
    const nextCache = new Map<string, FlowNodeEntry>();
    const next = nodes.map((n) => {
      const position = dragging?.[n.id] ?? foldedPosition(fold, n);
      const { x, y } = position;
      const box = n.type === 'fase' ? fold.laneBox.get(n.id) : undefined;
      const size = box ? { width: box.width, height: box.height } : nodeSize(n);
      const isSelected = selected.has(n.id);
      const nodeIssues = issuesByNode.get(n.id);
      const hit = cache?.get(n.id);
      const entry =
        hit &&
        hit.data === n.data &&
        hit.type === n.type &&
        hit.width === n.width &&
        hit.height === n.height &&
        hit.drawnWidth === size.width &&
        hit.drawnHeight === size.height &&
        hit.x === x &&
        hit.y === y &&
        hit.selected === isSelected &&
        sameIssues(hit.issues, nodeIssues)
          ? hit
          : {
              data: n.data,
              type: n.type,
              width: n.width,
              height: n.height,
              drawnWidth: size.width,
              drawnHeight: size.height,
              x,
              y,
              selected: isSelected,
              issues: nodeIssues,
              node: toFlowNode(n, { selected: isSelected, issues: nodeIssues, position, size }),
            };
      nextCache.set(n.id, entry);
      return entry.node;
    });
    flowNodeCache.set(store, nextCache);
    const previous = lastFlowNodes.get(store);
    if (previous?.length === next.length && next.every((node, i) => node === previous[i])) return previous;
    lastFlowNodes.set(store, next);
    return next;
  }, [store, nodes, selectedNodes, dragging, issuesByNode, fold]);
}

/** The store's arrows as React Flow edges; an arrow to another row carries its connector number. */
export function useFlowEdges(store: PlateStore, connectors: ReadonlyMap<string, number>): FlowEdge[] {
  const edges = useStore(store, (s) => s.doc.edges);
  const selectedEdges = useStore(store, (s) => s.selectedEdges);
  return useMemo(() => {
    const selected = new Set(selectedEdges);
    return edges.map((e) => toFlowEdge(e, selected.has(e.id), connectors.get(e.id)));
  }, [edges, selectedEdges, connectors]);
}
