import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { nodeSize, type NodeDataMap, type NodeType, type PlateEdge, type PlateNode } from '@shared/procesplaat/model';
import { canvasLabels, nodeTypeLabels, raadsmomentLabels } from '@shared/procesplaat/labels';

/**
 * The one place where domain data meets React Flow. Storage and checks know nothing of React
 * Flow; React Flow knows nothing of SQLite. Selection is React Flow state; everything else
 * round-trips through `fromFlowNode` / `fromFlowEdge` unchanged.
 */
export type FlowNodeData<T extends NodeType = NodeType> = {
  /** The domain data of the node, as stored. */
  domain: NodeDataMap[T];
  /** Messages of spelregels checks about this node, shown as a badge. */
  issues: string[];
};
export type FlowNode = { [T in NodeType]: Node<FlowNodeData<T>, T> }[NodeType];
/** `connector`: the arrow jumps to another row and is drawn as two numbered circles (as in the export). */
export type FlowEdge = Edge<{ label: string; connector?: number }, PlateEdge['type']>;

/** What a screen reader says for a node: its kind and its title. */
export function nodeAccessibleName(node: PlateNode): string {
  const kind = node.type === 'raadsmoment' ? raadsmomentLabels[node.data.moment] : nodeTypeLabels[node.type].label;
  return `${kind}: ${node.data.title}`;
}

/** The side of a `.react-flow__handle` in procesplaat.css (border-box, so its border is inside). */
export const HANDLE_SIZE = 12;

/**
 * Where a step's two handles are drawn, relative to the step: halfway up its left and right edge,
 * centred on the edge (React Flow's CSS for left and right handles). A lane has none.
 */
export function nodeHandles(type: NodeType, size: { width: number; height: number }): NodeHandle[] {
  if (type === 'fase') return [];
  const y = size.height / 2 - HANDLE_SIZE / 2;
  const common = { id: null, width: HANDLE_SIZE, height: HANDLE_SIZE, y };
  return [
    { ...common, type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2 },
    { ...common, type: 'source', position: Position.Right, x: size.width - HANDLE_SIZE / 2 },
  ];
}

export function toFlowNode(
  node: PlateNode,
  options: {
    selected?: boolean;
    issues?: string[];
    position?: { x: number; y: number };
    /** Drawn size when it differs from the stored one (a lane is as tall as its row). */
    size?: { width: number; height: number };
  } = {},
): FlowNode {
  const size = options.size ?? nodeSize(node);
  const lane = node.type === 'fase';
  const issues = options.issues ?? [];
  return {
    id: node.id,
    type: node.type,
    position: options.position ?? node.position,
    width: size.width,
    height: size.height,
    /*
     * React Flow counts a node as measured only while its node object carries `measured` (a
     * controlled flow usually copies it in from 'dimensions' changes; this editor does not). Without
     * it every new object for a node (a typed title, a check badge) makes React Flow forget the size;
     * when a second new object follows within a frame the new measurement never comes, so "Alles in
     * beeld" (which waits for all nodes) does nothing and a connection finds no handle. Our nodes are
     * drawn at exactly this size, so the measurement is known beforehand.
     */
    measured: { width: size.width, height: size.height },
    /*
     * The handles' places, known beforehand for the same reason: with them and `measured` React
     * Flow counts the node as ready at once. It then never observes or measures the node (for 500
     * nodes a forced style and layout of the whole plate and a second render of every node and
     * edge), and draws the arrows in the first pass.
     */
    handles: nodeHandles(node.type, size),
    data: { domain: node.data, issues },
    selected: options.selected ?? false,
    // Lanes are the background: they do not move or connect, and sit under the steps.
    ...(lane ? { draggable: false, connectable: false, zIndex: -1 } : {}),
    ariaLabel: `${lane ? nodeTypeLabels.fase.label : nodeAccessibleName(node)}${lane ? `: ${node.data.title}` : ''}${issues.length ? `. ${canvasLabels.attention} ${issues.join(' ')}` : ''}`,
  } as FlowNode;
}

export function fromFlowNode(node: FlowNode): PlateNode {
  const lane = node.type === 'fase';
  return {
    id: node.id,
    type: node.type,
    position: { x: node.position.x, y: node.position.y },
    // Only lanes have a stored size; other nodes use their type's default.
    ...(lane ? { width: node.width, height: node.height } : {}),
    data: node.data.domain,
  } as PlateNode;
}

export function toFlowEdge(edge: PlateEdge, selected = false, connector?: number): FlowEdge {
  const info = edge.type === 'informatie';
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    data: connector === undefined ? { label: edge.label } : { label: edge.label, connector },
    selected,
    markerEnd: {
      type: info ? MarkerType.Arrow : MarkerType.ArrowClosed,
      width: 18,
      height: 18,
      color: info ? '#5b2a86' : '#1f2937',
    },
    ariaLabel: `${info ? canvasLabels.informationArrow : canvasLabels.sequenceArrow}${edge.label ? ` (${edge.label})` : ''}${connector === undefined ? '' : `, ${canvasLabels.toOtherRow(connector)}`}`,
  };
}

export function fromFlowEdge(edge: FlowEdge): PlateEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type ?? 'volgorde',
    label: edge.data?.label ?? '',
  };
}
