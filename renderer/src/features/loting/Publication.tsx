import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import type { PoolDetail } from '@shared/loting/api';
import type { LotingResult } from '@shared/loting/result';
import { useApi } from '../../api/context';
import { downloadBase64 } from './files';
import { tijdstip } from './people';
import { apiKey } from '../../api/queries';

/** Step 1 done (distribution published, nobody drawn); the form for step 2 with the public value. */
export function Publication({ pool, r }: { pool: PoolDetail; r: LotingResult }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [waarde, setWaarde] = useState('');
  const c = r.controle!;
  const download = useMutation({
    mutationFn: () => api.call('loting.export', { poolId: pool.id, soort: 'verdeling-json', kolommen: [] }),
    onSuccess: (e) => downloadBase64(e.base64, e.mime, e.bestandsnaam),
  });
  const trek = useMutation({
    mutationFn: () => api.call('loting.draw', { poolId: pool.id, waarde }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) }),
  });
  return (
    <div role="group" aria-labelledby={`${id}-titel`} className="samenspel-loting__publicatie">
      <Heading3 id={`${id}-titel`}>{t('loting.publicatie.titel')}</Heading3>
      <Paragraph>{t('loting.publicatie.uitleg')}</Paragraph>
      <dl className="samenspel-loting__gegevens">
        <dt>{t('loting.publicatie.vingerafdruk')}</dt>
        <dd>
          <code>{c.vingerafdruk}</code>
        </dd>
        <dt>{t('loting.publicatie.bron')}</dt>
        <dd>{c.toezegging.beschrijving}</dd>
        <dt>{t('loting.publicatie.gepubliceerdOp')}</dt>
        <dd>{tijdstip(c.gepubliceerdOp)}</dd>
      </dl>
      <div>
        <Button appearance="secondary-action-button" busy={download.isPending} onClick={() => download.mutate()}>
          {t('loting.publicatie.download')}
        </Button>
      </div>
      <Heading3>{t('loting.publicatie.stap2')}</Heading3>
      <Paragraph>{t('loting.publicatie.stap2Uitleg')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`${id}-waarde`}>{t('loting.publicatie.waarde')}</FormLabel>
        <FormFieldDescription id={`${id}-waarde-help`}>{c.toezegging.beschrijving}</FormFieldDescription>
        <Textbox
          id={`${id}-waarde`}
          aria-describedby={`${id}-waarde-help`}
          value={waarde}
          onChange={(e) => setWaarde(e.target.value)}
        />
      </FormField>
      <div>
        <Button
          appearance="primary-action-button"
          disabled={waarde.trim() === '' || trek.isPending}
          busy={trek.isPending}
          onClick={() => trek.mutate()}
        >
          {t('loting.publicatie.trek')}
        </Button>
      </div>
      {(trek.error ?? download.error) && (
        <Alert type="error">
          <Paragraph>{(trek.error ?? download.error)!.message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
