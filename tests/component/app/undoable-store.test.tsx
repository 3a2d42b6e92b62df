import { describe, expect, it } from 'vitest';
import { createUndoableStore, MERGE_WINDOW_MS } from '../../../renderer/src/lib/undoableStore';

/** A clock the test moves by hand: merging keystrokes depends on time, never on the machine's speed. */
function clock() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the one undoable store (lib/undoableStore)', () => {
  it('makes every change one undo step, and undo/redo restore the value and the previous value', () => {
    const store = createUndoableStore({ n: 0 });
    store.getState().change((v) => ({ n: v.n + 1 }));
    store.getState().change((v) => ({ n: v.n + 1 }));
    expect(store.getState()).toMatchObject({ value: { n: 2 }, previous: { n: 1 } });
    store.temporal.getState().undo();
    expect(store.getState()).toMatchObject({ value: { n: 1 }, previous: { n: 0 } });
    store.temporal.getState().redo();
    expect(store.getState().value).toEqual({ n: 2 });
  });

  it('merges keystrokes with the same key within the window into one step, and not after it', () => {
    const time = clock();
    const store = createUndoableStore('', { now: time.now });
    for (const letter of 'abc') {
      store.getState().change((v) => v + letter, 'title');
      time.advance(100);
    }
    expect(store.getState()).toMatchObject({ value: 'abc', previous: '' });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    time.advance(MERGE_WINDOW_MS);
    store.getState().change((v) => v + 'd', 'title');
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.temporal.getState().undo();
    expect(store.getState().value).toBe('abc');
    store.temporal.getState().undo();
    expect(store.getState().value).toBe('');
  });

  it('starts history over on reset, and ignores changes while there is no value or nothing changed', () => {
    const store = createUndoableStore<{ n: number } | null>(null);
    store.getState().change(() => ({ n: 1 }));
    expect(store.getState().value).toBeNull();
    store.getState().reset({ n: 5 });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState()).toMatchObject({ value: { n: 5 }, previous: null });
    store.getState().change((v) => v);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().change((v) => ({ n: v.n + 1 }));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });
});
