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
import { bestandsdeel, downloadTekst } from './files';
import { persoonWeergave } from './people';

/**
 * A proeftrekking: N example panels from the computed distribution, to show the organiser what
 * panels look like. Nothing is recorded; the box, every heading and the CSV say so.
 */
export function TrialDraw({ pool, kolommen }: { pool: PoolDetail; kolommen: string[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [aantalTekst, setAantalTekst] = useState('3');
  const aantal = /^\d+$/.test(aantalTekst.trim()) ? Number(aantalTekst) : Number.NaN;
  const ongeldig = !(aantal >= 1 && aantal <= 10);
  const proef = useMutation({ mutationFn: () => api.call('loting.trialDraw', { poolId: pool.id, aantal }) });
  const naamVan = persoonWeergave(pool, kolommen, proef.data?.personen ?? {});

  const download = () => {
    if (!proef.data) return;
    const rijen = proef.data.panels.flatMap((p, i) =>
      p.leden.map((lid) => ['PROEFTREKKING', i + 1, naamVan(lid), lid + 1]),
    );
    downloadTekst(
      writeCsv([['soort', 'proefpanel', 'persoon', 'nummer'], ...rijen]),
      'text/csv',
      `${bestandsdeel(pool.naam)}-${localIsoDate()}-proeftrekking.csv`,
    );
  };

  return (
    <div role="group" aria-labelledby={`${id}-titel`} className="samenspel-loting__proef">
      <Heading3 id={`${id}-titel`}>{t('loting.proef.titel')}</Heading3>
      <Paragraph>{t('loting.proef.uitleg')}</Paragraph>
      <FormField invalid={ongeldig}>
        <FormLabel htmlFor={`${id}-aantal`}>{t('loting.proef.aantal')}</FormLabel>
        <FormFieldDescription id={`${id}-aantal-help`}>{t('loting.proef.aantalHelp')}</FormFieldDescription>
        {ongeldig && (
          <FormFieldErrorMessage id={`${id}-aantal-fout`}>{t('loting.proef.aantalFout')}</FormFieldErrorMessage>
        )}
        <Textbox
          id={`${id}-aantal`}
          className="samenspel-loting__getal"
          inputMode="numeric"
          invalid={ongeldig}
          aria-describedby={`${id}-aantal-help${ongeldig ? ` ${id}-aantal-fout` : ''}`}
          value={aantalTekst}
          onChange={(e) => setAantalTekst(e.target.value)}
        />
      </FormField>
      <div>
        <Button
          appearance="secondary-action-button"
          disabled={ongeldig || proef.isPending}
          busy={proef.isPending}
          onClick={() => proef.mutate()}
        >
          {t('loting.proef.start')}
        </Button>
      </div>
      {proef.error && (
        <Alert type="error">
          <Paragraph>{proef.error.message}</Paragraph>
        </Alert>
      )}
      {proef.data && (
        <div className="samenspel-loting__proefvak" aria-live="polite">
          <p className="samenspel-loting__proefmerk">{t('loting.proef.merk')}</p>
          {proef.data.panels.map((p, i) => (
            <div key={`${p.seed}-${i}`}>
              <Heading4>{t('loting.proef.panel', { nummer: i + 1 })}</Heading4>
              <Paragraph>{p.leden.map(naamVan).join(', ')}</Paragraph>
            </div>
          ))}
          <Button appearance="subtle-button" onClick={download}>
            {t('loting.proef.download')}
          </Button>
        </div>
      )}
    </div>
  );
}
