import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import type { LotingSettings } from '@shared/loting/model';
import { isValidSeed } from '@shared/loting/prng';
import { useApi } from '../../api/context';
import { apiKey } from '../../api/queries';

type Manier = 'gewoon' | 'controle' | 'vooraf';

/**
 * How to draw (at once with a seed, or verifiably in two steps: publish first, then draw with a
 * public value), start, and a progress bar fed by polling the job (the API is request/response).
 */
export function ComputePanel({ poolId, instellingen }: { poolId: string; instellingen: LotingSettings }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [seedTekst, setSeedTekst] = useState('');
  const [taakId, setTaakId] = useState<string | null>(null);
  const [manier, setManier] = useState<Manier>('gewoon');
  const [bron, setBron] = useState('');
  const [waarde, setWaarde] = useState('');
  const [getoond, setGetoond] = useState(false);
  const [gestartMet, setGestartMet] = useState<Manier>('gewoon');
  const seed = seedTekst.trim() === '' ? undefined : Number(seedTekst.trim());
  const seedFout = manier === 'gewoon' && seed !== undefined && !isValidSeed(seed);
  const bronFout = manier !== 'gewoon' && getoond && bron.trim() === '';
  const waardeFout = manier === 'vooraf' && getoond && waarde.trim() === '';

  const start = useMutation({
    mutationFn: () =>
      api.call('loting.compute', {
        poolId,
        instellingen,
        ...(manier === 'gewoon'
          ? seed === undefined
            ? {}
            : { seed }
          : {
              toezegging:
                manier === 'controle'
                  ? { soort: 'openbare-bron' as const, beschrijving: bron.trim() }
                  : { soort: 'vooraf' as const, beschrijving: bron.trim(), waarde: waarde.trim() },
            }),
      }),
    onSuccess: (r) => {
      setTaakId(r.taakId);
      if (manier === 'gewoon') setSeedTekst(String(r.seed));
    },
  });
  const begin = () => {
    setGetoond(true);
    if (manier !== 'gewoon' && (bron.trim() === '' || (manier === 'vooraf' && waarde.trim() === ''))) return;
    setGestartMet(manier);
    start.mutate();
  };
  const manieren: Manier[] = ['gewoon', 'controle', 'vooraf'];
  const manierTekst = { gewoon: 'Gewoon', controle: 'Controle', vooraf: 'Vooraf' } as const;
  const status = useQuery({
    queryKey: ['loting.computeStatus', { taakId }],
    queryFn: async () => {
      const s = await api.call('loting.computeStatus', { taakId: taakId! });
      if (s.status === 'klaar')
        await queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: poolId }) });
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
      <Fieldset>
        <FieldsetLegend>{t('loting.bereken.manier')}</FieldsetLegend>
        {manieren.map((m) => (
          <div key={m} className="samenspel-loting__keuze">
            <RadioButton
              id={`${id}-manier-${m}`}
              name={`${id}-manier`}
              value={m}
              checked={manier === m}
              aria-describedby={`${id}-manier-${m}-uitleg`}
              onChange={() => setManier(m)}
            />
            <div>
              <FormLabel htmlFor={`${id}-manier-${m}`} type="radio">
                {t(`loting.bereken.manier${manierTekst[m]}`)}
              </FormLabel>
              <FormFieldDescription id={`${id}-manier-${m}-uitleg`}>
                {t(`loting.bereken.manier${manierTekst[m]}Uitleg`)}
              </FormFieldDescription>
            </div>
          </div>
        ))}
      </Fieldset>
      {manier === 'gewoon' ? (
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
      ) : (
        <>
          <FormField invalid={bronFout}>
            <FormLabel htmlFor={`${id}-bron`}>
              {t(manier === 'controle' ? 'loting.bereken.bron' : 'loting.bereken.bronVooraf')}
            </FormLabel>
            <FormFieldDescription id={`${id}-bron-help`}>
              {t(manier === 'controle' ? 'loting.bereken.bronHelp' : 'loting.bereken.bronVoorafHelp')}
            </FormFieldDescription>
            {bronFout && (
              <FormFieldErrorMessage id={`${id}-bron-fout`}>{t('loting.bereken.bronFout')}</FormFieldErrorMessage>
            )}
            <Textbox
              id={`${id}-bron`}
              invalid={bronFout}
              aria-describedby={`${id}-bron-help${bronFout ? ` ${id}-bron-fout` : ''}`}
              value={bron}
              onChange={(e) => setBron(e.target.value)}
            />
          </FormField>
          {manier === 'vooraf' && (
            <FormField invalid={waardeFout}>
              <FormLabel htmlFor={`${id}-waarde`}>{t('loting.bereken.waardeVooraf')}</FormLabel>
              {waardeFout && (
                <FormFieldErrorMessage id={`${id}-waarde-fout`}>{t('loting.bereken.waardeFout')}</FormFieldErrorMessage>
              )}
              <Textbox
                id={`${id}-waarde`}
                invalid={waardeFout}
                aria-describedby={waardeFout ? `${id}-waarde-fout` : undefined}
                value={waarde}
                onChange={(e) => setWaarde(e.target.value)}
              />
            </FormField>
          )}
        </>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={bezig || seedFout} busy={bezig} onClick={begin}>
          {t(manier === 'controle' ? 'loting.bereken.startControle' : 'loting.bereken.start')}
        </Button>
        {bezig && taakId && (
          <Button
            appearance="secondary-action-button"
            onClick={() => void api.call('loting.cancelCompute', { taakId })}
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
          {status.data.status === 'klaar' && (
            <Paragraph>
              {t(gestartMet === 'controle' ? 'loting.bereken.klaarControle' : 'loting.bereken.klaar')}
            </Paragraph>
          )}
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
