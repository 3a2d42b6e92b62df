import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../../api/context';
import { documentSessionContext, useAutosaveDelay, useDocumentSession } from '../../lib/documentSession';
import { createCodeSession, type CodeChoicesState, type CodeSession, type CodeSessionState } from './codeSession';
import { apiKey, invalidateMethods } from '../../api/queries';

const SessionContext = documentSessionContext<CodeSession>('useCodeSession buiten CodeSessionProvider');

/** Holds the open code for all its tabs; saves what is pending when it closes or the window hides. */
export function CodeSessionProvider({ id, children }: { id: string; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const delayMs = useAutosaveDelay();
  const [session] = useState(() =>
    createCodeSession(api, id, {
      delayMs,
      onSaved: () => {
        void invalidateMethods(queryClient, 'codes.list');
        void queryClient.invalidateQueries({ queryKey: apiKey('codes.process', { id }) });
      },
    }),
  );
  useDocumentSession(session);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useCodeSession: () => CodeSession = SessionContext.use;

export function useChoices<T>(select: (state: CodeChoicesState) => T): T {
  return useStore(useCodeSession().choices, select);
}

export function useCodeState<T>(select: (state: CodeSessionState) => T): T {
  return useStore(useCodeSession().state, select);
}
