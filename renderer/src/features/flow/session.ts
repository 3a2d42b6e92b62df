import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrajectAnswers } from '../../../../shared/participatie/index';
import { ApiClientError, type ApiClient } from '../../api/client';
import { foutmelding, foutregels } from '../../lib/foutmelding';
import { createAnswersStore, type AnswersStore } from './answersStore';

/**
 * `laden`: first load; `bewaard`: the server has what you see; `wachten`: a change waits for the
 * debounce; `bezig`: saving; `fout`: saving failed (retried on the next change); `conflict`:
 * someone else saved in between, so we stop saving until the user reloads.
 */
export type SaveStatus = 'laden' | 'laadfout' | 'bewaard' | 'wachten' | 'bezig' | 'fout' | 'conflict';

export interface SessionState {
  status: SaveStatus;
  message: string | null;
  revision: number;
  /** The server dropped invalid stored answers; the user should know. */
  repaired: boolean;
  /**
   * Notes from loading, e.g. instrument ids the catalogue renamed (keukentafelgesprek is now
   * gesprek-aan-huis). Shown once at the top of the flow until the user closes them.
   */
  notes: string[];
}

export interface AnswersSession {
  trajectId: string;
  answers: AnswersStore;
  state: StoreApi<SessionState>;
  /** Loads once; later calls return the same promise. */
  ensureLoaded(): Promise<void>;
  /** Saves now if something is unsaved (leaving the screen, closing the window). */
  flush(): Promise<void>;
  /** After a conflict: take the server's answers; unsaved local changes are dropped knowingly. */
  reload(): Promise<void>;
}

/**
 * The answers of one traject while it is open: an undoable store plus autosave with a revision
 * check. Shared by the workspace and the overview, so switching tabs keeps history and never
 * saves with a stale revision.
 */
export function createAnswersSession(
  api: ApiClient,
  trajectId: string,
  options: { delayMs?: number; onSaved?: () => void } = {},
): AnswersSession {
  const delayMs = options.delayMs ?? 600;
  const answers = createAnswersStore();
  const state = createStore<SessionState>()(() => ({
    status: 'laden',
    message: null,
    revision: 0,
    repaired: false,
    notes: [],
  }));
  let saved: TrajectAnswers | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    state.setState({ status: 'laden', message: null });
    try {
      const data = await api.call('antwoorden.get', { trajectId });
      saved = data.answers;
      answers.getState().reset(data.answers);
      state.setState({
        status: 'bewaard',
        revision: data.revision,
        repaired: data.repaired,
        notes: data.notes,
        message: null,
      });
      if (data.notes.length > 0) {
        // The answers carry the catalogue's new ids already; store them, so the notes come once.
        saved = { ...data.answers };
        state.setState({ status: 'wachten' });
        timer = setTimeout(() => void save(), delayMs);
      }
    } catch (error) {
      state.setState({ status: 'laadfout', message: foutmelding(error) });
    }
  }

  answers.subscribe((now, before) => {
    if (now.answers === before.answers || now.answers === saved) return;
    const { status } = state.getState();
    if (status === 'conflict' || status === 'laden' || status === 'laadfout') return;
    state.setState({ status: 'wachten' });
    clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  });

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    // One save at a time: the next one needs the revision the previous one returned.
    while (inFlight) await inFlight;
    const current = answers.getState().answers;
    const { status, revision } = state.getState();
    if (saved === null || current === saved || status === 'conflict') return;
    state.setState({ status: 'bezig' });
    inFlight = api
      .call('antwoorden.save', { trajectId, answers: current, expectedRevision: revision })
      .then(
        (result) => {
          saved = current;
          const changedMeanwhile = answers.getState().answers !== current;
          state.setState({
            revision: result.revision,
            status: changedMeanwhile ? 'wachten' : 'bewaard',
            message: null,
          });
          if (changedMeanwhile) timer = setTimeout(() => void save(), delayMs);
          options.onSaved?.();
        },
        (error: unknown) => {
          const conflict = error instanceof ApiClientError && error.code === 'CONFLICT';
          // Which answer is wrong, in the words of the screen ("Fase agendering, vraag Rol: …").
          state.setState({ status: conflict ? 'conflict' : 'fout', message: foutregels(error).join(' ') });
        },
      )
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  }

  return {
    trajectId,
    answers,
    state,
    ensureLoaded: () => (loading ??= load()),
    flush: save,
    async reload() {
      clearTimeout(timer);
      while (inFlight) await inFlight;
      loading = load();
      await loading;
    },
  };
}
