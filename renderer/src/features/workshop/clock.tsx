import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The clock the timers read. Injectable so component tests can move time without waiting. */
export interface Clock {
  nu(): number;
}

const ClockContext = createContext<Clock>({ nu: () => Date.now() });

export function ClockProvider({ klok, children }: { klok: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={klok}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}

/** "Now", refreshed a few times a second while `actief`; the timer display derives everything from it. */
export function useNow(actief: boolean, intervalMs = 250): number {
  const klok = useClock();
  const [nu, setNu] = useState(() => klok.nu());
  useEffect(() => {
    if (!actief) return;
    const id = setInterval(() => setNu(klok.nu()), intervalMs);
    return () => clearInterval(id);
  }, [actief, klok, intervalMs]);
  return nu;
}
