import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { Heading2 } from '@utrecht/component-library-react';

export interface ModalDialogProps {
  open: boolean;
  /** The heading; the dialog is labelled by it. */
  title: ReactNode;
  children: ReactNode;
  /** Gets the focus when the dialog opens (the safe choice). */
  initialFocus: RefObject<HTMLElement | null>;
  /** Escape closes the dialog through this; without it Escape does nothing (a choice is required). */
  onEscape?: (() => void) | undefined;
  /** Keep the content in the page while closed (it is hidden then); by default it is rendered only while open. */
  keepContent?: boolean;
  'data-testid'?: string;
}

/**
 * The one modal dialog of the app: a modal <dialog>, so the browser traps focus; labelled by its
 * heading; Escape only where `onEscape` allows it.
 */
export function ModalDialog({
  open,
  title,
  children,
  initialFocus,
  onEscape,
  keepContent = false,
  'data-testid': testId,
}: ModalDialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocus.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      className="samenspel-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onEscape?.();
      }}
    >
      {(open || keepContent) && (
        <>
          <Heading2 id={titleId}>{title}</Heading2>
          {children}
        </>
      )}
    </dialog>
  );
}
