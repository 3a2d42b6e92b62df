import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';
import { useApi } from '../../api/context';
import { trajectKeys } from './queries';
import { useAutosave } from '../../lib/useAutosave';
import { StatusMessages } from '../../components/StatusMessages';
import { ConflictDialog } from '../../components/ConflictDialog';
import { errorMessage } from '../../lib/errorMessage';

type Details = Pick<Traject, 'titel' | 'gemeente' | 'vraagstuk'>;

const details = (t: Details): Details => ({ titel: t.titel, gemeente: t.gemeente, vraagstuk: t.vraagstuk });

export interface VraagstukViewProps {
  traject: Traject;
  onNext(): void;
  /** After a conflict the user kept their version as a copy: open that traject. */
  onOpenCopy?(id: string): void;
}

export function VraagstukView({ traject, onNext, onOpenCopy }: VraagstukViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<Details>(details(traject));
  const [busy, setBusy] = useState(false);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const titelLeeg = value.titel.trim() === '';
  const { state, error, conflict, adopt } = useAutosave(
    value,
    async (next, expectedRevision) => {
      // An empty title is not saved; the message below the field says why.
      if (next.titel.trim() === '') return undefined;
      const updated = await api.call('trajecten.update', { id: traject.id, expectedRevision, ...next });
      queryClient.setQueryData(trajectKeys.detail(traject.id), updated);
      await queryClient.invalidateQueries({ queryKey: trajectKeys.all, exact: true });
      return updated;
    },
    { revision: traject.revision },
  );

  const kies = async (keuze: () => Promise<void>) => {
    setBusy(true);
    setChoiceError(null);
    try {
      await keuze();
    } catch (e) {
      setChoiceError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const laadNieuwste = async () => {
    const newest = await api.call('trajecten.get', { id: traject.id });
    queryClient.setQueryData(trajectKeys.detail(traject.id), newest);
    adopt(details(newest), newest.revision);
    setValue(details(newest));
  };
  const bewaarAlsKopie = async () => {
    const mine = conflict!.mine;
    const copy = await api.call('trajecten.create', {
      titel: t('conflict.kopieTitel', { titel: mine.titel.trim() || traject.titel }).slice(0, 200),
      gemeente: mine.gemeente,
      vraagstuk: mine.vraagstuk,
    });
    await queryClient.invalidateQueries({ queryKey: trajectKeys.all, exact: true });
    // This traject shows the newest stored version again; the user's version lives on in the copy.
    await laadNieuwste();
    onOpenCopy?.(copy.id);
  };

  const set = (field: keyof Details) => (e: { target: { value: string } }) =>
    setValue((d) => ({ ...d, [field]: e.target.value }));

  return (
    <form className="samenspel-card" aria-labelledby="details-kop" onSubmit={(e) => e.preventDefault()}>
      <Heading2 id="details-kop">{t('traject.details')}</Heading2>
      <FormField invalid={titelLeeg}>
        <FormLabel htmlFor="traject-titel">{t('nieuw.titel')}</FormLabel>
        {titelLeeg && (
          <FormFieldErrorMessage id="traject-titel-fout">Geef het traject een titel.</FormFieldErrorMessage>
        )}
        <Textbox id="traject-titel" value={value.titel} invalid={titelLeeg} onChange={set('titel')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-gemeente">{t('nieuw.gemeente')}</FormLabel>
        <Textbox id="traject-gemeente" value={value.gemeente} onChange={set('gemeente')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-vraagstuk">{t('nieuw.vraagstuk')}</FormLabel>
        <Textarea id="traject-vraagstuk" rows={6} value={value.vraagstuk} onChange={set('vraagstuk')} />
      </FormField>
      <StatusMessages
        status={
          state === 'saving' || state === 'pending' ? t('traject.saving') : state === 'saved' ? t('traject.saved') : ''
        }
        error={error ?? choiceError}
      />
      <ConflictDialog
        message={conflict?.message ?? null}
        mine={
          conflict
            ? [conflict.mine.titel, conflict.mine.gemeente, conflict.mine.vraagstuk].filter(Boolean).join('\n\n')
            : undefined
        }
        busy={busy}
        onLoadNewest={() => void kies(laadNieuwste)}
        onKeepAsCopy={() => void kies(bewaarAlsKopie)}
      />
      <div className="samenspel-volgende">
        <Button appearance="primary-action-button" onClick={onNext}>
          {t('traject.volgende', { stap: t('traject.views.fasen') })} →
        </Button>
      </div>
    </form>
  );
}
