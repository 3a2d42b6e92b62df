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
import { stepKey } from './position';
import { workshopHash, type SessionView } from './route';
import { useSessionSync } from './sync';

const TABS: Array<Exclude<SessionView, 'presenter'>> = ['answers', 'rode-draden', 'finish', 'setup'];

/**
 * The trainer's own screen (the control screen): capturing answers, rode draden, export and
 * setup, with the presenter in a second window that follows every change made here.
 */
export function SessionPage({ id, view }: { id: string; view: Exclude<SessionView, 'presenter'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useQuery(sessionQuery(api, id));
  // Changes made here reach an open presenter window, and its steps reach this window.
  useSessionSync(id);

  useEffect(() => {
    if (session.data) document.title = `${session.data.title} – Samenspel`;
    return () => {
      document.title = 'Samenspel';
    };
  }, [session.data]);

  return (
    <div className="samenspel-workshop">
      <a className="samenspel-link-button" href={workshopHash({ name: 'workshop' })}>
        ← {t('workshop.session.back')}
      </a>
      {session.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {session.isError && (
        <Alert type="error">
          <Paragraph>{session.error.message}</Paragraph>
        </Alert>
      )}
      {session.data && (
        <>
          <div className="samenspel-workshop__heading">
            <div>
              <Heading1>{session.data.title}</Heading1>
              <Paragraph className="samenspel-meta">
                {t('workshop.session.meta', {
                  casus: session.data.casus.title,
                  count: session.data.groups.length,
                  step: t(stepKey(session.data.position.step)),
                })}
              </Paragraph>
            </div>
          </div>
          <Controls session={session.data} />
          {session.data.repaired && (
            <Alert type="warning">
              <Paragraph>{t('workshop.session.repaired')}</Paragraph>
            </Alert>
          )}
          <nav aria-label={t('workshop.session.tabsLabel')} className="samenspel-tabs">
            <ul>
              {TABS.map((tab) => (
                <li key={tab}>
                  <a
                    href={workshopHash({ name: 'workshop', id, view: tab })}
                    aria-current={view === tab ? 'page' : undefined}
                  >
                    {t(`workshop.session.tabs.${tab}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <section className="samenspel-view">
            {view === 'answers' && <AnswersView session={session.data} />}
            {view === 'rode-draden' && <RodeDradenView session={session.data} />}
            {view === 'finish' && <FinishView session={session.data} />}
            {view === 'setup' && <SetupView key={session.data.updatedAt} session={session.data} />}
          </section>
        </>
      )}
    </div>
  );
}
