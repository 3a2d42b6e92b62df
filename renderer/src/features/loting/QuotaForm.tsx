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

const sleutel = (categorie: string, waarde: string) => `${categorie}\u0000${waarde}`;

export interface QuotaState {
  panelgrootte: number;
  grenzen: Record<string, { min: number; max: number }>;
  huishoudensUitsluiten: boolean;
  /** Simultaneous dropouts the reserves must absorb; NaN while the field is empty (default 20 %). */
  maxUitval: number;
}

export function beginQuota(pool: PoolDetail): QuotaState {
  const opgeslagen = pool.instellingen;
  const panelgrootte = opgeslagen?.panelgrootte ?? Math.min(30, pool.aantal);
  const grenzen: QuotaState['grenzen'] = {};
  for (const { categorie, waarden } of pool.tellingen) {
    for (const { waarde } of waarden) {
      const q = opgeslagen?.quota.find((x) => x.categorie === categorie && x.waarde === waarde);
      grenzen[sleutel(categorie, waarde)] = q ? { min: q.min, max: q.max } : { min: 0, max: panelgrootte };
    }
  }
  return {
    panelgrootte,
    grenzen,
    huishoudensUitsluiten: opgeslagen?.huishoudensUitsluiten ?? false,
    maxUitval: opgeslagen?.maxUitval ?? Number.NaN,
  };
}

export function naarInstellingen(pool: PoolDetail, state: QuotaState): LotingSettings {
  const quota: Quotum[] = pool.tellingen.flatMap(({ categorie, waarden }) =>
    waarden.map(({ waarde }) => ({
      categorie,
      waarde,
      ...(state.grenzen[sleutel(categorie, waarde)] ?? { min: 0, max: 0 }),
    })),
  );
  return {
    panelgrootte: state.panelgrootte,
    quota,
    huishoudensUitsluiten: state.huishoudensUitsluiten,
    ...(Number.isNaN(state.maxUitval) ? {} : { maxUitval: state.maxUitval }),
  };
}

const getal = (tekst: string) => (/^\d+$/.test(tekst.trim()) ? Number(tekst) : Number.NaN);

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
  const [aandelen, setAandelen] = useState<Record<string, string>>({});
  const [marge, setMarge] = useState('1');
  const [doelen, setDoelen] = useState<Record<string, number>>({});
  const [bestandMelding, setBestandMelding] = useState<{ type: 'ok' | 'warning' | 'error'; tekst: string } | null>(
    null,
  );
  const heeftHuishouden = pool.kolommen.some((k) => k.rol === 'huishouden');
  const instellingen = useDeferredValue(naarInstellingen(pool, state));
  // Numbers that are not whole or a minimum above its maximum are caught here, before the server.
  const lokaal = [
    ...(Number.isInteger(instellingen.panelgrootte) && instellingen.panelgrootte >= 1
      ? []
      : [t('loting.quota.panelOngeldig')]),
    ...instellingen.quota
      .filter((q) => !Number.isInteger(q.min) || !Number.isInteger(q.max))
      .map((q) => t('loting.quota.getalOngeldig', { categorie: q.categorie, waarde: q.waarde })),
    ...instellingen.quota
      .filter((q) => q.min > q.max)
      .map((q) => t('loting.quota.minBovenMax', { categorie: q.categorie, waarde: q.waarde, min: q.min, max: q.max })),
    ...(instellingen.maxUitval !== undefined && instellingen.maxUitval > instellingen.panelgrootte
      ? [t('loting.quota.maxUitvalTeGroot', { max: instellingen.maxUitval, panel: instellingen.panelgrootte })]
      : []),
  ];
  const geldig = lokaal.length === 0;
  const controle = useQuery({
    ...apiQuery(api, 'loting.validate', { poolId: pool.id, instellingen }),
    enabled: geldig,
  });

  const zet = (k: string, veld: 'min' | 'max', tekst: string) =>
    onChange({ ...state, grenzen: { ...state.grenzen, [k]: { ...state.grenzen[k]!, [veld]: getal(tekst) } } });

  const laadBestand = async (file: File | undefined) => {
    if (!file) return;
    const r = readQuotaCsv(await file.text());
    if (!r.ok) return setBestandMelding({ type: 'error', tekst: r.fout });
    // A category the pool does not have is an error that names it: nothing is loaded then.
    const categorieen = pool.tellingen.map((x) => x.categorie);
    const onbekend = [...new Set(r.waarde.map((q) => q.categorie))].filter((c) => !categorieen.includes(c));
    if (onbekend.length > 0) {
      return setBestandMelding({
        type: 'error',
        tekst: t('loting.quota.bestandOnbekend', { tekst: unknownCategoryText(onbekend, categorieen) }),
      });
    }
    const bekend = new Set(pool.tellingen.flatMap((x) => x.waarden.map((w) => sleutel(x.categorie, w.waarde))));
    const zonder = r.waarde.filter((q) => !bekend.has(sleutel(q.categorie, q.waarde)));
    const grenzen = { ...state.grenzen };
    for (const q of r.waarde) grenzen[sleutel(q.categorie, q.waarde)] = { min: q.min, max: q.max };
    onChange({ ...state, grenzen });
    setBestandMelding({
      type: zonder.length === 0 ? 'ok' : 'warning',
      tekst: [
        t('loting.quota.geladen', { aantal: r.waarde.length - zonder.length }),
        ...(zonder.length > 0
          ? [
              t('loting.quota.bestandWaardeOnbekend', {
                waarden: zonder.map((q) => `${q.categorie} = ${q.waarde}`).join(', '),
              }),
            ]
          : []),
      ].join(' '),
    });
  };

  const leidAf = () => {
    const lijst = Object.entries(aandelen).flatMap(([k, v]) => {
      const aandeel = Number(v.replace(',', '.'));
      const [categorie, waarde] = k.split('\u0000') as [string, string];
      return v.trim() !== '' && Number.isFinite(aandeel) ? [{ categorie, waarde, aandeel: aandeel / 100 }] : [];
    });
    const afgeleid = quotaFromShares(lijst, state.panelgrootte, Math.max(0, Number(marge.replace(',', '.')) || 0));
    const grenzen = { ...state.grenzen };
    const nieuweDoelen: Record<string, number> = {};
    for (const q of afgeleid) {
      grenzen[sleutel(q.categorie, q.waarde)] = { min: q.min, max: q.max };
      nieuweDoelen[sleutel(q.categorie, q.waarde)] = q.doel;
    }
    setDoelen(nieuweDoelen);
    onChange({ ...state, grenzen });
  };

  return (
    <section className="samenspel-card" aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{t('loting.quota.titel')}</Heading2>
      <Paragraph>{t('loting.quota.uitleg')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`${id}-k`}>{t('loting.quota.panelgrootte')}</FormLabel>
        <FormFieldDescription id={`${id}-k-help`}>{t('loting.quota.panelgrootteHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-k`}
          className="samenspel-loting__getal"
          inputMode="numeric"
          aria-describedby={`${id}-k-help`}
          value={Number.isNaN(state.panelgrootte) ? '' : String(state.panelgrootte)}
          onChange={(e) => onChange({ ...state, panelgrootte: getal(e.target.value) })}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={`${id}-uitval`}>{t('loting.quota.maxUitval')}</FormLabel>
        <FormFieldDescription id={`${id}-uitval-help`}>
          {t('loting.quota.maxUitvalHelp', {
            standaard: Number.isInteger(state.panelgrootte) ? defaultMaxDropouts(Math.max(1, state.panelgrootte)) : '–',
          })}
        </FormFieldDescription>
        <Textbox
          id={`${id}-uitval`}
          className="samenspel-loting__getal"
          inputMode="numeric"
          aria-describedby={`${id}-uitval-help`}
          value={Number.isNaN(state.maxUitval) ? '' : String(state.maxUitval)}
          onChange={(e) =>
            onChange({ ...state, maxUitval: e.target.value.trim() === '' ? Number.NaN : getal(e.target.value) })
          }
        />
      </FormField>
      <FileField
        id={`${id}-bestand`}
        label={t('loting.quota.bestand')}
        uitleg={t('loting.quota.bestandHelp')}
        accept=".csv,text/csv"
        onKies={(bestand) => void laadBestand(bestand)}
      />
      {bestandMelding && (
        <Alert type={bestandMelding.type}>
          <Paragraph>{bestandMelding.tekst}</Paragraph>
        </Alert>
      )}
      {heeftHuishouden && (
        <FormField type="checkbox">
          <Checkbox
            id={`${id}-huis`}
            checked={state.huishoudensUitsluiten}
            onChange={(e) => onChange({ ...state, huishoudensUitsluiten: e.target.checked })}
          />
          <FormLabel htmlFor={`${id}-huis`} type="checkbox">
            {t('loting.quota.huishoudens')}
          </FormLabel>
        </FormField>
      )}
      {pool.tellingen.map(({ categorie, waarden }) => (
        <Table key={categorie} className="samenspel-table">
          <caption className="utrecht-table__caption">{categorie}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('loting.quota.colWaarde')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colInPool')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colAandeel')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colMin')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colMax')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('loting.quota.colDoel')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {waarden.map(({ waarde, aantal }) => {
              const k = sleutel(categorie, waarde);
              const g = state.grenzen[k] ?? { min: 0, max: 0 };
              const doel = doelen[k];
              return (
                <TableRow key={waarde}>
                  <TableHeaderCell scope="row">{waarde}</TableHeaderCell>
                  <TableCell>{aantal}</TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__getal"
                      inputMode="decimal"
                      aria-label={t('loting.quota.aandeelLabel', { categorie, waarde })}
                      value={aandelen[k] ?? ''}
                      onChange={(e) => setAandelen({ ...aandelen, [k]: e.target.value })}
                    />
                  </TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__getal"
                      inputMode="numeric"
                      aria-label={t('loting.quota.minLabel', { categorie, waarde })}
                      value={Number.isNaN(g.min) ? '' : String(g.min)}
                      onChange={(e) => zet(k, 'min', e.target.value)}
                    />
                  </TableCell>
                  <TableCell>
                    <Textbox
                      className="samenspel-loting__getal"
                      inputMode="numeric"
                      aria-label={t('loting.quota.maxLabel', { categorie, waarde })}
                      value={Number.isNaN(g.max) ? '' : String(g.max)}
                      onChange={(e) => zet(k, 'max', e.target.value)}
                    />
                  </TableCell>
                  <TableCell>
                    {doel === undefined
                      ? ''
                      : t('loting.quota.doel', { doel: formatDecimal(doel, 2), min: g.min, max: g.max })}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ))}
      <FormField>
        <FormLabel htmlFor={`${id}-marge`}>{t('loting.quota.marge')}</FormLabel>
        <FormFieldDescription id={`${id}-marge-help`}>{t('loting.quota.margeHelp')}</FormFieldDescription>
        <Textbox
          id={`${id}-marge`}
          className="samenspel-loting__getal"
          inputMode="decimal"
          aria-describedby={`${id}-marge-help`}
          value={marge}
          onChange={(e) => setMarge(e.target.value)}
        />
      </FormField>
      <Button appearance="secondary-action-button" onClick={leidAf}>
        {t('loting.quota.afleiden')}
      </Button>
      <Heading3>{t('loting.quota.controle')}</Heading3>
      <div aria-live="polite">
        {lokaal.map((tekst) => (
          <Alert key={tekst} type="error">
            <Paragraph>{tekst}</Paragraph>
          </Alert>
        ))}
        {geldig && controle.isFetching && <Paragraph>{t('loting.quota.bezig')}</Paragraph>}
        {geldig && controle.isSuccess && controle.data.length === 0 && (
          <Alert type="ok">
            <Paragraph>{t('loting.quota.inOrde')}</Paragraph>
          </Alert>
        )}
        {(geldig ? (controle.data ?? []) : []).map((m) => (
          <Alert key={m.tekst} type={m.ernst === 'fout' ? 'error' : 'warning'}>
            <Paragraph>{m.tekst}</Paragraph>
          </Alert>
        ))}
      </div>
    </section>
  );
}
