import { useEffect, useRef, useState } from 'react';
import { registerPendingSave } from '../../lib/bewaren';
import { foutmelding } from '../../lib/foutmelding';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const same = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves `value` a short while after the last change, and at once when the component goes away,
 * the page is hidden or reloaded, or the window closes (see lib/bewaren.ts), so closing a traject
 * never drops the last keystrokes.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, delayMs = 500) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const failed = useRef(false);
  const mounted = useRef(true);
  const inFlight = useRef<{ value: T; promise: Promise<boolean> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // One function for the debounce, the page-hide flush and the unmount; a ref so listeners keep it.
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  useEffect(() => {
    saveRef.current = save;
    flushRef.current = () => {
      clearTimeout(timer.current);
      const current = latest.current;
      if (same(current, saved.current)) return Promise.resolve(true);
      // The same value on its way already: wait for that one instead of sending it twice.
      if (inFlight.current && same(inFlight.current.value, current)) return inFlight.current.promise;
      if (mounted.current) setState('saving');
      const promise = saveRef.current(current).then(
        () => {
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
          if (mounted.current) {
            setError(foutmelding(e));
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
    setState('pending');
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

  return { state, error };
}
