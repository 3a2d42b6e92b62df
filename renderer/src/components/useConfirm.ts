import { useState } from 'react';

/**
 * The one confirm hook: what is asked about (a traject to delete, a file to import) waits here
 * until the user answers the ConfirmDialog. `ask(subject)` opens it; spread
 * `dialogProps(onConfirm)` on the ConfirmDialog; "Nee" or Escape forgets the subject.
 */
export function useConfirm<T>() {
  const [subject, setSubject] = useState<{ value: T } | null>(null);
  return {
    /** What the open dialog asks about; null while it is closed. */
    subject: subject?.value ?? null,
    ask: (value: T) => setSubject({ value }),
    dialogProps: (onConfirm: (value: T) => void) => ({
      open: subject !== null,
      onCancel: () => setSubject(null),
      onConfirm: () => {
        if (subject) onConfirm(subject.value);
        setSubject(null);
      },
    }),
  };
}
