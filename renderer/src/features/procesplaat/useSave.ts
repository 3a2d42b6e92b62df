import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ApiClientError } from '../../api/client';
import type { Viewport } from '../../../../shared/procesplaat/model';
import { diffPlate, isEmptyPatch, type ProcesplaatPatch } from '../../../../shared/procesplaat/patch';
import type { PlateDoc, PlateStore } from './store';

export type SaveStatus =
  { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'error' | 'conflict'; message: string };

/**
 * Where the editor stores a plate: a traject's procesplaat, or a participatiecode's standard
 * process. The saver keeps the revision it saves on; a stale one rejects with an ApiClientError
 * with code CONFLICT (nothing is written).
 */
export interface PlateSaver {
  /** Stores the document. `patch`: what changed since the last save; null when the whole plate must go. */
  save(change: { doc: PlateDoc; patch: ProcesplaatPatch | null; viewport: Viewport | undefined }): Promise<void>;
  /** Where the user looked when the canvas stopped moving (not an edit: no revision, no undo). */
  saveViewport?(viewport: Viewport): void;
}

/** A traject's procesplaat: patches where possible, the whole plate otherwise, on the traject's revision. */
export function trajectPlateSaver(api: ApiClient, trajectId: string, revision: number): PlateSaver {
  let expectedRevision = revision;
  return {
    async save({ doc, patch, viewport }) {
      const result = patch
        ? await api.call('procesplaat.patch', { trajectId, patch, expectedRevision, viewport })
        : await api.call('procesplaat.save', { trajectId, plate: { ...doc, viewport }, expectedRevision });
      expectedRevision = result.revision;
    },
    saveViewport(viewport) {
      void api.call('procesplaat.saveViewport', { trajectId, viewport }).catch(() => undefined);
    },
  };
}

/** `usePlateAutosave` for a traject's procesplaat, starting from the loaded `revision`. */
export function usePlateSave(
  api: ApiClient,
  trajectId: string,
  store: PlateStore,
  revision: number,
  getViewport: () => Viewport | undefined,
  typingDelayMs = 400,
) {
  const [saver] = useState(() => trajectPlateSaver(api, trajectId, revision));
  return usePlateAutosave(store, saver, getViewport, typingDelayMs);
}

/**
 * Saves what changed after every edit: at once after a drag stop, connect, delete or
 * undo; `typingDelayMs` after the last keystroke when typing in a field. One save at a time:
 * edits made while a save is under way go out together, in one save, right after it. Every save
 * carries the revision it started from: if another window saved in between, the server answers
 * CONFLICT and nothing is overwritten.
 * A save sends only the changed nodes and edges (a patch); the whole plate goes out when the order
 * changed (an undone delete) or the loaded plate was repaired on read.
 */
export function usePlateAutosave(
  store: PlateStore,
  saver: PlateSaver,
  getViewport: () => Viewport | undefined,
  typingDelayMs = 400,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const saved = useRef<PlateDoc>(store.getState().doc);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const wholeNext = useRef(store.getState().repairedOnLoad);
  const viewportRef = useRef(getViewport);
  useEffect(() => {
    viewportRef.current = getViewport;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** One save of the current document; false when it failed (then only a new edit retries). */
    const run = async (): Promise<boolean> => {
      const doc = store.getState().doc;
      if (blocked.current || doc === saved.current) return true;
      setStatus({ state: 'saving' });
      try {
        const patch = wholeNext.current ? null : diffPlate(saved.current, doc);
        // New objects with the same content (undo, then redo): nothing to store.
        if (patch && isEmptyPatch(patch)) {
          saved.current = doc;
          return true;
        }
        await saver.save({ doc, patch, viewport: viewportRef.current() });
        saved.current = doc;
        wholeNext.current = false;
        return true;
      } catch (error) {
        if (error instanceof ApiClientError && error.code === 'CONFLICT') {
          blocked.current = true;
          setStatus({ state: 'conflict', message: error.message });
        } else setStatus({ state: 'error', message: (error as Error).message });
        return false;
      }
    };
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      // A save under way picks up this edit when it finishes: saves never overlap.
      if (inFlight.current) return;
      inFlight.current = run();
      void inFlight.current.then((ok) => {
        inFlight.current = null;
        if (!ok || blocked.current) return;
        if (store.getState().doc === saved.current) setStatus({ state: 'saved' });
        // Edits made while saving: at once, unless the typing delay is still running.
        else if (timer === undefined) flush();
        else setStatus({ state: 'pending' });
      });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc === previous.doc) return;
      if (state.doc === state.typingDoc) {
        clearTimeout(timer);
        setStatus({ state: 'pending' });
        timer = setTimeout(flush, typingDelayMs);
      } else flush();
    });
    return () => {
      unsubscribe();
      // Leaving the screen must not drop the last edit.
      clearTimeout(timer);
      timer = undefined;
      if (store.getState().doc !== saved.current && !blocked.current) flush();
    };
  }, [saver, store, typingDelayMs]);

  return status;
}
