import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile } from '../../../../shared/projectfile/index';
import type { Traject } from '../../../../shared/traject/traject';
import { ApiClientError } from '../../api/client';
import { useApi } from '../../api/context';
import { ConfirmDialog } from '../trajecten/ConfirmDialog';
import { gzipBase64 } from './download';

export interface ImportProjectProps {
  trajecten: Traject[];
  onImported(traject: Traject, migratedFrom?: number): void;
}

/**
 * Import of a `.samenspel` (or older casus) file into a NEW traject. The file is checked here
 * first (size before reading, then JSON and schema) so errors show at once; main checks again.
 */
export function ImportProject({ trajecten, onImported }: ImportProjectProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<{ text: string; titel: string } | null>(null);

  const importer = useMutation({
    mutationFn: async (text: string) =>
      api.call('export.importProject', { content: { encoding: 'gzip-base64', data: await gzipBase64(text) } }),
    onSuccess: async (result) => {
      setErrors([]);
      await queryClient.invalidateQueries({ queryKey: ['trajecten'] });
      onImported(result.traject, result.migratedFrom);
    },
    onError: (error: Error) =>
      setErrors(
        error instanceof ApiClientError && error.issues.length > 0
          ? error.issues.map((i) => i.message)
          : [error.message],
      ),
  });

  async function onFile(file: File) {
    setErrors([]);
    if (file.size > MAX_PROJECT_FILE_BYTES) {
      setErrors([
        t('export.tooLarge', { mb: (file.size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 }) }),
      ]);
      return;
    }
    const text = await file.text();
    const parsed = parseProjectFile(text);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    const titel = parsed.value.traject.titel.trim();
    if (trajecten.some((tr) => tr.titel.trim() === titel)) setPending({ text, titel });
    else importer.mutate(text);
  }

  return (
    <div className="samenspel-import">
      <input
        ref={input}
        type="file"
        accept=".samenspel,.json,application/json"
        className="samenspel-visually-hidden"
        aria-label={t('export.import')}
        data-testid="import-file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={importer.isPending}
        onClick={() => input.current?.click()}
      >
        {importer.isPending ? t('export.pleaseWait') : t('export.import')}
      </Button>
      <Paragraph className="samenspel-export__hint">{t('export.importHint')}</Paragraph>
      {errors.length > 0 && (
        <Alert type="error">
          <UnorderedList>
            {errors.map((e) => (
              <UnorderedListItem key={e}>{e}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('export.import')}
        confirmLabel={t('export.importConfirm')}
        cancelLabel={t('export.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) importer.mutate(pending.text);
          setPending(null);
        }}
      >
        {t('export.sameTitle', { titel: pending?.titel ?? '' })}
      </ConfirmDialog>
    </div>
  );
}
