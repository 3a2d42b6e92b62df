import { createContext, useContext, useEffect } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiClientError } from '../api/client';
import { registerPendingSave } from './pendingSaves';
import { errorMessage, errorLines } from './errorMessage';

/**
 * The one save status of the renderer. `loading`: first load; `loadError`: loading failed;
 * `saved`: the server has what you see; `pending`: a change waits for the debounce; `saving`: on
 * its way; `error`: saving failed (retried on the next change); `invalid`: the document does not
 * pass its own check yet, nothing is saved until it does; `conflict`: someone else saved in
 * between, so saving stops until the user loads the newest version (ConflictDialog).
 */
export type SaveStatus = 'loading' | 'loadError' | 'saved' | 'pending' | 'saving' | 'error' | 'invalid' | 'conflict';

/** Statuses in which what the user sees is not (yet) stored: the toolbar says "Niet opgeslagen". */
export const unsavedStatus = (status: SaveStatus) =>
  status === 'error' || status === 'conflict' || status === 'invalid';

/** Wait this long after the last change before saving. */
export const DEFAULT_AUTOSAVE_DELAY_MS = 600;

/**
 * The autosave delay for every session below it: the app uses the default; component tests set 0
 * (tests/component/render.tsx), so they never wait on the real debounce.
 */
export const AutosaveDelay = createContext(DEFAULT_AUTOSAVE_DELAY_MS);
export const useAutosaveDelay = () => useContext(AutosaveDelay);

export interface DocumentState {
  status: SaveStatus;
  message: string | null;
  revision: number;
}

export interface DocumentSession {
  /** Loads once; later calls return the same promise. */
  ensureLoaded(): Promise<void>;
  /** Saves now if something is unsaved (leaving the screen, closing the window). */
  flush(): Promise<void>;
  /** After a conflict: take the stored version; unsaved local changes are dropped knowingly. */
  reload(): Promise<void>;
}

export interface DocumentSessionConfig<S extends DocumentState, D, T, R extends { revision: number }> {
  /** The session's state (status, message, revision and what the feature adds). */
  state: StoreApi<S>;
  /** The store the screen edits: undoable (lib/undoableStore.ts) or a plain form store. */
  document: StoreApi<D>;
  /** The saved value in the document store; null while there is none. */
  select(document: D): T | null;
  /** Puts a loaded value in the document store (not undoable: history starts over). */
  reset(value: T): void;
  /** Wait this long after the last change (`useAutosaveDelay()` in a provider). */
  delayMs: number;
  /**
   * True when this change is saved without waiting (the procesplaat: a drag stop, a delete, an
   * undo; typing in a field still waits `delayMs`). Without it every change waits.
   */
  saveAtOnce?(document: D): boolean;
  /**
   * The value the screen already has (e.g. from a query), so the document is ready at once;
   * `load` then only runs on `reload` (after a conflict).
   */
  initial?: { value: T; revision: number };
  /**
   * Loads the stored value. `unsaved`: the server changed it while loading (e.g. renamed ids), so
   * it is saved right away.
   */
  load(): Promise<{ value: T; revision: number; state?: Partial<S>; unsaved?: boolean }>;
  /**
   * Checks the value before saving; null when it may not be saved yet: the status becomes
   * `invalid` (the check may add its own details to the state).
   */
  validate?(value: T): T | null;
  /**
   * Saves with the revision it starts from; the answer carries the next revision. `lastSaved`: the
   * value the last save stored (or the loaded one), null when the server does not have it (e.g.
   * after a load with `unsaved`): a save that sends only what changed compares against it.
   */
  save(value: T, expectedRevision: number, lastSaved: T | null): Promise<R>;
  /** What a save's answer adds to the state. */
  stateAfterSave?(result: R): Partial<S>;
  onSaved?(result: R): void;
}

/**
 * The one autosaving document session of the renderer: a document (an undoable store from
 * lib/undoableStore.ts, or a plain form store, see `createValueSession`) saved a short while after
 * the last change, one save at a time on the revision the previous one
 * returned. A CONFLICT answer stops saving until `reload` (ConflictDialog: "Nieuwste versie
 * laden"). Lives as long as the document is open, so switching tabs keeps history and never saves
 * with a stale revision; `useDocumentSession` flushes it when it closes or the page is left.
 */
export function createDocumentSession<S extends DocumentState, D, T, R extends { revision: number }>(
  config: DocumentSessionConfig<S, D, T, R>,
) {
  const { state, document, delayMs } = config;
  // The base fields are the session's own; what a feature adds comes in as `extra`.
  const set = (patch: Partial<DocumentState>, extra?: Partial<S>) =>
    state.setState({ ...extra, ...patch } as Partial<S>);
  let loaded = false;
  let saved: T | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let loading: Promise<void> | null = null;
  // Saves after the delay; with 0 (component tests) at once, so tests never wait on a timer.
  const schedule = () => {
    clearTimeout(timer);
    if (delayMs <= 0) void save();
    else timer = setTimeout(() => void save(), delayMs);
  };
  if (config.initial) {
    loaded = true;
    saved = config.initial.value;
    config.reset(config.initial.value);
    set({ status: 'saved', revision: config.initial.revision, message: null });
    loading = Promise.resolve();
  }

  const failed = (error: unknown) => {
    const conflict = error instanceof ApiClientError && error.code === 'CONFLICT';
    // What is wrong, in the words of the screen ("Fase agendering, vraag Rol: …").
    set({ status: conflict ? 'conflict' : 'error', message: errorLines(error).join(' ') });
  };

  async function load(): Promise<void> {
    set({ status: 'loading', message: null });
    try {
      const result = await config.load();
      saved = result.unsaved ? null : result.value;
      loaded = true;
      config.reset(result.value);
      set({ status: 'saved', revision: result.revision, message: null }, result.state);
      if (result.unsaved) {
        set({ status: 'pending' });
        schedule();
      }
    } catch (error) {
      set({ status: 'loadError', message: errorMessage(error) });
    }
  }

  document.subscribe((nowState, beforeState) => {
    const now = config.select(nowState);
    if (now === config.select(beforeState) || now === saved || now === null) return;
    const { status } = state.getState();
    if (status === 'conflict' || status === 'loading' || status === 'loadError') return;
    set({ status: 'pending' });
    if (config.saveAtOnce?.(nowState)) void save();
    else schedule();
  });

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    // One save at a time: the next one needs the revision the previous one returned.
    while (inFlight) await inFlight;
    const current = config.select(document.getState());
    const { status, revision } = state.getState();
    // While (re)loading the user's version is about to be replaced: never saved on the old revision.
    if (!loaded || current === null || current === saved || status === 'conflict' || status === 'loading') return;
    const checked = config.validate ? config.validate(current) : current;
    if (checked === null) {
      set({ status: 'invalid', message: null });
      return;
    }
    set({ status: 'saving' });
    inFlight = config
      .save(checked, revision, saved)
      .then(
        (result) => {
          saved = current;
          const changedMeanwhile = config.select(document.getState()) !== current;
          set(
            { revision: result.revision, status: changedMeanwhile ? 'pending' : 'saved', message: null },
            config.stateAfterSave?.(result),
          );
          if (changedMeanwhile) schedule();
          config.onSaved?.(result);
        },
        (error: unknown) => failed(error),
      )
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  }

  const session = {
    ensureLoaded: () => (loading ??= load()),
    flush: save,
    async reload() {
      clearTimeout(timer);
      while (inFlight) await inFlight;
      loading = load();
      await loading;
    },
    /**
     * A change beside the document (a new name), saved after what is pending with the same
     * revision rule; false when it failed.
     */
    async saveAlongside(change: (expectedRevision: number) => Promise<R>): Promise<boolean> {
      await save();
      while (inFlight) await inFlight;
      const { status, revision } = state.getState();
      if (status === 'conflict' || status === 'loading' || status === 'loadError') return false;
      try {
        const result = await change(revision);
        set({ revision: result.revision }, config.stateAfterSave?.(result));
        config.onSaved?.(result);
        return true;
      } catch (error) {
        failed(error);
        return false;
      }
    },
  };
  return session satisfies DocumentSession;
}

/**
 * Loads the session and keeps it saved while it is open: pending edits are saved with everything
 * else when the page is hidden, reloaded or closed (lib/pendingSaves.ts), and when the document closes.
 */
export function useDocumentSession(session: DocumentSession & { state: { getState(): DocumentState } }): void {
  useEffect(() => {
    void session.ensureLoaded();
    const status = () => session.state.getState().status;
    const unregister = registerPendingSave({
      flush: async () => {
        await session.flush();
        return !unsavedStatus(status());
      },
      unsaved: () => status() === 'pending' || status() === 'saving' || unsavedStatus(status()),
      failed: () => unsavedStatus(status()),
    });
    return () => {
      unregister();
      void session.flush();
    };
  }, [session]);
}

/** The React context that hands an open session to all tabs of its screen. */
export function documentSessionContext<T>(missing: string) {
  const Context = createContext<T | null>(null);
  return {
    Provider: Context.Provider,
    use(): T {
      const session = useContext(Context);
      if (!session) throw new Error(missing);
      return session;
    },
  };
}

/** The state of a form saved by `createValueSession`: the value the screen shows. */
export interface ValueDocument<T> {
  value: T | null;
}

export interface ValueSession<T> extends DocumentSession {
  state: StoreApi<DocumentState>;
  document: StoreApi<ValueDocument<T>>;
  /** The screen changed the value (a keystroke): saved after the delay. */
  set(value: T): void;
}

/**
 * A document session for a plain form without undo (the Vraagstuk, a workshop answer): the same
 * debounce, revision rule, conflict stop, flush on leave and statuses as every other document.
 * Open it with `useDocumentSession`, read the value with `useStore(session.document, (d) => d.value)`.
 */
export function createValueSession<T, R extends { revision: number }>(config: {
  delayMs: number;
  /** The value the screen already has: ready at once, `load` only runs on `reload`. */
  initial?: { value: T; revision: number };
  load(): Promise<{ value: T; revision: number }>;
  save(value: T, expectedRevision: number): Promise<R>;
  /** False: not saved yet (status `invalid`), e.g. while a required field is empty. */
  isValid?(value: T): boolean;
  onSaved?(result: R): void;
}): ValueSession<T> {
  const document = createStore<ValueDocument<T>>()(() => ({ value: null }));
  const state = createStore<DocumentState>()(() => ({ status: 'loading', message: null, revision: 0 }));
  const { isValid } = config;
  const session = createDocumentSession({
    state,
    document,
    select: (d) => d.value,
    reset: (value) => document.setState({ value }),
    delayMs: config.delayMs,
    ...(config.initial ? { initial: config.initial } : {}),
    load: config.load,
    ...(isValid ? { validate: (value: T) => (isValid(value) ? value : null) } : {}),
    save: config.save,
    ...(config.onSaved ? { onSaved: config.onSaved } : {}),
  });
  return {
    state,
    document,
    set: (value) => document.setState({ value }),
    ensureLoaded: session.ensureLoaded,
    flush: session.flush,
    reload: session.reload,
  };
}
