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

type Mode = 'ordinary' | 'verifiable' | 'announced';

/**
 * How to draw (at once with a seed, or verifiably in two steps: publish first, then draw with a
 * public value), start, and a progress bar fed by polling the job (the API is request/response).
 */
export function ComputePanel({ poolId, settings }: { poolId: string; settings: LotingSettings }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [seedText, setSeedText] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('ordinary');
  const [source, setSource] = useState('');
  const [value, setValue] = useState('');
  const [shown, setShown] = useState(false);
  const [startedWith, setStartedWith] = useState<Mode>('ordinary');
  const seed = seedText.trim() === '' ? undefined : Number(seedText.trim());
  const seedError = mode === 'ordinary' && seed !== undefined && !isValidSeed(seed);
  const sourceError = mode !== 'ordinary' && shown && source.trim() === '';
  const valueError = mode === 'announced' && shown && value.trim() === '';

  const compute = useMutation({
    mutationFn: () =>
      api.call('loting.compute', {
        poolId,
        settings,
        ...(mode === 'ordinary'
          ? seed === undefined
            ? {}
            : { seed }
          : {
              commitment:
                mode === 'verifiable'
                  ? { kind: 'public-source' as const, description: source.trim() }
                  : { kind: 'announced' as const, description: source.trim(), value: value.trim() },
            }),
      }),
    onSuccess: (r) => {
      setJobId(r.jobId);
      if (mode === 'ordinary') setSeedText(String(r.seed));
    },
  });
  const start = () => {
    setShown(true);
    if (mode !== 'ordinary' && (source.trim() === '' || (mode === 'announced' && value.trim() === ''))) return;
    setStartedWith(mode);
    compute.mutate();
  };
  const modes: Mode[] = ['ordinary', 'verifiable', 'announced'];
  const modeText = { ordinary: 'Ordinary', verifiable: 'Verifiable', announced: 'Announced' } as const;
  const status = useQuery({
    queryKey: ['loting.computeStatus', { jobId }],
    queryFn: async () => {
      const s = await api.call('loting.computeStatus', { jobId: jobId! });
      if (s.status === 'done')
        await queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: poolId }) });
      return s;
    },
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 300),
  });
  const running = compute.isPending || status.data?.status === 'running' || (jobId !== null && !status.data);
  const percent = Math.round((status.data?.progress ?? 0) * 100);

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('loting.compute.title')}</Heading2>
      <Fieldset>
        <FieldsetLegend>{t('loting.compute.mode')}</FieldsetLegend>
        {modes.map((m) => (
          <div key={m} className="samenspel-loting__choice">
            <RadioButton
              id={`${id}-mode-${m}`}
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              aria-describedby={`${id}-mode-${m}-explanation`}
              onChange={() => setMode(m)}
            />
            <div>
              <FormLabel htmlFor={`${id}-mode-${m}`} type="radio">
                {t(`loting.compute.mode${modeText[m]}`)}
              </FormLabel>
              <FormFieldDescription id={`${id}-mode-${m}-explanation`}>
                {t(`loting.compute.mode${modeText[m]}Explanation`)}
              </FormFieldDescription>
            </div>
          </div>
        ))}
      </Fieldset>
      {mode === 'ordinary' ? (
        <FormField invalid={seedError}>
          <FormLabel htmlFor={`${id}-seed`}>{t('loting.compute.seed')}</FormLabel>
          <FormFieldDescription id={`${id}-seed-help`}>{t('loting.compute.seedHelp')}</FormFieldDescription>
          {seedError && (
            <FormFieldErrorMessage id={`${id}-seed-error`}>{t('loting.compute.seedError')}</FormFieldErrorMessage>
          )}
          <Textbox
            id={`${id}-seed`}
            inputMode="numeric"
            invalid={seedError}
            aria-describedby={`${id}-seed-help${seedError ? ` ${id}-seed-error` : ''}`}
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
          />
        </FormField>
      ) : (
        <>
          <FormField invalid={sourceError}>
            <FormLabel htmlFor={`${id}-source`}>
              {t(mode === 'verifiable' ? 'loting.compute.source' : 'loting.compute.sourceAnnounced')}
            </FormLabel>
            <FormFieldDescription id={`${id}-source-help`}>
              {t(mode === 'verifiable' ? 'loting.compute.sourceHelp' : 'loting.compute.sourceAnnouncedHelp')}
            </FormFieldDescription>
            {sourceError && (
              <FormFieldErrorMessage id={`${id}-source-error`}>{t('loting.compute.sourceError')}</FormFieldErrorMessage>
            )}
            <Textbox
              id={`${id}-source`}
              invalid={sourceError}
              aria-describedby={`${id}-source-help${sourceError ? ` ${id}-source-error` : ''}`}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
          </FormField>
          {mode === 'announced' && (
            <FormField invalid={valueError}>
              <FormLabel htmlFor={`${id}-value`}>{t('loting.compute.valueAnnounced')}</FormLabel>
              {valueError && (
                <FormFieldErrorMessage id={`${id}-value-error`}>{t('loting.compute.valueError')}</FormFieldErrorMessage>
              )}
              <Textbox
                id={`${id}-value`}
                invalid={valueError}
                aria-describedby={valueError ? `${id}-value-error` : undefined}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            </FormField>
          )}
        </>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={running || seedError} busy={running} onClick={start}>
          {t(mode === 'verifiable' ? 'loting.compute.startVerifiable' : 'loting.compute.start')}
        </Button>
        {running && jobId && (
          <Button appearance="secondary-action-button" onClick={() => void api.call('loting.cancelCompute', { jobId })}>
            {t('loting.compute.cancel')}
          </Button>
        )}
      </ButtonGroup>
      {jobId && status.data && (
        <div aria-live="polite">
          {status.data.status === 'running' && (
            <>
              <Paragraph id={`${id}-phase`}>
                {t(`loting.compute.phase.${status.data.phase}`, { defaultValue: t('loting.compute.phase.start') })}{' '}
                {status.data.panels > 0 && t('loting.compute.panels', { count: status.data.panels })}
              </Paragraph>
              <div
                className="samenspel-loting__bar"
                role="progressbar"
                aria-label={t('loting.compute.progress')}
                aria-describedby={`${id}-phase`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
              >
                <div style={{ width: `${percent}%` }} />
              </div>
            </>
          )}
          {status.data.status === 'done' && (
            <Paragraph>
              {t(startedWith === 'verifiable' ? 'loting.compute.doneVerifiable' : 'loting.compute.done')}
            </Paragraph>
          )}
          {status.data.status === 'cancelled' && <Paragraph>{t('loting.compute.cancelled')}</Paragraph>}
          {status.data.status === 'error' &&
            status.data.messages.map((m) => (
              <Alert key={m} type="error">
                <Paragraph>{m}</Paragraph>
              </Alert>
            ))}
        </div>
      )}
      {(compute.error ?? status.error) && (
        <Alert type="error">
          <Paragraph>{(compute.error ?? status.error)!.message}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
