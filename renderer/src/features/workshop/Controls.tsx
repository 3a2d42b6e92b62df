import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { stepTimer, type WorkshopSession, type WorkshopPosition } from '@shared/workshop/index';
import { openPresenterWindow } from './presenterWindow';
import { workshopHash } from './route';
import { slides, slideIndex, useSetPosition } from './position';
import { TimerPanel } from './TimerPanel';

/**
 * The trainer's remote: opens the presenter in a second window and moves it screen by screen
 * from here, so the laptop stays free for typing answers and rode draden while the room watches.
 */
export function Controls({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  const setPosition = useSetPosition(sessie.id);
  const [geblokkeerd, setGeblokkeerd] = useState(false);
  const rij = slides(sessie);
  const nu = Math.max(0, slideIndex(sessie, sessie.stand));
  const naam = (stand: WorkshopPosition) =>
    stand.stap === 'rondgang'
      ? t('workshop.bediening.rondgangVraag', { nummer: stand.vraagIndex + 1, totaal: sessie.vragen.length })
      : t(`workshop.stappen.${stand.stap}`);
  const vorige = rij[nu - 1];
  const volgende = rij[nu + 1];
  const timer = stepTimer(sessie.stand.stap);

  return (
    <section className="samenspel-workshop-bediening" aria-labelledby="bediening-kop">
      <div className="samenspel-workshop-bediening__tekst">
        <h2 id="bediening-kop" className="samenspel-workshop-bediening__kop">
          {t('workshop.bediening.kop')}
        </h2>
        <p className="samenspel-workshop-bediening__nu" aria-live="polite">
          {naam(rij[nu]!)}
        </p>
      </div>
      <div className="samenspel-workshop-bediening__knoppen">
        <Button
          appearance="secondary-action-button"
          disabled={!vorige}
          onClick={() => vorige && setPosition.mutate(vorige)}
        >
          ← {vorige ? t('workshop.bediening.vorige', { scherm: naam(vorige) }) : t('workshop.bediening.eerste')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={!volgende}
          onClick={() => volgende && setPosition.mutate(volgende)}
        >
          {volgende ? t('workshop.bediening.volgende', { scherm: naam(volgende) }) : t('workshop.bediening.laatste')} →
        </Button>
        <Button appearance="primary-action-button" onClick={() => setGeblokkeerd(!openPresenterWindow(sessie.id))}>
          {t('workshop.sessie.presenteren')}
        </Button>
      </div>
      {timer && (
        // The timer can be run from here too, so the trainer never has to reach for the projector screen.
        <div className="samenspel-workshop-bediening__timer">
          <TimerPanel sessie={sessie} timer={timer} compact stil />
        </div>
      )}
      {geblokkeerd && (
        <Paragraph className="samenspel-workshop-bediening__melding" role="alert">
          {t('workshop.bediening.geblokkeerd')}{' '}
          <a href={workshopHash({ name: 'workshop', id: sessie.id, view: 'presenter' })}>
            {t('workshop.bediening.hierPresenteren')}
          </a>
        </Paragraph>
      )}
    </section>
  );
}
