import { useRef, type ReactNode } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { ModalDialog } from './ModalDialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be undone; Escape is onCancel (ModalDialog). */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  // The safe choice gets the focus: Enter right away must not delete anything.
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog open={open} title={title} initialFocus={cancelRef} onEscape={onCancel} keepContent>
      <Paragraph>{children}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onCancel} ref={cancelRef}>
          {cancelLabel}
        </Button>
        <Button appearance="primary-action-button" hint="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </ButtonGroup>
    </ModalDialog>
  );
}
