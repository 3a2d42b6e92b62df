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
import { moment } from './people';
import { apiKey } from '../../api/queries';

/** Step 1 done (distribution published, nobody drawn); the form for step 2 with the public value. */
export function Publication({ pool, r }: { pool: PoolDetail; r: LotingResult }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [value, setValue] = useState('');
  const c = r.verification!;
  const download = useMutation({
    mutationFn: () => api.call('loting.export', { poolId: pool.id, kind: 'distribution-json', columns: [] }),
    onSuccess: (e) => downloadBase64(e.base64, e.mime, e.fileName),
  });
  const trek = useMutation({
    mutationFn: () => api.call('loting.draw', { poolId: pool.id, value }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) }),
  });
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="samenspel-loting__publication">
      <Heading3 id={`${id}-title`}>{t('loting.publication.title')}</Heading3>
      <Paragraph>{t('loting.publication.explanation')}</Paragraph>
      <dl className="samenspel-loting__data">
        <dt>{t('loting.publication.fingerprint')}</dt>
        <dd>
          <code>{c.fingerprint}</code>
        </dd>
        <dt>{t('loting.publication.source')}</dt>
        <dd>{c.commitment.description}</dd>
        <dt>{t('loting.publication.publishedAt')}</dt>
        <dd>{moment(c.publishedAt)}</dd>
      </dl>
      <div>
        <Button appearance="secondary-action-button" busy={download.isPending} onClick={() => download.mutate()}>
          {t('loting.publication.download')}
        </Button>
      </div>
      <Heading3>{t('loting.publication.step2')}</Heading3>
      <Paragraph>{t('loting.publication.step2Explanation')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`${id}-value`}>{t('loting.publication.value')}</FormLabel>
        <FormFieldDescription id={`${id}-value-help`}>{c.commitment.description}</FormFieldDescription>
        <Textbox
          id={`${id}-value`}
          aria-describedby={`${id}-value-help`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </FormField>
      <div>
        <Button
          appearance="primary-action-button"
          disabled={value.trim() === '' || trek.isPending}
          busy={trek.isPending}
          onClick={() => trek.mutate()}
        >
          {t('loting.publication.draw')}
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
