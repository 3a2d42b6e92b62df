import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ReactFlowProvider, type Viewport as FlowViewport } from '@xyflow/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { TrajectAnswers } from '@shared/participatie/answers';
import { foldRows, type Fold } from '@shared/procesplaat/layout-rows';
import type { Procesplaat, Viewport } from '@shared/procesplaat/model';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { Canvas } from './Canvas';
import { ChecksList, usePlateChecks, type ListedCheck } from './ChecksList';
import { downloadPng, downloadSvg } from './exportImage';
import { PaletteColumn } from './Palette';
import { RegenerateDialog } from './RegenerateDialog';
import { SidePanel, useSidePanel } from './SidePanel';
import type { PlateDoc, PlateStore } from './store';
import { Toolbar } from './Toolbar';
import { useEditorActions, type StepType } from './useEditorActions';
import { usePlateSession, type PlateSaver } from './useSave';
import { afterLayout, useCanvasAspect, useViewportHelpers, WIDE } from './viewport';

export { READABLE_ZOOM } from './viewport';

export interface EditorProps {
  /** Names the downloaded pictures. */
  title: string;
  store: PlateStore;
  /** Where edits go: a traject's procesplaat, a participatiecode's standard process. */
  saver: PlateSaver;
  viewport: Viewport | undefined;
  /** "Nieuwste versie laden" after a conflict. */
  onReload(): void;
  /** The traject's answers: "Bijwerken uit antwoorden" appears with them. */
  answers?: TrajectAnswers | undefined;
  /** Whether the editor fills the window; with `onFocusedChange` the toolbar's first button switches. */
  focused?: boolean;
  onFocusedChange?: ((focused: boolean) => void) | undefined;
  /** Shown above the canvas (e.g. what was repaired on load). */
  notices?: ReactNode;
  /** The step types the palette offers; all by default. */
  palette?: readonly StepType[] | undefined;
  /** The plate's own checks; the procesplaat spelregels by default. */
  checks?: ((doc: PlateDoc) => ListedCheck[]) | undefined;
  /** Further checks beside the plate's own (e.g. the participatiecode's), each list with its title. */
  moreChecks?: ReadonlyArray<{ key: string; title: string; none: string; issues: readonly ListedCheck[] }> | undefined;
  /** After every save that reached the server. */
  onSaved?: (() => void) | undefined;
}

/**
 * The procesplaat editor as a composition: the store holds the plate and React Flow's changes
 * (store.ts), `useFlowNodes` draws it, the toolbar, palette and side panel act on it
 * (useEditorActions), the viewport helpers keep it readable, and the saver stores every edit.
 */
export function Editor(props: EditorProps) {
  const { store, saver, viewport, focused = false, onFocusedChange, answers } = props;
  const { t } = useTranslation();
  const doc = useStore(store, (s) => s.doc);
  const hasSelection = useStore(
    store,
    (s) =>
      s.selectedEdges.length > 0 ||
      s.selectedNodes.some((id) => s.doc.nodes.some((n) => n.id === id && n.type !== 'fase')),
  );
  const { canUndo, canRedo, undo, redo } = useUndoShortcuts(store.temporal);
  const [regenerate, setRegenerate] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [paletteNarrow, setPaletteNarrow] = useState(() => window.innerWidth < WIDE);
  const viewportRef = useRef<Viewport | undefined>(viewport);
  const canvasRef = useRef<HTMLDivElement>(null);
  const view = useViewportHelpers(canvasRef);

  // The plate's lanes as rows, like the exported picture. Stored positions stay one strip.
  const aspect = useCanvasAspect();
  const fold = useMemo(() => foldRows(doc.nodes, aspect), [doc.nodes, aspect]);
  const foldRef = useRef<Fold>(fold);
  useEffect(() => {
    foldRef.current = fold;
  }, [fold]);
  // The one document session saves every edit (useSave.ts); its status is the one SaveStatus.
  const session = usePlateSession(store, saver, {
    getViewport: () => viewportRef.current,
    onReload: props.onReload,
    onSaved: props.onSaved,
  });
  const status = useStore(session.state, (s) => s.status);
  const message = useStore(session.state, (s) => s.message);
  const savedOnce = useStore(session.state, (s) => s.savedOnce);
  const { issues, issuesByNode } = usePlateChecks(doc, props.checks, props.moreChecks);
  const onInit = useCallback(() => {
    if (!viewport) requestAnimationFrame(() => view.showReadable(0));
  }, [viewport, view]);
  const onMoveEnd = useCallback(
    (_event: unknown, vp: FlowViewport) => {
      viewportRef.current = vp;
      saver.saveViewport?.(vp);
    },
    [saver],
  );

  // The side panel opening for a chosen step narrows the canvas: keep it in view at the user's zoom.
  const side = useSidePanel(
    store,
    useCallback((id: string) => view.reveal(id, false), [view]),
  );
  const actions = useEditorActions({ store, fold: foldRef, view, showSide: side.show });

  const plate = (): Procesplaat => ({ ...store.getState().doc, viewport: viewportRef.current });
  const saveText =
    status === 'saving' || status === 'pending'
      ? t('procesplaat.saving')
      : status === 'saved' && savedOnce
        ? t('procesplaat.saved')
        : '';

  return (
    <div className={`pp-editor${focused ? ' pp-editor--focused' : ''}`}>
      <Toolbar
        focus={onFocusedChange && { focused, onToggle: () => onFocusedChange(!focused) }}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={undo}
        onRedo={redo}
        hasSelection={hasSelection}
        onDelete={actions.removeSelected}
        onLayout={actions.autoLayout}
        onFit={view.fitAll}
        onRegenerate={answers && (() => setRegenerate(true))}
        onDownloadSvg={() => downloadSvg(plate(), props.title)}
        onDownloadPng={() => void downloadPng(plate(), props.title)}
        sideOpen={side.open}
        onToggleSide={side.toggle}
      />
      {props.notices}
      {status === 'error' && (
        <Alert type="error">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      {/* The one conflict dialog: the texts on the user's plate stay readable while the newest loads. */}
      <SessionConflictDialog session={session} mine={() => plateText(store.getState().doc)} />
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <div
        className={`pp-layout${paletteNarrow ? ' pp-layout--narrow-palette' : ''}${side.open ? '' : ' pp-layout--no-side'}`}
      >
        <PaletteColumn
          onAdd={actions.addNode}
          narrow={paletteNarrow}
          onToggle={() => setPaletteNarrow((narrow) => !narrow)}
          types={props.palette}
        />
        <div className="pp-canvas" aria-label={t('procesplaat.canvasLabel')} role="region" ref={canvasRef}>
          <Canvas
            store={store}
            fold={fold}
            foldRef={foldRef}
            issuesByNode={issuesByNode}
            viewport={viewport}
            onInit={onInit}
            onMoveEnd={onMoveEnd}
          />
          <p role="status" aria-live="polite" className="samenspel-status pp-save-status">
            {saveText}
          </p>
        </div>
        <SidePanel
          store={store}
          open={side.open}
          onClose={side.close}
          onConnect={actions.connect}
          onSelectEdge={actions.selectEdge}
          checks={
            <>
              <ChecksList issues={issues} onGoTo={actions.goTo} />
              {props.moreChecks?.map((list) => (
                <ChecksList
                  key={list.key}
                  title={list.title}
                  none={list.none}
                  issues={list.issues}
                  onGoTo={actions.goTo}
                />
              ))}
            </>
          }
        />
      </div>
      <p role="status" className="pp-visually-hidden">
        {actions.announcement}
      </p>
      {answers && (
        <RegenerateDialog
          open={regenerate}
          store={store}
          answers={answers}
          onDone={(message) => {
            setRegenerate(false);
            setNotice(message);
            if (message) afterLayout(() => view.showReadable());
          }}
        />
      )}
    </div>
  );
}

/** The titles and descriptions on the plate, for the conflict dialog: nothing typed is lost. */
function plateText(doc: PlateDoc): string {
  return doc.nodes
    .map((n) => [n.data.title, 'description' in n.data ? n.data.description : ''].filter(Boolean).join(': '))
    .join('\n');
}

/** The editor with its React Flow context: what the procesplaat tab loads as a separate chunk. */
export function EditorScreen(props: EditorProps) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
}
