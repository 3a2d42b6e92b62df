import { PhaseAnswers, TrajectAnswers, type Phase } from '@shared/participatie/index';
import { createUndoableStore, type UndoableState, type UndoableStore } from '../undoableStore';

/** A phase nobody has touched yet: the schema's defaults, so the engine can read it. */
export const EMPTY_PHASE: PhaseAnswers = PhaseAnswers.parse({});

/** The answers of a traject in the one undoable store (lib/undoableStore.ts); never null. */
export type AnswersState = UndoableState<TrajectAnswers>;
export type AnswersStore = UndoableStore<TrajectAnswers>;

export function createAnswersStore(initial: TrajectAnswers = TrajectAnswers.parse({})): AnswersStore {
  return createUndoableStore(initial);
}

/** Changes one phase as one undoable change; creates it from the defaults when it was not answered yet. */
export function changePhase(
  store: AnswersStore,
  phase: Phase,
  recipe: (answers: PhaseAnswers) => PhaseAnswers,
  mergeKey?: string,
): void {
  store.getState().change(
    (answers) => ({
      ...answers,
      phases: { ...answers.phases, [phase]: recipe(answers.phases[phase] ?? EMPTY_PHASE) },
    }),
    mergeKey,
  );
}
