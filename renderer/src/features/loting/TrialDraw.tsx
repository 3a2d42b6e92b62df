import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Heading4,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { writeCsv } from '@shared/csv';
import type { PoolDetail } from '@shared/loting/api';
import { localIsoDate } from '@shared/format';
import { useApi } from '../../api/context';
import { fileNamePart, downloadTextFile } from './files';
import { personDisplay } from './people';

/**
 * A proeftrekking: N example panels from the computed distribution, to show the organiser what
 * panels look like. Nothing is recorded; the box, every heading and the CSV say so.
 */
export function TrialDraw({ pool, columns }: { pool: PoolDetail; columns: string[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [countText, setCountText] = useState('3');
  const count = /^\d+$/.test(countText.trim()) ? Number(countText) : Number.NaN;
  const invalid = !(count >= 1 && count <= 10);
  const trial = useMutation({ mutationFn: () => api.call('loting.trialDraw', { poolId: pool.id, count }) });
  const nameOf = personDisplay(pool, columns, trial.data?.people ?? {});

  const download = () => {
    if (!trial.data) return;
    const rows = trial.data.panels.flatMap((p, i) =>
      p.members.map((member) => ['PROEFTREKKING', i + 1, nameOf(member), member + 1]),
    );
    downloadTextFile(
      writeCsv([['soort', 'proefpanel', 'persoon', 'nummer'], ...rows]),
      'text/csv',
      `${fileNamePart(pool.name)}-${localIsoDate()}-proeftrekking.csv`,
    );
  };

  return (
    <div role="group" aria-labelledby={`${id}-title`} className="samenspel-loting__trial">
      <Heading3 id={`${id}-title`}>{t('loting.trial.title')}</Heading3>
      <Paragraph>{t('loting.trial.explanation')}</Paragraph>
      <FormField invalid={invalid}>
        <FormLabel htmlFor={`${id}-count`}>{t('loting.trial.count')}</FormLabel>
        <FormFieldDescription id={`${id}-count-help`}>{t('loting.trial.countHelp')}</FormFieldDescription>
        {invalid && (
          <FormFieldErrorMessage id={`${id}-count-error`}>{t('loting.trial.countError')}</FormFieldErrorMessage>
        )}
        <Textbox
          id={`${id}-count`}
          className="samenspel-loting__number"
          inputMode="numeric"
          invalid={invalid}
          aria-describedby={`${id}-count-help${invalid ? ` ${id}-count-error` : ''}`}
          value={countText}
          onChange={(e) => setCountText(e.target.value)}
        />
      </FormField>
      <div>
        <Button
          appearance="secondary-action-button"
          disabled={invalid || trial.isPending}
          busy={trial.isPending}
          onClick={() => trial.mutate()}
        >
          {t('loting.trial.start')}
        </Button>
      </div>
      {trial.error && (
        <Alert type="error">
          <Paragraph>{trial.error.message}</Paragraph>
        </Alert>
      )}
      {trial.data && (
        <div className="samenspel-loting__trial-box" aria-live="polite">
          <p className="samenspel-loting__trial-mark">{t('loting.trial.mark')}</p>
          {trial.data.panels.map((p, i) => (
            <div key={`${p.seed}-${i}`}>
              <Heading4>{t('loting.trial.panel', { number: i + 1 })}</Heading4>
              <Paragraph>{p.members.map(nameOf).join(', ')}</Paragraph>
            </div>
          ))}
          <Button appearance="subtle-button" onClick={download}>
            {t('loting.trial.download')}
          </Button>
        </div>
      )}
    </div>
  );
}
