import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useApi } from '../../api/context';
import { routeHash, trajectViews, type Route, type TrajectView } from '../../app/route';
import { AnswersSessionProvider } from '../flow/AnswersSessionProvider';
import { FlowView } from '../flow/FlowView';
import { OverzichtView } from '../flow/OverzichtView';
import { ExportButton } from '../export/ExportDialog';
import { focusWhenShown } from '../../lib/focus';
import { errorMessage } from '../../lib/errorMessage';
import { formatDatum } from './format';
import { trajectQuery } from './queries';
import { VraagstukView } from './VraagstukView';

type TrajectRoute = Extract<Route, { name: 'traject' }>;

// React Flow and elkjs are only needed on the procesplaat tab: loading them later keeps the first screen fast.
const ProcesplaatView = lazy(() =>
  import('../procesplaat/ProcesplaatView').then((m) => ({ default: m.ProcesplaatView })),
);

export interface TrajectPageProps {
  route: TrajectRoute;
  navigate(route: Route): void;
}

export function TrajectPage({ route, navigate }: TrajectPageProps) {
  const { t } = useTranslation();
  const api = useApi();
  const traject = useQuery(trajectQuery(api, route.id));
  const to = (view: TrajectView, sub?: string): TrajectRoute =>
    sub ? { name: 'traject', id: route.id, view, sub } : { name: 'traject', id: route.id, view };

  useEffect(() => {
    if (traject.data) document.title = `${traject.data.titel} – Samenspel`;
    return () => {
      document.title = 'Samenspel';
    };
  }, [traject.data]);

  // "Volgende" at the end of each step: to the next tab, with the focus on its heading.
  const naar = (view: TrajectView, sub: string | undefined, focus: string) => {
    navigate(to(view, sub));
    focusWhenShown(focus);
  };
  const printbaar = route.view === 'fasen' || route.view === 'overzicht';

  return (
    <div className="samenspel-traject">
      <button
        type="button"
        className="samenspel-link-button samenspel-terug"
        onClick={() => navigate({ name: 'start' })}
      >
        ← {t('traject.back')}
      </button>
      {traject.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {traject.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(traject.error)}</Paragraph>
        </Alert>
      )}
      {traject.data && (
        // One answers session for all tabs and the export: undo history survives a tab switch,
        // and pending changes are saved on leaving and before an export.
        <AnswersSessionProvider key={traject.data.id} trajectId={traject.data.id}>
          <div className="samenspel-traject__kop">
            <div className="samenspel-traject__titel">
              <Heading1 id="traject-kop" tabIndex={-1}>
                {traject.data.titel}
              </Heading1>
              <Paragraph className="samenspel-meta">
                {[traject.data.gemeente, t('traject.updated', { datum: formatDatum(traject.data.updatedAt) })]
                  .filter(Boolean)
                  .join(' · ')}
              </Paragraph>
            </div>
            <div className="samenspel-traject__acties">
              {printbaar && <AfdrukkenKnop />}
              <ExportButton traject={traject.data} />
            </div>
          </div>
          <nav aria-label={t('traject.viewsLabel')} className="samenspel-tabs">
            <ul>
              {trajectViews.map((view) => (
                <li key={view}>
                  <a href={routeHash(to(view))} aria-current={route.view === view ? 'page' : undefined}>
                    {t(`traject.views.${view}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <section className="samenspel-view">
            {route.view === 'vraagstuk' && (
              <VraagstukView
                key={traject.data.id}
                traject={traject.data}
                onNext={() => naar('fasen', 'agendering', '#fase-kop')}
                onOpenCopy={(id) => navigate({ name: 'traject', id, view: 'vraagstuk' })}
              />
            )}
            {route.view === 'fasen' && (
              <FlowView
                traject={traject.data}
                phase={route.sub}
                onPhase={(phase) => navigate(to('fasen', phase))}
                onOverzicht={() => naar('overzicht', undefined, '#overzicht-kop')}
              />
            )}
            {route.view === 'overzicht' && (
              <OverzichtView
                traject={traject.data}
                onNext={() => naar('procesplaat', undefined, '.samenspel-view h2')}
              />
            )}
            {route.view === 'procesplaat' && (
              <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
                <ProcesplaatView traject={traject.data} />
              </Suspense>
            )}
          </section>
        </AnswersSessionProvider>
      )}
    </div>
  );
}

/** Prints the tab as it is (the print stylesheet leaves out the header, the tabs and the buttons). */
function AfdrukkenKnop() {
  const { t } = useTranslation();
  return (
    <Button appearance="secondary-action-button" onClick={() => window.print()}>
      {t('traject.afdrukken')}
    </Button>
  );
}
