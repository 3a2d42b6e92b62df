import { useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves `value` a short while after the last change, and at once when the component goes away,
 * so closing a traject never drops the last keystrokes.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, delayMs = 500) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    latest.current = value;
    if (Object.is(value, saved.current) || JSON.stringify(value) === JSON.stringify(saved.current)) return;
    setState('pending');
    const timer = setTimeout(() => {
      setState('saving');
      saveRef.current(value).then(
        () => {
          saved.current = value;
          setError(null);
          setState('saved');
        },
        (e: unknown) => {
          setError((e as Error).message);
          setState('error');
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  useEffect(
    () => () => {
      // Last chance to keep the latest edit. If it fails (a conflict, a deleted session) there is no
      // screen left to say so, and the failure must not surface as an unhandled rejection.
      if (JSON.stringify(latest.current) !== JSON.stringify(saved.current))
        saveRef.current(latest.current).catch(() => undefined);
    },
    [],
  );

  return { state, error };
}
