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
  afvallers,
  naamVan,
}: {
  pool: PoolDetail;
  r: LotingResult;
  afvallers: number[];
  naamVan: (p: number) => string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [taakId, setTaakId] = useState<string | null>(null);
  const max = guaranteedDropouts(r);
  const reserveVan = new Map(r.vervangers.map((v) => [v.lid, v.reserve]));
  const zonder = afvallers.filter((p) => (reserveVan.get(p) ?? null) === null);

  const start = useMutation({
    mutationFn: () => api.call('loting.reselect', { poolId: pool.id, afvallers }),
    onSuccess: (s) => setTaakId(s.taakId),
  });
  const status = useQuery({
    queryKey: ['loting.computeStatus', { taakId }],
    queryFn: async () => {
      const s = await api.call('loting.computeStatus', { taakId: taakId! });
      if (s.status === 'klaar')
        await queryClient.invalidateQueries({ queryKey: apiKey('loting.pools.get', { id: pool.id }) });
      return s;
    },
    enabled: taakId !== null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'bezig' ? false : 300),
  });
  const bezig = start.isPending || status.data?.status === 'bezig' || (taakId !== null && !status.data);

  let oordeel: { type: 'ok' | 'warning'; tekst: string } | null = null;
  if (afvallers.length > 0) {
    const reserves = afvallers.flatMap((p) => {
      const reserve = reserveVan.get(p);
      return reserve === null || reserve === undefined ? [] : [reserve];
    });
    const namen = reserves.map(naamVan).join(', ');
    if (zonder.length > 0) {
      oordeel = {
        type: 'warning',
        tekst: t('loting.afvallen.reservesPassenNiet', {
          reden: t('loting.afvallen.zonderReserve', { namen: zonder.map(naamVan).join(', ') }),
        }),
      };
    } else if (afvallers.length <= max) {
      oordeel = {
        type: 'ok',
        tekst: t('loting.afvallen.reservesGaranderen', { aantal: afvallers.length, namen, max }),
      };
    } else if (r.huishoudensUitsluiten) {
      oordeel = {
        type: 'warning',
        tekst: t('loting.afvallen.reservesPassenNiet', { reden: t('loting.afvallen.buitenGarantie', { max }) }),
      };
    } else {
      // Beyond the guarantee: count this very combination from the stored cells.
      const weg = new Set(afvallers);
      const nieuw = [...r.panel.filter((p) => !weg.has(p)), ...reserves];
      const kapot = r.quota.flatMap((q) => {
        const kolom = pool.kolommen.findIndex((k) => k.naam === q.categorie);
        const aantal = nieuw.filter((p) => pool.personen[String(p)]?.[kolom] === q.waarde).length;
        return aantal < q.min || aantal > q.max ? [t('loting.afvallen.quotumKapot', { ...q, aantal })] : [];
      });
      oordeel =
        kapot.length === 0
          ? { type: 'ok', tekst: t('loting.afvallen.reservesPassen', { aantal: afvallers.length, namen, max }) }
          : { type: 'warning', tekst: t('loting.afvallen.reservesPassenNiet', { reden: kapot.join('; ') }) };
    }
  }

  return (
    <div aria-labelledby={`${id}-titel`} role="group">
      <Heading3 id={`${id}-titel`}>{t('loting.afvallen.titel')}</Heading3>
      <Paragraph>{t('loting.afvallen.uitleg')}</Paragraph>
      <div aria-live="polite">
        {oordeel ? (
          <Alert type={oordeel.type}>
            <Paragraph>{oordeel.tekst}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t('loting.afvallen.geenKeuze')}</Paragraph>
        )}
      </div>
      <Paragraph>{t('loting.afvallen.herselectieUitleg')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={afvallers.length === 0 || bezig}
          busy={bezig}
          onClick={() => start.mutate()}
        >
          {t('loting.afvallen.herselectie')}
        </Button>
      </ButtonGroup>
      <div aria-live="polite">
        {taakId && status.data?.status === 'bezig' && <Paragraph>{t('loting.afvallen.bezig')}</Paragraph>}
        {taakId && status.data?.status === 'klaar' && <Paragraph>{t('loting.afvallen.klaar')}</Paragraph>}
        {status.data?.status === 'fout' &&
          status.data.meldingen.map((m) => (
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
