import type { Procesplaat } from './model';

export interface MergeResult {
  plate: Procesplaat;
  /** Generated nodes that are new since the last generation and were added. */
  added: string[];
  /** Nodes from an earlier generation that the answers no longer produce; kept, for the user to decide. */
  stale: string[];
  /**
   * Arrows an earlier generation drew that the new one no longer draws: removed, because an
   * arrow carries only the order, and an order the generator now knows to be wrong (a
   * kaderstelling after the decision) would otherwise stay and form a loop with the new one.
   */
  removedEdges: string[];
}

/**
 * Regenerating after the answers changed, without throwing away hand edits: the user's nodes,
 * positions, texts, deletions and own arrows stay as they are; nodes and arrows that the new
 * answers produce and the previous generation did not are added; generated arrows the new
 * generation no longer draws are removed (see removedEdges).
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
  const removed = new Set(current.edges.filter((e) => previous.has(e.id) && !freshIds.has(e.id)).map((e) => e.id));

  return {
    plate: {
      ...current,
      nodes: [...current.nodes, ...newNodes],
      edges: [...current.edges.filter((e) => !removed.has(e.id)), ...newEdges],
      generatedIds: [...new Set([...current.generatedIds, ...generated.generatedIds])].filter((id) => !removed.has(id)),
    },
    added: newNodes.map((n) => n.id),
    stale,
    removedEdges: [...removed],
  };
}
