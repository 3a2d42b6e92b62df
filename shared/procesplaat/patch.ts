import { z } from 'zod';
import { GraphId, PlateEdge, PlateNode, type Procesplaat } from './model';
import { validationMessages } from './texts';

/**
 * A change to a stored procesplaat: the nodes and edges that are new or changed, and the ids that
 * are gone. A drag sends one node instead of the whole plate (500 nodes are about 130 KB of JSON).
 *
 * Order: a changed node keeps its place, a new one goes at the end. A change that reorders the
 * plate (an undo that brings a deleted node back in the middle) is no patch: `diffPlate` returns
 * null and the caller saves the whole plate.
 */
export const ProcesplaatPatch = z
  .object({
    nodes: z.object({ upsert: z.array(PlateNode), remove: z.array(GraphId) }),
    edges: z.object({ upsert: z.array(PlateEdge), remove: z.array(GraphId) }),
    /** Only when the list changed (after a regeneration). */
    generatedIds: z.array(GraphId).optional(),
  })
  .superRefine((patch, ctx) => {
    for (const kind of ['nodes', 'edges'] as const) {
      const seen = new Set<string>();
      patch[kind].upsert.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            message: validationMessages.duplicateId(item.id),
            path: [kind, 'upsert', i],
          });
        seen.add(item.id);
      });
      patch[kind].remove.forEach((id, i) => {
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            message: validationMessages.changedAndRemoved(id),
            path: [kind, 'remove', i],
          });
      });
    }
  });
export type ProcesplaatPatch = z.infer<typeof ProcesplaatPatch>;

type PlateContent = Pick<Procesplaat, 'nodes' | 'edges' | 'generatedIds'>;

/**
 * What changed from `saved` to `next`, or null when only a whole save keeps the order. Unchanged
 * nodes keep their object identity in the editor's store, so a changed object is a changed node;
 * a different object with the same content only costs a redundant row update.
 */
export function diffPlate(saved: PlateContent, next: PlateContent): ProcesplaatPatch | null {
  const nodes = diffList(saved.nodes, next.nodes);
  const edges = diffList(saved.edges, next.edges);
  if (!nodes || !edges) return null;
  const sameGenerated =
    saved.generatedIds === next.generatedIds ||
    (saved.generatedIds.length === next.generatedIds.length &&
      saved.generatedIds.every((id, i) => id === next.generatedIds[i]));
  return sameGenerated ? { nodes, edges } : { nodes, edges, generatedIds: next.generatedIds };
}

/** True when the patch changes nothing (a save would only bump the revision). */
export function isEmptyPatch(patch: ProcesplaatPatch): boolean {
  return (
    patch.nodes.upsert.length === 0 &&
    patch.nodes.remove.length === 0 &&
    patch.edges.upsert.length === 0 &&
    patch.edges.remove.length === 0 &&
    patch.generatedIds === undefined
  );
}

/**
 * The plate after the patch, with the same order rules as the database: what the server stores
 * and what a reload shows. The tests hold the repository to this.
 */
export function applyPatch<P extends PlateContent>(plate: P, patch: ProcesplaatPatch): P {
  const removedNodes = new Set(patch.nodes.remove);
  const nodes = applyList(plate.nodes, patch.nodes.upsert, removedNodes);
  const edges = applyList(plate.edges, patch.edges.upsert, new Set(patch.edges.remove)).filter(
    // An edge goes with its node (ON DELETE CASCADE in the database).
    (e) => !removedNodes.has(e.source) && !removedNodes.has(e.target),
  );
  return { ...plate, nodes, edges, generatedIds: patch.generatedIds ?? plate.generatedIds };
}

function diffList<T extends { id: string }>(
  saved: readonly T[],
  next: readonly T[],
): { upsert: T[]; remove: string[] } | null {
  const before = new Map(saved.map((item) => [item.id, item] as const));
  const upsert: T[] = [];
  let kept = 0;
  let appended = false;
  const nextIds = new Set<string>();
  for (const item of next) {
    nextIds.add(item.id);
    const old = before.get(item.id);
    if (old === undefined) {
      appended = true;
      upsert.push(item);
      continue;
    }
    // An old item after a new one, or old items in another order: the order changed.
    if (appended) return null;
    while (kept < saved.length && saved[kept]!.id !== item.id) kept++;
    if (kept === saved.length) return null;
    kept++;
    if (old !== item) upsert.push(item);
  }
  const remove = saved.filter((item) => !nextIds.has(item.id)).map((item) => item.id);
  return { upsert, remove };
}

function applyList<T extends { id: string }>(
  list: readonly T[],
  upsert: readonly T[],
  remove: ReadonlySet<string>,
): T[] {
  const changed = new Map(upsert.map((item) => [item.id, item] as const));
  const result = list.filter((item) => !remove.has(item.id)).map((item) => changed.get(item.id) ?? item);
  const present = new Set(list.map((item) => item.id));
  for (const item of upsert) if (!present.has(item.id)) result.push(item);
  return result;
}
