import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { createValueSession, useAutosaveDelay, useDocumentSession, type ValueSession } from '../../lib/documentSession';
import { apiKey } from '../../api/queries';

export interface WorkshopDocumentConfig<T, R extends { revision: number }> {
  /** The part as this window knows it, with the revision it has. */
  initial: { value: T; revision: number };
  /** The same part in a newly loaded session (after a conflict: "Nieuwste versie laden"). */
  pick(session: WorkshopSession): { value: T; revision: number };
  /** Saves on top of the revision the edit started from (the API answers CONFLICT when stale). */
  save(value: T, expectedRevision: number): Promise<R>;
  /** What a save changes in the cached session: the other screens (and the presenter) see it at once. */
  patch(session: WorkshopSession, value: T, result: R): WorkshopSession;
}

/**
 * One part of a workshop session that a window edits (one answer, a group's choices, the rode
 * draden) as the one document session of the renderer (lib/documentSession.ts): saved a short
 * while after typing, one save at a time with the revision of that part, flushed when the screen
 * closes or the page is left, and stopped by a CONFLICT until the newest version is loaded.
 * The config is read once: the caller keys the component by what it edits.
 */
export function useWorkshopDocument<T, R extends { revision: number }>(
  sessionId: string,
  config: WorkshopDocumentConfig<T, R>,
): ValueSession<T> {
  const api = useApi();
  const queryClient = useQueryClient();
  const delayMs = useAutosaveDelay();
  const [session] = useState(() =>
    createValueSession<T, R>({
      delayMs,
      initial: config.initial,
      async load() {
        const newest = await api.call('workshop.get', { id: sessionId });
        queryClient.setQueryData(apiKey('workshop.get', { id: sessionId }), newest);
        return config.pick(newest);
      },
      async save(value, expectedRevision) {
        const result = await config.save(value, expectedRevision);
        // Only this part changes in the cache: refetching would overwrite fields still being typed in.
        queryClient.setQueryData(apiKey('workshop.get', { id: sessionId }), (old: WorkshopSession | undefined) =>
          old ? config.patch(old, value, result) : old,
        );
        return result;
      },
    }),
  );
  useDocumentSession(session);
  return session;
}

/**
 * The save status under a workshop field: nothing until something was typed, then "Bezig met
 * save…", "Opgeslagen." or, honestly, "Niet opgeslagen." with the reason.
 */
export function SaveStatusText({ session, id }: { session: ValueSession<unknown>; id?: string }) {
  const { t } = useTranslation();
  const status = useStore(session.state, (s) => s.status);
  const message = useStore(session.state, (s) => s.message);
  const [initialRevision] = useState(() => session.state.getState().revision);
  const revision = useStore(session.state, (s) => s.revision);
  const failed = status === 'error' || status === 'loadError';
  return (
    <>
      <p id={id} className="samenspel-status" role="status" aria-live="polite">
        {status === 'pending' || status === 'saving'
          ? t('workshop.answers.saving')
          : status === 'saved' && revision !== initialRevision
            ? t('workshop.answers.saved')
            : failed
              ? t('workshop.answers.notSaved')
              : ''}
      </p>
      {failed && message && (
        <p className="samenspel-error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
