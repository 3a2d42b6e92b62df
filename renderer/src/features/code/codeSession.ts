import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ParticipatieCode } from '../../../../shared/code/schema';
import type { OpgeslagenCode } from '../../../../shared/code/api';
import { ApiClientError, type ApiClient } from '../../api/client';
import { foutmelding, foutregels } from '../../lib/foutmelding';
import { codeFouten, type CodeFout } from './fouten';

/**
 * The choices of one participatiecode while its screen is open: an undoable store plus autosave
 * with the revision rule, like the answers of a traject (features/flow/session.ts).
 * `ongeldig`: the choices do not fit together yet (shown at the step), nothing is saved until they do;
 * `conflict`: someone saved in between, so saving stops until the user loads the newest version.
 */
export type CodeSaveStatus = 'laden' | 'laadfout' | 'bewaard' | 'wachten' | 'bezig' | 'fout' | 'ongeldig' | 'conflict';

export interface CodeSessionState {
  status: CodeSaveStatus;
  message: string | null;
  fouten: CodeFout[];
  revision: number;
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

export interface CodeSession {
  id: string;
  choices: ChoicesStore;
  state: StoreApi<CodeSessionState>;
  ensureLoaded(): Promise<void>;
  flush(): Promise<void>;
  /** After a conflict: take the stored code; local changes are dropped knowingly. */
  reload(): Promise<void>;
  /** A new name for the code, saved on top of the choices (same revision rule); false when it failed. */
  rename(naam: string): Promise<boolean>;
}

export function createCodeSession(
  api: ApiClient,
  id: string,
  options: { delayMs?: number; onSaved?: (stored: OpgeslagenCode) => void } = {},
): CodeSession {
  const delayMs = options.delayMs ?? 600;
  const choices = createChoicesStore();
  const state = createStore<CodeSessionState>()(() => ({
    status: 'laden',
    message: null,
    fouten: [],
    revision: 0,
    stored: null,
  }));
  let saved: ParticipatieCode | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    state.setState({ status: 'laden', message: null, fouten: [] });
    try {
      const stored = await api.call('codes.get', { id });
      saved = stored.code;
      choices.getState().reset(stored.code);
      state.setState({ status: 'bewaard', revision: stored.revision, stored, message: null });
    } catch (error) {
      state.setState({ status: 'laadfout', message: foutmelding(error) });
    }
  }

  choices.subscribe((now, before) => {
    if (now.code === before.code || now.code === saved || now.code === null) return;
    const { status } = state.getState();
    if (status === 'conflict' || status === 'laden' || status === 'laadfout') return;
    state.setState({ status: 'wachten' });
    clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  });

  async function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (inFlight) await inFlight;
    const current = choices.getState().code;
    const { status, revision } = state.getState();
    if (saved === null || current === null || current === saved || status === 'conflict') return;
    // Checked here first, so the message sits at the step and nothing half-valid reaches the server.
    const checked = ParticipatieCode.safeParse(current);
    if (!checked.success) {
      state.setState({ status: 'ongeldig', fouten: codeFouten(checked.error.issues), message: null });
      return;
    }
    state.setState({ status: 'bezig', fouten: [] });
    inFlight = api
      .call('codes.update', { id, expectedRevision: revision, code: checked.data })
      .then(
        (stored) => {
          saved = current;
          const changedMeanwhile = choices.getState().code !== current;
          state.setState({
            revision: stored.revision,
            stored,
            status: changedMeanwhile ? 'wachten' : 'bewaard',
            message: null,
          });
          if (changedMeanwhile) timer = setTimeout(() => void save(), delayMs);
          options.onSaved?.(stored);
        },
        (error: unknown) => {
          const conflict = error instanceof ApiClientError && error.code === 'CONFLICT';
          state.setState({ status: conflict ? 'conflict' : 'fout', message: foutregels(error).join(' ') });
        },
      )
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  }

  return {
    id,
    choices,
    state,
    ensureLoaded: () => (loading ??= load()),
    flush: save,
    async reload() {
      clearTimeout(timer);
      while (inFlight) await inFlight;
      loading = load();
      await loading;
    },
    async rename(naam) {
      await save();
      while (inFlight) await inFlight;
      const { status, revision } = state.getState();
      if (status === 'conflict' || status === 'laden' || status === 'laadfout') return false;
      try {
        const stored = await api.call('codes.update', { id, expectedRevision: revision, naam });
        state.setState({ revision: stored.revision, stored });
        options.onSaved?.(stored);
        return true;
      } catch (error) {
        const conflict = error instanceof ApiClientError && error.code === 'CONFLICT';
        state.setState({ status: conflict ? 'conflict' : 'fout', message: foutregels(error).join(' ') });
        return false;
      }
    },
  };
}
