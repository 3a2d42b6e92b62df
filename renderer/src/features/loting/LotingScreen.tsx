import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatNumber } from '@shared/format';
import type { PoolDetail } from '@shared/loting/api';
import { useApi } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ComputePanel } from './ComputePanel';
import { VerifyDraw } from './VerifyDraw';
import { isOutdated } from './people';
import { Explanation } from './Explanation';
import { ImportPool } from './ImportPool';
import { PoolList } from './PoolList';
import { apiKey, apiQuery, invalidateMethods } from '../../api/queries';
import { initialQuota, toSettings, QuotaForm, type QuotaState } from './QuotaForm';
import { ResultView } from './ResultView';
import type { LotingRoute } from './route';
import './loting.css';

/** `#/loting`: pools and import; `#/loting/<id>`: quota, computation and result of one pool. */
export function LotingScreen({ route, navigate }: { route: LotingRoute; navigate(route: LotingRoute): void }) {
  const { t } = useTranslation();
  return (
    <div className="samenspel-loting">
      <Heading1>{t('loting.title')}</Heading1>
      <Paragraph>{t('loting.intro')}</Paragraph>
      <Explanation />
      {route.poolId ? (
        <PoolPage id={route.poolId} back={() => navigate({ name: 'loting' })} />
      ) : (
        <>
          <PoolList onOpen={(poolId) => navigate({ name: 'loting', poolId })} />
          <ImportPool onSaved={(poolId) => navigate({ name: 'loting', poolId })} />
          <VerifyDraw />
        </>
      )}
    </div>
  );
}

function PoolPage({ id, back }: { id: string; back(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const pool = useQuery(apiQuery(api, 'loting.pools.get', { id }));
  return (
    <>
      <div>
        <button type="button" className="samenspel-link-button" onClick={back}>
          ← {t('loting.back')}
        </button>
      </div>
      {pool.isError && (
        <Alert type="error">
          <Paragraph>{pool.error.message}</Paragraph>
        </Alert>
      )}
      {pool.data && <PoolContent key={pool.data.id} pool={pool.data} back={back} />}
    </>
  );
}

function PoolContent({ pool, back }: { pool: PoolDetail; back(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [quota, setQuota] = useState<QuotaState>(() => initialQuota(pool));
  const [asking, setAsking] = useState(false);
  const settings = toSettings(pool, quota);
  const remove = useMutation({
    mutationFn: () => api.call('loting.pools.delete', { id: pool.id }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) });
      await invalidateMethods(queryClient, 'loting.pools.list', 'loting.pools.get');
      back();
    },
  });
  return (
    <>
      <Heading2>
        {pool.name} ({formatNumber(pool.size)})
      </Heading2>
      <QuotaForm pool={pool} state={quota} onChange={setQuota} />
      <ComputePanel poolId={pool.id} settings={settings} />
      {pool.draw && (
        <ResultView
          key={`${pool.draw.seed}-${pool.draw.computedAt}-${pool.draw.verification?.phase ?? ''}`}
          pool={pool}
          r={pool.draw}
          // The moment the quota (or the pool) differ from those of the result, it says so.
          outdated={isOutdated(pool, pool.draw, settings)}
        />
      )}
      <section className="samenspel-card">
        <Paragraph>{t('loting.result.removeExplanation')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {t('loting.remove')}
        </Button>
        {remove.error && (
          <Alert type="error">
            <Paragraph>{remove.error.message}</Paragraph>
          </Alert>
        )}
      </section>
      <ConfirmDialog
        open={asking}
        title={t('loting.removeTitle')}
        confirmLabel={t('loting.removeYes')}
        cancelLabel={t('loting.removeNo')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          remove.mutate();
        }}
      >
        {t('loting.removeText', { name: pool.name })}
      </ConfirmDialog>
    </>
  );
}
