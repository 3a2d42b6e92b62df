import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, FormLabel, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { trajectMessages } from '@shared/traject/messages';
import { errorMessage } from '../../lib/errorMessage';
import { formatDateTime } from '@shared/format';

export interface TrajectRowProps {
  traject: Traject;
  onOpen(id: string): void;
  onRename(id: string, titel: string): Promise<unknown>;
  onDelete(traject: Traject): void;
}

export function TrajectRow({ traject, onOpen, onRename, onDelete }: TrajectRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(traject.title);
  const [error, setError] = useState<string | null>(null);
  const inputId = `title-${traject.id}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') {
      setError(trajectMessages.titleMissing);
      return;
    }
    try {
      await onRename(traject.id, draft);
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <TableRow>
      <TableCell>
        {editing ? (
          <form
            onSubmit={save}
            className="samenspel-inline-form"
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          >
            <FormLabel htmlFor={inputId} className="samenspel-visually-hidden">
              {t('start.renameLabel')}
            </FormLabel>
            <Textbox
              id={inputId}
              value={draft}
              invalid={error !== null}
              aria-invalid={error !== null}
              aria-errormessage={error ? `${inputId}-error` : undefined}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
            />
            {error && (
              <span id={`${inputId}-error`} className="samenspel-error" role="alert">
                {error}
              </span>
            )}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button">
                {t('start.save')}
              </Button>
              <Button type="button" appearance="subtle-button" onClick={() => setEditing(false)}>
                {t('start.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        ) : (
          <button type="button" className="samenspel-link-button" onClick={() => onOpen(traject.id)}>
            {traject.title}
          </button>
        )}
      </TableCell>
      <TableCell data-label={t('start.colMunicipality')}>{traject.municipality || t('start.noMunicipality')}</TableCell>
      <TableCell data-label={t('start.colUpdated')}>
        <time dateTime={traject.updatedAt}>{formatDateTime(traject.updatedAt)}</time>
      </TableCell>
      <TableCell>
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            aria-label={t('start.renameNamed', { title: traject.title })}
            onClick={() => {
              setDraft(traject.title);
              setError(null);
              setEditing(true);
            }}
          >
            {t('start.rename')}
          </Button>
          <Button
            appearance="subtle-button"
            hint="danger"
            aria-label={t('start.deleteNamed', { title: traject.title })}
            onClick={() => onDelete(traject)}
          >
            {t('start.delete')}
          </Button>
        </ButtonGroup>
      </TableCell>
    </TableRow>
  );
}
