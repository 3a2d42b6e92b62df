import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { formatClock } from '@shared/format';
import {
  remainingSeconds,
  timerState,
  allowedActions,
  type TimerAction,
  type TimerName,
  type WorkshopSession,
} from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { useNow } from './clock';
import { apiKey } from '../../api/queries';
import { prepareSound, playEndSignal } from './signal';

export interface TimerPanelProps {
  sessie: WorkshopSession;
  timer: TimerName;
  /** Smaller, for next to the answers during the round. */
  compact?: boolean;
  /** No end signal here: the control screen next to the projector stays quiet, the room hears one chime. */
  stil?: boolean;
}

const EXTENSIONS = [1, 5] as const;

export function TimerPanel({ sessie, timer, compact = false, stil = false }: TimerPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const nu = useNow(true);
  const basisMs = (timer === 'discussion' ? sessie.tijden.gesprekSec : sessie.tijden.rondgangSec) * 1000;
  const stand = timerState(sessie.timerEvents, timer, basisMs, nu);
  const acties = allowedActions(stand.status);
  const [fout, setFout] = useState<string | null>(null);

  const druk = useMutation({
    mutationFn: ({ actie, ms }: { actie: TimerAction; ms?: number }) =>
      api.call('workshop.pressTimer', { sessieId: sessie.id, timer, action: actie, ...(ms ? { ms } : {}) }),
    onSuccess: ({ timerEvents }) => {
      setFout(null);
      queryClient.setQueryData(apiKey('workshop.get', { id: sessie.id }), (oud: WorkshopSession | undefined) =>
        oud ? { ...oud, timerEvents } : oud,
      );
    },
    onError: (error) => {
      setFout(error.message);
      return queryClient.invalidateQueries({ queryKey: apiKey('workshop.get', { id: sessie.id }) });
    },
  });

  // The signal sounds only when the end is seen happening, not when a session that ran out
  // earlier is reopened: a chime on opening would startle a room for nothing.
  const vorige = useRef(stand.status);
  useEffect(() => {
    if (vorige.current === 'running' && stand.status === 'finished' && sessie.sound && !stil) playEndSignal();
    vorige.current = stand.status;
  }, [stand.status, sessie.sound, stil]);

  const afgelopen = stand.status === 'finished';
  const kopId = `timer-${timer}-kop`;
  return (
    <section
      className={`samenspel-timer${compact ? ' samenspel-timer--compact' : ''}${afgelopen ? ' samenspel-timer--afgelopen' : ''}`}
      aria-labelledby={kopId}
    >
      <h2 id={kopId} className="samenspel-timer__kop">
        {t(`workshop.timer.naam.${timer}`)}
      </h2>
      <p className="samenspel-timer__klok" role="timer" aria-label={t('workshop.timer.resterend')}>
        {formatClock(remainingSeconds(stand.remainingMs))}
      </p>
      <p className="samenspel-timer__status" role="status">
        {afgelopen ? t('workshop.timer.finished') : t(`workshop.timer.status.${stand.status}`)}
      </p>
      <div className="samenspel-timer__knoppen">
        {acties.includes('start') && (
          <Button
            appearance="primary-action-button"
            onClick={() => {
              if (!stil) prepareSound();
              druk.mutate({ actie: 'start' });
            }}
          >
            {t('workshop.timer.start')}
          </Button>
        )}
        {acties.includes('pause') && (
          <Button appearance="primary-action-button" onClick={() => druk.mutate({ actie: 'pause' })}>
            {t('workshop.timer.pause')}
          </Button>
        )}
        {acties.includes('resume') && (
          <Button appearance="primary-action-button" onClick={() => druk.mutate({ actie: 'resume' })}>
            {t('workshop.timer.resume')}
          </Button>
        )}
        {EXTENSIONS.map((min) => (
          <Button
            key={min}
            appearance="secondary-action-button"
            onClick={() => druk.mutate({ actie: 'extend', ms: min * 60_000 })}
          >
            {t('workshop.timer.extend', { count: min })}
          </Button>
        ))}
        {acties.includes('restart') && (
          <Button appearance="subtle-button" onClick={() => druk.mutate({ actie: 'restart' })}>
            {t('workshop.timer.restart')}
          </Button>
        )}
      </div>
      {fout && <p className="samenspel-error">{fout}</p>}
    </section>
  );
}
