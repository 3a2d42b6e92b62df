import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import type { WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { routeHash } from '../../app/route';
import { StatusMessages } from '../../components/StatusMessages';
import { downloadBase64 } from '../../lib/download';

export function FinishView({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState('');
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<Record<string, Traject>>({});

  const report = useMutation({
    mutationFn: (format: 'docx' | 'markdown' | 'pdf') => api.call('workshop.exportReport', { id: session.id, format }),
    onSuccess: (file) => {
      setErrorMessage(null);
      downloadBase64(file.base64, file.fileName, file.mimeType);
      setStatus(t('workshop.finish.downloaded', { file: file.fileName }));
    },
    onError: (e) => setErrorMessage(e.message),
  });
  const createTraject = useMutation({
    mutationFn: (groupId: string) => api.call('workshop.createTraject', { sessionId: session.id, groupId }),
    onSuccess: (traject, groupId) => {
      setErrorMessage(null);
      setCreated((g) => ({ ...g, [groupId]: traject }));
      setStatus(t('workshop.finish.trajectCreated', { title: traject.title }));
    },
    onError: (e) => setErrorMessage(e.message),
  });

  return (
    <div className="samenspel-workshop-finish">
      <StatusMessages status={status} error={errorMessage} />
      <section className="samenspel-card" aria-labelledby="report-heading">
        <Heading2 id="report-heading">{t('workshop.finish.reportHeading')}</Heading2>
        <Paragraph>{t('workshop.finish.reportIntro')}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" disabled={report.isPending} onClick={() => report.mutate('docx')}>
            {t('workshop.finish.docx')}
          </Button>
          <Button
            appearance="secondary-action-button"
            disabled={report.isPending}
            onClick={() => report.mutate('markdown')}
          >
            {t('workshop.finish.markdown')}
          </Button>
          <Button appearance="secondary-action-button" disabled={report.isPending} onClick={() => report.mutate('pdf')}>
            {t('workshop.finish.pdf')}
          </Button>
        </ButtonGroup>
      </section>
      <section className="samenspel-card" aria-labelledby="follow-up-heading">
        <Heading2 id="follow-up-heading">{t('workshop.finish.followUpHeading')}</Heading2>
        <Paragraph>{t('workshop.finish.followUpIntro')}</Paragraph>
        <ul className="samenspel-workshop-follow-up">
          {session.groups.map((g) => (
            <li key={g.id}>
              <Button
                appearance="secondary-action-button"
                disabled={createTraject.isPending}
                onClick={() => createTraject.mutate(g.id)}
              >
                {t('workshop.finish.createTraject', { group: g.name })}
              </Button>
              {created[g.id] && (
                <a href={routeHash({ name: 'traject', id: created[g.id]!.id, view: 'vraagstuk' })}>
                  {t('workshop.finish.openTraject', { title: created[g.id]!.title })}
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
