import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Phase, PhaseAnswers, TrajectAnswers } from '@shared/participatie/index';
import { useApi } from '../../api/context';
import { invalidateMethods } from '../../api/queries';
import { documentSessionContext, useAutosaveDelay, useDocumentSession } from '../documentSession';
import { changePhase, EMPTY_PHASE, type AnswersState } from './answersStore';
import { createAnswersSession, type AnswersSession, type SessionState } from './answersSession';

const SessionContext = documentSessionContext<AnswersSession>('useAnswersSession outside AnswersSessionProvider');

/**
 * Holds the answers of the open traject for all its tabs. Saves what is pending when the traject
 * is closed and when the window is hidden or closed.
 */
export function AnswersSessionProvider({ trajectId, children }: { trajectId: string; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const delayMs = useAutosaveDelay();
  const [session] = useState(() =>
    createAnswersSession(api, trajectId, {
      delayMs,
      // The header shows "laatst gewijzigd"; the list on the start screen is sorted by it.
      onSaved: () => void invalidateMethods(queryClient, 'trajecten.list', 'trajecten.get'),
    }),
  );
  useDocumentSession(session);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useAnswersSession: () => AnswersSession = SessionContext.use;

export function useAnswers<T>(select: (state: AnswersState) => T): T {
  return useStore(useAnswersSession().answers, select);
}

export function useTrajectAnswers(): TrajectAnswers {
  return useAnswers((s) => s.value);
}

export function usePhaseAnswers(phase: Phase): PhaseAnswers {
  return useAnswers((s) => s.value.phases[phase] ?? EMPTY_PHASE);
}

export function useSessionState<T>(select: (state: SessionState) => T): T {
  return useStore(useAnswersSession().state, select);
}

/** A setter for one phase, bound to the session's undoable store. */
export function useChangePhase(phase: Phase) {
  const store = useAnswersSession().answers;
  return (recipe: (answers: PhaseAnswers) => PhaseAnswers, mergeKey?: string) =>
    changePhase(store, phase, recipe, mergeKey);
}
