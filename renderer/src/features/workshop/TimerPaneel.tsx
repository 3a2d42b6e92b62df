import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import {
  formatKlok,
  timerStand,
  toegestaneActies,
  type TimerActie,
  type TimerNaam,
  type WorkshopSessie,
} from '../../../../shared/workshop/index';
import { useApi } from '../../api/context';
import { useNu } from './klok';
import { workshopKeys } from './queries';
import { bereidGeluidVoor, speelEindsignaal } from './signaal';

export interface TimerPaneelProps {
  sessie: WorkshopSessie;
  timer: TimerNaam;
  /** Smaller, for next to the answers during the round. */
  compact?: boolean;
  /** No end signal here: the control screen next to the projector stays quiet, the room hears one chime. */
  stil?: boolean;
}

const VERLENGINGEN = [1, 5] as const;

export function TimerPaneel({ sessie, timer, compact = false, stil = false }: TimerPaneelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const nu = useNu(true);
  const basisMs = (timer === 'gesprek' ? sessie.tijden.gesprekSec : sessie.tijden.rondgangSec) * 1000;
  const stand = timerStand(sessie.timerEvents, timer, basisMs, nu);
  const acties = toegestaneActies(stand.status);
  const [fout, setFout] = useState<string | null>(null);

  const druk = useMutation({
    mutationFn: ({ actie, ms }: { actie: TimerActie; ms?: number }) =>
      api.call('workshop.timer', { sessieId: sessie.id, timer, actie, ...(ms ? { ms } : {}) }),
    onSuccess: ({ timerEvents }) => {
      setFout(null);
      queryClient.setQueryData(workshopKeys.detail(sessie.id), (oud: WorkshopSessie | undefined) =>
        oud ? { ...oud, timerEvents } : oud,
      );
    },
    onError: (error) => {
      setFout(error.message);
      return queryClient.invalidateQueries({ queryKey: workshopKeys.detail(sessie.id) });
    },
  });

  // The signal sounds only when the end is seen happening, not when a session that ran out
  // earlier is reopened: a chime on opening would startle a room for nothing.
  const vorige = useRef(stand.status);
  useEffect(() => {
    if (vorige.current === 'loopt' && stand.status === 'afgelopen' && sessie.geluid && !stil) speelEindsignaal();
    vorige.current = stand.status;
  }, [stand.status, sessie.geluid, stil]);

  const afgelopen = stand.status === 'afgelopen';
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
        {formatKlok(stand.resterendMs)}
      </p>
      <p className="samenspel-timer__status" role="status">
        {afgelopen ? t('workshop.timer.afgelopen') : t(`workshop.timer.status.${stand.status}`)}
      </p>
      <div className="samenspel-timer__knoppen">
        {acties.includes('start') && (
          <Button
            appearance="primary-action-button"
            onClick={() => {
              if (!stil) bereidGeluidVoor();
              druk.mutate({ actie: 'start' });
            }}
          >
            {t('workshop.timer.start')}
          </Button>
        )}
        {acties.includes('pauze') && (
          <Button appearance="primary-action-button" onClick={() => druk.mutate({ actie: 'pauze' })}>
            {t('workshop.timer.pauze')}
          </Button>
        )}
        {acties.includes('hervat') && (
          <Button appearance="primary-action-button" onClick={() => druk.mutate({ actie: 'hervat' })}>
            {t('workshop.timer.hervat')}
          </Button>
        )}
        {VERLENGINGEN.map((min) => (
          <Button
            key={min}
            appearance="secondary-action-button"
            onClick={() => druk.mutate({ actie: 'verleng', ms: min * 60_000 })}
          >
            {t('workshop.timer.verleng', { count: min })}
          </Button>
        ))}
        {acties.includes('herstart') && (
          <Button appearance="subtle-button" onClick={() => druk.mutate({ actie: 'herstart' })}>
            {t('workshop.timer.herstart')}
          </Button>
        )}
      </div>
      {fout && <p className="samenspel-error">{fout}</p>}
    </section>
  );
}
