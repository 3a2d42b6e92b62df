import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ApiClientError } from '../../api/client';
import type { Viewport } from '../../../../shared/procesplaat/model';
import type { PlateDoc, PlateStore } from './store';

export type SaveStatus =
  { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'error' | 'conflict'; message: string };

/**
 * Saves the whole document a moment after the last edit (drag stop, connect, delete, typing),
 * one save at a time, always with the revision it started from: if another window saved in
 * between, the server answers CONFLICT and nothing is overwritten.
 */
export function usePlateSave(
  api: ApiClient,
  trajectId: string,
  store: PlateStore,
  revision: number,
  getViewport: () => Viewport | undefined,
  delayMs = 400,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const revisionRef = useRef(revision);
  const saved = useRef<PlateDoc>(store.getState().doc);
  const inFlight = useRef<Promise<void> | null>(null);
  const blocked = useRef(false);
  const viewportRef = useRef(getViewport);
  useEffect(() => {
    viewportRef.current = getViewport;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async (): Promise<void> => {
      if (blocked.current) return;
      const doc = store.getState().doc;
      if (doc === saved.current) return;
      setStatus({ state: 'saving' });
      try {
        const result = await api.call('procesplaat.save', {
          trajectId,
          plate: { ...doc, viewport: viewportRef.current() },
          expectedRevision: revisionRef.current,
        });
        revisionRef.current = result.revision;
        saved.current = doc;
        // Edits made while saving go out in the next round.
        if (store.getState().doc !== doc) return run();
        setStatus({ state: 'saved' });
      } catch (error) {
        if (error instanceof ApiClientError && error.code === 'CONFLICT') {
          blocked.current = true;
          setStatus({ state: 'conflict', message: error.message });
        } else setStatus({ state: 'error', message: (error as Error).message });
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      setStatus({ state: 'pending' });
      timer = setTimeout(() => {
        inFlight.current = (inFlight.current ?? Promise.resolve()).then(run);
      }, delayMs);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      // Leaving the screen must not drop the last edit.
      if (store.getState().doc !== saved.current && !blocked.current) void run();
    };
  }, [api, trajectId, store, delayMs]);

  return status;
}
