import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import {
  createDocumentSession,
  DEFAULT_AUTOSAVE_DELAY_MS,
  type DocumentSession,
  type DocumentState,
} from '../documentSession';
import { createAnswersStore, type AnswersStore } from './answersStore';

/** The answers session's state: the one SaveStatus (lib/documentSession.ts) and what loading found. */
export interface SessionState extends DocumentState {
  /** The server dropped invalid stored answers; the user should know. */
  repaired: boolean;
  /**
   * Notes from loading, e.g. instrument ids the catalogue renamed (keukentafelgesprek is now
   * gesprek-aan-huis). Shown once at the top of the flow until the user closes them.
   */
  notes: string[];
}

export interface AnswersSession extends DocumentSession {
  trajectId: string;
  answers: AnswersStore;
  state: StoreApi<SessionState>;
}

/**
 * The answers of one traject while it is open: the undoable, autosaving document session
 * (lib/documentSession.ts) on the answers store. Shared by the workspace and the overview.
 */
export function createAnswersSession(
  api: ApiClient,
  trajectId: string,
  options: { delayMs?: number; onSaved?: () => void } = {},
): AnswersSession {
  const answers = createAnswersStore();
  const state = createStore<SessionState>()(() => ({
    status: 'loading',
    message: null,
    revision: 0,
    repaired: false,
    notes: [],
  }));
  const session = createDocumentSession({
    state,
    document: answers,
    select: (s) => s.value,
    reset: (value) => answers.getState().reset(value),
    delayMs: options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS,
    async load() {
      const data = await api.call('answers.get', { trajectId });
      return {
        value: data.answers,
        revision: data.revision,
        state: { repaired: data.repaired, notes: data.notes },
        // The answers carry the catalogue's new ids already; store them, so the notes come once.
        unsaved: data.notes.length > 0,
      };
    },
    save: (value, expectedRevision) => api.call('answers.save', { trajectId, answers: value, expectedRevision }),
    onSaved: () => options.onSaved?.(),
  });
  return {
    trajectId,
    answers,
    state,
    ensureLoaded: session.ensureLoaded,
    flush: session.flush,
    reload: session.reload,
  };
}
