import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { PoolDetail } from '@shared/loting/api';
import type { LotingResult } from '@shared/loting/result';
import { guaranteedDropouts } from '@shared/loting/replacement';
import { useApi } from '../../api/context';
import { apiKey } from '../../api/queries';

/**
 * What to do when members drop out: within the guarantee (at most maxUitval at once, all with a
 * reserve) the reserves fill the seats; otherwise the combination is recounted here from the
 * stored cells, and a re-selection round is offered.
 */
export function Dropouts({
  pool,
  r,
  dropouts,
  nameOf,
}: {
  pool: PoolDetail;
  r: LotingResult;
  dropouts: number[];
  nameOf: (p: number) => string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [jobId, setJobId] = useState<string | null>(null);
  const max = guaranteedDropouts(r);
  const reserveOf = new Map(r.replacements.map((v) => [v.member, v.reserve]));
  const without = dropouts.filter((p) => (reserveOf.get(p) ?? null) === null);

  const start = useMutation({
    mutationFn: () => api.call('loting.reselect', { poolId: pool.id, dropouts }),
    onSuccess: (s) => setJobId(s.jobId),
  });
  const status = useQuery({
    queryKey: ['loting.computeStatus', { jobId }],
    queryFn: async () => {
      const s = await api.call('loting.computeStatus', { jobId: jobId! });
      if (s.status === 'done')
        await queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) });
      return s;
    },
    enabled: jobId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 300),
  });
  const running = start.isPending || status.data?.status === 'running' || (jobId !== null && !status.data);

  let verdict: { type: 'ok' | 'warning'; text: string } | null = null;
  if (dropouts.length > 0) {
    const reserves = dropouts.flatMap((p) => {
      const reserve = reserveOf.get(p);
      return reserve === null || reserve === undefined ? [] : [reserve];
    });
    const names = reserves.map(nameOf).join(', ');
    if (without.length > 0) {
      verdict = {
        type: 'warning',
        text: t('loting.dropouts.reservesDoNotFit', {
          reason: t('loting.dropouts.withoutReserve', { names: without.map(nameOf).join(', ') }),
        }),
      };
    } else if (dropouts.length <= max) {
      verdict = {
        type: 'ok',
        text: t('loting.dropouts.reservesGuarantee', { count: dropouts.length, names, max }),
      };
    } else if (r.excludeHouseholds) {
      verdict = {
        type: 'warning',
        text: t('loting.dropouts.reservesDoNotFit', { reason: t('loting.dropouts.beyondGuarantee', { max }) }),
      };
    } else {
      // Beyond the guarantee: count this very combination from the stored cells.
      const gone = new Set(dropouts);
      const added = [...r.panel.filter((p) => !gone.has(p)), ...reserves];
      const broken = r.quota.flatMap((q) => {
        const column = pool.columns.findIndex((k) => k.name === q.category);
        const count = added.filter((p) => pool.people[String(p)]?.[column] === q.value).length;
        return count < q.min || count > q.max ? [t('loting.dropouts.quotumBroken', { ...q, count })] : [];
      });
      verdict =
        broken.length === 0
          ? { type: 'ok', text: t('loting.dropouts.reservesFit', { count: dropouts.length, names, max }) }
          : { type: 'warning', text: t('loting.dropouts.reservesDoNotFit', { reason: broken.join('; ') }) };
    }
  }

  return (
    <div aria-labelledby={`${id}-title`} role="group">
      <Heading3 id={`${id}-title`}>{t('loting.dropouts.title')}</Heading3>
      <Paragraph>{t('loting.dropouts.explanation')}</Paragraph>
      <div aria-live="polite">
        {verdict ? (
          <Alert type={verdict.type}>
            <Paragraph>{verdict.text}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t('loting.dropouts.noChoice')}</Paragraph>
        )}
      </div>
      <Paragraph>{t('loting.dropouts.reselectionExplanation')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={dropouts.length === 0 || running}
          busy={running}
          onClick={() => start.mutate()}
        >
          {t('loting.dropouts.reselection')}
        </Button>
      </ButtonGroup>
      <div aria-live="polite">
        {jobId && status.data?.status === 'running' && <Paragraph>{t('loting.dropouts.busy')}</Paragraph>}
        {jobId && status.data?.status === 'done' && <Paragraph>{t('loting.dropouts.done')}</Paragraph>}
        {status.data?.status === 'error' &&
          status.data.messages.map((m) => (
            <Alert key={m} type="error">
              <Paragraph>{m}</Paragraph>
            </Alert>
          ))}
        {(start.error ?? status.error) && (
          <Alert type="error">
            <Paragraph>{(start.error ?? status.error)!.message}</Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}
