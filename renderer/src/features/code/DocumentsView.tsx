import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { CODE_VARIANTS, type CodeVariant } from '@shared/code/documents';
import type { ExportResult } from '@shared/document/api';
import type { ExportFormat } from '@shared/document/formats';
import { ApiClientError } from '../../api/client';
import { useApi } from '../../api/context';
import { StatusMessages } from '../../components/StatusMessages';
import { errorMessage } from '../../lib/errorMessage';
import { delivery, downloadBase64 } from '../../lib/download';
import { useCodeSession } from './CodeSessionProvider';
import { RadioGroup, TextField } from './fields';

const FORMATS: ExportFormat[] = ['docx', 'pdf', 'md'];

/** The four texts (docx, pdf, md) and the `.samenspel-code` file, all through `codes.export`. */
export function DocumentsView({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useCodeSession();
  const [variant, setVariant] = useState<CodeVariant>('verordening');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [version, setVersion] = useState('Concept');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const announce = (result: ExportResult) => {
    setError(null);
    if (result.kind === 'download') {
      downloadBase64(result.base64, result.fileName, result.mimeType);
      setStatus(t('code.documents.gedownload', { bestand: result.fileName }));
    } else if (result.kind === 'saved') setStatus(t('code.documents.opgeslagen', { pad: result.path }));
    else setStatus(t('code.documents.geannuleerd'));
  };
  /** The document is made from what is stored: save pending choices first, and stop when that fails. */
  const saveFirst = async () => {
    await session.flush();
    const s = session.state.getState();
    if (s.status === 'invalid' || s.status === 'conflict' || s.status === 'error')
      throw new Error(s.status === 'invalid' ? t('code.save.invalid') : (s.message ?? t('code.save.error')));
  };
  const onError = (error: Error) => {
    setStatus('');
    setError(error instanceof ApiClientError ? errorMessage(error) : error.message);
  };
  const document = useMutation({
    mutationFn: async () => {
      setStatus(t('code.documents.bezig'));
      await saveFirst();
      return api.call('codes.export', {
        id,
        soort: { wat: 'document', variant, format, ...(version.trim() ? { versie: version.trim() } : {}) },
        delivery: delivery(),
      });
    },
    onSuccess: announce,
    onError,
  });
  const file = useMutation({
    mutationFn: async () => {
      await saveFirst();
      return api.call('codes.export', { id, soort: { wat: 'bestand' }, delivery: delivery() });
    },
    onSuccess: announce,
    onError,
  });
  const busy = document.isPending || file.isPending;

  return (
    <div className="samenspel-code-documenten">
      <section className="samenspel-card" aria-labelledby="code-doc-kop">
        <Heading2 id="code-doc-kop">{t('code.documents.title')}</Heading2>
        <Paragraph>{t('code.documents.uitleg')}</Paragraph>
        <StatusMessages status={status} error={error} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            document.mutate();
          }}
        >
          <RadioGroup<CodeVariant>
            name="code-variant"
            legend={t('code.documents.wat')}
            options={CODE_VARIANTS.map((v) => ({
              id: v,
              label: `${t(`code.documents.varianten.${v}`)}: ${t(`code.documents.variantUitleg.${v}`)}`,
            }))}
            value={variant}
            onChange={setVariant}
          />
          <RadioGroup<ExportFormat>
            name="code-format"
            legend={t('code.documents.format')}
            options={FORMATS.map((f) => ({ id: f, label: t(`code.documents.formats.${f}`) }))}
            value={format}
            onChange={setFormat}
          />
          <TextField
            id="code-versie"
            label={t('code.documents.versie')}
            maxLength={40}
            value={version}
            onChange={setVersion}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('code.documents.maken')}
          </Button>
        </form>
      </section>
      <section className="samenspel-card" aria-labelledby="code-bestand-kop">
        <Heading2 id="code-bestand-kop">{t('code.documents.bestandTitle')}</Heading2>
        <Paragraph>{t('code.documents.bestandUitleg')}</Paragraph>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => file.mutate()}>
          {t('code.documents.bestandMaken')}
        </Button>
      </section>
    </div>
  );
}
