import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { exampleCasussen } from '@shared/participatie/casussen/index';
import type { NewWorkshop, WorkshopSummary } from '@shared/workshop/index';
import { defaultGroupNames, defaultQuestions } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { formatDateTime } from '@shared/format';
import { apiKey, apiQuery, invalidateMethods } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConfirm } from '../../components/useConfirm';
import { stepKey } from './position';
import { workshopHash, type WorkshopRoute } from './route';
import { setupInput, SessionSetupForm, type CasusOption, type SetupValuesOut } from './SessionSetupForm';
import { StatusMessages } from '../../components/StatusMessages';

/** The workshop casus of the programme comes first: it is what trainers use most. */
const FIRST_CASUS = 'example:aardgasvrij-de-horst';

/** The casus select's value (`example:<slug>` or `traject:<id>`) as the API takes it. */
export function casusSource(value: string): NewWorkshop['casus'] {
  const [kind, id = ''] = value.split(/:(.*)/s);
  return kind === 'traject' ? { kind: 'traject', trajectId: id } : { kind: 'example', id };
}

export function SessionList({ navigate }: { navigate(route: WorkshopRoute): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const sessions = useQuery(apiQuery(api, 'workshop.list', {}));
  const trajecten = useQuery(apiQuery(api, 'trajecten.list', {}));
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const confirmRemove = useConfirm<WorkshopSummary>();

  const casussen: CasusOption[] = [
    ...Object.entries(exampleCasussen).map(([id, c]) => ({
      value: `example:${id}`,
      title: c.titel,
      group: 'example' as const,
      vraagstuk: c.vraagstuk,
    })),
    ...(trajecten.data ?? []).map((tr) => ({
      value: `traject:${tr.id}`,
      title: tr.title,
      group: 'traject' as const,
      vraagstuk: tr.vraagstuk,
    })),
  ];

  const create = useMutation({
    mutationFn: (w: SetupValuesOut) => api.call('workshop.create', { ...setupInput(w), casus: casusSource(w.casus) }),
    onSuccess: async (session) => {
      queryClient.setQueryData(apiKey('workshop.get', { id: session.id }), session);
      await invalidateMethods(queryClient, 'workshop.list');
      navigate({ name: 'workshop', id: session.id, view: 'answers' });
    },
    onError: (e) => setErrorMessage(e.message),
  });

  const remove = useMutation({
    mutationFn: (s: WorkshopSummary) => api.call('workshop.delete', { id: s.id }),
    onSuccess: (_d, s) => {
      setStatus(t('workshop.list.removed', { title: s.title }));
      return invalidateMethods(queryClient, 'workshop.list');
    },
    onError: (e) => setErrorMessage(e.message),
  });

  const list = sessions.data ?? [];
  return (
    <div className="samenspel-workshop">
      <a className="samenspel-link-button" href="#/">
        ← {t('workshop.list.back')}
      </a>
      <Heading1>{t('workshop.list.title')}</Heading1>
      <Paragraph>{t('workshop.list.intro')}</Paragraph>
      <StatusMessages status={status} error={errorMessage} />
      {sessions.isSuccess && list.length === 0 && (
        <Paragraph className="samenspel-meta">{t('workshop.list.empty')}</Paragraph>
      )}
      {list.length > 0 && (
        <Table className="samenspel-table">
          <TableCaption>{t('workshop.list.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('workshop.list.colTitle')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.list.colCasus')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.list.colStep')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.list.colUpdated')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.list.colActions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  <a href={workshopHash({ name: 'workshop', id: s.id, view: 'answers' })}>{s.title}</a>
                </TableCell>
                <TableCell>{s.casus.title}</TableCell>
                <TableCell>
                  {t(stepKey(s.position.step))} · {t('workshop.list.groups', { count: s.groupCount })}
                </TableCell>
                <TableCell>{formatDateTime(s.updatedAt)}</TableCell>
                <TableCell>
                  <ButtonGroup>
                    <a
                      className="utrecht-button utrecht-button--secondary-action"
                      href={workshopHash({ name: 'workshop', id: s.id, view: 'presenter' })}
                    >
                      {t('workshop.list.presenter')}
                      <span className="samenspel-visually-hidden"> {s.title}</span>
                    </a>
                    <Button
                      appearance="subtle-button"
                      onClick={() => confirmRemove.ask(s)}
                      aria-label={t('workshop.list.removeNamed', { title: s.title })}
                    >
                      {t('workshop.list.remove')}
                    </Button>
                  </ButtonGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Heading2>{t('workshop.setup.heading')}</Heading2>
      <SessionSetupForm
        casussen={casussen}
        button={t('workshop.setup.create')}
        busy={create.isPending}
        onSave={(w) => create.mutateAsync(w)}
        defaults={{
          title: exampleCasussen['aardgasvrij-de-horst'].titel,
          casus: FIRST_CASUS,
          groups: defaultGroupNames(3).map((name) => ({ name })),
          questions: defaultQuestions(),
          discussionMin: 20,
          roundMin: 10,
          showAdvice: false,
          sound: true,
        }}
      />
      <ConfirmDialog
        title={t('workshop.list.removeTitle')}
        confirmLabel={t('workshop.list.removeYes')}
        cancelLabel={t('workshop.list.removeNo')}
        {...confirmRemove.dialogProps((subject) => remove.mutate(subject))}
      >
        {t('workshop.list.removeBody', { title: confirmRemove.subject?.title ?? '' })}
      </ConfirmDialog>
    </div>
  );
}
