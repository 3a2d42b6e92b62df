import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAnswersSession } from './AnswersSessionProvider';

/** Text fields keep the browser's own undo: there Ctrl+Z should take back typing, not a whole answer. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** Undo and redo of answers: the buttons' state, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) everywhere but in text. */
export function useUndo() {
  const history = useAnswersSession().answers.temporal;
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
