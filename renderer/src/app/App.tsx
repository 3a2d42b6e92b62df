import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, Paragraph } from '@utrecht/component-library-react';
import { StartScreen } from '../features/trajecten/StartScreen';
import { TrajectPage } from '../features/trajecten/TrajectPage';
import { isPresenterRoute, WorkshopScreen, workshopScreenKey } from '../features/workshop/WorkshopScreen';
import { LotingScreen } from '../features/loting/LotingScreen';
import { useRoute } from './route';

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
          : 'start';
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [screenKey]);

  // The projector view fills the screen without the app header.
  if (route.name === 'workshop' && isPresenterRoute(route)) return <WorkshopScreen route={route} navigate={navigate} />;

  return (
    <div className="samenspel-app">
      <a className="samenspel-skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <PageHeader className="samenspel-header">
        <div className="samenspel-header__inner">
          <span className="samenspel-logo" aria-hidden="true">
            ◆◆
          </span>
          <div>
            <p className="samenspel-header__name">{t('app.name')}</p>
            <Paragraph className="samenspel-header__tagline">{t('app.tagline')}</Paragraph>
          </div>
          <nav className="samenspel-header__nav" aria-label={t('loting.nav')}>
            <a
              href="#/loting"
              className="samenspel-header__link"
              aria-current={route.name === 'loting' ? 'page' : undefined}
            >
              {t('loting.nav')}
            </a>
          </nav>
        </div>
      </PageHeader>
      <main id="inhoud" ref={main} tabIndex={-1} className="samenspel-main">
        {route.name === 'traject' ? (
          <TrajectPage route={route} navigate={navigate} />
        ) : route.name === 'workshop' ? (
          <WorkshopScreen route={route} navigate={navigate} />
        ) : route.name === 'loting' ? (
          <LotingScreen route={route} navigate={navigate} />
        ) : (
          <StartScreen onOpen={(id) => navigate({ name: 'traject', id, view: 'vraagstuk' })} />
        )}
      </main>
    </div>
  );
}
