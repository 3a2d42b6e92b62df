import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';

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
}

/**
 * The one conflict dialog of the app: another window saved in between, so this save did not
 * happen (nothing was overwritten). The user chooses: load the newest version, or (for a traject)
 * keep their own version as a copy. A modal <dialog>: the browser traps focus; Escape does not
 * close it, because without a choice the screen cannot save again.
 */
export function ConflictDialog({ message, mine, onLoadNewest, onKeepAsCopy, busy = false }: ConflictDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const mineId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const loadRef = useRef<HTMLButtonElement>(null);
  const open = message !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      loadRef.current?.focus();
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
      data-testid="conflict-dialog"
      onCancel={(event) => event.preventDefault()}
    >
      {open && (
        <>
          <Heading2 id={titleId}>{t('conflict.title')}</Heading2>
          <Paragraph>{message}</Paragraph>
          <Paragraph>{onKeepAsCopy ? t('conflict.uitlegKopie') : t('conflict.uitleg')}</Paragraph>
          {mine !== undefined && mine.trim() !== '' && (
            <FormField>
              <FormLabel htmlFor={mineId}>{t('conflict.jouwTekst')}</FormLabel>
              <Textarea id={mineId} readOnly rows={6} value={mine} />
            </FormField>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={onLoadNewest} disabled={busy} ref={loadRef}>
              {t('conflict.laden')}
            </Button>
            {onKeepAsCopy && (
              <Button appearance="secondary-action-button" onClick={onKeepAsCopy} disabled={busy}>
                {t('conflict.kopie')}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
    </dialog>
  );
}
