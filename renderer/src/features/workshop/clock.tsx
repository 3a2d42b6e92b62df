import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The clock the timers read. Injectable so component tests can move time without waiting. */
export interface Clock {
  now(): number;
}

const ClockContext = createContext<Clock>({ now: () => Date.now() });

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}

/** "Now", refreshed a few times a second while `actief`; the timer display derives everything from it. */
export function useNow(active: boolean, intervalMs = 250): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, clock, intervalMs]);
  return now;
}
