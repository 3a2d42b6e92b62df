import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { formatDecimal } from '@shared/format';
import type { PoolDetail } from '@shared/loting/api';
import { quotaFromShares } from '@shared/loting/shares';
import { readQuotaCsv } from '@shared/loting/csv';
import { unknownCategoryText } from '@shared/loting/validation';
import { defaultMaxDropouts } from '@shared/loting/replacement';
import type { LotingSettings, Quotum } from '@shared/loting/model';
import { useApi } from '../../api/context';
import { apiQuery } from '../../api/queries';
import { FileField } from './FileField';

const key = (category: string, value: string) => `${category}\u0000${value}`;

export interface QuotaState {
  panelSize: number;
  bounds: Record<string, { min: number; max: number }>;
  excludeHouseholds: boolean;
  /** Simultaneous dropouts the reserves must absorb; NaN while the field is empty (default 20 %). */
  maxDropouts: number;
}

export function initialQuota(pool: PoolDetail): QuotaState {
  const saved = pool.settings;
  const panelSize = saved?.panelSize ?? Math.min(30, pool.size);
  const bounds: QuotaState['bounds'] = {};
  for (const { category, values } of pool.categoryCounts) {
    for (const { value } of values) {
      const q = saved?.quota.find((x) => x.category === category && x.value === value);
      bounds[key(category, value)] = q ? { min: q.min, max: q.max } : { min: 0, max: panelSize };
    }
  }
  return {
    panelSize,
    bounds,
    excludeHouseholds: saved?.excludeHouseholds ?? false,
    maxDropouts: saved?.maxDropouts ?? Number.NaN,
  };
}

export function toSettings(pool: PoolDetail, state: QuotaState): LotingSettings {
  const quota: Quotum[] = pool.categoryCounts.flatMap(({ category, values }) =>
    values.map(({ value }) => ({
      category,
      value,
      ...(state.bounds[key(category, value)] ?? { min: 0, max: 0 }),
    })),
  );
  return {
    panelSize: state.panelSize,
    quota,
    excludeHouseholds: state.excludeHouseholds,
    ...(Number.isNaN(state.maxDropouts) ? {} : { maxDropouts: state.maxDropouts }),
  };
}

const num = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

export function QuotaForm({
  pool,
  state,
  onChange,
}: {
  pool: PoolDetail;
  state: QuotaState;
  onChange(s: QuotaState): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [shares, setShares] = useState<Record<string, string>>({});
  const [margin, setMargin] = useState('1');
  const [targets, setTargets] = useState<Record<string, number>>({});
  const [fileMessage, setFileMessage] = useState<{ type: 'ok' | 'warning' | 'error'; text: string } | null>(null);
  const hasHousehold = pool.columns.some((k) => k.role === 'household');
  const settings = useDeferredValue(toSettings(pool, state));
  // Numbers that are not whole or a minimum above its maximum are caught here, before the server.
  const local = [
    ...(Number.isInteger(settings.panelSize) && settings.panelSize >= 1 ? [] : [t('loting.quota.panelInvalid')]),
    ...settings.quota
      .filter((q) => !Number.isInteger(q.min) || !Number.isInteger(q.max))
      .map((q) => t('loting.quota.numberInvalid', { category: q.category, value: q.value })),
    ...settings.quota
      .filter((q) => q.min > q.max)
      .map((q) => t('loting.quota.minAboveMax', { category: q.category, value: q.value, min: q.min, max: q.max })),
    ...(settings.maxDropouts !== undefined && settings.maxDropouts > settings.panelSize
      ? [t('loting.quota.maxDropoutsTooLarge', { max: settings.maxDropouts, panel: settings.panelSize })]
      : []),
  ];
  const valid = local.length === 0;
  const verification = useQuery({
    ...apiQuery(api, 'loting.validate', { poolId: pool.id, settings }),
    enabled: valid,
  });

  const put = (k: string, field: 'min' | 'max', text: string) =>
    onChange({ ...state, bounds: { ...state.bounds, [k]: { ...state.bounds[k]!, [field]: num(text) } } });

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const r = readQuotaCsv(await file.text());
    if (!r.ok) return setFileMessage({ type: 'error', text: r.error });
    // A category the pool does not have is an error that names it: nothing is loaded then.
    const categories = pool.categoryCounts.map((x) => x.category);
    const unknown = [...new Set(r.value.map((q) => q.category))].filter((c) => !categories.includes(c));
    if (unknown.length > 0) {
      return setFileMessage({
        type: 'error',
        text: t('loting.quota.fileUnknown', { text: unknownCategoryText(unknown, categories) }),
      });
    }
    const known = new Set(pool.categoryCounts.flatMap((x) => x.values.map((w) => key(x.category, w.value))));
    const without = r.value.filter((q) => !known.has(key(q.category, q.value)));
    const bounds = { ...state.bounds };
    for (const q of r.value) bounds[key(q.category, q.value)] = { min: q.min, max: q.max };
    onChange({ ...state, bounds });
    setFileMessage({
      type: without.length === 0 ? 'ok' : 'warning',
      text: [
        t('loting.quota.loaded', { count: r.value.length - without.length }),
        ...(without.length > 0
          ? [
              t('loting.quota.fileValueUnknown', {
                values: without.map((q) => `${q.category} = ${q.value}`).join(', '),
              }),
            ]
          : []),
      ].join(' '),
    });
  };

  const derive = () => {
    const list = Object.entries(shares).flatMap(([k, v]) => {
      const share = Number(v.replace(',', '.'));
      const [category, value] = k.split('\u0000') as [string, string];
      return v.trim() !== '' && Number.isFinite(share) ? [{ category, value, share: share / 100 }] : [];
    });
    const derived = quotaFromShares(list, state.panelSize, Math.max(0, Number(margin.replace(',', '.')) || 0));
    const bounds = { ...state.bounds };
    const newTargets: Record<string, number> = {};
    for (const q of derived) {
      bounds[key(q.category, q.value)] = { min: q.min, max: q.max };
      newTargets[key(q.category, q.value)] = q.target;
    }
    setTargets(newTargets);
    onChange({ ...state, bounds });
  };

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('loting.quota.title')}</Heading2>
      <Paragraph>{t('loting.quota.explanation')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`${id}-k`}>{t('loting.quota.panelSize')}</FormLabel>
        <FormFieldDescription id={`${id}-k-help`}>{t('loting.quota.panelSizeHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-k`}
          className="samenspel-loting__number"
          inputMode="numeric"
          aria-describedby={`${id}-k-help`}
          value={Number.isNaN(state.panelSize) ? '' : String(state.panelSize)}
          onChange={(e) => onChange({ ...state, panelSize: num(e.target.value) })}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-dropouts`}>{t('loting.quota.maxDropouts')}</FormLabel>
        <FormFieldDescription id={`${id}-dropouts-help`}>
          {t('loting.quota.maxDropoutsHelp', {
            defaultCount: Number.isInteger(state.panelSize) ? defaultMaxDropouts(Math.max(1, state.panelSize)) : '–',
          })}
        </FormFieldDescription>
        <Textbox
          id={`${id}-dropouts`}
          className="samenspel-loting__number"
          inputMode="numeric"
          aria-describedby={`${id}-dropouts-help`}
          value={Number.isNaN(state.maxDropouts) ? '' : String(state.maxDropouts)}
          onChange={(e) =>
            onChange({ ...state, maxDropouts: e.target.value.trim() === '' ? Number.NaN : num(e.target.value) })
          }
        />
      </FormField>
      <FileField
        id={`${id}-file`}
        label={t('loting.quota.file')}
        explanation={t('loting.quota.fileHelp')}
        accept=".csv,text/csv"
        onChoose={(file) => void loadFile(file)}
      />
      {fileMessage && (
        <Alert type={fileMessage.type}>
          <Paragraph>{fileMessage.text}</Paragraph>
        </Alert>
      )}
      {hasHousehold && (
        <FormField type="checkbox">
          <Checkbox
            id={`${id}-household`}
            checked={state.excludeHouseholds}
            onChange={(e) => onChange({ ...state, excludeHouseholds: e.target.checked })}
          />
          <FormLabel htmlFor={`${id}-household`} type="checkbox">
            {t('loting.quota.households')}
          </FormLabel>
        </FormField>
      )}
      {pool.categoryCounts.map(({ category, values }) => (
        <Table key={category} className="samenspel-table">
          <caption className="utrecht-table__caption">{category}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('loting.quota.colValue')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colInPool')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colShare')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colMin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colMax')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colTarget')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {values.map(({ value, count }) => {
              const k = key(category, value);
              const g = state.bounds[k] ?? { min: 0, max: 0 };
              const target = targets[k];
              return (
                <TableRow key={value}>
                  <TableHeaderCell scope="row">{value}</TableHeaderCell>
                  <TableCell>{count}</TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__number"
                      inputMode="decimal"
                      aria-label={t('loting.quota.shareLabel', { category, value })}
                      value={shares[k] ?? ''}
                      onChange={(e) => setShares({ ...shares, [k]: e.target.value })}
                    />
                  </TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__number"
                      inputMode="numeric"
                      aria-label={t('loting.quota.minLabel', { category, value })}
                      value={Number.isNaN(g.min) ? '' : String(g.min)}
                      onChange={(e) => put(k, 'min', e.target.value)}
                    />
                  </TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__number"
                      inputMode="numeric"
                      aria-label={t('loting.quota.maxLabel', { category, value })}
                      value={Number.isNaN(g.max) ? '' : String(g.max)}
                      onChange={(e) => put(k, 'max', e.target.value)}
                    />
                  </TableCell>
                  <TableCell>
                    {target === undefined
                      ? ''
                      : t('loting.quota.target', { target: formatDecimal(target, 2), min: g.min, max: g.max })}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ))}
      <FormField>
        <FormLabel htmlFor={`${id}-margin`}>{t('loting.quota.margin')}</FormLabel>
        <FormFieldDescription id={`${id}-margin-help`}>{t('loting.quota.marginHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-margin`}
          className="samenspel-loting__number"
          inputMode="decimal"
          aria-describedby={`${id}-margin-help`}
          value={margin}
          onChange={(e) => setMargin(e.target.value)}
        />
      </FormField>
      <Button appearance="secondary-action-button" onClick={derive}>
        {t('loting.quota.derive')}
      </Button>
      <Heading3>{t('loting.quota.check')}</Heading3>
      <div aria-live="polite">
        {local.map((text) => (
          <Alert key={text} type="error">
            <Paragraph>{text}</Paragraph>
          </Alert>
        ))}
        {valid && verification.isFetching && <Paragraph>{t('loting.quota.busy')}</Paragraph>}
        {valid && verification.isSuccess && verification.data.length === 0 && (
          <Alert type="ok">
            <Paragraph>{t('loting.quota.allGood')}</Paragraph>
          </Alert>
        )}
        {(valid ? (verification.data ?? []) : []).map((m) => (
          <Alert key={m.text} type={m.severity === 'error' ? 'error' : 'warning'}>
            <Paragraph>{m.text}</Paragraph>
          </Alert>
        ))}
      </div>
    </section>
  );
}
