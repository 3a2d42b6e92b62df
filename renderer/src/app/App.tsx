import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, Paragraph } from '@utrecht/component-library-react';
import { StartScreen } from './pages/StartScreen';
import { isPresenterRoute, workshopScreenKey } from '../features/workshop/route';
import { focusWhenShown } from '../lib/focus';
import { codeScreenKey } from '../features/code/route';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { mainMenu } from './menu';
import { useRoute } from './route';

// Everything but the start screen loads on demand, so the start screen paints fast.
const TrajectPage = lazy(() => import('./pages/TrajectPage').then((m) => ({ default: m.TrajectPage })));
const WorkshopScreen = lazy(() =>
  import('../features/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })),
);
const LotingScreen = lazy(() => import('../features/loting/LotingScreen').then((m) => ({ default: m.LotingScreen })));
const CodeScreen = lazy(() => import('../features/code/CodeScreen').then((m) => ({ default: m.CodeScreen })));

function LazyScreen({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>{children}</Suspense>;
}

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Moving focus to the new content tells keyboard and screen-reader users the page changed;
  // on first load the focus stays at the top so the skip link comes first. Only a change of
  // screen moves focus, not a change of phase or tab inside a traject (that would yank it away).
  const screenKey =
    route.name === 'traject'
      ? `traject:${route.id}`
      : route.name === 'workshop'
        ? workshopScreenKey(route)
        : route.name === 'loting'
          ? `loting:${route.poolId ?? ''}`
          : route.name === 'code'
            ? codeScreenKey(route)
            : 'start';
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // An opened traject: its title, once it has loaded (also right after "Traject maken").
    if (screenKey.startsWith('traject:')) focusWhenShown('#traject-heading');
    else main.current?.focus();
  }, [screenKey]);

  // The projector view fills the screen without the app header.
  if (route.name === 'workshop' && isPresenterRoute(route)) {
    return (
      <LazyScreen>
        <WorkshopScreen route={route} navigate={navigate} />
      </LazyScreen>
    );
  }

  return (
    <div className="samenspel-app">
      <a className="samenspel-skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <ReadOnlyBanner />
      <PageHeader className="samenspel-header">
        <div className="samenspel-header__inner">
          <span className="samenspel-logo" aria-hidden="true">
            ◆◆
          </span>
          <div>
            <p className="samenspel-header__name">{t('app.name')}</p>
            <Paragraph className="samenspel-header__tagline">{t('app.tagline')}</Paragraph>
          </div>
          <nav className="samenspel-header__nav" aria-label={t('app.nav.label')}>
            <ul>
              {mainMenu.map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    className="samenspel-header__link"
                    aria-current={item.active(route) ? 'page' : undefined}
                  >
                    {t(item.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </PageHeader>
      <main id="content" ref={main} tabIndex={-1} className="samenspel-main">
        {route.name === 'traject' ? (
          <LazyScreen>
            <TrajectPage route={route} navigate={navigate} />
          </LazyScreen>
        ) : route.name === 'workshop' ? (
          <LazyScreen>
            <WorkshopScreen route={route} navigate={navigate} />
          </LazyScreen>
        ) : route.name === 'loting' ? (
          <LazyScreen>
            <LotingScreen route={route} navigate={navigate} />
          </LazyScreen>
        ) : route.name === 'code' ? (
          <LazyScreen>
            <CodeScreen route={route} navigate={navigate} />
          </LazyScreen>
        ) : (
          <StartScreen onOpen={(id) => navigate({ name: 'traject', id, view: 'vraagstuk' })} />
        )}
      </main>
    </div>
  );
}
