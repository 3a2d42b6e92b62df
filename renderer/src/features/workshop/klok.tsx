import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The clock the timers read. Injectable so component tests can move time without waiting. */
export interface Klok {
  nu(): number;
}

const KlokContext = createContext<Klok>({ nu: () => Date.now() });

export function KlokProvider({ klok, children }: { klok: Klok; children: ReactNode }) {
  return <KlokContext.Provider value={klok}>{children}</KlokContext.Provider>;
}

export function useKlok(): Klok {
  return useContext(KlokContext);
}

/** "Now", refreshed a few times a second while `actief`; the timer display derives everything from it. */
export function useNu(actief: boolean, intervalMs = 250): number {
  const klok = useKlok();
  const [nu, setNu] = useState(() => klok.nu());
  useEffect(() => {
    if (!actief) return;
    const id = setInterval(() => setNu(klok.nu()), intervalMs);
    return () => clearInterval(id);
  }, [actief, klok, intervalMs]);
  return nu;
}
