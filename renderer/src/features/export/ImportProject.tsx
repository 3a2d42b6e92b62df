import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { readableErrorLine } from '@shared/participatie/zod-dutch';
import { useApi } from '../../api/context';
import { invalidateMethods } from '../../api/queries';
import { errorMessage, errorLines } from '../../lib/errorMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConfirm } from '../../components/useConfirm';
import { gzipBase64 } from '../../lib/download';
import { importTitle, withTitle } from './importTitle';

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
  /** A file whose title exists already: imported under a title with today's date, after a yes. */
  const confirmImport = useConfirm<{ text: string; title: string; newTitle: string }>();

  const importer = useMutation({
    mutationFn: async (text: string) =>
      api.call('export.importProject', { content: { encoding: 'gzip-base64', data: await gzipBase64(text) } }),
    onSuccess: async (result) => {
      setErrors([]);
      await invalidateMethods(queryClient, 'trajecten.list', 'trajecten.get');
      onImported(result.traject, result.migratedFrom);
    },
    // Field paths become the labels of the screen; English engine messages become Dutch.
    onError: (error: Error) => setErrors(errorLines(error)),
  });

  async function onFile(file: File) {
    setErrors([]);
    // The project file's schemas (the whole model in zod) load when a file is chosen, not with the start screen.
    const { MAX_PROJECT_FILE_BYTES, parseProjectFile } = await import('@shared/projectfile/index');
    if (file.size > MAX_PROJECT_FILE_BYTES) {
      setErrors([
        t('export.tooLarge', { mb: (file.size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 }) }),
      ]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setErrors([errorMessage(error)]);
      return;
    }
    const parsed = parseProjectFile(text);
    if (!parsed.ok) {
      setErrors(parsed.errors.map((e) => readableErrorLine(e)));
      return;
    }
    const title = parsed.value.traject.title.trim();
    if (trajecten.some((tr) => tr.title.trim() === title))
      confirmImport.ask({ text, title, newTitle: importTitle(title) });
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
        title={t('export.import')}
        confirmLabel={t('export.importConfirm')}
        cancelLabel={t('export.cancel')}
        {...confirmImport.dialogProps((pending) => importer.mutate(withTitle(pending.text, pending.newTitle)))}
      >
        {t('export.sameTitle', {
          title: confirmImport.subject?.title ?? '',
          newTitle: confirmImport.subject?.newTitle ?? '',
        })}
      </ConfirmDialog>
    </div>
  );
}
