import { useState } from 'react';
import { useStore } from 'zustand';
import { createValueSession, useDocumentSession } from '../../../renderer/src/lib/documentSession';

/**
 * A text field saved by the one document session (lib/documentSession.ts), as the Vraagstuk tab
 * does: `save(value, expectedRevision)` answers the next revision.
 */
export function Field({
  save,
  revision = 1,
  delayMs = 0,
}: {
  save: (value: string, expectedRevision: number) => Promise<{ revision: number }>;
  revision?: number;
  delayMs?: number;
}) {
  const [session] = useState(() =>
    createValueSession({
      delayMs,
      initial: { value: '', revision },
      load: () => Promise.resolve({ value: '', revision }),
      save,
    }),
  );
  useDocumentSession(session);
  const value = useStore(session.document, (d) => d.value) ?? '';
  const status = useStore(session.state, (s) => s.status);
  const message = useStore(session.state, (s) => s.message);
  return (
    <>
      <input aria-label="tekst" value={value} onChange={(e) => session.set(e.target.value)} />
      <p data-testid="status">{status}</p>
      <p data-testid="message">{message}</p>
    </>
  );
}
