import type { Procesplaat } from './model';

export interface MergeResult {
  plate: Procesplaat;
  /** Generated nodes that are new since the last generation and were added. */
  added: string[];
  /** Nodes from an earlier generation that the answers no longer produce; kept, for the user to decide. */
  stale: string[];
}

/**
 * Regenerating after the answers changed, without throwing away hand edits: everything the
 * user has stays as it is (positions, texts, deletions); only nodes and edges that the new
 * answers produce and the previous generation did not are added.
 */
export function mergeGenerated(current: Procesplaat, generated: Procesplaat): MergeResult {
  const previous = new Set(current.generatedIds);
  const nodeIds = new Set(current.nodes.map((n) => n.id));
  const edgeIds = new Set(current.edges.map((e) => e.id));
  const freshIds = new Set(generated.generatedIds);

  const newNodes = generated.nodes.filter((n) => !nodeIds.has(n.id) && !previous.has(n.id));
  for (const n of newNodes) nodeIds.add(n.id);
  const newEdges = generated.edges.filter(
    (e) => !edgeIds.has(e.id) && !previous.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target),
  );
  const stale = current.nodes.filter((n) => previous.has(n.id) && !freshIds.has(n.id)).map((n) => n.id);

  return {
    plate: {
      ...current,
      nodes: [...current.nodes, ...newNodes],
      edges: [...current.edges, ...newEdges],
      generatedIds: [...new Set([...current.generatedIds, ...generated.generatedIds])],
    },
    added: newNodes.map((n) => n.id),
    stale,
  };
}
