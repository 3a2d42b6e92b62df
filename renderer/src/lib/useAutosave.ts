import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiClientError } from '../api/client';
import { registerPendingSave } from './pendingSaves';
import { errorMessage } from './errorMessage';

/** `conflict`: another window saved in between; saving stops until the user chooses (ConflictDialog). */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface AutosaveConflict<T> {
  /** The server's Dutch message for this domain. */
  message: string;
  /** What the user typed and was not stored: shown in the dialog, so nothing is lost. */
  mine: T;
}

export interface AutosaveOptions {
  /** Wait this long after the last change (0 in tests). */
  delayMs?: number;
  /** The revision the loaded value has; every save names the revision it started from. */
  revision?: number;
}

const same = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

const revisionOf = (result: unknown): number | undefined => {
  if (typeof result !== 'object' || result === null || !('revision' in result)) return undefined;
  const revision = (result as { revision: unknown }).revision;
  return typeof revision === 'number' ? revision : undefined;
};

/**
 * The one autosave of the renderer. Saves `value` a short while after the last change, and at once
 * when the component goes away, the page is hidden or reloaded, or the window closes (see
 * lib/bewaren.ts), so closing a screen never drops the last keystrokes. Saves never overlap: the
 * next one needs the revision the previous one returned.
 *
 * Every save gets the revision it starts from (`save(value, expectedRevision)`); when the save
 * answers with a `revision`, that is the next one. A CONFLICT answer stops saving: `conflict`
 * holds the server's message and the user's unsaved value until the screen calls `adopt` with the
 * newest stored version (ConflictDialog: "Nieuwste versie laden").
 */
export function useAutosave<T>(
  value: T,
  save: (value: T, expectedRevision: number) => Promise<unknown>,
  options: AutosaveOptions | number = {},
) {
  const { delayMs = 500, revision: initialRevision = 0 } = typeof options === 'number' ? { delayMs: options } : options;
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<AutosaveConflict<T> | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const revision = useRef(initialRevision);
  const saveRef = useRef(save);
  const failed = useRef(false);
  const blocked = useRef(false);
  const mounted = useRef(true);
  const inFlight = useRef<{ value: T; promise: Promise<boolean> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // One function for the debounce, the page-hide flush and the unmount; a ref so listeners keep it.
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  useEffect(() => {
    saveRef.current = save;
    flushRef.current = () => {
      clearTimeout(timer.current);
      // After a conflict nothing is sent until the user chose: a save now would fail again.
      if (blocked.current) return Promise.resolve(false);
      const current = latest.current;
      if (same(current, saved.current)) return Promise.resolve(true);
      if (inFlight.current) {
        // The same value on its way already: wait for that one instead of sending it twice.
        if (same(inFlight.current.value, current)) return inFlight.current.promise;
        // One save at a time: this one goes out with the revision the one under way returns.
        return inFlight.current.promise.then(() => flushRef.current());
      }
      if (mounted.current) setState('saving');
      const promise = saveRef.current(current, revision.current).then(
        (result) => {
          revision.current = revisionOf(result) ?? revision.current;
          saved.current = current;
          failed.current = false;
          if (mounted.current) {
            setError(null);
            setState(same(latest.current, current) ? 'saved' : 'pending');
          }
          return true;
        },
        (e: unknown) => {
          failed.current = true;
          if (e instanceof ApiClientError && e.code === 'CONFLICT') {
            blocked.current = true;
            if (mounted.current) {
              setConflict({ message: e.message, mine: latest.current });
              setState('conflict');
            }
          } else if (mounted.current) {
            setError(errorMessage(e));
            setState('error');
          }
          return false;
        },
      );
      inFlight.current = { value: current, promise };
      void promise.finally(() => {
        if (inFlight.current?.promise === promise) inFlight.current = null;
      });
      return promise;
    };
  });

  useEffect(() => {
    latest.current = value;
    if (same(value, saved.current)) return;
    if (blocked.current) {
      // Still typing after a conflict: keep what is typed with the conflict, so nothing is lost.
      setConflict((c) => (c ? { ...c, mine: value } : c));
      return;
    }
    setState('pending');
    if (delayMs <= 0) {
      void flushRef.current();
      return;
    }
    timer.current = setTimeout(() => void flushRef.current(), delayMs);
    return () => clearTimeout(timer.current);
  }, [value, delayMs]);

  useEffect(() => {
    mounted.current = true;
    const unregister = registerPendingSave({
      flush: () => flushRef.current(),
      unsaved: () => !same(latest.current, saved.current),
      failed: () => failed.current,
    });
    return () => {
      unregister();
      mounted.current = false;
      // Last chance to keep the latest edit. If it fails (a conflict, a deleted session) there is no
      // screen left to say so, and the failure must not surface as an unhandled rejection.
      void flushRef.current();
    };
  }, []);

  /**
   * The screen shows `stored` now (the newest version, loaded after a conflict, or a value the
   * screen saved itself): it counts as saved, with this revision, and saving starts again.
   */
  const adopt = useCallback((stored: T, storedRevision?: number) => {
    clearTimeout(timer.current);
    latest.current = stored;
    saved.current = stored;
    if (storedRevision !== undefined) revision.current = storedRevision;
    blocked.current = false;
    failed.current = false;
    setConflict(null);
    setError(null);
    setState('idle');
  }, []);

  /** Saves now (a button, leaving a step); false when that did not work. */
  const flush = useCallback(() => flushRef.current(), []);

  return { state, error, conflict, adopt, flush, revision: () => revision.current };
}
