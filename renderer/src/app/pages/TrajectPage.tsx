import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import type * as ProcesplaatExports from '../../features/procesplaat/ProcesplaatView';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { routeHash, trajectViews, type Route, type TrajectView } from '../route';
import { AnswersSessionProvider } from '../../lib/answers/AnswersSessionProvider';
import { FlowView } from '../../features/flow/FlowView';
import { OverviewView } from '../../features/flow/OverviewView';
import { ExportButton } from '../../features/export/ExportDialog';
import { CodeChecksForPhase, CodeChecksOverview } from '../../features/code/CodeChecks';
import { focusWhenShown } from '../../lib/focus';
import { errorMessage } from '../../lib/errorMessage';
import { formatDateTime } from '@shared/format';
import { procesplaatQuery } from '../../features/procesplaat/queries';
import { apiKey, apiQuery } from '../../api/queries';
import { VraagstukView } from '../../features/trajecten/VraagstukView';

type TrajectRoute = Extract<Route, { name: 'traject' }>;

// React Flow is only needed on the procesplaat tab: its chunk loads after the traject page (see
// useProcesplaatPreload), so the start screen and the first tab paint without it.
type ProcesplaatModule = typeof ProcesplaatExports;
let procesplaatModule: ProcesplaatModule | undefined;
let procesplaatLoading: Promise<ProcesplaatModule> | undefined;
const procesplaatListeners = new Set<() => void>();
function loadProcesplaat(): Promise<ProcesplaatModule> {
  procesplaatLoading ??= import('../../features/procesplaat/ProcesplaatView').then(
    (m) => {
      procesplaatModule = m;
      procesplaatListeners.forEach((listener) => listener());
      return m;
    },
    (error: unknown) => {
      // Tried again the next time the tab opens.
      procesplaatLoading = undefined;
      throw error;
    },
  );
  return procesplaatLoading;
}
const subscribeProcesplaat = (listener: () => void) => {
  procesplaatListeners.add(listener);
  return () => procesplaatListeners.delete(listener);
};

/**
 * Once the traject page has painted and the browser is idle, the procesplaat tab's code (and with
 * it the editor chunk, which that module requests at once) loads in the background, and the plate
 * is fetched and kept half a minute: opening the tab then only draws it. (A plate changed in another
 * window meanwhile is caught by the revision check on the first save, like any stale copy.)
 */
function useProcesplaatPreload(api: ApiClient, queryClient: QueryClient, trajectId: string) {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(
      () => {
        // A failure here is shown when the tab itself asks for the code.
        void loadProcesplaat().catch(() => undefined);
        void queryClient.prefetchQuery({ ...procesplaatQuery(api, trajectId), gcTime: 30_000 });
      },
      { timeout: 1500 },
    );
    return () => {
      cancel(handle);
      // Leaving the traject: no copy stays behind for a later visit (another screen may change the plate).
      queryClient.removeQueries({ queryKey: apiKey('procesplaat.get', { trajectId }), exact: true, type: 'inactive' });
    };
  }, [api, queryClient, trajectId]);
}

/**
 * The procesplaat tab: drawn at once when its code is in, else a loading text until it is. No
 * React.lazy: a Suspense fallback, once shown, is kept on screen for at least 300 ms more.
 */
function ProcesplaatTab({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const loaded = useSyncExternalStore(subscribeProcesplaat, () => procesplaatModule);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => void loadProcesplaat().catch(setFailed), []);
  if (failed)
    return (
      <Alert type="error">
        <Paragraph>{errorMessage(failed)}</Paragraph>
      </Alert>
    );
  if (!loaded) return <Paragraph>{t('app.loading')}</Paragraph>;
  return <loaded.ProcesplaatView traject={traject} />;
}

export interface TrajectPageProps {
  route: TrajectRoute;
  navigate(route: Route): void;
}

export function TrajectPage({ route, navigate }: TrajectPageProps) {
  const { t } = useTranslation();
  const api = useApi();
  const traject = useQuery(apiQuery(api, 'trajecten.get', { id: route.id }));
  const queryClient = useQueryClient();
  useProcesplaatPreload(api, queryClient, route.id);
  // Kept a few seconds for the click that usually follows; the editor takes it over from there.
  const prefetchPlate = () => {
    void queryClient.prefetchQuery({ ...procesplaatQuery(api, route.id), gcTime: 5_000 });
  };
  const to = (view: TrajectView, sub?: string): TrajectRoute =>
    sub ? { name: 'traject', id: route.id, view, sub } : { name: 'traject', id: route.id, view };

  useEffect(() => {
    if (traject.data) document.title = `${traject.data.title} – Samenspel`;
    return () => {
      document.title = 'Samenspel';
    };
  }, [traject.data]);

  // "Volgende" at the end of each step: to the next tab, with the focus on its heading.
  const goTo = (view: TrajectView, sub: string | undefined, focus: string) => {
    navigate(to(view, sub));
    focusWhenShown(focus);
  };
  const printable = route.view === 'phases' || route.view === 'overview';

  return (
    <div className="samenspel-traject">
      <button
        type="button"
        className="samenspel-link-button samenspel-back"
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
          <div className="samenspel-traject__header">
            <div className="samenspel-traject__title">
              <Heading1 id="traject-heading" tabIndex={-1}>
                {traject.data.title}
              </Heading1>
              <Paragraph className="samenspel-meta">
                {[traject.data.municipality, t('traject.updated', { date: formatDateTime(traject.data.updatedAt) })]
                  .filter(Boolean)
                  .join(' · ')}
              </Paragraph>
            </div>
            <div className="samenspel-traject__actions">
              {printable && <PrintButton />}
              <ExportButton traject={traject.data} />
            </div>
          </div>
          <nav aria-label={t('traject.viewsLabel')} className="samenspel-tabs">
            <ul>
              {trajectViews.map((view) => (
                <li key={view}>
                  <a
                    href={routeHash(to(view))}
                    aria-current={route.view === view ? 'page' : undefined}
                    // Pointer on or focus at the procesplaat tab: the plate is fetched before the click.
                    {...(view === 'procesplaat' && route.view !== 'procesplaat'
                      ? { onPointerEnter: prefetchPlate, onFocus: prefetchPlate }
                      : {})}
                  >
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
                onNext={() => goTo('phases', 'agendering', '#phase-heading')}
                onOpenCopy={(id) => navigate({ name: 'traject', id, view: 'vraagstuk' })}
              />
            )}
            {route.view === 'phases' && (
              <FlowView
                traject={traject.data}
                phase={route.sub}
                onPhase={(phase) => navigate(to('phases', phase))}
                onOverview={() => goTo('overview', undefined, '#overview-heading')}
                renderPhaseChecks={(phase) => <CodeChecksForPhase traject={traject.data} phase={phase} />}
              />
            )}
            {route.view === 'overview' && (
              <OverviewView
                traject={traject.data}
                onNext={() => goTo('procesplaat', undefined, '.samenspel-view h2')}
                checks={<CodeChecksOverview traject={traject.data} />}
              />
            )}
            {route.view === 'procesplaat' && <ProcesplaatTab traject={traject.data} />}
          </section>
        </AnswersSessionProvider>
      )}
    </div>
  );
}

/** Prints the tab as it is (the print stylesheet leaves out the header, the tabs and the buttons). */
function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button appearance="secondary-action-button" onClick={() => window.print()}>
      {t('traject.print')}
    </Button>
  );
}
