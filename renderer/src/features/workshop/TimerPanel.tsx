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
  session: WorkshopSession;
  timer: TimerName;
  /** Smaller, for next to the answers during the round. */
  compact?: boolean;
  /** No end signal here: the control screen next to the projector stays quiet, the room hears one chime. */
  quiet?: boolean;
}

const EXTENSIONS = [1, 5] as const;

export function TimerPanel({ session, timer, compact = false, quiet = false }: TimerPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const current = useNow(true);
  const baseMs = (timer === 'discussion' ? session.durations.discussionSec : session.durations.roundSec) * 1000;
  const state = timerState(session.timerEvents, timer, baseMs, current);
  const actions = allowedActions(state.status);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  const press = useMutation({
    mutationFn: ({ action, ms }: { action: TimerAction; ms?: number }) =>
      api.call('workshop.pressTimer', { sessionId: session.id, timer, action: action, ...(ms ? { ms } : {}) }),
    onSuccess: ({ timerEvents }) => {
      setErrorMessage(null);
      queryClient.setQueryData(apiKey('workshop.get', { id: session.id }), (previous: WorkshopSession | undefined) =>
        previous ? { ...previous, timerEvents } : previous,
      );
    },
    onError: (error) => {
      setErrorMessage(error.message);
      return queryClient.invalidateQueries({ queryKey: apiKey('workshop.get', { id: session.id }) });
    },
  });

  // The signal sounds only when the end is seen happening, not when a session that ran out
  // earlier is reopened: a chime on opening would startle a room for nothing.
  const previous = useRef(state.status);
  useEffect(() => {
    if (previous.current === 'running' && state.status === 'finished' && session.sound && !quiet) playEndSignal();
    previous.current = state.status;
  }, [state.status, session.sound, quiet]);

  const finished = state.status === 'finished';
  const headingId = `timer-${timer}-heading`;
  return (
    <section
      className={`samenspel-timer${compact ? ' samenspel-timer--compact' : ''}${finished ? ' samenspel-timer--finished' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="samenspel-timer__heading">
        {t(`workshop.timer.name.${timer}`)}
      </h2>
      <p className="samenspel-timer__clock" role="timer" aria-label={t('workshop.timer.remaining')}>
        {formatClock(remainingSeconds(state.remainingMs))}
      </p>
      <p className="samenspel-timer__status" role="status">
        {finished ? t('workshop.timer.finished') : t(`workshop.timer.status.${state.status}`)}
      </p>
      <div className="samenspel-timer__buttons">
        {actions.includes('start') && (
          <Button
            appearance="primary-action-button"
            onClick={() => {
              if (!quiet) prepareSound();
              press.mutate({ action: 'start' });
            }}
          >
            {t('workshop.timer.start')}
          </Button>
        )}
        {actions.includes('pause') && (
          <Button appearance="primary-action-button" onClick={() => press.mutate({ action: 'pause' })}>
            {t('workshop.timer.pause')}
          </Button>
        )}
        {actions.includes('resume') && (
          <Button appearance="primary-action-button" onClick={() => press.mutate({ action: 'resume' })}>
            {t('workshop.timer.resume')}
          </Button>
        )}
        {EXTENSIONS.map((min) => (
          <Button
            key={min}
            appearance="secondary-action-button"
            onClick={() => press.mutate({ action: 'extend', ms: min * 60_000 })}
          >
            {t('workshop.timer.extend', { count: min })}
          </Button>
        ))}
        {actions.includes('restart') && (
          <Button appearance="subtle-button" onClick={() => press.mutate({ action: 'restart' })}>
            {t('workshop.timer.restart')}
          </Button>
        )}
      </div>
      {errorMessage && <p className="samenspel-error">{errorMessage}</p>}
    </section>
  );
}
