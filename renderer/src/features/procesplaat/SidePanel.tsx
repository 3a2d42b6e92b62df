import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Paragraph } from '@utrecht/component-library-react';
import type { PlateNode } from '@shared/procesplaat/model';
import { ConnectPanel } from './ConnectPanel';
import { EdgePanel } from './EdgePanel';
import { PropertiesPanel } from './PropertiesPanel';
import { edits, type PlateStore } from './store';
import { afterLayout, WIDE } from './viewport';

/**
 * Whether the side panel shows. Open at first on a wide screen; choosing one step or arrow opens
 * it, unless the user closed it by hand. `onOpenedFor` runs when it opens for a chosen step (the
 * canvas gets narrower: keep the step in view).
 */
export function useSidePanel(store: PlateStore, onOpenedFor: (nodeId: string) => void) {
  const [open, setOpen] = useState(() => window.innerWidth >= WIDE);
  const closedByHand = useRef(false);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  const selectedNodes = useStore(store, (s) => s.selectedNodes);
  const selectedEdges = useStore(store, (s) => s.selectedEdges);
  const single = selectedNodes.length + selectedEdges.length === 1;
  useEffect(() => {
    if (!single || closedByHand.current || openRef.current) return;
    setOpen(true);
    const id = selectedNodes[0];
    if (id) afterLayout(() => onOpenedFor(id));
  }, [single, selectedNodes, selectedEdges, onOpenedFor]);
  return {
    open,
    /** Opened by the editor itself (a new step): not a choice of the user. */
    show: useCallback(() => setOpen(true), []),
    toggle: useCallback(() => {
      closedByHand.current = openRef.current;
      setOpen(!openRef.current);
    }, []),
    close: useCallback(() => {
      closedByHand.current = true;
      setOpen(false);
    }, []),
  };
}

export interface SidePanelProps {
  store: PlateStore;
  open: boolean;
  onClose(): void;
  onConnect(source: string, target: string, type: 'volgorde' | 'informatie'): void;
  onSelectEdge(id: string): void;
  /** The checks lists, under the properties. */
  checks: ReactNode;
}

/** Properties of the chosen step or arrow, "Verbinden met …", and the checks. */
export function SidePanel({ store, open, onClose, onConnect, onSelectEdge, checks }: SidePanelProps) {
  const { t } = useTranslation();
  const doc = useStore(store, (s) => s.doc);
  const selectedNodes = useStore(store, (s) => s.selectedNodes);
  const selectedEdges = useStore(store, (s) => s.selectedEdges);
  const selectedNode = selectedNodes.length === 1 ? doc.nodes.find((n) => n.id === selectedNodes[0]) : undefined;
  const selectedEdge =
    selectedEdges.length === 1 && selectedNodes.length === 0
      ? doc.edges.find((e) => e.id === selectedEdges[0])
      : undefined;
  const selectedNodeId = selectedNode?.id;
  const onNodeDataChange = useCallback(
    (data: PlateNode['data']) => {
      if (selectedNodeId === undefined) return;
      store.getState().commit((d) => edits.updateData(d, selectedNodeId, data), `data:${selectedNodeId}`);
    },
    [store, selectedNodeId],
  );
  return (
    <aside id="pp-side" className="pp-side" aria-label={t('procesplaat.sideLabel')} hidden={!open}>
      <button type="button" className="pp-side__close samenspel-link-button" onClick={onClose}>
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
              onConnect={onConnect}
              onSelectEdge={onSelectEdge}
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
      {checks}
    </aside>
  );
}
