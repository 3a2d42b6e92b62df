import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { WorkshopSessie } from '../../../../shared/workshop/index';
import { useApi } from '../../api/context';
import { workshopKeys } from './queries';
import { naarSeconden, SessieOpzetForm, type OpzetWaardenUit } from './SessieOpzetForm';
import { Meldingen } from '../../components/Meldingen';

/** Changing groups, questions or timings of a running session; answers of kept groups and questions stay. */
export function OpzetView({ sessie }: { sessie: WorkshopSessie }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const opslaan = useMutation({
    mutationFn: (w: OpzetWaardenUit) =>
      api.call('workshop.update', {
        id: sessie.id,
        titel: w.titel,
        groepen: w.groepen.map((g) => (g.id ? { id: g.id, naam: g.naam } : { naam: g.naam })),
        vragen: w.vragen.map(({ id, ...v }) => (id ? { id, ...v } : v)),
        tijden: { gesprekSec: naarSeconden(w.gesprekMin), rondgangSec: naarSeconden(w.rondgangMin) },
        toonAdvies: w.toonAdvies,
        geluid: w.geluid,
      }),
    onSuccess: async (nieuw) => {
      setFout(null);
      setStatus(t('workshop.opzet.opgeslagen'));
      queryClient.setQueryData(workshopKeys.detail(sessie.id), nieuw);
      await queryClient.invalidateQueries({ queryKey: workshopKeys.list });
    },
    onError: (e) => setFout(e.message),
  });
  return (
    <>
      <Paragraph>{t('workshop.opzet.wijzigUitleg')}</Paragraph>
      <Meldingen status={status} fout={fout} />
      <SessieOpzetForm
        knop={t('workshop.opzet.opslaan')}
        busy={opslaan.isPending}
        onOpslaan={(w) => opslaan.mutateAsync(w)}
        standaard={{
          titel: sessie.titel,
          casus: '',
          groepen: sessie.groepen.map((g) => ({ id: g.id, naam: g.naam })),
          vragen: sessie.vragen,
          gesprekMin: sessie.tijden.gesprekSec / 60,
          rondgangMin: sessie.tijden.rondgangSec / 60,
          toonAdvies: sessie.toonAdvies,
          geluid: sessie.geluid,
        }}
      />
    </>
  );
}
