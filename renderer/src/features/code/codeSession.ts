import { createStore, type StoreApi } from 'zustand/vanilla';
import { ParticipatieCode } from '@shared/code/schema';
import type { SavedCode } from '@shared/code/api';
import type { ApiClient } from '../../api/client';
import {
  createDocumentSession,
  DEFAULT_AUTOSAVE_DELAY_MS,
  type DocumentSession,
  type DocumentState,
} from '../../lib/documentSession';
import { createUndoableStore, type UndoableState, type UndoableStore } from '../../lib/undoableStore';
import { codeErrors, type CodeError } from './errors';

export interface CodeSessionState extends DocumentState {
  errors: CodeError[];
  stored: SavedCode | null;
}

/**
 * The choices of one code in the one undoable store (lib/undoableStore.ts): `value` is null until
 * the code is loaded, `previous` is what the live consequences compare with.
 */
export type CodeChoicesState = UndoableState<ParticipatieCode | null>;
export type ChoicesStore = UndoableStore<ParticipatieCode | null>;

export function createChoicesStore(): ChoicesStore {
  return createUndoableStore<ParticipatieCode | null>(null);
}

export interface CodeSession extends DocumentSession {
  id: string;
  choices: ChoicesStore;
  state: StoreApi<CodeSessionState>;
  /** A new name for the code, saved on top of the choices (same revision rule); false when it failed. */
  rename(name: string): Promise<boolean>;
}

/** The choices of one code: the undoable, autosaving document session (lib/documentSession.ts). */
export function createCodeSession(
  api: ApiClient,
  id: string,
  options: { delayMs?: number; onSaved?: (stored: SavedCode) => void } = {},
): CodeSession {
  const choices = createChoicesStore();
  const state = createStore<CodeSessionState>()(() => ({
    status: 'loading',
    message: null,
    errors: [],
    revision: 0,
    stored: null,
  }));
  const session = createDocumentSession({
    state,
    document: choices,
    select: (s) => s.value,
    reset: (code) => choices.getState().reset(code),
    delayMs: options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS,
    async load() {
      state.setState({ errors: [] });
      const stored = await api.call('codes.get', { id });
      return { value: stored.code, revision: stored.revision, state: { stored } };
    },
    // Checked here first, so the message sits at the step and nothing half-valid reaches the server.
    // Null: the session shows `invalid`; the details go to the step.
    validate(code) {
      const checked = ParticipatieCode.safeParse(code);
      if (!checked.success) {
        state.setState({ errors: codeErrors(checked.error.issues) });
        return null;
      }
      state.setState({ errors: [] });
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
    rename: (name) =>
      session.saveAlongside((expectedRevision) => api.call('codes.update', { id, expectedRevision, naam: name })),
  };
}
