import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';

export interface UndoableState<T> {
  /** The document the screen edits; null while there is none (not loaded yet). */
  value: T;
  /**
   * The value before the last change (keystrokes merged into one step count as one change), or
   * null after a reset: what a "what did this change do" view compares with. Undo restores it too.
   */
  previous: T | null;
  /**
   * One undoable change. Keystrokes in the same text field (same `mergeKey`, shortly after each
   * other) become one undo step, otherwise Ctrl+Z would take back a single letter. Nothing happens
   * while there is no value, or when the recipe returns the same object.
   */
  change(recipe: (value: NonNullable<T>) => NonNullable<T>, mergeKey?: string): void;
  /** A value from the server (first load or after a conflict): not undoable, history starts over. */
  reset(value: T): void;
}

export const MERGE_WINDOW_MS = 1500;

/**
 * The one undoable store of the renderer (zustand + zundo): the flow answers and the
 * participatiecode choices are instances of it; `useUndoShortcuts(store.temporal)` gives the
 * buttons and Ctrl+Z / Ctrl+Y, `createDocumentSession` saves it.
 */
export function createUndoableStore<T>(initial: T, options: { limit?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  let lastKey: string | undefined;
  let lastAt = 0;

  const store = createStore<UndoableState<T>>()(
    temporal(
      (set, get) => ({
        value: initial,
        previous: null,
        change(recipe, mergeKey) {
          const current = get().value;
          if (current === null || current === undefined) return;
          const at = now();
          const merge = mergeKey !== undefined && mergeKey === lastKey && at - lastAt < MERGE_WINDOW_MS;
          lastKey = mergeKey;
          lastAt = at;
          const next = recipe(current);
          if (next === current) return;
          const history = store.temporal.getState();
          if (merge) history.pause();
          set({ value: next, previous: merge ? get().previous : current });
          if (merge) history.resume();
        },
        reset(value) {
          const history = store.temporal.getState();
          history.pause();
          set({ value, previous: null });
          history.resume();
          history.clear();
          lastKey = undefined;
        },
      }),
      // Undo takes back the value; the comparison point follows along.
      { partialize: (state) => ({ value: state.value, previous: state.previous }), limit: options.limit ?? 200 },
    ),
  );
  return store;
}

export type UndoableStore<T> = ReturnType<typeof createUndoableStore<T>>;
