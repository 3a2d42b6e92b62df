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
import { useAutosave } from './useAutosave';
import { Meldingen } from '../../components/Meldingen';

type Details = Pick<Traject, 'titel' | 'gemeente' | 'vraagstuk'>;

export function VraagstukView({ traject, onNext }: { traject: Traject; onNext(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [details, setDetails] = useState<Details>({
    titel: traject.titel,
    gemeente: traject.gemeente,
    vraagstuk: traject.vraagstuk,
  });
  const titelLeeg = details.titel.trim() === '';
  const { state, error } = useAutosave(details, async (value) => {
    // An empty title is not saved; the message below the field says why.
    if (value.titel.trim() === '') return;
    const updated = await api.call('trajecten.update', { id: traject.id, ...value });
    queryClient.setQueryData(trajectKeys.detail(traject.id), updated);
    await queryClient.invalidateQueries({ queryKey: trajectKeys.all, exact: true });
  });

  const set = (field: keyof Details) => (e: { target: { value: string } }) =>
    setDetails((d) => ({ ...d, [field]: e.target.value }));

  return (
    <form className="samenspel-card" aria-labelledby="details-kop" onSubmit={(e) => e.preventDefault()}>
      <Heading2 id="details-kop">{t('traject.details')}</Heading2>
      <FormField invalid={titelLeeg}>
        <FormLabel htmlFor="traject-titel">{t('nieuw.titel')}</FormLabel>
        {titelLeeg && (
          <FormFieldErrorMessage id="traject-titel-fout">Geef het traject een titel.</FormFieldErrorMessage>
        )}
        <Textbox id="traject-titel" value={details.titel} invalid={titelLeeg} onChange={set('titel')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-gemeente">{t('nieuw.gemeente')}</FormLabel>
        <Textbox id="traject-gemeente" value={details.gemeente} onChange={set('gemeente')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-vraagstuk">{t('nieuw.vraagstuk')}</FormLabel>
        <Textarea id="traject-vraagstuk" rows={6} value={details.vraagstuk} onChange={set('vraagstuk')} />
      </FormField>
      <Meldingen
        status={
          state === 'saving' || state === 'pending' ? t('traject.saving') : state === 'saved' ? t('traject.saved') : ''
        }
        fout={error}
      />
      <div className="samenspel-volgende">
        <Button appearance="primary-action-button" onClick={onNext}>
          {t('traject.volgende', { stap: t('traject.views.fasen') })} →
        </Button>
      </div>
    </form>
  );
}
