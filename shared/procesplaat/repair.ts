import type { z } from 'zod';
import { GraphId, NODE_DATA, NodeType, PlateEdge, PlateNode, type Procesplaat } from './model';
import { nodeFieldLabels, nodeTypeLabels } from './labels';
import { repairMessages } from './texts';

/** What the repair did to one stored node or edge, in words a user can act on. */
export interface RepairNote {
  id: string;
  kind: 'node' | 'edge';
  action: 'repaired' | 'dropped';
  message: string;
}

export interface RawNode {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number | null;
  height: number | null;
  data: unknown;
}
export interface RawEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  data: unknown;
}

/**
 * Turns stored rows back into a valid procesplaat, whatever a hand edit did to the JSON
 * (Excalidraw's `restore`): a node keeps every field that still validates and gets defaults for
 * the rest; a node of an unknown type, or an edge to a dropped node, is left out. Each change
 * is reported per node, so the editor can say what happened instead of crashing.
 */
export function restoreProcesplaat(
  rows: { nodes: RawNode[]; edges: RawEdge[] },
  meta: Pick<Procesplaat, 'viewport' | 'generatedIds'>,
): { plate: Procesplaat; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const nodes: PlateNode[] = [];
  for (const row of rows.nodes) {
    const type = NodeType.safeParse(row.type);
    if (!type.success || !GraphId.safeParse(row.id).success) {
      notes.push({
        id: row.id,
        kind: 'node',
        action: 'dropped',
        message: repairMessages.unknownNodeType(row.id, row.type),
      });
      continue;
    }
    const base = {
      id: row.id,
      type: type.data,
      position: { x: row.x, y: row.y },
      width: row.width ?? undefined,
      height: row.height ?? undefined,
    };
    const whole = PlateNode.safeParse({ ...base, data: row.data });
    if (whole.success) {
      nodes.push(whole.data);
      continue;
    }
    const { data, dropped } = repairData(type.data, row.data);
    nodes.push(PlateNode.parse({ ...base, data }));
    notes.push({
      id: row.id,
      kind: 'node',
      action: 'repaired',
      message: repairedNodeMessage(type.data, row.id, data.title, dropped),
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: PlateEdge[] = [];
  for (const row of rows.edges) {
    const data = typeof row.data === 'object' && row.data !== null ? (row.data as Record<string, unknown>) : {};
    const parsed = PlateEdge.safeParse({
      id: row.id,
      source: row.source,
      target: row.target,
      type: row.type,
      label: data.label,
    });
    const fallback = parsed.success
      ? parsed
      : PlateEdge.safeParse({
          id: row.id,
          source: row.source,
          target: row.target,
          type: edgeTypeOr(row.type),
          label: '',
        });
    if (!fallback.success || !ids.has(row.source) || !ids.has(row.target)) {
      notes.push({
        id: row.id,
        kind: 'edge',
        action: 'dropped',
        message: repairMessages.edgeDropped(row.id),
      });
      continue;
    }
    if (!parsed.success)
      notes.push({
        id: row.id,
        kind: 'edge',
        action: 'repaired',
        message: repairMessages.edgeReset(row.id),
      });
    edges.push(fallback.data);
  }
  return { plate: { nodes, edges, viewport: meta.viewport, generatedIds: meta.generatedIds }, notes };
}

function edgeTypeOr(type: string): string {
  return type === 'informatie' ? 'informatie' : 'volgorde';
}

/** Field by field: keep what validates on its own, fill in defaults for the rest. */
function repairData(type: NodeType, raw: unknown): { data: z.infer<(typeof NODE_DATA)[NodeType]>; dropped: string[] } {
  const schema = NODE_DATA[type] as z.ZodObject;
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(key in input)) continue;
    if ((field as z.ZodType).safeParse(input[key]).success) kept[key] = input[key];
    else dropped.push(key);
  }
  for (const key of Object.keys(input)) if (!(key in schema.shape)) dropped.push(key);
  if (!('title' in kept)) kept.title = repairMessages.untitled;
  // Required enum fields without a sensible value get the first option of their type.
  const required = schema.safeParse(kept);
  if (!required.success) {
    for (const issue of required.error.issues) {
      const key = String(issue.path[0]);
      if (type === 'raadsmoment' && key === 'moment') kept.moment = 'informatie';
      if (type === 'fase' && key === 'phase') kept.phase = 'agendering';
    }
  }
  return { data: schema.parse(kept) as z.infer<(typeof NODE_DATA)[NodeType]>, dropped };
}

/** Names the node so the user can find it: by its title, or by its id when the title was the problem. */
function repairedNodeMessage(type: NodeType, id: string, title: string, dropped: string[]): string {
  const name = dropped.includes('title') ? id : `‘${title}’`;
  const fields = dropped.map((field) => nodeFieldLabels[field] ?? field).join(', ');
  return repairMessages.nodeReset(nodeTypeLabels[type].label, name, fields);
}
