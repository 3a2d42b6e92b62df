import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ParticipatieCode } from '../../../../shared/code/schema';
import type { OpgeslagenCode } from '../../../../shared/code/api';
import type { ApiClient } from '../../api/client';
import {
  createDocumentSession,
  type DocumentSession,
  type DocumentState,
  type DocumentStatus,
} from '../../lib/documentSession';
import { codeFouten, type CodeFout } from './fouten';

/**
 * The save status of the choices of one participatiecode (lib/documentSession.ts). `ongeldig`: the
 * choices do not fit together yet (shown at the step), nothing is saved until they do.
 */
export type CodeSaveStatus = DocumentStatus;

export interface CodeSessionState extends DocumentState {
  fouten: CodeFout[];
  stored: OpgeslagenCode | null;
}

export interface CodeChoicesState {
  code: ParticipatieCode | null;
  /** The code before the last change: what the live consequences compare with. */
  vorige: ParticipatieCode | null;
  change(recipe: (code: ParticipatieCode) => ParticipatieCode, mergeKey?: string): void;
  reset(code: ParticipatieCode): void;
}

const MERGE_WINDOW_MS = 1500;

export function createChoicesStore() {
  let lastKey: string | undefined;
  let lastAt = 0;
  const store = createStore<CodeChoicesState>()(
    temporal(
      (set, get) => ({
        code: null,
        vorige: null,
        change(recipe, mergeKey) {
          const current = get().code;
          if (!current) return;
          const now = Date.now();
          const merge = mergeKey !== undefined && mergeKey === lastKey && now - lastAt < MERGE_WINDOW_MS;
          lastKey = mergeKey;
          lastAt = now;
          const next = recipe(current);
          if (next === current) return;
          const history = store.temporal.getState();
          if (merge) history.pause();
          set({ code: next, vorige: merge ? get().vorige : current });
          if (merge) history.resume();
        },
        reset(code) {
          const history = store.temporal.getState();
          history.pause();
          set({ code, vorige: null });
          history.resume();
          history.clear();
          lastKey = undefined;
        },
      }),
      // Undo takes back the choices; the comparison point follows along.
      { partialize: (state) => ({ code: state.code, vorige: state.vorige }), limit: 200 },
    ),
  );
  return store;
}
export type ChoicesStore = ReturnType<typeof createChoicesStore>;

export interface CodeSession extends DocumentSession {
  id: string;
  choices: ChoicesStore;
  state: StoreApi<CodeSessionState>;
  /** A new name for the code, saved on top of the choices (same revision rule); false when it failed. */
  rename(naam: string): Promise<boolean>;
}

/** The choices of one code: the undoable, autosaving document session (lib/documentSession.ts). */
export function createCodeSession(
  api: ApiClient,
  id: string,
  options: { delayMs?: number; onSaved?: (stored: OpgeslagenCode) => void } = {},
): CodeSession {
  const choices = createChoicesStore();
  const state = createStore<CodeSessionState>()(() => ({
    status: 'laden',
    message: null,
    fouten: [],
    revision: 0,
    stored: null,
  }));
  const session = createDocumentSession({
    state,
    document: choices,
    select: (s) => s.code,
    reset: (code) => choices.getState().reset(code),
    delayMs: options.delayMs ?? 600,
    async load() {
      state.setState({ fouten: [] });
      const stored = await api.call('codes.get', { id });
      return { value: stored.code, revision: stored.revision, state: { stored } };
    },
    // Checked here first, so the message sits at the step and nothing half-valid reaches the server.
    validate(code) {
      const checked = ParticipatieCode.safeParse(code);
      if (!checked.success) {
        state.setState({ status: 'ongeldig', fouten: codeFouten(checked.error.issues), message: null });
        return null;
      }
      state.setState({ fouten: [] });
      return checked.data;
    },
    save: (code, expectedRevision) => api.call('codes.update', { id, expectedRevision, code }),
    stateAfterSave: (stored) => ({ stored }),
    onSaved: (stored) => options.onSaved?.(stored),
  });
  return {
    id,
    choices,
    state,
    ensureLoaded: session.ensureLoaded,
    flush: session.flush,
    reload: session.reload,
    rename: (naam) =>
      session.saveAlongside((expectedRevision) => api.call('codes.update', { id, expectedRevision, naam })),
  };
}
