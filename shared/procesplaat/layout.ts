import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import { PHASES, phaseRank, type Phase } from '../participatie/vocabulary';
import { adjacency } from './graph';
import { LANE_HEADER, nodeSize, type PlateNode, type Procesplaat } from './model';

const LANE_PADDING = 32;
const EMPTY_LANE_WIDTH = 200;

// One instance, loaded on first use: the bundled ELK (1.5 MB, runs in the calling thread, no worker)
// is only needed to lay out, so opening a stored procesplaat never parses or starts it.
let elk: Promise<ELK> | undefined;
const loadElk = () =>
  (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ElkConstructor }) => new ElkConstructor()));

/**
 * Lays out a procesplaat left to right: ELK's layered algorithm with one partition per phase,
 * so every phase is a column ("lane") and all arrows run forward through the process. Lanes are
 * then drawn around their nodes, as tall as the tallest, so the picture reads as a timeline.
 */
export async function layoutProcesplaat(plate: Procesplaat): Promise<Procesplaat> {
  const flow = plate.nodes.filter((n) => n.type !== 'fase');
  const inFlow = new Set(flow.map((n) => n.id));
  const phases = lanePhases(flow, plate);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '28',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: flow.map((n) => ({
      id: n.id,
      ...nodeSize(n),
      layoutOptions: { 'elk.partitioning.partition': String(phaseRank(phases.get(n.id)!)) },
    })),
    // Only arrows between laid-out steps: an arrow to or from a phase (a lane, not a shape here)
    // would make ELK refuse the whole graph, and with it every export of the traject.
    edges: plate.edges
      .filter((e) => e.source !== e.target && inFlow.has(e.source) && inFlow.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = flow.length > 0 ? await (await loadElk()).layout(graph) : { id: 'root', children: [] };
  const placed = new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));

  // Columns per phase from the laid-out nodes; empty phases get a narrow column of their own.
  const contentTop = Math.min(0, ...[...placed.values()].map((p) => p.y));
  const contentBottom = Math.max(240, ...flow.map((n) => (placed.get(n.id)?.y ?? 0) + nodeSize(n).height));
  const laneTop = contentTop - LANE_HEADER - LANE_PADDING;
  const laneHeight = contentBottom - laneTop + LANE_PADDING;
  const shift = new Map<Phase, number>();
  const lanes = new Map<Phase, { x: number; width: number }>();
  let cursor = 0;
  for (const phase of PHASES) {
    const members = flow.filter((n) => phases.get(n.id) === phase);
    if (members.length === 0) {
      lanes.set(phase, { x: cursor, width: EMPTY_LANE_WIDTH });
      cursor += EMPTY_LANE_WIDTH;
      continue;
    }
    const left = Math.min(...members.map((n) => placed.get(n.id)!.x));
    const right = Math.max(...members.map((n) => placed.get(n.id)!.x + nodeSize(n).width));
    shift.set(phase, cursor + LANE_PADDING - left);
    const width = right - left + 2 * LANE_PADDING;
    lanes.set(phase, { x: cursor, width });
    cursor += width;
  }

  const nodes = plate.nodes.map((n): PlateNode => {
    if (n.type === 'fase') {
      const lane = lanes.get(n.data.phase)!;
      return { ...n, position: { x: lane.x, y: laneTop }, width: lane.width, height: laneHeight };
    }
    const p = placed.get(n.id)!;
    const phase = phases.get(n.id)!;
    return {
      ...n,
      position: { x: Math.round(p.x + shift.get(phase)!), y: Math.round(p.y) },
      data: { ...n.data, phase },
    } as PlateNode;
  });
  return { ...plate, nodes };
}

/**
 * The lane of every flow node: its own phase if it has one, otherwise the phase of the node
 * before it (a hand-added step belongs where it hangs), otherwise the first phase.
 */
function lanePhases(flow: PlateNode[], plate: Procesplaat): Map<string, Phase> {
  const result = new Map<string, Phase>();
  for (const n of flow) if (n.data.phase) result.set(n.id, n.data.phase);
  const { in: preds } = adjacency(flow, plate.edges);
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

/** The lane (phase) whose column holds a point, e.g. where a node was dropped. */
export function phaseAt(plate: Pick<Procesplaat, 'nodes'>, x: number): Phase | undefined {
  for (const n of plate.nodes) {
    if (n.type !== 'fase') continue;
    const { width } = nodeSize(n);
    if (x >= n.position.x && x < n.position.x + width) return n.data.phase;
  }
  return undefined;
}
