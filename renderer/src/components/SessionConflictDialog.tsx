import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { DocumentSession, DocumentState } from '../lib/documentSession';
import { errorMessage } from '../lib/errorMessage';
import { ConflictDialog } from './ConflictDialog';

export interface SessionConflictDialogProps {
  session: DocumentSession & { state: StoreApi<DocumentState> };
  /** What the user typed and was not stored, as readable text (read when the dialog opens). */
  mine?: (() => string) | undefined;
  /**
   * Keeps the user's version as a copy (a traject, a code) and answers the copy's id; the session
   * then loads the newest version and `onOpenCopy` may open the copy.
   */
  onKeepAsCopy?: (() => Promise<string>) | undefined;
  onOpenCopy?: ((id: string) => void) | undefined;
}

/**
 * The ConflictDialog of a document session (lib/documentSession.ts): open while the session is in
 * `conflict`; "Nieuwste versie laden" reloads the session, "Mijn versie bewaren als kopie" (where
 * given) saves the user's version elsewhere first. A failed choice is said in the dialog.
 */
export function SessionConflictDialog({ session, mine, onKeepAsCopy, onOpenCopy }: SessionConflictDialogProps) {
  const status = useStore(session.state, (s) => s.status);
  const message = useStore(session.state, (s) => s.message);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = status === 'conflict';

  const choose = async (choice: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await choice();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConflictDialog
      message={open ? (message ?? '') : null}
      mine={open ? mine?.() : undefined}
      busy={busy}
      error={open ? error : null}
      onLoadNewest={() => void choose(() => session.reload())}
      onKeepAsCopy={
        onKeepAsCopy
          ? () =>
              void choose(async () => {
                const copyId = await onKeepAsCopy();
                // This document shows the newest stored version again; the user's version lives on in the copy.
                await session.reload();
                onOpenCopy?.(copyId);
              })
          : undefined
      }
    />
  );
}
