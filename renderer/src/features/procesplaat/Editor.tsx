import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type ReactFlowInstance,
  type EdgeChange,
  type NodeChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { TrajectAnswers } from '../../../../shared/participatie/answers';
import { checkProcesplaat } from '../../../../shared/procesplaat/checks';
import { layoutProcesplaat, phaseAt } from '../../../../shared/procesplaat/layout';
import {
  makeNode,
  nodeSize,
  type NodeType,
  type ProcesNode,
  type Procesplaat,
  type Viewport,
} from '../../../../shared/procesplaat/model';
import { useApi } from '../../api/context';
import { ChecksList } from './ChecksList';
import { EdgePanel } from './EdgePanel';
import { downloadPng, downloadSvg } from './exportImage';
import { toFlowEdge, toFlowNode, type FlowEdge, type FlowNode } from './mapping';
import { edgeTypes, nodeTypes } from './nodes';
import { Palette } from './Palette';
import { PropertiesPanel } from './PropertiesPanel';
import { RegenerateDialog } from './RegenerateDialog';
import { edits, type PlateStore } from './store';
import { usePlateSave } from './useSave';

export interface EditorProps {
  trajectId: string;
  title: string;
  store: PlateStore;
  revision: number;
  viewport: Viewport | undefined;
  answers: TrajectAnswers | undefined;
  onReload(): void;
}

const GRID: [number, number] = [16, 16];

// Props of <ReactFlow> are module constants or memoised: React Flow copies every changed prop into
// its store, and each copy re-runs the selectors of all 500 nodes and 700 edges.
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 160, height: 100 };
const isValidConnection = (c: Connection | FlowEdge) => c.source !== c.target;
const miniMapColor = (n: FlowNode) => (n.type === 'fase' ? '#dde3ec' : '#154273');

// Per store and node id, the React Flow node last made and what it was made from. A node that
// looks the same keeps its object, also when its domain object is new: a drop commits the
// position the node already shows, so the array stays the same and React Flow does no work.
interface FlowNodeEntry {
  data: ProcesNode['data'];
  type: ProcesNode['type'];
  width: number | undefined;
  height: number | undefined;
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

export function Editor({ trajectId, title, store, revision, viewport, answers, onReload }: EditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const doc = useStore(store, (s) => s.doc);
  const selectedNodes = useStore(store, (s) => s.selectedNodes);
  const selectedEdges = useStore(store, (s) => s.selectedEdges);
  const dragging = useStore(store, (s) => s.dragging);
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  const [regenerate, setRegenerate] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const viewportRef = useRef<Viewport | undefined>(viewport);
  const status = usePlateSave(api, trajectId, store, revision, () => viewportRef.current);

  // Checks run once per document change, and after the edit itself is on screen: a drop or a
  // keystroke shows at once, the badges and the list follow a moment later (React may interrupt).
  const checkedDoc = useDeferredValue(doc);
  const issues = useMemo(() => checkProcesplaat(checkedDoc), [checkedDoc]);
  const issuesByNode = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of issues)
      for (const id of issue.nodeIds.slice(0, 1)) map.set(id, [...(map.get(id) ?? []), issue.message]);
    return map;
  }, [issues]);

  const nodes = useMemo(() => {
    const selected = new Set(selectedNodes);
    const cache = flowNodeCache.get(store);
    const nextCache = new Map<string, FlowNodeEntry>();
    const next = doc.nodes.map((n) => {
      const position = dragging?.[n.id];
      const { x, y } = position ?? n.position;
      const isSelected = selected.has(n.id);
      const nodeIssues = issuesByNode.get(n.id);
      const hit = cache?.get(n.id);
      const entry =
        hit &&
        hit.data === n.data &&
        hit.type === n.type &&
        hit.width === n.width &&
        hit.height === n.height &&
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
              x,
              y,
              selected: isSelected,
              issues: nodeIssues,
              node: toFlowNode(n, { selected: isSelected, issues: nodeIssues, position }),
            };
      nextCache.set(n.id, entry);
      return entry.node;
    });
    flowNodeCache.set(store, nextCache);
    // Same nodes, same array: React Flow then skips its update of all 500 nodes and 700 edges.
    const previous = lastFlowNodes.get(store);
    if (previous?.length === next.length && next.every((node, i) => node === previous[i])) return previous;
    lastFlowNodes.set(store, next);
    return next;
  }, [store, doc.nodes, selectedNodes, dragging, issuesByNode]);
  const edges = useMemo(() => {
    const selected = new Set(selectedEdges);
    return doc.edges.map((e) => toFlowEdge(e, selected.has(e.id)));
  }, [doc.edges, selectedEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      let selection: string[] | undefined;
      const drag: Record<string, { x: number; y: number }> = {};
      const done: Record<string, { x: number; y: number }> = {};
      for (const change of changes) {
        if (change.type === 'select') {
          selection ??= [...state.selectedNodes];
          selection = change.selected
            ? [...new Set([...selection, change.id])]
            : selection.filter((id) => id !== change.id);
        } else if (change.type === 'position' && change.position) {
          (change.dragging ? drag : done)[change.id] = change.position;
        }
      }
      if (selection) state.select(selection, state.selectedEdges);
      if (Object.keys(drag).length > 0) state.setDragging({ ...(state.dragging ?? {}), ...drag });
      if (Object.keys(done).length > 0) {
        // Drag stop or arrow keys: one undo step, and steps dropped in another lane move to that phase.
        const moved = Object.fromEntries(
          Object.entries({ ...(state.dragging ?? {}), ...done }).map(([id, p]) => {
            const node = state.doc.nodes.find((n) => n.id === id);
            const center = node ? p.x + nodeSize(node).width / 2 : p.x;
            return [id, { ...p, phase: phaseAt(state.doc, center) }];
          }),
        );
        state.commit((d) => edits.move(d, moved));
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      let selection: string[] | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= [...state.selectedEdges];
        selection = change.selected
          ? [...new Set([...selection, change.id])]
          : selection.filter((id) => id !== change.id);
      }
      if (selection) state.select(state.selectedNodes, selection);
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      store.getState().commit((d) =>
        edits.addEdge(d, {
          id: `e-${crypto.randomUUID()}`,
          source: c.source,
          target: c.target,
          type: 'volgorde',
          label: '',
        }),
      );
    },
    [store],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
      const state = store.getState();
      state.commit((d) =>
        edits.remove(
          d,
          gone.map((n) => n.id),
          cut.map((e) => e.id),
        ),
      );
      state.select([], []);
    },
    [store],
  );

  const addNode = useCallback(
    (type: Exclude<NodeType, 'fase'>) => {
      const box = document.querySelector('.pp-canvas')?.getBoundingClientRect();
      const center = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      const size = nodeSize(makeNode(type, 'x', defaultData(type, t)));
      const position = {
        x: Math.round((center.x - size.width / 2) / GRID[0]) * GRID[0],
        y: Math.round((center.y - size.height / 2) / GRID[1]) * GRID[1],
      };
      const node = makeNode(
        type,
        `n-${crypto.randomUUID()}`,
        { ...defaultData(type, t), phase: phaseAt(store.getState().doc, center.x) },
        position,
      );
      const state = store.getState();
      state.commit((d) => edits.addNode(d, node));
      state.select([node.id], []);
    },
    [flow, store, t],
  );

  const onInit = useCallback(
    (instance: ReactFlowInstance<FlowNode, FlowEdge>) => {
      if (!viewport) startView(instance, document.querySelector('.pp-canvas'));
    },
    [viewport],
  );

  const onMoveEnd = useCallback(
    (_event: unknown, vp: FlowViewport) => {
      viewportRef.current = vp;
      void api.call('procesplaat.saveViewport', { trajectId, viewport: vp }).catch(() => undefined);
    },
    [api, trajectId],
  );

  const ariaLabelConfig = useMemo(() => ariaLabels(t), [t]);

  const undo = useCallback(() => store.temporal.getState().undo(), [store]);
  const redo = useCallback(() => store.temporal.getState().redo(), [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Inside a text field, Ctrl+Z belongs to the field.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const autoLayout = useCallback(async () => {
    const state = store.getState();
    const laid = await layoutProcesplaat({ ...state.doc, generatedIds: state.doc.generatedIds });
    state.commit((d) => ({ ...d, nodes: laid.nodes }));
    requestAnimationFrame(() => void flow.fitView({ duration: 200 }));
  }, [store, flow]);

  const goTo = useCallback(
    (id: string) => {
      const node = store.getState().doc.nodes.find((n) => n.id === id);
      if (!node) return;
      store.getState().select([id], []);
      const size = nodeSize(node);
      void flow.setCenter(node.position.x + size.width / 2, node.position.y + size.height / 2, {
        zoom: Math.max(flow.getZoom(), 0.9),
        duration: 200,
      });
      // Keyboard users land on the node itself, ready for Delete or the arrow keys.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
    },
    [store, flow],
  );

  // The canvas as one memoised element: a save status or a side-panel change leaves React Flow alone.
  const canvas = useMemo(
    () => (
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
        defaultViewport={viewport}
        onInit={onInit}
        onMoveEnd={onMoveEnd}
        snapToGrid
        snapGrid={GRID}
        minZoom={0.1}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        nodesFocusable
        edgesFocusable
        elevateNodesOnSelect={false}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID[0]} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable style={MINIMAP_STYLE} nodeStrokeWidth={3} nodeColor={miniMapColor} />
      </ReactFlow>
    ),
    [nodes, edges, onNodesChange, onEdgesChange, onConnect, onDelete, viewport, onInit, onMoveEnd, ariaLabelConfig],
  );

  const selectedNode = selectedNodes.length === 1 ? doc.nodes.find((n) => n.id === selectedNodes[0]) : undefined;
  const selectedEdge =
    selectedEdges.length === 1 && selectedNodes.length === 0
      ? doc.edges.find((e) => e.id === selectedEdges[0])
      : undefined;
  const selectedNodeId = selectedNode?.id;
  const onNodeDataChange = useCallback(
    (data: ProcesNode['data']) => {
      if (selectedNodeId === undefined) return;
      store.getState().commit((d) => edits.updateData(d, selectedNodeId, data), `data:${selectedNodeId}`);
    },
    [store, selectedNodeId],
  );
  const plate = (): Procesplaat => ({ ...store.getState().doc, viewport: viewportRef.current });

  return (
    <div className="pp-editor">
      <div className="pp-toolbar" role="toolbar" aria-label={t('procesplaat.toolbar.label')}>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('procesplaat.toolbar.undo')}
          </Button>
          <Button appearance="secondary-action-button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
            {t('procesplaat.toolbar.redo')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void autoLayout()}>
            {t('procesplaat.toolbar.layout')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void flow.fitView({ duration: 200 })}>
            {t('procesplaat.toolbar.fit')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setRegenerate(true)} disabled={!answers}>
            {t('procesplaat.toolbar.regenerate')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => downloadSvg(plate(), title)}>
            {t('procesplaat.toolbar.svg')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void downloadPng(plate(), title)}>
            {t('procesplaat.toolbar.png')}
          </Button>
        </ButtonGroup>
        <p role="status" aria-live="polite" className="samenspel-status pp-save-status">
          {status.state === 'saving' || status.state === 'pending'
            ? t('procesplaat.saving')
            : status.state === 'saved'
              ? t('procesplaat.saved')
              : ''}
        </p>
      </div>
      {(status.state === 'conflict' || status.state === 'error') && (
        <Alert type="error">
          <Paragraph>{status.message}</Paragraph>
          {status.state === 'conflict' && (
            <Button appearance="primary-action-button" onClick={onReload}>
              {t('procesplaat.reload')}
            </Button>
          )}
        </Alert>
      )}
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <div className="pp-layout">
        <Palette onAdd={addNode} />
        <div className="pp-canvas" aria-label={t('procesplaat.canvasLabel')} role="region">
          {canvas}
        </div>
        <aside className="pp-side" aria-label={t('procesplaat.sideLabel')}>
          {selectedNode ? (
            <PropertiesPanel key={selectedNode.id} node={selectedNode} onChange={onNodeDataChange} />
          ) : selectedEdge ? (
            <EdgePanel
              key={selectedEdge.id}
              edge={selectedEdge}
              onChange={(patch) =>
                store.getState().commit((d) => edits.updateEdge(d, selectedEdge.id, patch), `edge:${selectedEdge.id}`)
              }
            />
          ) : (
            <Paragraph className="samenspel-meta">{t('procesplaat.panel.empty')}</Paragraph>
          )}
          <ChecksList issues={issues} onGoTo={goTo} />
        </aside>
      </div>
      {answers && (
        <RegenerateDialog
          open={regenerate}
          store={store}
          answers={answers}
          onDone={(message) => {
            setRegenerate(false);
            setNotice(message);
            if (message) requestAnimationFrame(() => void flow.fitView({ duration: 200 }));
          }}
        />
      )}
    </div>
  );
}

/**
 * First view of a new plate: the whole process when it fits legibly, otherwise its start at a
 * readable zoom (a long process shrunk to fit is a row of unreadable dots).
 */
function startView(instance: ReactFlowInstance<FlowNode, FlowEdge>, canvas: Element | null) {
  const nodes = instance.getNodes();
  if (!canvas || nodes.length === 0) return;
  const { width, height } = canvas.getBoundingClientRect();
  const minX = Math.min(...nodes.map((n) => n.position.x));
  const minY = Math.min(...nodes.map((n) => n.position.y));
  const maxX = Math.max(...nodes.map((n) => n.position.x + (n.width ?? 0)));
  const maxY = Math.max(...nodes.map((n) => n.position.y + (n.height ?? 0)));
  const fit = Math.min(width / (maxX - minX + 40), height / (maxY - minY + 40));
  const zoom = Math.min(1, Math.max(fit, 0.6));
  void instance.setViewport({
    x: 20 - minX * zoom,
    y: Math.max(20, (height - (maxY - minY) * zoom) / 2) - minY * zoom,
    zoom,
  });
}

function defaultData(type: Exclude<NodeType, 'fase'>, t: (key: string) => string) {
  const title = t(`procesplaat.newNode.${type}`);
  return type === 'raadsmoment' ? { title, moment: 'kaderstelling' as const } : { title };
}

function ariaLabels(t: (key: string, options?: Record<string, unknown>) => string) {
  return {
    'node.a11yDescription.default': t('procesplaat.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('procesplaat.a11y.nodeNoKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
      t('procesplaat.a11y.moved', {
        direction: t(`procesplaat.a11y.direction.${direction}`),
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
