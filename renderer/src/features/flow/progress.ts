import type { PhaseAnswers } from '@shared/participatie/index';

export const QUESTIONS = ['doel', 'ruimte', 'rol', 'doelgroep'] as const;
export type Question = (typeof QUESTIONS)[number];

/** Which of the four questions of a phase have an answer. */
export function answeredQuestions(answers: PhaseAnswers | undefined): Record<Question, boolean> {
  return {
    doel: (answers?.goals.length ?? 0) > 0 || (answers?.goalsInOwnWords?.trim() ?? '') !== '',
    ruimte: answers?.room !== undefined,
    rol: answers?.level !== undefined,
    doelgroep: (answers?.reach.length ?? 0) > 0 || (answers?.groups.length ?? 0) > 0,
  };
}

export type PhaseProgress =
  | { kind: 'vragen'; answered: number; total: number }
  /** No participation in this phase; complete once the motivering is written. */
  | { kind: 'geen-participatie'; motivated: boolean };

export function phaseProgress(answers: PhaseAnswers | undefined): PhaseProgress {
  if (answers?.geenParticipatie)
    return { kind: 'geen-participatie', motivated: answers.geenParticipatie.reden.trim() !== '' };
  const answered = Object.values(answeredQuestions(answers)).filter(Boolean).length;
  return { kind: 'vragen', answered, total: QUESTIONS.length };
}
