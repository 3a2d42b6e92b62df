import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useApi } from '../../api/context';
import { FinishView } from './FinishView';
import { AnswersView } from './AnswersView';
import { Controls } from './Controls';
import { SetupView } from './SetupView';
import { sessionQuery } from './queries';
import { RodeDradenView } from './RodeDradenView';
import { workshopHash, type SessionView } from './route';
import { useSessionSync } from './sync';

const TABS: Array<Exclude<SessionView, 'presenter'>> = ['antwoorden', 'rode-draden', 'afronden', 'opzet'];

/**
 * The trainer's own screen (the control screen): capturing answers, rode draden, export and
 * setup, with the presenter in a second window that follows every change made here.
 */
export function SessionPage({ id, view }: { id: string; view: Exclude<SessionView, 'presenter'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const sessie = useQuery(sessionQuery(api, id));
  // Changes made here reach an open presenter window, and its steps reach this window.
  useSessionSync(id);

  useEffect(() => {
    if (sessie.data) document.title = `${sessie.data.titel} – Samenspel`;
    return () => {
      document.title = 'Samenspel';
    };
  }, [sessie.data]);

  return (
    <div className="samenspel-workshop">
      <a className="samenspel-link-button" href={workshopHash({ name: 'workshop' })}>
        ← {t('workshop.sessie.terug')}
      </a>
      {sessie.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {sessie.isError && (
        <Alert type="error">
          <Paragraph>{sessie.error.message}</Paragraph>
        </Alert>
      )}
      {sessie.data && (
        <>
          <div className="samenspel-workshop__kop">
            <div>
              <Heading1>{sessie.data.titel}</Heading1>
              <Paragraph className="samenspel-meta">
                {t('workshop.sessie.meta', {
                  casus: sessie.data.casus.title,
                  count: sessie.data.groepen.length,
                  stap: t(`workshop.stappen.${sessie.data.stand.stap}`),
                })}
              </Paragraph>
            </div>
          </div>
          <Controls sessie={sessie.data} />
          {sessie.data.repaired && (
            <Alert type="warning">
              <Paragraph>{t('workshop.sessie.hersteld')}</Paragraph>
            </Alert>
          )}
          <nav aria-label={t('workshop.sessie.tabsLabel')} className="samenspel-tabs">
            <ul>
              {TABS.map((tab) => (
                <li key={tab}>
                  <a
                    href={workshopHash({ name: 'workshop', id, view: tab })}
                    aria-current={view === tab ? 'page' : undefined}
                  >
                    {t(`workshop.sessie.tabs.${tab}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <section className="samenspel-view">
            {view === 'antwoorden' && <AnswersView sessie={sessie.data} />}
            {view === 'rode-draden' && <RodeDradenView sessie={sessie.data} />}
            {view === 'afronden' && <FinishView sessie={sessie.data} />}
            {view === 'opzet' && <SetupView key={sessie.data.updatedAt} sessie={sessie.data} />}
          </section>
        </>
      )}
    </div>
  );
}
