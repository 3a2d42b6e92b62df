import { useCallback, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { foldedPosition, layoutRows, unfoldPosition, type Fold } from '@shared/procesplaat/layout-rows';
import { nodeTypeLabels } from '@shared/procesplaat/labels';
import { makeNode, nodeSize, type NodeType, type PlateNode } from '@shared/procesplaat/model';
import { GRID } from './Canvas';
import { freeSpot, type Rect } from './placement';
import type { PlateStore } from './store';
import { afterLayout, canvasAspect, type useViewportHelpers } from './viewport';

export type StepType = Exclude<NodeType, 'fase'>;

/**
 * What the palette, the toolbar, the side panel and the checks list do to the plate, with the
 * announcement a screen reader hears. `fold` is how the plate is drawn now (a ref: it changes with
 * every edit, the actions do not).
 */
export function useEditorActions(options: {
  store: PlateStore;
  fold: RefObject<Fold>;
  view: ReturnType<typeof useViewportHelpers>;
  showSide(): void;
}) {
  const { store, fold, view, showSide } = options;
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');

  /** A new step in free space next to the chosen one (or the middle of the view), chosen and in view. */
  const addNode = useCallback(
    (type: StepType) => {
      const state = store.getState();
      const current = fold.current;
      const drawn = (n: PlateNode): Rect => ({ ...foldedPosition(current, n), ...nodeSize(n) });
      const steps = state.doc.nodes.filter((n) => n.type !== 'fase');
      const selected =
        state.selectedNodes.length === 1 ? steps.find((n) => n.id === state.selectedNodes[0]) : undefined;
      const data = defaultData(type, t);
      const probe = makeNode(type, 'new', data);
      const spot = freeSpot(steps.map(drawn), nodeSize(probe), selected ? drawn(selected) : null, view.centre(), {
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
      showSide();
      setAnnouncement(
        t(selected ? 'procesplaat.added' : 'procesplaat.addedFree', { kind: nodeTypeLabels[type].label }),
      );
      // Once drawn (and the side panel open), bring it into view.
      afterLayout(() => view.reveal(node.id));
    },
    [store, fold, view, showSide, t],
  );

  /** The toolbar's "Verwijderen": the chosen steps and arrows (never a lane). */
  const removeSelected = useCallback(() => {
    const state = store.getState();
    const count =
      state.selectedNodes.filter((id) => state.doc.nodes.some((n) => n.id === id && n.type !== 'fase')).length +
      state.selectedEdges.length;
    if (count === 0) return;
    state.removeSelection();
    setAnnouncement(t('procesplaat.deleted', { count }));
  }, [store, t]);

  const connect = useCallback(
    (source: string, target: string, type: 'volgorde' | 'informatie') =>
      void store.getState().connect(source, target, type),
    [store],
  );

  /** An arrow chosen from a step's list: its panel replaces the step's, keyboard focus goes along. */
  const selectEdge = useCallback(
    (id: string) => {
      store.getState().select([], [id]);
      showSide();
      requestAnimationFrame(() => document.getElementById('pp-edge-type')?.focus());
    },
    [store, showSide],
  );

  /** From the checks list to the step it is about: chosen, centred, and focused for the keyboard. */
  const goTo = useCallback(
    (id: string) => {
      const node = store.getState().doc.nodes.find((n) => n.id === id);
      if (!node) return;
      store.getState().select([id], []);
      view.centreOn({ ...foldedPosition(fold.current, node), ...nodeSize(node) });
      // Keyboard users land on the node itself, ready for Delete or the arrow keys.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
    },
    [store, fold, view],
  );

  /** "Netjes ordenen" keeps the plate readable: the whole when it reads, else its start. */
  const autoLayout = useCallback(() => {
    const state = store.getState();
    const laid = layoutRows(state.doc, { aspect: canvasAspect() });
    state.commit((d) => ({ ...d, nodes: laid.nodes }));
    afterLayout(() => view.showReadable());
  }, [store, view]);

  return { announcement, addNode, removeSelected, connect, selectEdge, goTo, autoLayout };
}

function defaultData(type: StepType, t: TFunction) {
  const title = t(`procesplaat.newNode.${type}`);
  return type === 'raadsmoment' ? { title, moment: 'kaderstelling' as const } : { title };
}
