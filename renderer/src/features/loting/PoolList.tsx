import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatNumber } from '@shared/format';
import type { PoolSummary } from '@shared/loting/api';
import { useApi } from '../../api/context';
import { StatusMessages } from '../../components/StatusMessages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConfirm } from '../../components/useConfirm';
import { apiQuery, invalidateMethods } from '../../api/queries';

export function PoolList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const pools = useQuery(apiQuery(api, 'loting.pools.list', {}));
  const confirmRemove = useConfirm<PoolSummary>();
  const [status, setStatus] = useState('');
  const remove = useMutation({
    mutationFn: (pool: PoolSummary) => api.call('loting.pools.delete', { id: pool.id }),
    onSuccess: (_d, pool) => {
      setStatus(t('loting.removed', { name: pool.name }));
      return invalidateMethods(queryClient, 'loting.pools.list', 'loting.pools.get');
    },
  });
  const list = pools.data ?? [];
  return (
    <section className="samenspel-card" aria-labelledby="loting-pools">
      <Heading2 id="loting-pools">{t('loting.pools')}</Heading2>
      <StatusMessages status={status} error={remove.error?.message ?? pools.error?.message} />
      {pools.isSuccess && list.length === 0 && <Paragraph>{t('loting.poolsEmpty')}</Paragraph>}
      {list.length > 0 && (
        <Table className="samenspel-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('loting.colName')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.colCount')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.colDate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.colActions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((pool) => (
              <TableRow key={pool.id}>
                <TableCell>
                  <button
                    type="button"
                    className="samenspel-link-button"
                    aria-label={t('loting.open', { name: pool.name })}
                    onClick={() => onOpen(pool.id)}
                  >
                    {pool.name}
                  </button>
                </TableCell>
                <TableCell>{formatNumber(pool.size)}</TableCell>
                <TableCell>{new Date(pool.createdAt).toLocaleDateString('nl-NL')}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={t('loting.removeNamed', { name: pool.name })}
                    onClick={() => confirmRemove.ask(pool)}
                  >
                    {t('loting.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        title={t('loting.removeTitle')}
        confirmLabel={t('loting.removeYes')}
        cancelLabel={t('loting.removeNo')}
        {...confirmRemove.dialogProps((subject) => remove.mutate(subject))}
      >
        {t('loting.removeText', { name: confirmRemove.subject?.name ?? '' })}
      </ConfirmDialog>
    </section>
  );
}
