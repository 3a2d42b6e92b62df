import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../../api/context';
import { registerPendingSave } from '../../lib/bewaren';
import {
  createCodeSession,
  type CodeChoicesState,
  type CodeSaveStatus,
  type CodeSession,
  type CodeSessionState,
} from './codeSession';
import { codeKeys } from './queries';

const SessionContext = createContext<CodeSession | null>(null);
const failed = (status: CodeSaveStatus) => status === 'fout' || status === 'conflict' || status === 'ongeldig';

/** Holds the open code for all its tabs; saves what is pending when it closes or the window hides. */
export function CodeSessionProvider({ id, children, delayMs }: { id: string; children: ReactNode; delayMs?: number }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [session] = useState(() =>
    createCodeSession(api, id, {
      ...(delayMs !== undefined ? { delayMs } : {}),
      onSaved: () => {
        void queryClient.invalidateQueries({ queryKey: codeKeys.list });
        void queryClient.invalidateQueries({ queryKey: codeKeys.proces(id) });
      },
    }),
  );
  useEffect(() => {
    void session.ensureLoaded();
    const unregister = registerPendingSave({
      flush: async () => {
        await session.flush();
        return !failed(session.state.getState().status);
      },
      unsaved: () => ['wachten', 'bezig', 'fout', 'ongeldig', 'conflict'].includes(session.state.getState().status),
      failed: () => failed(session.state.getState().status),
    });
    return () => {
      unregister();
      void session.flush();
    };
  }, [session]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useCodeSession(): CodeSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCodeSession buiten CodeSessionProvider');
  return session;
}

export function useChoices<T>(select: (state: CodeChoicesState) => T): T {
  return useStore(useCodeSession().choices, select);
}

export function useCodeState<T>(select: (state: CodeSessionState) => T): T {
  return useStore(useCodeSession().state, select);
}
