import type { PhaseAnswers } from '@shared/participatie/index';

export const QUESTIONS = ['goal', 'room', 'role', 'targetGroup'] as const;
export type Question = (typeof QUESTIONS)[number];

/** Which of the four questions of a phase have an answer. */
export function answeredQuestions(answers: PhaseAnswers | undefined): Record<Question, boolean> {
  return {
    goal: (answers?.goals.length ?? 0) > 0 || (answers?.goalsInOwnWords?.trim() ?? '') !== '',
    room: answers?.room !== undefined,
    role: answers?.level !== undefined,
    targetGroup: (answers?.reach.length ?? 0) > 0 || (answers?.groups.length ?? 0) > 0,
  };
}

export type PhaseProgress =
  | { kind: 'questions'; answered: number; total: number }
  /** No participation in this phase; complete once the motivering is written. */
  | { kind: 'no-participation'; motivated: boolean };

export function phaseProgress(answers: PhaseAnswers | undefined): PhaseProgress {
  if (answers?.geenParticipatie)
    return { kind: 'no-participation', motivated: answers.geenParticipatie.reden.trim() !== '' };
  const answered = Object.values(answeredQuestions(answers)).filter(Boolean).length;
  return { kind: 'questions', answered, total: QUESTIONS.length };
}
