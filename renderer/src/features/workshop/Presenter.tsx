import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { WORKSHOP_STEPS, type RodeDraad, type WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { PRESENTER_WINDOW } from './presenterWindow';
import { sessionQuery } from './queries';
import { workshopHash } from './route';
import { useSetPosition } from './position';
import { useSessionSync } from './sync';
import { TimerPanel } from './TimerPanel';
import { FullscreenButton } from './FullscreenButton';
import { MultilineText } from './MultilineText';

/**
 * The projector view: one screen per step, large type, high contrast, no app chrome. Usually a
 * second window opened from the trainer's control screen: it reads the session from the API
 * when it opens, then follows the control window's changes as they happen (useSessionSync),
 * with polling as a fallback.
 */
export function Presenter({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const sessie = useQuery(sessionQuery(api, id, true));
  const concept = useSessionSync(id, { concept: true });
  const setPosition = useSetPosition(id);
  // Opened by the control window: closing ends this window; opened on its own: back to the session.
  const eigenVenster = typeof window !== 'undefined' && (Boolean(window.opener) || window.name === PRESENTER_WINDOW);

  useEffect(() => {
    document.title = sessie.data ? `${sessie.data.titel} – ${t('workshop.presenter.titel')}` : 'Samenspel';
    return () => {
      document.title = 'Samenspel';
    };
  }, [sessie.data, t]);

  if (!sessie.data) {
    return (
      <main className="samenspel-presenter" id="inhoud">
        <p className="samenspel-presenter__laden">{sessie.isError ? sessie.error.message : t('app.loading')}</p>
      </main>
    );
  }
  const s = sessie.data;
  const stapIndex = WORKSHOP_STEPS.indexOf(s.stand.stap);
  const volgendeStap = WORKSHOP_STEPS[stapIndex + 1];
  const goToStep = (i: number) =>
    setPosition.mutate({ stap: WORKSHOP_STEPS[i]!, vraagIndex: i === 2 && stapIndex !== 2 ? 0 : s.stand.vraagIndex });

  return (
    <div className="samenspel-presenter">
      <header className="samenspel-presenter__balk">
        <div className="samenspel-presenter__naam">
          <span className="samenspel-presenter__sessie">{s.titel}</span>
          <span className="samenspel-presenter__casus">{s.casus.title}</span>
        </div>
        <nav aria-label={t('workshop.presenter.stappen')} className="samenspel-presenter__stappen">
          <ol>
            {WORKSHOP_STEPS.map((stap, i) => (
              <li key={stap}>
                <button
                  type="button"
                  aria-current={stap === s.stand.stap ? 'step' : undefined}
                  onClick={() => goToStep(i)}
                >
                  <span aria-hidden="true">{i + 1}</span> {t(`workshop.stappen.${stap}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="samenspel-presenter__acties">
          <FullscreenButton />
          {eigenVenster ? (
            <button type="button" className="samenspel-presenter__knop" onClick={() => window.close()}>
              {t('workshop.presenter.sluiten')}
            </button>
          ) : (
            <a className="samenspel-presenter__terug" href={workshopHash({ name: 'workshop', id, view: 'antwoorden' })}>
              {t('workshop.presenter.sluiten')}
            </a>
          )}
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="samenspel-presenter__inhoud">
        {s.stand.stap === 'casus' && <CasusStep sessie={s} />}
        {s.stand.stap === 'gesprek' && <TalkStep sessie={s} />}
        {s.stand.stap === 'rondgang' && (
          <RoundStep sessie={s} onVraag={(vraagIndex) => setPosition.mutate({ stap: 'rondgang', vraagIndex })} />
        )}
        {s.stand.stap === 'rode-draden' && <RodeDradenStep sessie={s} draden={concept ?? s.rodeDraden} />}
      </main>
      <footer className="samenspel-presenter__voet">
        <Button appearance="secondary-action-button" disabled={stapIndex === 0} onClick={() => goToStep(stapIndex - 1)}>
          ← {t('workshop.presenter.vorigeStap')}
        </Button>
        <Button
          appearance="primary-action-button"
          disabled={stapIndex === WORKSHOP_STEPS.length - 1}
          onClick={() => goToStep(stapIndex + 1)}
        >
          {volgendeStap
            ? t('workshop.presenter.volgendeStap', { stap: t(`workshop.stappen.${volgendeStap}`) })
            : t('workshop.presenter.laatsteStap')}{' '}
          →
        </Button>
      </footer>
    </div>
  );
}

function QuestionList({ sessie }: { sessie: WorkshopSession }) {
  return (
    <ol className="samenspel-presenter__vragen">
      {sessie.vragen.map((v) => (
        <li key={v.id}>
          <span className="samenspel-presenter__vraag">{v.titel}</span>
          {v.toelichting && <span className="samenspel-presenter__toelichting">{v.toelichting}</span>}
        </li>
      ))}
    </ol>
  );
}

function CasusStep({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  return (
    <div className="samenspel-presenter__casusstap">
      <section aria-labelledby="presenter-casus">
        <p className="samenspel-presenter__label">{t('workshop.presenter.casusLabel')}</p>
        <h1 id="presenter-casus">{sessie.casus.title}</h1>
        {sessie.casus.municipality && <p className="samenspel-presenter__meta">{sessie.casus.municipality}</p>}
        <MultilineText tekst={sessie.casus.vraagstuk} className="samenspel-presenter__vraagstuk" />
        <p className="samenspel-presenter__rol">{t('workshop.presenter.rol')}</p>
      </section>
      <section aria-labelledby="presenter-vragen" className="samenspel-presenter__kaart">
        <h2 id="presenter-vragen">{t('workshop.presenter.vragenKop', { count: sessie.vragen.length })}</h2>
        <QuestionList sessie={sessie} />
        <p className="samenspel-presenter__meta">
          {t('workshop.presenter.tijdUitleg', {
            gesprek: duur(sessie.tijden.gesprekSec),
            rondgang: duur(sessie.tijden.rondgangSec),
          })}
        </p>
      </section>
    </div>
  );
}

function TalkStep({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  return (
    <div className="samenspel-presenter__gesprek">
      <section aria-labelledby="presenter-gesprek">
        <p className="samenspel-presenter__label">{sessie.casus.title}</p>
        <h1 id="presenter-gesprek">{t('workshop.presenter.gesprekKop')}</h1>
        <QuestionList sessie={sessie} />
        <p className="samenspel-presenter__rol">{t('workshop.presenter.gesprekTip')}</p>
      </section>
      <TimerPanel sessie={sessie} timer="discussion" />
    </div>
  );
}

function RoundStep({ sessie, onVraag }: { sessie: WorkshopSession; onVraag(index: number): void }) {
  const { t } = useTranslation();
  const index = Math.min(sessie.stand.vraagIndex, sessie.vragen.length - 1);
  const vraag = sessie.vragen[index]!;
  const lijst = useFits(JSON.stringify(sessie.groepen.map((g) => [g.naam, sessie.antwoorden[g.id]?.[vraag.id] ?? ''])));
  return (
    <div className="samenspel-presenter__rondgang">
      <div className="samenspel-presenter__rondgangkop">
        <div>
          <p className="samenspel-presenter__label">
            {t('workshop.presenter.vraagVan', { nummer: index + 1, totaal: sessie.vragen.length })}
          </p>
          <h1>{vraag.titel}</h1>
          <div className="samenspel-presenter__vraagknoppen">
            <Button appearance="secondary-action-button" disabled={index === 0} onClick={() => onVraag(index - 1)}>
              ← {t('workshop.presenter.vorigeVraag')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={index === sessie.vragen.length - 1}
              onClick={() => onVraag(index + 1)}
            >
              {t('workshop.presenter.volgendeVraag')} →
            </Button>
          </div>
        </div>
        <TimerPanel sessie={sessie} timer="round" compact />
      </div>
      <ul
        ref={lijst}
        className="samenspel-presenter__kolommen"
        style={raster(sessie.groepen.length)}
        aria-label={t('workshop.presenter.antwoordenVan', { vraag: vraag.titel })}
      >
        {sessie.groepen.map((groep) => {
          const tekst = sessie.antwoorden[groep.id]?.[vraag.id]?.trim();
          return (
            <li key={groep.id} className="samenspel-presenter__kolom">
              <h2>{groep.naam}</h2>
              {tekst ? (
                <MultilineText tekst={tekst} />
              ) : (
                <p className="samenspel-presenter__leeg">{t('workshop.presenter.geenAntwoord')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * All groups side by side on one screen, in as many rows as needed (up to 3 rows of 4 for 12
 * groups), so the room sees every answer at once during the round.
 */
function raster(aantal: number): CSSProperties {
  const rijen = aantal <= 4 ? 1 : aantal <= 8 ? 2 : 3;
  return { '--kolommen': Math.ceil(aantal / rijen), '--rijen': rijen } as CSSProperties;
}

/**
 * The answer cards take their type size from the room they have (CSS container units); when an
 * answer is still too long for its card, the whole grid steps down a little, to no less than
 * 60 %, so the answers stay on one screen. Past that the screen scrolls rather than cut text off.
 */
function useFits(inhoud: string) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => adjust(ref.current), [inhoud]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const waarnemer = new ResizeObserver(() => adjust(el));
    waarnemer.observe(el);
    return () => waarnemer.disconnect();
  }, []);
  return ref;
}

function adjust(el: HTMLElement | null): void {
  if (!el) return;
  let schaal = 1;
  el.style.setProperty('--schaal', '1');
  while (el.scrollHeight > el.clientHeight + 1 && schaal > 0.6) {
    schaal = Math.round((schaal - 0.05) * 100) / 100;
    el.style.setProperty('--schaal', String(schaal));
  }
}

function RodeDradenStep({ sessie, draden: alle }: { sessie: WorkshopSession; draden: RodeDraad[] }) {
  const { t } = useTranslation();
  const naam = new Map(sessie.groepen.map((g) => [g.id, g.naam]));
  const draden = alle.filter((d) => d.tekst.trim() !== '');
  return (
    <section aria-labelledby="presenter-rode-draden" className="samenspel-presenter__draden">
      <h1 id="presenter-rode-draden">{t('workshop.stappen.rode-draden')}</h1>
      {draden.length === 0 ? (
        <p className="samenspel-presenter__leeg">{t('workshop.presenter.geenRodeDraden')}</p>
      ) : (
        <ol>
          {draden.map((d) => (
            <li key={d.id}>
              <span>{d.tekst}</span>
              {d.groepIds.length > 0 && (
                <span className="samenspel-presenter__groepen">
                  {d.groepIds
                    .map((g) => naam.get(g))
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="samenspel-presenter__rol">{t('workshop.presenter.meenemen')}</p>
    </section>
  );
}

/** A duration as a trainer says it: "20 min", "30 seconden", "1:30 min". */
function duur(sec: number): string {
  if (sec < 60) return `${sec} seconden`;
  return sec % 60 === 0 ? `${sec / 60} min` : `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')} min`;
}
