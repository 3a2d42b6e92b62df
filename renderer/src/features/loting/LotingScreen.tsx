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
import { isVerouderd } from './people';
import { Explanation } from './Explanation';
import { ImportPool } from './ImportPool';
import { PoolList } from './PoolList';
import { apiKey, apiQuery, invalidateMethods } from '../../api/queries';
import { beginQuota, naarInstellingen, QuotaForm, type QuotaState } from './QuotaForm';
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
        <PoolPagina id={route.poolId} terug={() => navigate({ name: 'loting' })} />
      ) : (
        <>
          <PoolList onOpen={(poolId) => navigate({ name: 'loting', poolId })} />
          <ImportPool onOpgeslagen={(poolId) => navigate({ name: 'loting', poolId })} />
          <VerifyDraw />
        </>
      )}
    </div>
  );
}

function PoolPagina({ id, terug }: { id: string; terug(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const pool = useQuery(apiQuery(api, 'loting.pools.get', { id }));
  return (
    <>
      <div>
        <button type="button" className="samenspel-link-button" onClick={terug}>
          ← {t('loting.terug')}
        </button>
      </div>
      {pool.isError && (
        <Alert type="error">
          <Paragraph>{pool.error.message}</Paragraph>
        </Alert>
      )}
      {pool.data && <PoolInhoud key={pool.data.id} pool={pool.data} terug={terug} />}
    </>
  );
}

function PoolInhoud({ pool, terug }: { pool: PoolDetail; terug(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [quota, setQuota] = useState<QuotaState>(() => beginQuota(pool));
  const [vragen, setVragen] = useState(false);
  const instellingen = naarInstellingen(pool, quota);
  const verwijder = useMutation({
    mutationFn: () => api.call('loting.pools.delete', { id: pool.id }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) });
      await invalidateMethods(queryClient, 'loting.pools.list', 'loting.pools.get');
      terug();
    },
  });
  return (
    <>
      <Heading2>
        {pool.naam} ({formatNumber(pool.aantal)})
      </Heading2>
      <QuotaForm pool={pool} state={quota} onChange={setQuota} />
      <ComputePanel poolId={pool.id} instellingen={instellingen} />
      {pool.trekking && (
        <ResultView
          key={`${pool.trekking.seed}-${pool.trekking.berekendOp}-${pool.trekking.controle?.fase ?? ''}`}
          pool={pool}
          r={pool.trekking}
          // The moment the quota (or the pool) differ from those of the result, it says so.
          verouderd={isVerouderd(pool, pool.trekking, instellingen)}
        />
      )}
      <section className="samenspel-card">
        <Paragraph>{t('loting.resultaat.verwijderUitleg')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => setVragen(true)}>
          {t('loting.verwijderen')}
        </Button>
        {verwijder.error && (
          <Alert type="error">
            <Paragraph>{verwijder.error.message}</Paragraph>
          </Alert>
        )}
      </section>
      <ConfirmDialog
        open={vragen}
        title={t('loting.verwijderenTitel')}
        confirmLabel={t('loting.verwijderenJa')}
        cancelLabel={t('loting.verwijderenNee')}
        onCancel={() => setVragen(false)}
        onConfirm={() => {
          setVragen(false);
          verwijder.mutate();
        }}
      >
        {t('loting.verwijderenTekst', { naam: pool.naam })}
      </ConfirmDialog>
    </>
  );
}
