import { useQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { WORKSHOP_STEPS, type RodeDraad, type WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { PRESENTER_WINDOW } from './presenterWindow';
import { sessionQuery } from './queries';
import { workshopHash } from './route';
import { stepKey, useSetPosition } from './position';
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
  const session = useQuery(sessionQuery(api, id, true));
  const draft = useSessionSync(id, { draft: true });
  const setPosition = useSetPosition(id);
  // Opened by the control window: closing ends this window; opened on its own: back to the session.
  const ownWindow = typeof window !== 'undefined' && (Boolean(window.opener) || window.name === PRESENTER_WINDOW);

  useEffect(() => {
    document.title = session.data ? `${session.data.title} – ${t('workshop.presenter.title')}` : 'Samenspel';
    return () => {
      document.title = 'Samenspel';
    };
  }, [session.data, t]);

  if (!session.data) {
    return (
      <main className="samenspel-presenter" id="content">
        <p className="samenspel-presenter__loading">{session.isError ? session.error.message : t('app.loading')}</p>
      </main>
    );
  }
  const s = session.data;
  const stepIndex = WORKSHOP_STEPS.indexOf(s.position.step);
  const nextStep = WORKSHOP_STEPS[stepIndex + 1];
  const goToStep = (i: number) =>
    setPosition.mutate({
      step: WORKSHOP_STEPS[i]!,
      questionIndex: i === 2 && stepIndex !== 2 ? 0 : s.position.questionIndex,
    });

  return (
    <div className="samenspel-presenter">
      <header className="samenspel-presenter__bar">
        <div className="samenspel-presenter__name">
          <span className="samenspel-presenter__session">{s.title}</span>
          <span className="samenspel-presenter__casus">{s.casus.title}</span>
        </div>
        <nav aria-label={t('workshop.presenter.steps')} className="samenspel-presenter__steps">
          <ol>
            {WORKSHOP_STEPS.map((step, i) => (
              <li key={step}>
                <button
                  type="button"
                  aria-current={step === s.position.step ? 'step' : undefined}
                  onClick={() => goToStep(i)}
                >
                  <span aria-hidden="true">{i + 1}</span> {t(stepKey(step))}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="samenspel-presenter__actions">
          <FullscreenButton />
          {ownWindow ? (
            <button type="button" className="samenspel-presenter__button" onClick={() => window.close()}>
              {t('workshop.presenter.close')}
            </button>
          ) : (
            <a className="samenspel-presenter__back" href={workshopHash({ name: 'workshop', id, view: 'answers' })}>
              {t('workshop.presenter.close')}
            </a>
          )}
        </div>
      </header>
      <main id="content" tabIndex={-1} className="samenspel-presenter__content">
        {s.position.step === 'casus' && <CasusStep session={s} />}
        {s.position.step === 'discussion' && <TalkStep session={s} />}
        {s.position.step === 'round' && (
          <RoundStep session={s} onQuestion={(questionIndex) => setPosition.mutate({ step: 'round', questionIndex })} />
        )}
        {s.position.step === 'rode-draden' && <RodeDradenStep session={s} threads={draft ?? s.rodeDraden} />}
      </main>
      <footer className="samenspel-presenter__footer">
        <Button appearance="secondary-action-button" disabled={stepIndex === 0} onClick={() => goToStep(stepIndex - 1)}>
          ← {t('workshop.presenter.previousStep')}
        </Button>
        <Button
          appearance="primary-action-button"
          disabled={stepIndex === WORKSHOP_STEPS.length - 1}
          onClick={() => goToStep(stepIndex + 1)}
        >
          {nextStep
            ? t('workshop.presenter.nextStep', { step: t(stepKey(nextStep)) })
            : t('workshop.presenter.lastStep')}{' '}
          →
        </Button>
      </footer>
    </div>
  );
}

function QuestionList({ session }: { session: WorkshopSession }) {
  return (
    <ol className="samenspel-presenter__questions">
      {session.questions.map((q) => (
        <li key={q.id}>
          <span className="samenspel-presenter__question">{q.title}</span>
          {q.explanation && <span className="samenspel-presenter__explanation">{q.explanation}</span>}
        </li>
      ))}
    </ol>
  );
}

function CasusStep({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  return (
    <div className="samenspel-presenter__casus-step">
      <section aria-labelledby="presenter-casus">
        <p className="samenspel-presenter__label">{t('workshop.presenter.casusLabel')}</p>
        <h1 id="presenter-casus">{session.casus.title}</h1>
        {session.casus.municipality && <p className="samenspel-presenter__meta">{session.casus.municipality}</p>}
        <MultilineText text={session.casus.vraagstuk} className="samenspel-presenter__vraagstuk" />
        <p className="samenspel-presenter__role">{t('workshop.presenter.role')}</p>
      </section>
      <section aria-labelledby="presenter-questions" className="samenspel-presenter__card">
        <h2 id="presenter-questions">
          {t('workshop.presenter.questionsHeading', { count: session.questions.length })}
        </h2>
        <QuestionList session={session} />
        <p className="samenspel-presenter__meta">
          {t('workshop.presenter.timeIntro', {
            discussion: duration(session.durations.discussionSec),
            round: duration(session.durations.roundSec),
          })}
        </p>
      </section>
    </div>
  );
}

function TalkStep({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  return (
    <div className="samenspel-presenter__discussion">
      <section aria-labelledby="presenter-gesprek">
        <p className="samenspel-presenter__label">{session.casus.title}</p>
        <h1 id="presenter-gesprek">{t('workshop.presenter.discussionHeading')}</h1>
        <QuestionList session={session} />
        <p className="samenspel-presenter__role">{t('workshop.presenter.discussionTip')}</p>
      </section>
      <TimerPanel session={session} timer="discussion" />
    </div>
  );
}

function RoundStep({ session, onQuestion }: { session: WorkshopSession; onQuestion(index: number): void }) {
  const { t } = useTranslation();
  const index = Math.min(session.position.questionIndex, session.questions.length - 1);
  const question = session.questions[index]!;
  const list = useFits(JSON.stringify(session.groups.map((g) => [g.name, session.answers[g.id]?.[question.id] ?? ''])));
  return (
    <div className="samenspel-presenter__round">
      <div className="samenspel-presenter__round-heading">
        <div>
          <p className="samenspel-presenter__label">
            {t('workshop.presenter.questionOf', { number: index + 1, total: session.questions.length })}
          </p>
          <h1>{question.title}</h1>
          <div className="samenspel-presenter__question-buttons">
            <Button appearance="secondary-action-button" disabled={index === 0} onClick={() => onQuestion(index - 1)}>
              ← {t('workshop.presenter.previousQuestion')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={index === session.questions.length - 1}
              onClick={() => onQuestion(index + 1)}
            >
              {t('workshop.presenter.nextQuestion')} →
            </Button>
          </div>
        </div>
        <TimerPanel session={session} timer="round" compact />
      </div>
      <ul
        ref={list}
        className="samenspel-presenter__columns"
        style={grid(session.groups.length)}
        aria-label={t('workshop.presenter.answersTo', { question: question.title })}
      >
        {session.groups.map((group) => {
          const answer = session.answers[group.id]?.[question.id]?.trim();
          return (
            <li key={group.id} className="samenspel-presenter__column">
              <h2>{group.name}</h2>
              {answer ? (
                <MultilineText text={answer} />
              ) : (
                <p className="samenspel-presenter__empty">{t('workshop.presenter.noAnswer')}</p>
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
function grid(count: number): CSSProperties {
  const rows = count <= 4 ? 1 : count <= 8 ? 2 : 3;
  return { '--kolommen': Math.ceil(count / rows), '--rijen': rows } as CSSProperties;
}

/**
 * The answer cards take their type size from the room they have (CSS container units); when an
 * answer is still too long for its card, the whole grid steps down a little, to no less than
 * 60 %, so the answers stay on one screen. Past that the screen scrolls rather than cut text off.
 */
function useFits(content: string) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => adjust(ref.current), [content]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => adjust(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

function adjust(el: HTMLElement | null): void {
  if (!el) return;
  let scale = 1;
  el.style.setProperty('--schaal', '1');
  while (el.scrollHeight > el.clientHeight + 1 && scale > 0.6) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    el.style.setProperty('--schaal', String(scale));
  }
}

function RodeDradenStep({ session, threads: all }: { session: WorkshopSession; threads: RodeDraad[] }) {
  const { t } = useTranslation();
  const groupName = new Map(session.groups.map((g) => [g.id, g.name]));
  const threads = all.filter((d) => d.text.trim() !== '');
  return (
    <section aria-labelledby="presenter-rode-draden" className="samenspel-presenter__rode-draden">
      <h1 id="presenter-rode-draden">{t('workshop.steps.rode-draden')}</h1>
      {threads.length === 0 ? (
        <p className="samenspel-presenter__empty">{t('workshop.presenter.noRodeDraden')}</p>
      ) : (
        <ol>
          {threads.map((d) => (
            <li key={d.id}>
              <span>{d.text}</span>
              {d.groupIds.length > 0 && (
                <span className="samenspel-presenter__groups">
                  {d.groupIds
                    .map((g) => groupName.get(g))
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="samenspel-presenter__role">{t('workshop.presenter.takeHome')}</p>
    </section>
  );
}

/** A duration as a trainer says it: "20 min", "30 seconden", "1:30 min". */
function duration(sec: number): string {
  if (sec < 60) return `${sec} seconden`;
  return sec % 60 === 0 ? `${sec / 60} min` : `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')} min`;
}
