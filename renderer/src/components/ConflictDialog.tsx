import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { ModalDialog } from './ModalDialog';

export interface ConflictDialogProps {
  /** The server's Dutch message; the dialog is open while this is set. */
  message: string | null;
  /**
   * What the user typed and was not stored, as readable text: shown (read-only, easy to copy) so
   * nothing is lost when the newest version replaces it.
   */
  mine?: string | undefined;
  /** Load the stored version; the screen then shows it and saving starts again. */
  onLoadNewest(): void;
  /** Only where a copy makes sense (a traject): keeps the user's version as a new copy. */
  onKeepAsCopy?: (() => void) | undefined;
  /** A choice is on its way: both buttons wait. */
  busy?: boolean;
  /** The last choice failed (Dutch); the dialog stays open so the user can try again. */
  error?: string | null | undefined;
}

/**
 * The one conflict dialog of the app: another window saved in between, so this save did not
 * happen (nothing was overwritten). The user chooses: load the newest version, or (for a traject)
 * keep their own version as a copy. A ModalDialog without Escape: without a choice the screen
 * cannot save again.
 */
export function ConflictDialog({
  message,
  mine,
  onLoadNewest,
  onKeepAsCopy,
  busy = false,
  error,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const mineId = useId();
  // The message gets the focus, not a button: the dialog can open while the user is typing, and a
  // space or Enter meant for the text must not choose for them.
  const messageRef = useRef<HTMLParagraphElement>(null);

  return (
    <ModalDialog
      open={message !== null}
      title={t('conflict.title')}
      initialFocus={messageRef}
      data-testid="conflict-dialog"
    >
      <Paragraph ref={messageRef} tabIndex={-1}>
        {message}
      </Paragraph>
      <Paragraph>{onKeepAsCopy ? t('conflict.explanationWithCopy') : t('conflict.explanation')}</Paragraph>
      {mine !== undefined && mine.trim() !== '' && (
        <FormField>
          <FormLabel htmlFor={mineId}>{t('conflict.yourText')}</FormLabel>
          <Textarea id={mineId} readOnly rows={6} value={mine} />
        </FormField>
      )}
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={onLoadNewest} disabled={busy}>
          {t('conflict.loadNewest')}
        </Button>
        {onKeepAsCopy && (
          <Button appearance="secondary-action-button" onClick={onKeepAsCopy} disabled={busy}>
            {t('conflict.keepAsCopy')}
          </Button>
        )}
      </ButtonGroup>
    </ModalDialog>
  );
}
