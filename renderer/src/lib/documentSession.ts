import { createContext, useContext, useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { ApiClientError } from '../api/client';
import { registerPendingSave } from './pendingSaves';
import { errorMessage, errorLines } from './errorMessage';

/**
 * `laden`: first load; `bewaard`: the server has what you see; `wachten`: a change waits for the
 * debounce; `bezig`: saving; `fout`: saving failed (retried on the next change); `ongeldig`: the
 * document does not pass its own check yet, nothing is saved until it does; `conflict`: someone
 * else saved in between, so saving stops until the user loads the newest version.
 */
export type DocumentStatus = 'laden' | 'laadfout' | 'bewaard' | 'wachten' | 'bezig' | 'fout' | 'ongeldig' | 'conflict';

export interface DocumentState {
  status: DocumentStatus;
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
  /** The undoable (zustand + zundo) store the screen edits. */
  document: StoreApi<D>;
  /** The saved value in the document store; null while there is none. */
  select(document: D): T | null;
  /** Puts a loaded value in the document store (not undoable: history starts over). */
  reset(value: T): void;
  /** Wait this long after the last change. */
  delayMs: number;
  /**
   * Loads the stored value. `unsaved`: the server changed it while loading (e.g. renamed ids), so
   * it is saved right away.
   */
  load(): Promise<{ value: T; revision: number; state?: Partial<S>; unsaved?: boolean }>;
  /** Checks the value before saving; null when it may not be saved (the check set the state). */
  validate?(value: T): T | null;
  /** Saves with the revision it starts from; the answer carries the next revision. */
  save(value: T, expectedRevision: number): Promise<R>;
  /** What a save's answer adds to the state. */
  stateAfterSave?(result: R): Partial<S>;
  onSaved?(result: R): void;
}

/**
 * The one undoable, autosaving document session of the renderer: a document (an undoable store)
 * saved a short while after the last change, one save at a time on the revision the previous one
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

  const failed = (error: unknown) => {
    const conflict = error instanceof ApiClientError && error.code === 'CONFLICT';
    // What is wrong, in the words of the screen ("Fase agendering, vraag Rol: …").
    set({ status: conflict ? 'conflict' : 'fout', message: errorLines(error).join(' ') });
  };

  async function load(): Promise<void> {
    set({ status: 'laden', message: null });
    try {
      const result = await config.load();
      saved = result.unsaved ? null : result.value;
      loaded = true;
      config.reset(result.value);
      set({ status: 'bewaard', revision: result.revision, message: null }, result.state);
      if (result.unsaved) {
        set({ status: 'wachten' });
        timer = setTimeout(() => void save(), delayMs);
      }
    } catch (error) {
      set({ status: 'laadfout', message: errorMessage(error) });
    }
  }

  document.subscribe((nowState, beforeState) => {
    const now = config.select(nowState);
    if (now === config.select(beforeState) || now === saved || now === null) return;
    const { status } = state.getState();
    if (status === 'conflict' || status === 'laden' || status === 'laadfout') return;
    set({ status: 'wachten' });
    clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  });

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    // One save at a time: the next one needs the revision the previous one returned.
    while (inFlight) await inFlight;
    const current = config.select(document.getState());
    const { status, revision } = state.getState();
    if (!loaded || current === null || current === saved || status === 'conflict') return;
    const checked = config.validate ? config.validate(current) : current;
    if (checked === null) return;
    set({ status: 'bezig' });
    inFlight = config
      .save(checked, revision)
      .then(
        (result) => {
          saved = current;
          const changedMeanwhile = config.select(document.getState()) !== current;
          set(
            { revision: result.revision, status: changedMeanwhile ? 'wachten' : 'bewaard', message: null },
            config.stateAfterSave?.(result),
          );
          if (changedMeanwhile) timer = setTimeout(() => void save(), delayMs);
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
      if (status === 'conflict' || status === 'laden' || status === 'laadfout') return false;
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

const failedStatus = (status: DocumentStatus) => status === 'fout' || status === 'conflict' || status === 'ongeldig';

/**
 * Loads the session and keeps it saved while it is open: pending edits are saved with everything
 * else when the page is hidden, reloaded or closed (lib/bewaren.ts), and when the document closes.
 */
export function useDocumentSession(session: DocumentSession & { state: { getState(): DocumentState } }): void {
  useEffect(() => {
    void session.ensureLoaded();
    const status = () => session.state.getState().status;
    const unregister = registerPendingSave({
      flush: async () => {
        await session.flush();
        return !failedStatus(status());
      },
      unsaved: () => status() === 'wachten' || status() === 'bezig' || failedStatus(status()),
      failed: () => failedStatus(status()),
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
