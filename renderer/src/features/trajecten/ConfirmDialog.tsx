import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal <dialog>: the browser traps focus and closes it on Escape, which we route to onCancel. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // The safe choice gets the focus: Enter right away must not delete anything.
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="samenspel-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <Heading2 id={titleId}>{title}</Heading2>
      <Paragraph>{children}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onCancel} ref={cancelRef}>
          {cancelLabel}
        </Button>
        <Button appearance="primary-action-button" hint="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
