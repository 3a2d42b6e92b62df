import { useEffect } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';

/** Text fields keep the browser's own undo: there Ctrl+Z takes back typing, not a whole change. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/**
 * The one undo/redo of an undoable (zundo) store: the buttons' state, and Ctrl+Z / Ctrl+Y
 * (Ctrl+Shift+Z) everywhere but in text.
 */
export function useUndoShortcuts<T>(history: StoreApi<TemporalState<T>>) {
  const canUndo = useStore(history, (s) => s.pastStates.length > 0);
  const canRedo = useStore(history, (s) => s.futureStates.length > 0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        history.getState().undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        history.getState().redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [history]);

  return { canUndo, canRedo, undo: () => history.getState().undo(), redo: () => history.getState().redo() };
}
