import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { useApi } from '../../api/context';
import { ImportProject } from '../../features/export/ImportProject';
import { ExampleCard } from '../../features/flow/ExampleCard';
import { WorkshopCard } from '../../features/workshop/WorkshopCard';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConfirm } from '../../components/useConfirm';
import { NewTrajectForm } from '../../features/trajecten/NewTrajectForm';
import { apiKey, apiQuery, invalidateMethods } from '../../api/queries';
import { TrajectRow } from '../../features/trajecten/TrajectRow';
import { StatusMessages } from '../../components/StatusMessages';
import { errorMessage } from '../../lib/errorMessage';
import { SORT_ORDERS, sortTrajecten, searchTrajecten, type SortOrder } from '../../features/trajecten/search';

export interface StartScreenProps {
  onOpen(id: string): void;
}

export function StartScreen({ onOpen }: StartScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const trajecten = useQuery(apiQuery(api, 'trajecten.list', {}));
  const [status, setStatus] = useState('');
  const confirmRemove = useConfirm<Traject>();
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [sortOrder, setSortOrder] = useState<SortOrder>('updated');
  const id = useId();

  const refresh = () => invalidateMethods(queryClient, 'trajecten.list', 'trajecten.get');
  const onError = (e: Error) => setError(errorMessage(e));

  const create = useMutation({
    mutationFn: (values: { title: string; municipality: string; vraagstuk: string }) =>
      api.call('trajecten.create', values),
    onSuccess: async (traject) => {
      setError(null);
      setStatus(t('start.created', { title: traject.title }));
      // Straight into the new traject (its title gets the focus, see App); no second request for it.
      queryClient.setQueryData(apiKey('trajecten.get', { id: traject.id }), traject);
      await refresh();
      onOpen(traject.id);
    },
    onError,
  });
  const rename = useMutation({
    // The revision the list showed: renamed elsewhere meanwhile gives CONFLICT (the row says so)
    // and the list reloads, so the next try starts from the newest title.
    mutationFn: ({ id, title, expectedRevision }: { id: string; title: string; expectedRevision: number }) =>
      api.call('trajecten.update', { id, title, expectedRevision }),
    onSuccess: () => refresh(),
    onError: () => refresh(),
  });
  const remove = useMutation({
    mutationFn: (traject: Traject) => api.call('trajecten.delete', { id: traject.id }),
    onSuccess: (_data, traject) => {
      setError(null);
      setStatus(t('deleteTraject.done', { title: traject.title }));
      return refresh();
    },
    onError,
  });

  const all = useMemo(() => trajecten.data ?? [], [trajecten.data]);
  const shown = useMemo(() => sortTrajecten(searchTrajecten(all, query), sortOrder), [all, query, sortOrder]);

  return (
    <div className="samenspel-start">
      <section aria-labelledby="start-heading" className="samenspel-start__main">
        <Heading1 id="start-heading">{t('start.title')}</Heading1>
        <StatusMessages status={status} error={error} />
        {trajecten.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
        {trajecten.isError && (
          <Alert type="error">
            <Paragraph>{errorMessage(trajecten.error)}</Paragraph>
          </Alert>
        )}
        {trajecten.isSuccess && all.length === 0 && (
          <div className="samenspel-card samenspel-empty">
            <Heading2>{t('start.emptyTitle')}</Heading2>
            <Paragraph>{t('start.empty')}</Paragraph>
          </div>
        )}
        {all.length > 1 && (
          <div className="samenspel-search" role="search" aria-label={t('start.searchLabel')}>
            <FormField>
              <FormLabel htmlFor={`${id}-search`}>{t('start.search')}</FormLabel>
              <Textbox
                id={`${id}-search`}
                type="search"
                value={query}
                autoComplete="off"
                onChange={(e) => setQuery(e.target.value)}
              />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-sort`}>{t('start.sortBy')}</FormLabel>
              <Select id={`${id}-sort`} value={sortOrder} onChange={(e) => setSortOrder(e.target.value as SortOrder)}>
                {SORT_ORDERS.map((order) => (
                  <SelectOption key={order} value={order}>
                    {t(`start.sortOrder.${order}`)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          </div>
        )}
        {all.length > 0 && query.trim() !== '' && shown.length === 0 && (
          <Paragraph className="samenspel-search__empty">{t('start.noneFound', { query: query.trim() })}</Paragraph>
        )}
        {shown.length > 0 && (
          <Table className="samenspel-table samenspel-table--trajecten">
            <TableCaption>
              {t(`start.caption.${sortOrder}`)} (
              {query.trim() === ''
                ? t('start.count', { count: all.length })
                : t('start.found', { count: shown.length, total: all.length })}
              )
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('start.colTitle')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colMunicipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colUpdated')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colActions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((traject) => (
                <TrajectRow
                  key={traject.id}
                  traject={traject}
                  onOpen={onOpen}
                  onRename={(id, title) => rename.mutateAsync({ id, title, expectedRevision: traject.revision })}
                  onDelete={confirmRemove.ask}
                />
              ))}
            </TableBody>
          </Table>
        )}
        <div className="samenspel-start__more">
          <div className="samenspel-card">
            <Heading2>{t('start.introTitle')}</Heading2>
            <Paragraph>{t('start.intro1')}</Paragraph>
            <Paragraph>{t('start.intro2')}</Paragraph>
            <Paragraph>{t('start.intro3')}</Paragraph>
          </div>
          <WorkshopCard />
        </div>
      </section>
      <aside className="samenspel-start__side" aria-label={t('start.sideLabel')}>
        <NewTrajectForm onCreate={create.mutateAsync} busy={create.isPending} />
        <ExampleCard onOpen={onOpen} />
        <div className="samenspel-card">
          <Heading2>{t('export.import')}</Heading2>
          <ImportProject
            trajecten={all}
            onImported={(traject, migratedFrom) => {
              setError(null);
              setStatus(
                migratedFrom
                  ? t('export.importMigrated', { title: traject.title, version: migratedFrom })
                  : t('export.importDone', { title: traject.title }),
              );
            }}
          />
        </div>
      </aside>
      <ConfirmDialog
        title={t('deleteTraject.title')}
        confirmLabel={t('deleteTraject.confirm')}
        cancelLabel={t('deleteTraject.cancel')}
        {...confirmRemove.dialogProps((traject) => remove.mutate(traject))}
      >
        {t('deleteTraject.body', { title: confirmRemove.subject?.title ?? '' })}
      </ConfirmDialog>
    </div>
  );
}
