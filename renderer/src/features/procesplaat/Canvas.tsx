import { memo, useCallback, useMemo, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { useStore } from 'zustand';
import { foldConnectors, type Fold } from '@shared/procesplaat/layout-rows';
import type { Viewport } from '@shared/procesplaat/model';
import type { FlowEdge, FlowNode } from './mapping';
import { edgeTypes, nodeTypes } from './nodes';
import type { PlateStore } from './store';
import { useFlowEdges, useFlowNodes } from './useFlowNodes';
import { FIT_VIEW_OPTIONS } from './viewport';

export const GRID: [number, number] = [16, 16];

// Props of <ReactFlow> are module constants or memoised: React Flow copies every changed prop into
// its store, and each copy re-runs the selectors of all 500 nodes and 700 edges.
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const isValidConnection = (c: Connection | FlowEdge) => c.source !== c.target;

export interface CanvasProps {
  store: PlateStore;
  /** How the plate is drawn in rows now; the ref is what a drop reads (it changes with every edit). */
  fold: Fold;
  foldRef: RefObject<Fold>;
  /** Check messages per node, shown as badges. */
  issuesByNode: ReadonlyMap<string, string[]>;
  /** Where the canvas starts; without it the editor shows the plate readably once it is drawn. */
  viewport: Viewport | undefined;
  onInit(): void;
  onMoveEnd(event: unknown, viewport: FlowViewport): void;
}

/**
 * React Flow with the plate's node types, grid and Dutch labels; its changes go to the store's
 * actions (the xyflow examples' pattern). Memoised: a save status or a side-panel change leaves
 * React Flow alone.
 */
export const Canvas = memo(function Canvas({ store, fold, foldRef, issuesByNode, ...props }: CanvasProps) {
  const docEdges = useStore(store, (s) => s.doc.edges);
  const connectors = useMemo(() => foldConnectors(fold, docEdges), [fold, docEdges]);
  const nodes = useFlowNodes(store, fold, issuesByNode);
  const edges = useFlowEdges(store, connectors);
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => store.getState().applyNodeChanges(changes, foldRef.current),
    [store, foldRef],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => store.getState().applyEdgeChanges(changes),
    [store],
  );
  const onConnect = useCallback((c: Connection) => void store.getState().connect(c.source, c.target), [store]);
  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: FlowNode[]; edges: FlowEdge[] }) =>
      store.getState().deleteElements(
        gone.map((n) => n.id),
        cut.map((e) => e.id),
      ),
    [store],
  );
  const { t } = useTranslation();
  const ariaLabelConfig = useMemo(() => ariaLabels(t), [t]);
  return (
    <ReactFlow<FlowNode, FlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onDelete={onDelete}
      isValidConnection={isValidConnection}
      defaultViewport={props.viewport}
      onInit={props.onInit}
      onMoveEnd={props.onMoveEnd}
      snapToGrid
      snapGrid={GRID}
      minZoom={0.1}
      maxZoom={2}
      deleteKeyCode={DELETE_KEYS}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      nodesFocusable
      edgesFocusable
      elevateNodesOnSelect={false}
      ariaLabelConfig={ariaLabelConfig}
      proOptions={PRO_OPTIONS}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID[0]} />
      {/* Top right, across: over the empty end of a lane's title bar, never over a step. */}
      <Controls
        showInteractive={false}
        fitViewOptions={FIT_VIEW_OPTIONS}
        position="top-right"
        orientation="horizontal"
      />
    </ReactFlow>
  );
});

function ariaLabels(t: TFunction) {
  return {
    'node.a11yDescription.default': t('procesplaat.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('procesplaat.a11y.nodeNoKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
      t('procesplaat.a11y.moved', {
        direction: t(`procesplaat.a11y.direction.${direction as 'up' | 'down' | 'left' | 'right'}`),
        x: Math.round(x),
        y: Math.round(y),
      }),
    'edge.a11yDescription.default': t('procesplaat.a11y.edge'),
    'controls.ariaLabel': t('procesplaat.a11y.controls'),
    'controls.zoomIn.ariaLabel': t('procesplaat.a11y.zoomIn'),
    'controls.zoomOut.ariaLabel': t('procesplaat.a11y.zoomOut'),
    'controls.fitView.ariaLabel': t('procesplaat.a11y.fitView'),
    'controls.interactive.ariaLabel': t('procesplaat.a11y.interactive'),
    'minimap.ariaLabel': t('procesplaat.a11y.minimap'),
    'handle.ariaLabel': t('procesplaat.a11y.handle'),
  };
}
