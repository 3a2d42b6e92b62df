import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Traject } from '../../../../shared/traject/traject';
import { useApi } from '../../api/context';
import { ImportProject } from '../export/ImportProject';
import { VoorbeeldKaart } from '../flow/VoorbeeldKaart';
import { WorkshopKaart } from '../workshop/WorkshopKaart';
import { ConfirmDialog } from './ConfirmDialog';
import { NieuwTrajectForm } from './NieuwTrajectForm';
import { trajectenQuery, trajectKeys } from './queries';
import { TrajectRij } from './TrajectRij';
import { Meldingen } from '../../components/Meldingen';

export interface StartScreenProps {
  onOpen(id: string): void;
}

export function StartScreen({ onOpen }: StartScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const trajecten = useQuery(trajectenQuery(api));
  const [status, setStatus] = useState('');
  const [teVerwijderen, setTeVerwijderen] = useState<Traject | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trajectKeys.all });
  const onError = (error: Error) => setFout(error.message);

  const create = useMutation({
    mutationFn: (values: { titel: string; gemeente: string; vraagstuk: string }) =>
      api.call('trajecten.create', values),
    onSuccess: (traject) => {
      setFout(null);
      setStatus(t('nieuw.created', { titel: traject.titel }));
      return refresh();
    },
    onError,
  });
  const rename = useMutation({
    mutationFn: ({ id, titel }: { id: string; titel: string }) => api.call('trajecten.update', { id, titel }),
    onSuccess: () => refresh(),
  });
  const remove = useMutation({
    mutationFn: (traject: Traject) => api.call('trajecten.delete', { id: traject.id }),
    onSuccess: (_data, traject) => {
      setFout(null);
      setStatus(t('verwijderen.done', { titel: traject.titel }));
      return refresh();
    },
    onError,
  });

  const lijst = trajecten.data ?? [];

  return (
    <div className="samenspel-start">
      <section aria-labelledby="start-kop" className="samenspel-start__main">
        <Heading1 id="start-kop">{t('start.title')}</Heading1>
        <Meldingen status={status} fout={fout} />
        {trajecten.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
        {trajecten.isError && (
          <Alert type="error">
            <Paragraph>{trajecten.error.message}</Paragraph>
          </Alert>
        )}
        {trajecten.isSuccess && lijst.length === 0 && (
          <div className="samenspel-card samenspel-empty">
            <Heading2>{t('start.emptyTitle')}</Heading2>
            <Paragraph>{t('start.empty')}</Paragraph>
          </div>
        )}
        {lijst.length > 0 && (
          <Table className="samenspel-table">
            <TableCaption>
              {t('start.listCaption')} ({t('start.count', { count: lijst.length })})
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('start.colTitel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colGemeente')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colUpdated')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('start.colActions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((traject) => (
                <TrajectRij
                  key={traject.id}
                  traject={traject}
                  onOpen={onOpen}
                  onRename={(id, titel) => rename.mutateAsync({ id, titel })}
                  onDelete={setTeVerwijderen}
                />
              ))}
            </TableBody>
          </Table>
        )}
        <div className="samenspel-start__meer">
          <div className="samenspel-card">
            <Heading2>{t('start.introTitle')}</Heading2>
            <Paragraph>{t('start.intro1')}</Paragraph>
            <Paragraph>{t('start.intro2')}</Paragraph>
            <Paragraph>{t('start.intro3')}</Paragraph>
          </div>
          <WorkshopKaart />
        </div>
      </section>
      <aside className="samenspel-start__side" aria-label={t('start.sideLabel')}>
        <NieuwTrajectForm onCreate={create.mutateAsync} busy={create.isPending} />
        <VoorbeeldKaart onOpen={onOpen} />
        <div className="samenspel-card">
          <Heading2>{t('export.import')}</Heading2>
          <ImportProject
            trajecten={lijst}
            onImported={(traject, migratedFrom) => {
              setFout(null);
              setStatus(
                migratedFrom
                  ? t('export.importMigrated', { titel: traject.titel, versie: migratedFrom })
                  : t('export.importDone', { titel: traject.titel }),
              );
            }}
          />
        </div>
      </aside>
      <ConfirmDialog
        open={teVerwijderen !== null}
        title={t('verwijderen.title')}
        confirmLabel={t('verwijderen.confirm')}
        cancelLabel={t('verwijderen.cancel')}
        onCancel={() => setTeVerwijderen(null)}
        onConfirm={() => {
          if (teVerwijderen) remove.mutate(teVerwijderen);
          setTeVerwijderen(null);
        }}
      >
        {t('verwijderen.body', { titel: teVerwijderen?.titel ?? '' })}
      </ConfirmDialog>
    </div>
  );
}
