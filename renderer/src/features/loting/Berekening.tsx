import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import type { LotingInstellingen } from '../../../../shared/loting/model';
import { isGeldigeSeed } from '../../../../shared/loting/prng';
import { useApi } from '../../api/context';
import { lotingKeys } from './queries';

/** Seed, start, and a progress bar fed by polling the job (the API is request/response). */
export function Berekening({ poolId, instellingen }: { poolId: string; instellingen: LotingInstellingen }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [seedTekst, setSeedTekst] = useState('');
  const [taakId, setTaakId] = useState<string | null>(null);
  const seed = seedTekst.trim() === '' ? undefined : Number(seedTekst.trim());
  const seedFout = seed !== undefined && !isGeldigeSeed(seed);

  const start = useMutation({
    mutationFn: () =>
      api.call('loting.bereken.start', { poolId, instellingen, ...(seed === undefined ? {} : { seed }) }),
    onSuccess: (r) => {
      setTaakId(r.taakId);
      setSeedTekst(String(r.seed));
    },
  });
  const status = useQuery({
    queryKey: ['loting', 'taak', taakId],
    queryFn: async () => {
      const s = await api.call('loting.bereken.status', { taakId: taakId! });
      if (s.status === 'klaar') await queryClient.invalidateQueries({ queryKey: lotingKeys.pool(poolId) });
      return s;
    },
    enabled: taakId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'bezig' ? false : 300),
  });
  const bezig = start.isPending || status.data?.status === 'bezig' || (taakId !== null && !status.data);
  const procent = Math.round((status.data?.voortgang ?? 0) * 100);

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{t('loting.bereken.titel')}</Heading2>
      <FormField invalid={seedFout}>
        <FormLabel htmlFor={`${id}-seed`}>{t('loting.bereken.seed')}</FormLabel>
        <FormFieldDescription id={`${id}-seed-help`}>{t('loting.bereken.seedHelp')}</FormFieldDescription>
        {seedFout && (
          <FormFieldErrorMessage id={`${id}-seed-fout`}>{t('loting.bereken.seedFout')}</FormFieldErrorMessage>
        )}
        <Textbox
          id={`${id}-seed`}
          inputMode="numeric"
          invalid={seedFout}
          aria-describedby={`${id}-seed-help${seedFout ? ` ${id}-seed-fout` : ''}`}
          value={seedTekst}
          onChange={(e) => setSeedTekst(e.target.value)}
        />
      </FormField>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={bezig || seedFout}
          busy={bezig}
          onClick={() => start.mutate()}
        >
          {t('loting.bereken.start')}
        </Button>
        {bezig && taakId && (
          <Button
            appearance="secondary-action-button"
            onClick={() => void api.call('loting.bereken.afbreken', { taakId })}
          >
            {t('loting.bereken.afbreken')}
          </Button>
        )}
      </ButtonGroup>
      {taakId && status.data && (
        <div aria-live="polite">
          {status.data.status === 'bezig' && (
            <>
              <Paragraph id={`${id}-fase`}>
                {t(`loting.bereken.fase.${status.data.fase}`, { defaultValue: t('loting.bereken.fase.start') })}{' '}
                {status.data.panels > 0 && t('loting.bereken.panels', { aantal: status.data.panels })}
              </Paragraph>
              <div
                className="samenspel-loting__balk"
                role="progressbar"
                aria-label={t('loting.bereken.voortgang')}
                aria-describedby={`${id}-fase`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={procent}
              >
                <div style={{ width: `${procent}%` }} />
              </div>
            </>
          )}
          {status.data.status === 'klaar' && <Paragraph>{t('loting.bereken.klaar')}</Paragraph>}
          {status.data.status === 'afgebroken' && <Paragraph>{t('loting.bereken.afgebroken')}</Paragraph>}
          {status.data.status === 'fout' &&
            status.data.meldingen.map((m) => (
              <Alert key={m} type="error">
                <Paragraph>{m}</Paragraph>
              </Alert>
            ))}
        </div>
      )}
      {(start.error ?? status.error) && (
        <Alert type="error">
          <Paragraph>{(start.error ?? status.error)!.message}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
