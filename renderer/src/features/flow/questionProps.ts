import type { Phase, PhaseAnswers, Warning } from '@shared/participatie/index';

/** What every question of a phase gets: its answers, the phase's warnings and an undoable setter. */
export interface QuestionProps {
  phase: Phase;
  answers: PhaseAnswers;
  warnings: Warning[];
  change(recipe: (answers: PhaseAnswers) => PhaseAnswers, mergeKey?: string): void;
}
