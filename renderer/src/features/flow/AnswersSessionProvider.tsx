import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Phase, PhaseAnswers, TrajectAnswers } from '../../../../shared/participatie/index';
import { useApi } from '../../api/context';
import { registerPendingSave } from '../../lib/bewaren';
import { trajectKeys } from '../trajecten/queries';
import { EMPTY_PHASE, type AnswersState } from './answersStore';
import { createAnswersSession, type AnswersSession, type SaveStatus, type SessionState } from './session';

const SessionContext = createContext<AnswersSession | null>(null);

const failed = (status: SaveStatus) => status === 'fout' || status === 'conflict';

/**
 * Holds the answers of the open traject for all its tabs. Saves what is pending when the traject
 * is closed and when the window is hidden or closed.
 */
export function AnswersSessionProvider({ trajectId, children }: { trajectId: string; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [session] = useState(() =>
    createAnswersSession(api, trajectId, {
      // The header shows "laatst gewijzigd"; the list on the start screen is sorted by it.
      onSaved: () => void queryClient.invalidateQueries({ queryKey: trajectKeys.all }),
    }),
  );
  useEffect(() => {
    void session.ensureLoaded();
    // Saved with everything else when the page is hidden, reloaded or closed (lib/bewaren.ts).
    const unregister = registerPendingSave({
      flush: async () => {
        await session.flush();
        return !failed(session.state.getState().status);
      },
      unsaved: () => ['wachten', 'bezig', 'fout', 'conflict'].includes(session.state.getState().status),
      failed: () => failed(session.state.getState().status),
    });
    return () => {
      unregister();
      void session.flush();
    };
  }, [session]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useAnswersSession(): AnswersSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAnswersSession buiten AnswersSessionProvider');
  return session;
}

export function useAnswers<T>(select: (state: AnswersState) => T): T {
  return useStore(useAnswersSession().answers, select);
}

export function useTrajectAnswers(): TrajectAnswers {
  return useAnswers((s) => s.answers);
}

export function usePhaseAnswers(phase: Phase): PhaseAnswers {
  return useAnswers((s) => s.answers.phases[phase] ?? EMPTY_PHASE);
}

export function useSessionState<T>(select: (state: SessionState) => T): T {
  return useStore(useAnswersSession().state, select);
}

/** A setter for one phase, bound to the session's undoable store. */
export function useChangePhase(phase: Phase) {
  const store = useAnswersSession().answers;
  return (recipe: (answers: PhaseAnswers) => PhaseAnswers, mergeKey?: string) =>
    store.getState().changePhase(phase, recipe, mergeKey);
}
