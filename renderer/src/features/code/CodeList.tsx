import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { CodeSource, EXAMPLE_CODE_IDS, type CodeSummary, type SavedCode } from '@shared/code/api';
import { MAX_CODE_FILE_BYTES } from '@shared/code/file';
import { useApi } from '../../api/context';
import { StatusMessages } from '../../components/StatusMessages';
import { errorMessage } from '../../lib/errorMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConfirm } from '../../components/useConfirm';
import { apiQuery, invalidateDomain, invalidateMethods } from '../../api/queries';

const DefaultSource = CodeSource.options[0].omit({ soort: true });
type DefaultSourceIn = z.input<typeof DefaultSource>;
type DefaultSourceOut = z.output<typeof DefaultSource>;

/** `#/code`: the stored codes, a new one (standard or example), import of a file, delete with confirmation. */
export function CodeList({ onOpen, onVergelijk: onCompare }: { onOpen(id: string): void; onVergelijk(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const codes = useQuery(apiQuery(api, 'codes.list', {}));
  const confirmRemove = useConfirm<CodeSummary>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = codes.data ?? [];

  const created = async (code: SavedCode) => {
    await invalidateMethods(queryClient, 'codes.list');
    onOpen(code.id);
  };
  const create = useMutation({
    mutationFn: (bron: z.input<typeof CodeSource>) => api.call('codes.create', { bron: CodeSource.parse(bron) }),
    onSuccess: created,
    onError: (e) => setError(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (code: CodeSummary) => api.call('codes.delete', { id: code.id }),
    onSuccess: (r, code) => {
      setError(null);
      setStatus(
        r.ontkoppeld > 0
          ? t('code.list.verwijderdOntkoppeld', { naam: code.naam, count: r.ontkoppeld })
          : t('code.list.verwijderd', { naam: code.naam }),
      );
      return invalidateDomain(queryClient, 'codes');
    },
    onError: (e) => setError(errorMessage(e)),
  });

  return (
    <div className="samenspel-code-start">
      <section className="samenspel-card samenspel-code-lijst" aria-labelledby="code-lijst-kop">
        <Heading2 id="code-lijst-kop">{t('code.list.title')}</Heading2>
        <StatusMessages status={status} error={error ?? (codes.error ? errorMessage(codes.error) : null)} />
        {codes.isSuccess && list.length === 0 && <Paragraph>{t('code.list.leeg')}</Paragraph>}
        {list.length > 0 && (
          <table className="samenspel-code-tabel">
            <caption>{t('code.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('code.list.colNaam')}</th>
                <th scope="col">{t('code.list.colGemeente')}</th>
                <th scope="col">{t('code.list.colTrajecten')}</th>
                <th scope="col">{t('code.list.colGewijzigd')}</th>
                <th scope="col">{t('code.list.colActies')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <td data-label={t('code.list.colNaam')}>
                    <button
                      type="button"
                      className="samenspel-link-button"
                      aria-label={t('code.list.openen', { naam: c.naam })}
                      onClick={() => onOpen(c.id)}
                    >
                      {c.naam}
                    </button>
                  </td>
                  <td data-label={t('code.list.colGemeente')}>{c.gemeente}</td>
                  <td data-label={t('code.list.colTrajecten')}>{c.trajecten}</td>
                  <td data-label={t('code.list.colGewijzigd')}>{new Date(c.updatedAt).toLocaleDateString('nl-NL')}</td>
                  <td data-label={t('code.list.colActies')}>
                    <Button
                      appearance="secondary-action-button"
                      aria-label={t('code.list.verwijderenNamed', { naam: c.naam })}
                      onClick={() => confirmRemove.ask(c)}
                    >
                      {t('code.list.verwijderen')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list.length > 0 && (
          <Button appearance="secondary-action-button" onClick={onCompare}>
            {t('code.list.vergelijken')}
          </Button>
        )}
      </section>
      <div className="samenspel-code-start__zij">
        <NewCode busy={create.isPending} onMaak={(v) => create.mutateAsync({ soort: 'standaard', ...v })} />
        <section className="samenspel-card" aria-labelledby="code-voorbeeld-kop">
          <Heading2 id="code-voorbeeld-kop">{t('code.new.voorbeeldTitle')}</Heading2>
          <Paragraph>{t('code.new.voorbeeldUitleg')}</Paragraph>
          <ul className="samenspel-code-voorbeelden">
            {EXAMPLE_CODE_IDS.map((example) => (
              <li key={example}>
                <Button
                  appearance="secondary-action-button"
                  disabled={create.isPending}
                  onClick={() => create.mutate({ soort: 'voorbeeld', id: example })}
                >
                  {t('code.new.voorbeeldMaken', { naam: t(`code.new.voorbeelden.${example}`) })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <ImportCode onGeopend={created} />
      </div>
      <ConfirmDialog
        title={t('code.list.verwijderenTitel')}
        confirmLabel={t('code.list.verwijderenJa')}
        cancelLabel={t('code.list.verwijderenNee')}
        {...confirmRemove.dialogProps((subject) => remove.mutate(subject))}
      >
        {t('code.list.verwijderenTekst', { naam: confirmRemove.subject?.naam ?? '' })}
      </ConfirmDialog>
    </div>
  );
}

function NewCode({ onMaak: onCreate, busy }: { onMaak(v: DefaultSourceOut): Promise<unknown>; busy: boolean }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DefaultSourceIn, unknown, DefaultSourceOut>({
    resolver: zodResolver(DefaultSource),
    defaultValues: { gemeente: '', jaar: new Date().getFullYear() + 1 },
  });
  return (
    <form
      className="samenspel-card"
      aria-labelledby="code-nieuw-kop"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        await onCreate(v).catch(() => undefined);
      })}
    >
      <Heading2 id="code-nieuw-kop">{t('code.new.title')}</Heading2>
      <Paragraph>{t('code.new.uitleg')}</Paragraph>
      <FormField invalid={Boolean(errors.gemeente)}>
        <FormLabel htmlFor="code-nieuw-gemeente">{t('code.new.gemeente')}</FormLabel>
        <FormFieldDescription id="code-nieuw-gemeente-help">{t('code.new.gemeenteHelp')}</FormFieldDescription>
        {errors.gemeente && (
          <FormFieldErrorMessage id="code-nieuw-gemeente-fout">{errors.gemeente.message}</FormFieldErrorMessage>
        )}
        <Textbox
          id="code-nieuw-gemeente"
          invalid={Boolean(errors.gemeente)}
          autoComplete="address-level2"
          aria-describedby={
            errors.gemeente ? 'code-nieuw-gemeente-help code-nieuw-gemeente-fout' : 'code-nieuw-gemeente-help'
          }
          {...register('gemeente')}
        />
      </FormField>
      <FormField invalid={Boolean(errors.jaar)}>
        <FormLabel htmlFor="code-nieuw-jaar">{t('code.new.jaar')}</FormLabel>
        {errors.jaar && <FormFieldErrorMessage id="code-nieuw-jaar-fout">{errors.jaar.message}</FormFieldErrorMessage>}
        <Textbox
          id="code-nieuw-jaar"
          type="number"
          inputMode="numeric"
          invalid={Boolean(errors.jaar)}
          aria-describedby={errors.jaar ? 'code-nieuw-jaar-fout' : undefined}
          {...register('jaar', { valueAsNumber: true })}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('code.new.maken')}
      </Button>
    </form>
  );
}

function ImportCode({ onGeopend: onOpened }: { onGeopend(code: SavedCode): Promise<void> }) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<File | undefined>();
  const [error, setError] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t('code.import.kiesEerst'));
      if (file.size > MAX_CODE_FILE_BYTES) throw new Error(t('code.import.teGroot'));
      return api.call('codes.import', { text: await file.text() });
    },
    onSuccess: (code) => onOpened(code),
    onError: (e) => setError(e.constructor === Error ? e.message : errorMessage(e)),
  });
  return (
    <form
      className="samenspel-card"
      aria-labelledby="code-import-kop"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        open.mutate();
      }}
    >
      <Heading2 id="code-import-kop">{t('code.import.title')}</Heading2>
      <StatusMessages status="" error={error} />
      <FormField>
        <FormLabel htmlFor="code-import-bestand">{t('code.import.label')}</FormLabel>
        <FormFieldDescription id="code-import-help">{t('code.import.uitleg')}</FormFieldDescription>
        <input
          id="code-import-bestand"
          type="file"
          accept=".samenspel-code,application/json"
          aria-describedby="code-import-help"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" disabled={open.isPending}>
        {t('code.import.knop')}
      </Button>
    </form>
  );
}
