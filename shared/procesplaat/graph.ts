import type { EdgeType, PlateEdge, PlateNode } from './model';

/** Adjacency of a procesplaat, optionally limited to some edge types. Lanes (fase) take no part in the flow. */
export interface Adjacency {
  out: Map<string, string[]>;
  in: Map<string, string[]>;
}

export function adjacency(
  nodes: readonly PlateNode[],
  edges: readonly PlateEdge[],
  types?: readonly EdgeType[],
): Adjacency {
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  for (const n of nodes) {
    out.set(n.id, []);
    inn.set(n.id, []);
  }
  for (const e of edges) {
    if (types && !types.includes(e.type)) continue;
    out.get(e.source)?.push(e.target);
    inn.get(e.target)?.push(e.source);
  }
  return { out, in: inn };
}

/** Every node reachable from `start` (not including it unless on a cycle), stopping where `stop` says. */
export function reachable(
  next: Map<string, string[]>,
  start: string,
  stop: (id: string) => boolean = () => false,
): Set<string> {
  return reachableFromAny(next, [start], stop);
}

/**
 * Every node reachable from any of `starts` (the union of `reachable` per start), in one walk:
 * linear in the graph, however many starts.
 */
export function reachableFromAny(
  next: Map<string, string[]>,
  starts: Iterable<string>,
  stop: (id: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const stack: string[] = [];
  for (const start of starts) for (const id of next.get(start) ?? []) stack.push(id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (stop(id)) continue;
    for (const to of next.get(id) ?? []) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}

/** Strongly connected components (Tarjan, iterative so 500-node plates do not blow the stack). */
export function stronglyConnected(ids: readonly string[], next: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const succ = next.get(frame.id) ?? [];
      if (frame.i < succ.length) {
        const w = succ[frame.i++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.id);
        result.push(component);
      }
    }
  }
  return result;
}
