import { PHASES, type Phase } from '../participatie/vocabulary';
import { adjacency } from './graph';
import { LANE_HEADER, nodeSize, type PlateEdge, type PlateNode, type Procesplaat } from './model';

/**
 * A compact layout per phase, and the fold of the phases into rows that the editor shows (the
 * same arrangement as the exported picture: lanes side by side, folded like lines of text, with
 * numbered connectors where an arrow jumps to the next row).
 *
 * The stored plate keeps one strip of lanes (phase after phase, left to right), which the SVG
 * export, the Word export and `phaseAt` read. The fold is only how the editor draws that strip:
 * every lane moves as a whole to its row, so a node's place inside its lane is what is stored.
 *
 * Synchronous and linear in the plate: no layout engine to load, so generating and tidying the
 * largest casus takes a few milliseconds.
 */

export const ROW_LAYOUT = {
  /** Between layers (columns) inside a lane: room for an arrow and its head. */
  gapX: 44,
  /** Between nodes stacked in one layer. */
  gapY: 14,
  /** Inside a lane, left and right of its nodes. */
  padX: 16,
  /** Inside a lane, under the header and under the last node. */
  padY: 12,
  /** Between two rows of lanes, and between two lines of one long lane. */
  rowGap: 24,
  /** The lane's title bar as the editor draws it. */
  header: 36,
  /** Width of a lane without steps. */
  emptyLane: 200,
  /** Height of the content of a plate without steps. */
  emptyHeight: 120,
} as const;

type Flow = Exclude<PlateNode, { type: 'fase' }>;
type Lane = Extract<PlateNode, { type: 'fase' }>;
const isLane = (n: PlateNode): n is Lane => n.type === 'fase';

/**
 * The lane of every flow node: its own phase if it has one, otherwise the phase of the node
 * before it (a hand-added step belongs where it hangs), otherwise the first phase.
 */
function lanePhases(flow: Flow[], edges: readonly PlateEdge[]): Map<string, Phase> {
  const result = new Map<string, Phase>();
  for (const n of flow) if (n.data.phase) result.set(n.id, n.data.phase);
  const { in: preds } = adjacency(flow, edges);
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of flow) {
      if (result.has(n.id)) continue;
      const known = (preds.get(n.id) ?? []).map((id) => result.get(id)).find(Boolean);
      if (known) {
        result.set(n.id, known);
        changed = true;
      }
    }
  }
  for (const n of flow) if (!result.has(n.id)) result.set(n.id, PHASES[0]);
  return result;
}

/** Layers of the steps of one phase: each step one column after the latest step before it. */
function layersOf(members: Flow[], edges: readonly PlateEdge[]): Flow[][] {
  const ids = new Set(members.map((n) => n.id));
  const inner = edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
  const { in: preds, out: succs } = adjacency(members, inner);
  // Kahn's order; what a cycle leaves over follows in the plate's own order.
  const indegree = new Map(members.map((n) => [n.id, preds.get(n.id)!.length]));
  const queue = members.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < members.length) {
    const id = queue.shift() ?? members.find((n) => !placed.has(n.id))!.id;
    if (placed.has(id)) continue;
    placed.add(id);
    order.push(id);
    for (const next of succs.get(id)!) {
      indegree.set(next, indegree.get(next)! - 1);
      if (indegree.get(next) === 0) queue.push(next);
    }
  }
  const layer = new Map<string, number>();
  for (const id of order)
    layer.set(
      id,
      Math.max(
        0,
        ...preds
          .get(id)!
          .filter((p) => layer.has(p))
          .map((p) => layer.get(p)! + 1),
      ),
    );
  const byId = new Map(members.map((n) => [n.id, n]));
  const layers: Flow[][] = [];
  for (const id of order) (layers[layer.get(id)!] ??= []).push(byId.get(id)!);
  // Fewer crossings: a step sits in the order of the steps before it (barycentre), ties in plate order.
  for (let i = 1; i < layers.length; i++) {
    const rank = new Map(layers[i - 1]!.map((n, j) => [n.id, j]));
    const centre = (n: Flow) => {
      const r = preds
        .get(n.id)!
        .filter((p) => rank.has(p))
        .map((p) => rank.get(p)!);
      return r.length ? r.reduce((a, b) => a + b, 0) / r.length : Number.POSITIVE_INFINITY;
    };
    layers[i] = layers[i]!.map((n, j) => ({ n, c: centre(n), j }))
      .sort((a, b) => a.c - b.c || a.j - b.j)
      .map(({ n }) => n);
  }
  return layers.filter(Boolean);
}

export interface RowLayoutOptions {
  /**
   * Width/height ratio of the view the plate is shown in. Given, a phase with a long chain of
   * steps may be wrapped onto two or more lines inside its lane (like a paragraph) when that lets
   * the whole plate show larger; without it every phase stays on one line.
   */
  aspect?: number;
}

/**
 * Lays out a procesplaat: per phase its steps in columns (a step one column after the step before
 * it), the steps of a column stacked and centred; the lanes in phase order, one after the other.
 * Lanes of phases without steps stay, narrow. Every step gets the phase of its lane.
 */
export function layoutRows<P extends Pick<Procesplaat, 'nodes' | 'edges'>>(
  plate: P,
  options: RowLayoutOptions = {},
): P {
  const flow = plate.nodes.filter((n): n is Flow => !isLane(n));
  const phases = lanePhases(flow, plate.edges);
  const perPhase = PHASES.map((phase) => ({
    phase,
    layers: layersOf(
      flow.filter((n) => phases.get(n.id) === phase),
      plate.edges,
    ),
  }));
  if (options.aspect === undefined) return place(plate, perPhase, phases, Number.POSITIVE_INFINITY);
  const longest = Math.max(1, ...perPhase.map((p) => p.layers.length));
  let best: { plate: P; scale: number } | undefined;
  for (let max = longest; max >= Math.min(longest, 3); max--) {
    const candidate = place(plate, perPhase, phases, max);
    const scale = foldRows(candidate.nodes, options.aspect).scale;
    // A wrapped lane reads less easily: only when it shows clearly larger.
    if (!best || scale > best.scale * 1.01) best = { plate: candidate, scale };
  }
  return best!.plate;
}

function place<P extends Pick<Procesplaat, 'nodes' | 'edges'>>(
  plate: P,
  perPhase: Array<{ phase: Phase; layers: Flow[][] }>,
  phases: Map<string, Phase>,
  maxLayers: number,
): P {
  const { gapX, gapY, padX, padY, rowGap, emptyLane, emptyHeight } = ROW_LAYOUT;
  const measured = perPhase.map(({ phase, layers }) => {
    const widths = layers.map((l) => Math.max(...l.map((n) => nodeSize(n).width)));
    const heights = layers.map((l) => l.reduce((h, n) => h + nodeSize(n).height, 0) + (l.length - 1) * gapY);
    // Lines of at most maxLayers columns, as even as possible.
    const count = Math.max(1, Math.ceil(layers.length / maxLayers));
    const per = Math.ceil(layers.length / count);
    const lines: number[][] = [];
    layers.forEach((_, i) => (lines[Math.floor(i / per)] ??= []).push(i));
    const lineWidth = (line: number[]) => line.reduce((a, i) => a + widths[i]!, 0) + (line.length - 1) * gapX;
    const lineHeight = (line: number[]) => Math.max(...line.map((i) => heights[i]!));
    const width = Math.max(0, ...lines.map(lineWidth));
    const height = lines.reduce((h, l) => h + lineHeight(l), 0) + Math.max(0, lines.length - 1) * rowGap;
    return { phase, layers, widths, heights, lines, lineHeight, width, height };
  });
  // Every lane wraps its own steps, centred on one line through the plate.
  const contentHeight = Math.max(emptyHeight, ...measured.map((p) => p.height));
  const middle = LANE_HEADER + padY + contentHeight / 2;
  const laneBox = new Map<Phase, { y: number; height: number }>();

  const lanes = new Map<Phase, { x: number; width: number }>();
  const placed = new Map<string, { x: number; y: number }>();
  let cursor = 0;
  for (const { phase, layers, widths, heights, lines, lineHeight, height } of measured) {
    const width = layers.length ? measured.find((m) => m.phase === phase)!.width + 2 * padX : emptyLane;
    lanes.set(phase, { x: cursor, width });
    const own = Math.max(height, emptyHeight);
    laneBox.set(phase, { y: Math.round(middle - own / 2 - padY - LANE_HEADER), height: own + 2 * padY + LANE_HEADER });
    let top = middle - height / 2;
    for (const line of lines) {
      const lh = lineHeight(line);
      let x = cursor + padX;
      for (const i of line) {
        let y = top + (lh - heights[i]!) / 2;
        for (const n of layers[i]!) {
          const size = nodeSize(n);
          placed.set(n.id, { x: Math.round(x + (widths[i]! - size.width) / 2), y: Math.round(y) });
          y += size.height + gapY;
        }
        x += widths[i]! + gapX;
      }
      top += lh + rowGap;
    }
    cursor += width;
  }
  // Lanes the plate lacks are not added (an empty plate keeps the lanes it has).
  const nodes = plate.nodes.map((n): PlateNode => {
    if (isLane(n)) {
      const lane = lanes.get(n.data.phase)!;
      const box = laneBox.get(n.data.phase)!;
      return { ...n, position: { x: lane.x, y: box.y }, width: lane.width, height: box.height };
    }
    const phase = phases.get(n.id)!;
    return { ...n, position: placed.get(n.id)!, data: { ...n.data, phase } } as PlateNode;
  });
  return { ...plate, nodes };
}

// ---------------------------------------------------------------------------------------------
// The fold: how the editor draws the strip of lanes as rows.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Fold {
  /** Lane ids per row, in phase order. */
  rows: string[][];
  /** Where every lane is drawn. */
  laneBox: Map<string, Box>;
  /** Per lane: drawn position minus stored position of everything in it. */
  offset: Map<string, { dx: number; dy: number }>;
  /** The lane every node belongs to (a lane to itself). */
  laneOf: Map<string, string>;
  /** The row of every node. */
  rowOf: Map<string, number>;
  /** Stored lanes, left to right. */
  lanes: Lane[];
  /** How large the whole shows in a view of the asked ratio with height 1 (for comparing folds). */
  scale: number;
}

/** The lane whose stored column holds x (left of the first: the first; right of the last: the last). */
function laneIndexAt(lanes: readonly Lane[], x: number): number {
  const i = lanes.findIndex((l) => x < l.position.x + nodeSize(l).width);
  return i === -1 ? lanes.length - 1 : i;
}

/**
 * Folds the lanes into rows so the whole plate fits a view of the given width/height ratio at
 * the largest scale (each row only as tall as its own steps). Without lanes nothing moves.
 */
export function foldRows(nodes: readonly PlateNode[], aspect: number): Fold {
  const { padY, rowGap, header } = ROW_LAYOUT;
  // Stored lanes carry the export's taller title bar (LANE_HEADER); the editor draws a slimmer one.
  const lanes = nodes.filter(isLane).sort((a, b) => a.position.x - b.position.x);
  const laneOf = new Map<string, string>();
  const fold: Fold = { rows: [], laneBox: new Map(), offset: new Map(), laneOf, rowOf: new Map(), lanes, scale: 0 };
  if (lanes.length === 0) return fold;
  const members = lanes.map(() => [] as PlateNode[]);
  for (const n of nodes) {
    if (isLane(n)) {
      laneOf.set(n.id, n.id);
      continue;
    }
    const i = laneIndexAt(lanes, n.position.x + nodeSize(n).width / 2);
    members[i]!.push(n);
    laneOf.set(n.id, lanes[i]!.id);
  }
  // Vertical extent of each lane (stored coordinates): its box for choosing the rows (so moving a
  // step never re-folds the plate), its box and its steps for drawing (so rows never overlap).
  const boxOf = lanes.map((l) => ({
    top: l.position.y + LANE_HEADER,
    bottom: Math.max(l.position.y + LANE_HEADER + padY, l.position.y + nodeSize(l).height),
  }));
  const extent = members.map((list, i) =>
    list.length
      ? {
          top: Math.min(boxOf[i]!.top, ...list.map((n) => n.position.y - padY)),
          bottom: Math.max(boxOf[i]!.bottom, ...list.map((n) => n.position.y + nodeSize(n).height + padY)),
        }
      : boxOf[i]!,
  );
  const widths = lanes.map((l) => nodeSize(l).width);
  const span = (row: number[], of: Array<{ top: number; bottom: number }>) => ({
    top: Math.min(...row.map((i) => of[i]!.top)),
    bottom: Math.max(...row.map((i) => of[i]!.bottom)),
  });
  const rowHeight = (row: number[], of: Array<{ top: number; bottom: number }>) => {
    const e = span(row, of);
    return e.bottom - e.top + header;
  };

  // Every way to cut the lanes into rows (2^(lanes-1): 16 for the five phases), the largest scale wins.
  let best: { rows: number[][]; scale: number } = { rows: [lanes.map((_, i) => i)], scale: 0 };
  const cuts = lanes.length <= 12 ? 1 << (lanes.length - 1) : 1;
  for (let mask = 0; mask < cuts; mask++) {
    const rows: number[][] = [[0]];
    for (let i = 1; i < lanes.length; i++) {
      if (mask & (1 << (i - 1))) rows.push([]);
      rows[rows.length - 1]!.push(i);
    }
    const width = Math.max(...rows.map((r) => r.reduce((a, i) => a + widths[i]!, 0)));
    const height = rows.reduce((h, r) => h + rowHeight(r, boxOf), 0) + (rows.length - 1) * rowGap;
    const scale = Math.min(aspect / width, 1 / height);
    if (scale > best.scale + 1e-12) best = { rows, scale };
  }
  fold.scale = best.scale;

  let y = lanes[0]!.position.y;
  best.rows.forEach((row) => {
    const e = span(row, extent);
    const height = rowHeight(row, extent);
    const left = lanes[row[0]!]!.position.x;
    fold.rows.push(row.map((i) => lanes[i]!.id));
    for (const i of row) {
      const lane = lanes[i]!;
      fold.laneBox.set(lane.id, { x: lane.position.x - left, y, width: widths[i]!, height });
      fold.offset.set(lane.id, { dx: -left, dy: y + header - e.top });
    }
    y += height + rowGap;
  });
  for (const [id, lane] of laneOf) {
    const r = fold.rows.findIndex((row) => row.includes(lane));
    fold.rowOf.set(id, r);
  }
  return fold;
}

/** Where the editor draws a node (lanes: their row box). */
export function foldedPosition(fold: Fold, node: PlateNode): { x: number; y: number } {
  if (isLane(node)) {
    const box = fold.laneBox.get(node.id);
    return box ? { x: box.x, y: box.y } : node.position;
  }
  const lane = fold.laneOf.get(node.id);
  const o = lane ? fold.offset.get(lane) : undefined;
  return o ? { x: node.position.x + o.dx, y: node.position.y + o.dy } : node.position;
}

/**
 * A node drawn at `drawn` (e.g. where it was dropped): its stored position and phase. The lane is
 * the one drawn under the node's centre (or the nearest); the node stays inside that lane's column,
 * so the export and the fold put it in the same lane.
 */
export function unfoldPosition(
  fold: Fold,
  node: PlateNode,
  drawn: { x: number; y: number },
): { x: number; y: number; phase?: Phase } {
  if (fold.lanes.length === 0 || isLane(node)) return drawn;
  const { width, height } = nodeSize(node);
  const cx = drawn.x + width / 2;
  const cy = drawn.y + height / 2;
  let lane = fold.lanes[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const l of fold.lanes) {
    const b = fold.laneBox.get(l.id)!;
    const dx = Math.max(b.x - cx, 0, cx - (b.x + b.width));
    const dy = Math.max(b.y - cy, 0, cy - (b.y + b.height));
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      lane = l;
    }
  }
  const o = fold.offset.get(lane.id)!;
  const left = lane.position.x;
  const right = left + nodeSize(lane).width;
  const storedCx = Math.min(Math.max(cx - o.dx, left + 1), right - 1);
  return { x: Math.round(storedCx - width / 2), y: Math.round(drawn.y - o.dy), phase: lane.data.phase };
}

/** Numbered connectors for arrows that jump between rows: one number per source node. */
export function foldConnectors(fold: Fold, edges: readonly PlateEdge[]): Map<string, number> {
  const perSource = new Map<string, number>();
  const result = new Map<string, number>();
  for (const e of edges) {
    const a = fold.rowOf.get(e.source);
    const b = fold.rowOf.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    let n = perSource.get(e.source);
    if (n === undefined) perSource.set(e.source, (n = perSource.size + 1));
    result.set(e.id, n);
  }
  return result;
}
