import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { stepTimer, type WorkshopSession, type WorkshopPosition } from '@shared/workshop/index';
import { openPresenterWindow } from './presenterWindow';
import { workshopHash } from './route';
import { slides, slideIndex, stepKey, useSetPosition } from './position';
import { TimerPanel } from './TimerPanel';

/**
 * The trainer's remote: opens the presenter in a second window and moves it screen by screen
 * from here, so the laptop stays free for typing answers and rode draden while the room watches.
 */
export function Controls({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const setPosition = useSetPosition(session.id);
  const [blocked, setBlocked] = useState(false);
  const row = slides(session);
  const current = Math.max(0, slideIndex(session, session.position));
  const name = (position: WorkshopPosition) =>
    position.step === 'round'
      ? t('workshop.controls.roundQuestion', { number: position.questionIndex + 1, total: session.questions.length })
      : t(stepKey(position.step));
  const previous = row[current - 1];
  const next = row[current + 1];
  const timer = stepTimer(session.position.step);

  return (
    <section className="samenspel-workshop-controls" aria-labelledby="controls-heading">
      <div className="samenspel-workshop-controls__text">
        <h2 id="controls-heading" className="samenspel-workshop-controls__heading">
          {t('workshop.controls.heading')}
        </h2>
        <p className="samenspel-workshop-controls__current" aria-live="polite">
          {name(row[current]!)}
        </p>
      </div>
      <div className="samenspel-workshop-controls__buttons">
        <Button
          appearance="secondary-action-button"
          disabled={!previous}
          onClick={() => previous && setPosition.mutate(previous)}
        >
          ← {previous ? t('workshop.controls.previous', { screen: name(previous) }) : t('workshop.controls.first')}
        </Button>
        <Button appearance="secondary-action-button" disabled={!next} onClick={() => next && setPosition.mutate(next)}>
          {next ? t('workshop.controls.next', { screen: name(next) }) : t('workshop.controls.last')} →
        </Button>
        <Button appearance="primary-action-button" onClick={() => setBlocked(!openPresenterWindow(session.id))}>
          {t('workshop.session.present')}
        </Button>
      </div>
      {timer && (
        // The timer can be run from here too, so the trainer never has to reach for the projector screen.
        <div className="samenspel-workshop-controls__timer">
          <TimerPanel session={session} timer={timer} compact quiet />
        </div>
      )}
      {blocked && (
        <Paragraph className="samenspel-workshop-controls__notice" role="alert">
          {t('workshop.controls.blocked')}{' '}
          <a href={workshopHash({ name: 'workshop', id: session.id, view: 'presenter' })}>
            {t('workshop.controls.presentHere')}
          </a>
        </Paragraph>
      )}
    </section>
  );
}
