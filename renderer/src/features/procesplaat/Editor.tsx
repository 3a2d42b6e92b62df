import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { TrajectAnswers } from '../../../../shared/participatie/answers';
import { checkProcesplaat } from '../../../../shared/procesplaat/checks';
import {
  foldConnectors,
  foldedPosition,
  foldRows,
  layoutRows,
  unfoldPosition,
  type Fold,
} from '../../../../shared/procesplaat/layout-rows';
import {
  makeNode,
  nodeSize,
  type NodeType,
  type ProcesNode,
  type Procesplaat,
  type Viewport,
} from '../../../../shared/procesplaat/model';
import { nodeTypeLabels } from '../../../../shared/procesplaat/labels';
import { useApi } from '../../api/context';
import { ChecksList } from './ChecksList';
import { ConnectPanel } from './ConnectPanel';
import { EdgePanel } from './EdgePanel';
import { downloadPng, downloadSvg } from './exportImage';
import { toFlowEdge, toFlowNode, type FlowEdge, type FlowNode } from './mapping';
import { edgeTypes, nodeTypes } from './nodes';
import { Palette } from './Palette';
import { freeSpot, type Rect } from './placement';
import { PropertiesPanel } from './PropertiesPanel';
import { RegenerateDialog } from './RegenerateDialog';
import { edits, type PlateStore } from './store';
import { usePlateSave } from './useSave';
import { ConflictDialog } from '../../components/ConflictDialog';

export interface EditorProps {
  trajectId: string;
  title: string;
  store: PlateStore;
  revision: number;
  viewport: Viewport | undefined;
  answers: TrajectAnswers | undefined;
  onReload(): void;
  /** Whether the editor fills the window; the toolbar's first button switches. */
  focused: boolean;
  onFocusedChange(focused: boolean): void;
  /** Shown above the canvas (e.g. what was repaired on load). */
  notices?: React.ReactNode;
}

const GRID: [number, number] = [16, 16];
const FIT_VIEW_OPTIONS = { padding: { top: '16px', right: '16px', bottom: '16px', left: '36px' } as const, maxZoom: 1 };

// Props of <ReactFlow> are module constants or memoised: React Flow copies every changed prop into
// its store, and each copy re-runs the selectors of all 500 nodes and 700 edges.
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const isValidConnection = (c: Connection | FlowEdge) => c.source !== c.target;
/** Node titles are 16 px: at this zoom they render at 11 px, the least that reads on a laptop. */
export const READABLE_ZOOM = 11 / 16;
/** Room kept around the plate when it is fitted; on the left the numbered connectors. */
const FIT_PADDING = { top: '16px', right: '16px', bottom: '16px', left: '36px' } as const;
/** Wide enough for both side panels next to a readable plate. */
const WIDE = 1600;
const PANEL_WIDTHS = { palette: 192, paletteNarrow: 64, side: 352, toolbar: 56 };

/**
 * Width/height of the canvas as it is with the panels in their first state: the rows of the plate
 * are folded for it. Depends on the window only, so opening a panel does not re-fold the plate.
 */
function canvasAspect(): number {
  const w = window.innerWidth;
  const h = Math.max(200, window.innerHeight - PANEL_WIDTHS.toolbar);
  const panels = w >= WIDE ? PANEL_WIDTHS.palette + PANEL_WIDTHS.side + 24 : PANEL_WIDTHS.paletteNarrow + 8;
  return Math.max(0.6, (w - panels) / h);
}

// Per store and node id, the React Flow node last made and what it was made from. A node that
// looks the same keeps its object, also when its domain object is new: a drop commits the
// position the node already shows, so the array stays the same and React Flow does no work.
interface FlowNodeEntry {
  data: ProcesNode['data'];
  type: ProcesNode['type'];
  width: number | undefined;
  height: number | undefined;
  drawnWidth: number;
  drawnHeight: number;
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

export function Editor({
  trajectId,
  title,
  store,
  revision,
  viewport,
  answers,
  onReload,
  focused,
  onFocusedChange,
  notices,
}: EditorProps) {
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
  const [announcement, setAnnouncement] = useState('');
  const [paletteNarrow, setPaletteNarrow] = useState(() => window.innerWidth < WIDE);
  const [sideOpen, setSideOpen] = useState(() => window.innerWidth >= WIDE);
  // Choosing one step or arrow opens its properties, unless the user closed the panel by hand.
  const sideClosedByHand = useRef(false);
  const single = selectedNodes.length + selectedEdges.length === 1;
  const [aspect, setAspect] = useState(canvasAspect);
  const viewportRef = useRef<Viewport | undefined>(viewport);
  const canvasRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAspect(canvasAspect()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);

  // The plate's lanes as rows, like the exported picture. Stored positions stay one strip.
  const fold = useMemo(() => foldRows(doc.nodes, aspect), [doc.nodes, aspect]);
  const foldRef = useRef<Fold>(fold);
  useEffect(() => {
    foldRef.current = fold;
  }, [fold]);
  const connectors = useMemo(() => foldConnectors(fold, doc.edges), [fold, doc.edges]);
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
      const position = dragging?.[n.id] ?? foldedPosition(fold, n);
      const { x, y } = position;
      const box = n.type === 'fase' ? fold.laneBox.get(n.id) : undefined;
      const size = box ? { width: box.width, height: box.height } : nodeSize(n);
      const isSelected = selected.has(n.id);
      const nodeIssues = issuesByNode.get(n.id);
      const hit = cache?.get(n.id);
      const entry =
        hit &&
        hit.data === n.data &&
        hit.type === n.type &&
        hit.width === n.width &&
        hit.height === n.height &&
        hit.drawnWidth === size.width &&
        hit.drawnHeight === size.height &&
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
              drawnWidth: size.width,
              drawnHeight: size.height,
              x,
              y,
              selected: isSelected,
              issues: nodeIssues,
              node: toFlowNode(n, { selected: isSelected, issues: nodeIssues, position, size }),
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
  }, [store, doc.nodes, selectedNodes, dragging, issuesByNode, fold]);
  const edges = useMemo(() => {
    const selected = new Set(selectedEdges);
    return doc.edges.map((e) => toFlowEdge(e, selected.has(e.id), connectors.get(e.id)));
  }, [doc.edges, selectedEdges, connectors]);

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
        // Drag stop or arrow keys: one undo step, and steps dropped in another lane move to that
        // phase. Positions come as drawn (rows); what is stored is the place in the lane.
        const byId = new Map(state.doc.nodes.map((n) => [n.id, n]));
        const moved = Object.fromEntries(
          Object.entries({ ...(state.dragging ?? {}), ...done }).flatMap(([id, p]) => {
            const node = byId.get(id);
            return node ? [[id, unfoldPosition(foldRef.current, node, p)]] : [];
          }),
        );
        state.moveTo(moved);
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

  const onConnect = useCallback((c: Connection) => void store.getState().connect(c.source, c.target), [store]);

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

  /** Pans just enough that a node is wholly in view, at a readable zoom. */
  const reveal = useCallback(
    (id: string, readable = true) => {
      const node = flow.getInternalNode(id);
      const canvasBox = canvasRef.current?.getBoundingClientRect();
      if (!node || !canvasBox || node.type === 'fase') return;
      const { x, y } = node.internals.positionAbsolute;
      const w = node.measured.width ?? 0;
      const h = node.measured.height ?? 0;
      const zoom = readable ? Math.max(flow.getZoom(), READABLE_ZOOM) : flow.getZoom();
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + w, y: y + h });
      const margin = 24;
      const inView =
        zoom === flow.getZoom() &&
        topLeft.x >= canvasBox.left + margin &&
        topLeft.y >= canvasBox.top + margin &&
        bottomRight.x <= canvasBox.right - margin &&
        bottomRight.y <= canvasBox.bottom - margin;
      if (!inView) void flow.setCenter(x + w / 2, y + h / 2, { zoom, duration: 200 });
    },
    [flow],
  );

  const sideOpenRef = useRef(sideOpen);
  useEffect(() => {
    sideOpenRef.current = sideOpen;
  }, [sideOpen]);
  useEffect(() => {
    if (!single || sideClosedByHand.current || sideOpenRef.current) return;
    setSideOpen(true);
    // The canvas gets narrower: keep the chosen step in view (at the zoom the user chose).
    const id = selectedNodes[0];
    if (id) requestAnimationFrame(() => requestAnimationFrame(() => reveal(id, false)));
  }, [single, selectedNodes, selectedEdges, reveal]);

  const addNode = useCallback(
    (type: Exclude<NodeType, 'fase'>) => {
      const state = store.getState();
      const current = foldRef.current;
      const drawn = (n: ProcesNode): Rect => ({ ...foldedPosition(current, n), ...nodeSize(n) });
      const steps = state.doc.nodes.filter((n) => n.type !== 'fase');
      const selected =
        state.selectedNodes.length === 1 ? steps.find((n) => n.id === state.selectedNodes[0]) : undefined;
      const box = canvasRef.current?.getBoundingClientRect();
      const centre = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      const data = defaultData(type, t);
      const probe = makeNode(type, 'nieuw', data);
      const spot = freeSpot(steps.map(drawn), nodeSize(probe), selected ? drawn(selected) : null, centre, {
        grid: GRID[0],
        within: [...current.laneBox.values()],
      });
      const stored = unfoldPosition(current, probe, spot);
      const node = makeNode(
        type,
        `n-${crypto.randomUUID()}`,
        { ...data, ...(stored.phase ? { phase: stored.phase } : {}) },
        { x: stored.x, y: stored.y },
      );
      state.addStep(node);
      setSideOpen(true);
      setAnnouncement(
        t(selected ? 'procesplaat.added' : 'procesplaat.addedFree', { kind: nodeTypeLabels[type].label }),
      );
      // Once drawn (and the side panel open), bring it into view.
      requestAnimationFrame(() => requestAnimationFrame(() => reveal(node.id)));
    },
    [flow, store, t, reveal],
  );

  const removeSelected = useCallback(() => {
    const state = store.getState();
    const count =
      state.selectedNodes.filter((id) => state.doc.nodes.some((n) => n.id === id && n.type !== 'fase')).length +
      state.selectedEdges.length;
    if (count === 0) return;
    state.removeSelection();
    setAnnouncement(t('procesplaat.deleted', { count }));
  }, [store, t]);

  const connectFromPanel = useCallback(
    (source: string, target: string, type: 'volgorde' | 'informatie') =>
      void store.getState().connect(source, target, type),
    [store],
  );
  const selectEdge = useCallback(
    (id: string) => {
      store.getState().select([], [id]);
      setSideOpen(true);
      // The arrow's panel replaces this one: keyboard focus goes along to its first field.
      requestAnimationFrame(() => document.getElementById('pp-edge-type')?.focus());
    },
    [store],
  );

  /**
   * The whole plate when it shows readably, otherwise its start at a readable zoom: a plate
   * shrunk until it fits is a row of unreadable boxes.
   */
  const showReadable = useCallback(
    (duration = 200) => {
      const all = flow.getNodes();
      const canvasBox = canvasRef.current?.getBoundingClientRect();
      if (!canvasBox || all.length === 0) return;
      const minX = Math.min(...all.map((n) => n.position.x));
      const minY = Math.min(...all.map((n) => n.position.y));
      const maxX = Math.max(...all.map((n) => n.position.x + (n.width ?? 0)));
      const maxY = Math.max(...all.map((n) => n.position.y + (n.height ?? 0)));
      const fit = Math.min((canvasBox.width - 52) / (maxX - minX), (canvasBox.height - 32) / (maxY - minY));
      if (fit >= READABLE_ZOOM) {
        void flow.fitView({ padding: FIT_PADDING, maxZoom: 1, duration });
        return;
      }
      void flow.setViewport(
        { x: 36 - minX * READABLE_ZOOM, y: 16 - minY * READABLE_ZOOM, zoom: READABLE_ZOOM },
        { duration },
      );
    },
    [flow],
  );
  const fitAll = useCallback(() => void flow.fitView({ padding: FIT_PADDING, maxZoom: 1, duration: 200 }), [flow]);

  const onInit = useCallback(() => {
    if (!viewport) requestAnimationFrame(() => showReadable(0));
  }, [viewport, showReadable]);

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

  const autoLayout = useCallback(() => {
    const state = store.getState();
    const laid = layoutRows(state.doc, { aspect: canvasAspect() });
    state.commit((d) => ({ ...d, nodes: laid.nodes }));
    // "Netjes ordenen" keeps the plate readable: the whole when it reads, else its start.
    requestAnimationFrame(() => requestAnimationFrame(() => showReadable()));
  }, [store, showReadable]);

  const goTo = useCallback(
    (id: string) => {
      const node = store.getState().doc.nodes.find((n) => n.id === id);
      if (!node) return;
      store.getState().select([id], []);
      const size = nodeSize(node);
      const at = foldedPosition(foldRef.current, node);
      void flow.setCenter(at.x + size.width / 2, at.y + size.height / 2, {
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
  const hasSelection =
    selectedEdges.length > 0 || selectedNodes.some((id) => doc.nodes.some((n) => n.id === id && n.type !== 'fase'));
  const saveText =
    status.state === 'saving' || status.state === 'pending'
      ? t('procesplaat.saving')
      : status.state === 'saved'
        ? t('procesplaat.saved')
        : '';

  return (
    <div className={`pp-editor${focused ? ' pp-editor--focused' : ''}`}>
      <div className="pp-toolbar" role="toolbar" aria-label={t('procesplaat.toolbar.label')}>
        <ButtonGroup>
          <Button
            appearance="subtle-button"
            className="pp-focus-toggle"
            onClick={() => {
              onFocusedChange(!focused);
              // The editor moves in the page: keep the keyboard on this button.
              requestAnimationFrame(() => document.querySelector<HTMLElement>('.pp-focus-toggle')?.focus());
            }}
          >
            {focused ? `← ${t('procesplaat.toolbar.back')}` : t('procesplaat.toolbar.focus')}
          </Button>
          <Button appearance="secondary-action-button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('procesplaat.toolbar.undo')}
          </Button>
          <Button appearance="secondary-action-button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
            {t('procesplaat.toolbar.redo')}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={removeSelected}
            aria-disabled={!hasSelection}
            aria-keyshortcuts="Delete"
            className={hasSelection ? undefined : 'pp-button--inactive'}
          >
            {t('procesplaat.toolbar.delete')}
          </Button>
          <Button appearance="secondary-action-button" onClick={autoLayout}>
            {t('procesplaat.toolbar.layout')}
          </Button>
          <Button appearance="secondary-action-button" onClick={fitAll}>
            {t('procesplaat.toolbar.fit')}
          </Button>
          {answers && (
            <Button appearance="secondary-action-button" onClick={() => setRegenerate(true)}>
              {t('procesplaat.toolbar.regenerate')}
            </Button>
          )}
          <details className="pp-menu">
            <summary className="utrecht-button utrecht-button--secondary-action">
              {t('procesplaat.toolbar.download')}
            </summary>
            <div className="pp-menu__list">
              <Button appearance="subtle-button" onClick={() => downloadSvg(plate(), title)}>
                {t('procesplaat.toolbar.svg')}
              </Button>
              <Button appearance="subtle-button" onClick={() => void downloadPng(plate(), title)}>
                {t('procesplaat.toolbar.png')}
              </Button>
            </div>
          </details>
          <Button
            appearance="secondary-action-button"
            aria-expanded={sideOpen}
            aria-controls="pp-side"
            onClick={() => {
              sideClosedByHand.current = sideOpen;
              setSideOpen(!sideOpen);
            }}
          >
            {t('procesplaat.toolbar.properties')}
          </Button>
        </ButtonGroup>
      </div>
      {notices}
      {status.state === 'error' && (
        <Alert type="error">
          <Paragraph>{status.message}</Paragraph>
        </Alert>
      )}
      {/* The one conflict dialog: the texts on the user's plate stay readable while the newest loads. */}
      <ConflictDialog
        message={status.state === 'conflict' ? status.message : null}
        mine={
          status.state === 'conflict'
            ? doc.nodes
                .map((n) =>
                  [n.data.title, 'description' in n.data ? n.data.description : ''].filter(Boolean).join(': '),
                )
                .join('\n')
            : undefined
        }
        onLoadNewest={onReload}
      />
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <div
        className={`pp-layout${paletteNarrow ? ' pp-layout--narrow-palette' : ''}${sideOpen ? '' : ' pp-layout--no-side'}`}
      >
        <div className="pp-palette-column">
          <button
            type="button"
            className="pp-collapse"
            aria-expanded={!paletteNarrow}
            aria-controls="pp-palette"
            onClick={() => setPaletteNarrow((narrow) => !narrow)}
            title={t('procesplaat.toolbar.showPalette')}
          >
            <span aria-hidden="true">{paletteNarrow ? '»' : '«'}</span>
            <span className="pp-visually-hidden">{t('procesplaat.toolbar.palette')}</span>
          </button>
          <div id="pp-palette">
            <Palette onAdd={addNode} narrow={paletteNarrow} />
          </div>
        </div>
        <div className="pp-canvas" aria-label={t('procesplaat.canvasLabel')} role="region" ref={canvasRef}>
          {canvas}
          <p role="status" aria-live="polite" className="samenspel-status pp-save-status">
            {saveText}
          </p>
        </div>
        <aside id="pp-side" className="pp-side" aria-label={t('procesplaat.sideLabel')} hidden={!sideOpen}>
          <button
            type="button"
            className="pp-side__close samenspel-link-button"
            onClick={() => {
              sideClosedByHand.current = true;
              setSideOpen(false);
            }}
          >
            {t('procesplaat.panel.close')}
          </button>
          {selectedNode ? (
            <>
              <PropertiesPanel key={selectedNode.id} node={selectedNode} onChange={onNodeDataChange} />
              {selectedNode.type !== 'fase' && (
                <ConnectPanel
                  key={`verbind-${selectedNode.id}`}
                  node={selectedNode}
                  nodes={doc.nodes}
                  edges={doc.edges}
                  onConnect={connectFromPanel}
                  onSelectEdge={selectEdge}
                />
              )}
            </>
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
      <p role="status" className="pp-visually-hidden">
        {announcement}
      </p>
      {answers && (
        <RegenerateDialog
          open={regenerate}
          store={store}
          answers={answers}
          onDone={(message) => {
            setRegenerate(false);
            setNotice(message);
            if (message) requestAnimationFrame(() => requestAnimationFrame(() => showReadable()));
          }}
        />
      )}
    </div>
  );
}

/** The editor with its React Flow context: what the procesplaat tab loads as a separate chunk. */
export function EditorScreen(props: EditorProps) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
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
