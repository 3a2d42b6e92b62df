import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { PhaseAnswers, TrajectAnswers, type Phase } from '../../../../shared/participatie/index';

/** A phase nobody has touched yet: the schema's defaults, so the engine can read it. */
export const EMPTY_PHASE: PhaseAnswers = PhaseAnswers.parse({});

export interface AnswersState {
  answers: TrajectAnswers;
  /**
   * One undoable change. Keystrokes in the same text field (same `mergeKey`, shortly after each
   * other) become one undo step, otherwise Ctrl+Z would take back a single letter.
   */
  change(recipe: (answers: TrajectAnswers) => TrajectAnswers, mergeKey?: string): void;
  /** Changes one phase; creates it from the defaults when it was not answered yet. */
  changePhase(phase: Phase, recipe: (answers: PhaseAnswers) => PhaseAnswers, mergeKey?: string): void;
  /** Answers from the server (first load or after a conflict): not undoable, history starts over. */
  reset(answers: TrajectAnswers): void;
}

const MERGE_WINDOW_MS = 1500;

export function createAnswersStore(initial: TrajectAnswers = TrajectAnswers.parse({})) {
  let lastKey: string | undefined;
  let lastAt = 0;

  const store = createStore<AnswersState>()(
    temporal(
      (set, get) => ({
        answers: initial,
        change(recipe, mergeKey) {
          const now = Date.now();
          const merge = mergeKey !== undefined && mergeKey === lastKey && now - lastAt < MERGE_WINDOW_MS;
          lastKey = mergeKey;
          lastAt = now;
          const next = recipe(get().answers);
          if (next === get().answers) return;
          const history = store.temporal.getState();
          if (merge) history.pause();
          set({ answers: next });
          if (merge) history.resume();
        },
        changePhase(phase, recipe, mergeKey) {
          get().change(
            (answers) => ({
              ...answers,
              phases: { ...answers.phases, [phase]: recipe(answers.phases[phase] ?? EMPTY_PHASE) },
            }),
            mergeKey,
          );
        },
        reset(answers) {
          const history = store.temporal.getState();
          history.pause();
          set({ answers });
          history.resume();
          history.clear();
          lastKey = undefined;
        },
      }),
      { partialize: (state) => ({ answers: state.answers }), limit: 200 },
    ),
  );
  return store;
}

export type AnswersStore = ReturnType<typeof createAnswersStore>;
