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
import { workshopHash, type WorkshopRoute } from './route';
import { toSeconds, SessionSetupForm, type CasusOption, type SetupValuesOut } from './SessionSetupForm';
import { StatusMessages } from '../../components/StatusMessages';

/** The workshop casus of the programme comes first: it is what trainers use most. */
const FIRST_CASUS = 'example:aardgasvrij-de-horst';

/** The casus select's value (`example:<slug>` or `traject:<id>`) as the API takes it. */
export function casusSource(value: string): NewWorkshop['casus'] {
  const [kind, id = ''] = value.split(/:(.*)/s);
  return kind === 'traject' ? { soort: 'traject', trajectId: id } : { soort: 'voorbeeld', id };
}

export function SessionList({ navigate }: { navigate(route: WorkshopRoute): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const sessies = useQuery(apiQuery(api, 'workshop.list', {}));
  const trajecten = useQuery(apiQuery(api, 'trajecten.list', {}));
  const [fout, setFout] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const confirmRemove = useConfirm<WorkshopSummary>();

  const casussen: CasusOption[] = [
    ...Object.entries(exampleCasussen).map(([id, c]) => ({
      waarde: `example:${id}`,
      titel: c.titel,
      groep: 'voorbeeld' as const,
      vraagstuk: c.vraagstuk,
    })),
    ...(trajecten.data ?? []).map((tr) => ({
      waarde: `traject:${tr.id}`,
      titel: tr.titel,
      groep: 'traject' as const,
      vraagstuk: tr.vraagstuk,
    })),
  ];

  const maak = useMutation({
    mutationFn: (w: SetupValuesOut) =>
      api.call('workshop.create', {
        titel: w.titel,
        casus: casusSource(w.casus),
        groepen: w.groepen.map((g) => ({ naam: g.naam })),
        vragen: w.vragen.map(({ id, ...v }) => (id ? { id, ...v } : v)),
        tijden: { gesprekSec: toSeconds(w.gesprekMin), rondgangSec: toSeconds(w.rondgangMin) },
        showAdvice: w.showAdvice,
        sound: w.sound,
      }),
    onSuccess: async (sessie) => {
      queryClient.setQueryData(apiKey('workshop.get', { id: sessie.id }), sessie);
      await invalidateMethods(queryClient, 'workshop.list');
      navigate({ name: 'workshop', id: sessie.id, view: 'antwoorden' });
    },
    onError: (e) => setFout(e.message),
  });

  const remove = useMutation({
    mutationFn: (s: WorkshopSummary) => api.call('workshop.delete', { id: s.id }),
    onSuccess: (_d, s) => {
      setStatus(t('workshop.lijst.verwijderd', { titel: s.titel }));
      return invalidateMethods(queryClient, 'workshop.list');
    },
    onError: (e) => setFout(e.message),
  });

  const lijst = sessies.data ?? [];
  return (
    <div className="samenspel-workshop">
      <a className="samenspel-link-button" href="#/">
        ← {t('workshop.lijst.terug')}
      </a>
      <Heading1>{t('workshop.lijst.titel')}</Heading1>
      <Paragraph>{t('workshop.lijst.intro')}</Paragraph>
      <StatusMessages status={status} error={fout} />
      {sessies.isSuccess && lijst.length === 0 && (
        <Paragraph className="samenspel-meta">{t('workshop.lijst.leeg')}</Paragraph>
      )}
      {lijst.length > 0 && (
        <Table className="samenspel-table">
          <TableCaption>{t('workshop.lijst.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('workshop.lijst.colTitel')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.lijst.colCasus')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.lijst.colStap')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.lijst.colUpdated')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workshop.lijst.colActies')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  <a href={workshopHash({ name: 'workshop', id: s.id, view: 'antwoorden' })}>{s.titel}</a>
                </TableCell>
                <TableCell>{s.casus.title}</TableCell>
                <TableCell>
                  {t(`workshop.stappen.${s.stand.stap}`)} · {t('workshop.lijst.groepen', { count: s.groupCount })}
                </TableCell>
                <TableCell>{formatDateTime(s.updatedAt)}</TableCell>
                <TableCell>
                  <ButtonGroup>
                    <a
                      className="utrecht-button utrecht-button--secondary-action"
                      href={workshopHash({ name: 'workshop', id: s.id, view: 'presenter' })}
                    >
                      {t('workshop.lijst.presenter')}
                      <span className="samenspel-visually-hidden"> {s.titel}</span>
                    </a>
                    <Button
                      appearance="subtle-button"
                      onClick={() => confirmRemove.ask(s)}
                      aria-label={t('workshop.lijst.verwijderNamed', { titel: s.titel })}
                    >
                      {t('workshop.lijst.verwijder')}
                    </Button>
                  </ButtonGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Heading2>{t('workshop.opzet.kop')}</Heading2>
      <SessionSetupForm
        casussen={casussen}
        knop={t('workshop.opzet.maken')}
        busy={maak.isPending}
        onOpslaan={(w) => maak.mutateAsync(w)}
        standaard={{
          titel: exampleCasussen['aardgasvrij-de-horst'].titel,
          casus: FIRST_CASUS,
          groepen: defaultGroupNames(3).map((naam) => ({ naam })),
          vragen: defaultQuestions(),
          gesprekMin: 20,
          rondgangMin: 10,
          showAdvice: false,
          sound: true,
        }}
      />
      <ConfirmDialog
        title={t('workshop.lijst.verwijderTitel')}
        confirmLabel={t('workshop.lijst.verwijderJa')}
        cancelLabel={t('workshop.lijst.verwijderNee')}
        {...confirmRemove.dialogProps((subject) => remove.mutate(subject))}
      >
        {t('workshop.lijst.verwijderBody', { titel: confirmRemove.subject?.titel ?? '' })}
      </ConfirmDialog>
    </div>
  );
}
