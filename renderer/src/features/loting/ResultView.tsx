import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { CsvVariant } from '@shared/csv';
import type { ExportKind, PoolDetail } from '@shared/loting/api';
import type { LotingResult } from '@shared/loting/result';
import { formatDecimal, formatList, formatNumber, formatPercent } from '@shared/format';
import { formatProbability } from '@shared/loting/text';
import { useApi } from '../../api/context';
import { downloadBase64 } from './files';
import { guaranteedDropouts } from '@shared/loting/replacement';
import { Dropouts } from './Dropouts';
import { ProbabilityChart } from './ProbabilityChart';
import { persoonWeergave, standaardKolommen, tijdstip } from './people';
import { TrialDraw } from './TrialDraw';
import { Publication } from './Publication';

const exports = [
  ['pdf', 'loting.resultaat.pdf'],
  ['docx', 'loting.resultaat.docx'],
  ['md', 'loting.resultaat.md'],
  ['panel-csv', 'loting.resultaat.panelCsv'],
  ['reserves-csv', 'loting.resultaat.reservesCsv'],
  ['kansen-csv', 'loting.resultaat.kansenCsv'],
  ['verdeling-json', 'loting.resultaat.verdelingJson'],
] as const satisfies ReadonlyArray<readonly [ExportKind, string]>;

const csvVariants = [
  ['semicolon', 'loting.resultaat.csvPuntkomma'],
  ['comma', 'loting.resultaat.csvKomma'],
] as const satisfies ReadonlyArray<readonly [CsvVariant, string]>;

export function ResultView({ pool, r, verouderd = false }: { pool: PoolDetail; r: LotingResult; verouderd?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [kolommen, setKolommen] = useState<string[]>(() => standaardKolommen(pool));
  const [csvVariant, setCsvVariant] = useState<CsvVariant>('semicolon');
  const gepubliceerd = r.controle?.fase === 'gepubliceerd';
  const [afvallers, setAfvallers] = useState<number[]>([]);
  const maxUitval = guaranteedDropouts(r);
  // A re-selection round is about the rest of the pool: members who stayed or dropped out had no draw.
  const buitenRonde = new Set([...(r.herselectie?.blijvers ?? []), ...(r.herselectie?.afvallers ?? [])]);
  const inRonde = r.herselectie ? (p: number) => !buitenRonde.has(p) : null;
  const geenVervanger = (reden: NonNullable<LotingResult['vervangers'][number]['reden']>) => {
    const q = reden.quota.map((x) =>
      t(x.grens === 'minimum' ? 'loting.resultaat.grensMinimum' : 'loting.resultaat.grensMaximum', { ...x }),
    );
    return q.length === 0
      ? t('loting.resultaat.geenVervangerNiemand')
      : t('loting.resultaat.geenVervangerReden', { quota: q.join(t('loting.resultaat.of')), max: maxUitval });
  };
  const kenmerken = pool.kolommen.flatMap((k, i) => (k.rol === 'kenmerk' ? [i] : []));
  const naamVan = persoonWeergave(pool, kolommen);
  const persoonKop = t('loting.resultaat.colPersoon');
  const profiel = (p: number) => kenmerken.map((i) => pool.personen[String(p)]?.[i] ?? '').join(', ');
  const vervanger = new Map(r.vervangers.map((v) => [v.lid, v]));
  const reden = (g: LotingResult['uitgesloten'][number]) =>
    t(`loting.resultaat.reden.${g.soort}`, {
      quota: formatList(g.quota.map((q) => t(`loting.resultaat.reden.${q.richting}`, { ...q }))),
    });
  const exporteer = useMutation({
    mutationFn: (soort: ExportKind) => api.call('loting.export', { poolId: pool.id, soort, kolommen, csvVariant }),
    onSuccess: (e) => downloadBase64(e.base64, e.mime, e.bestandsnaam),
  });

  const kolomKeuze = (
    <div role="group" aria-labelledby={`${id}-tonen`}>
      <Heading3 id={`${id}-tonen`}>{t('loting.resultaat.tonen')}</Heading3>
      <Paragraph>{t('loting.resultaat.tonenUitleg')}</Paragraph>
      {pool.kolommen
        .filter((k) => k.rol !== 'id')
        .map((k) => (
          <FormField key={k.naam} type="checkbox">
            <Checkbox
              id={`${id}-kol-${k.naam}`}
              checked={kolommen.includes(k.naam)}
              onChange={(e) =>
                setKolommen((oud) => (e.target.checked ? [...oud, k.naam] : oud.filter((n) => n !== k.naam)))
              }
            />
            <FormLabel htmlFor={`${id}-kol-${k.naam}`} type="checkbox">
              {t('loting.resultaat.exportKolom', { naam: k.naam })}
            </FormLabel>
          </FormField>
        ))}
    </div>
  );
  const exportKnoppen = (
    <>
      <Heading3>{t('loting.resultaat.export')}</Heading3>
      <Paragraph>{t('loting.resultaat.exportUitleg')}</Paragraph>
      <Fieldset>
        <FieldsetLegend>{t('loting.resultaat.csvVariant')}</FieldsetLegend>
        {csvVariants.map(([variant, label]) => (
          <FormField key={variant} type="radio">
            <RadioButton
              id={`${id}-csv-${variant}`}
              name={`${id}-csv`}
              value={variant}
              checked={csvVariant === variant}
              onChange={() => setCsvVariant(variant)}
            />
            <FormLabel htmlFor={`${id}-csv-${variant}`} type="radio">
              {t(label)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <ButtonGroup>
        {exports
          .filter(([soort]) =>
            gepubliceerd
              ? ['pdf', 'docx', 'md', 'kansen-csv', 'verdeling-json'].includes(soort)
              : !(r.herselectie && soort === 'verdeling-json'),
          )
          .map(([soort, label]) => (
            <Button
              key={soort}
              appearance="secondary-action-button"
              busy={exporteer.isPending && exporteer.variables === soort}
              onClick={() => exporteer.mutate(soort)}
            >
              {t(label)}
            </Button>
          ))}
      </ButtonGroup>
      {exporteer.error && (
        <Alert type="error">
          <Paragraph>{exporteer.error.message}</Paragraph>
        </Alert>
      )}
    </>
  );

  return (
    <section
      className={`samenspel-card samenspel-loting${verouderd ? ' samenspel-loting--verouderd' : ''}`}
      aria-labelledby={`${id}-titel`}
    >
      <Heading2 id={`${id}-titel`}>
        {t(verouderd ? 'loting.resultaat.titelVerouderd' : 'loting.resultaat.titel')}
      </Heading2>
      {verouderd && (
        <Alert type="warning">
          <Paragraph>{t('loting.resultaat.verouderd', { datum: tijdstip(r.berekendOp) })}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {t('loting.resultaat.berekendMet', {
          datum: tijdstip(r.berekendOp),
          panel: r.panelgrootte,
          quota: r.quota.length,
          huishouden: r.huishoudensUitsluiten ? t('loting.resultaat.berekendMetHuishouden') : '',
        })}
      </Paragraph>
      <details className="samenspel-loting__uitleg">
        <summary>{t('loting.resultaat.quotaTonen')}</summary>
        <ul>
          {r.quota.map((q) => (
            <li key={`${q.categorie}\u0000${q.waarde}`}>
              {q.categorie} = {q.waarde}: {q.min}–{q.max}
            </li>
          ))}
        </ul>
      </details>
      {r.herselectie && (
        <Alert type="info">
          <Paragraph>
            {t('loting.resultaat.herselectie', {
              afvallers: r.herselectie.afvallers.length,
              blijvers: r.herselectie.blijvers.length,
              open: r.herselectie.openPlaatsen,
            })}
          </Paragraph>
        </Alert>
      )}
      <dl className="samenspel-loting__cijfers">
        <div>
          <dt>{t('loting.resultaat.minimum')}</dt>
          <dd>{r.onbereikbaar > 0 ? t('loting.resultaat.minimumNul') : formatPercent(r.minimum, 2)}</dd>
        </div>
        {r.onbereikbaar > 0 && r.minimumBereikbaar !== undefined && (
          <div>
            <dt>{t('loting.resultaat.minimumBereikbaar')}</dt>
            <dd>{formatPercent(r.minimumBereikbaar, 2)}</dd>
          </div>
        )}
        <div>
          <dt>{t('loting.resultaat.gretig')}</dt>
          <dd>{formatProbability(r.legacy.laagste?.schatting ?? r.legacy.minimum)}</dd>
        </div>
        <div>
          <dt>{t('loting.resultaat.gini')}</dt>
          <dd>{formatDecimal(r.gini, 3)}</dd>
        </div>
        {!gepubliceerd && (
          <div>
            <dt>{t('loting.resultaat.seed')}</dt>
            <dd>{r.seed}</dd>
          </div>
        )}
      </dl>
      <Paragraph>
        {r.exact
          ? t('loting.resultaat.exact')
          : t('loting.resultaat.nietExact', { grens: formatPercent(r.bovengrensBereikbaar ?? r.bovengrensMinimum, 2) })}
      </Paragraph>
      <Paragraph>{t('loting.resultaat.giniUitleg')}</Paragraph>
      <Paragraph>
        {t('loting.resultaat.gretigUitleg', { aantal: formatNumber(r.legacy.trekkingen) })}
        {r.legacy.laagste &&
          ` ${t('loting.resultaat.gretigGrens', {
            trekkingen: formatNumber(r.legacy.laagste.trekkingen),
            grens: formatProbability(r.legacy.laagste.bovengrens99),
          })}`}
      </Paragraph>
      {r.onbereikbaar > 0 && (
        <Alert type="warning">
          <Paragraph>
            {t(r.herselectie ? 'loting.resultaat.onbereikbaarHerselectie' : 'loting.resultaat.onbereikbaar', {
              aantal: r.onbereikbaar,
            })}
          </Paragraph>
          <ul>
            {r.uitgesloten.map((g) => (
              <li key={g.personen[0]}>
                {t('loting.resultaat.onbereikbaarGroep', {
                  namen: g.personen.map(naamVan).join(', '),
                  profiel: profiel(g.personen[0]!),
                  reden: reden(g),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <ProbabilityChart
        leximin={inRonde ? r.kansen.filter((_, p) => inRonde(p)) : r.kansen}
        gretig={inRonde ? r.legacy.kansen.filter((_, p) => inRonde(p)) : r.legacy.kansen}
        herselectie={inRonde !== null}
      />

      {gepubliceerd ? (
        <>
          <Publication pool={pool} r={r} />
          <TrialDraw pool={pool} kolommen={kolommen} />
          {kolomKeuze}
        </>
      ) : (
        <>
          {kolomKeuze}
          <Heading3>{t('loting.resultaat.panel', { aantal: r.panel.length })}</Heading3>
          <Table className="samenspel-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{persoonKop}</TableHeaderCell>
                <TableHeaderCell scope="col">{kenmerken.map((i) => pool.kolommen[i]!.naam).join(', ')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('loting.resultaat.colVervanger')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('loting.resultaat.colAfvallen')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.panel.map((p) => {
                const v = vervanger.get(p);
                return (
                  <TableRow key={p}>
                    <TableHeaderCell scope="row">{naamVan(p)}</TableHeaderCell>
                    <TableCell>{profiel(p)}</TableCell>
                    <TableCell>
                      {v === undefined
                        ? t('loting.resultaat.geenVervanger')
                        : v.reserve === null
                          ? v.reden
                            ? geenVervanger(v.reden)
                            : t('loting.resultaat.geenVervanger')
                          : `${naamVan(v.reserve)}${v.zelfdeProfiel ? ` ${t('loting.resultaat.zelfdeProfiel')}` : ` (${profiel(v.reserve)})`}`}
                    </TableCell>
                    <TableCell>
                      <Checkbox
                        aria-label={t('loting.resultaat.afvallenLabel', { naam: naamVan(p) })}
                        checked={afvallers.includes(p)}
                        onChange={(e) =>
                          setAfvallers((oud) => (e.target.checked ? [...oud, p] : oud.filter((x) => x !== p)))
                        }
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>

          <Dropouts key={r.berekendOp} pool={pool} r={r} afvallers={afvallers} naamVan={naamVan} />

          <Heading3>{t('loting.resultaat.reserves', { aantal: r.reserves.length })}</Heading3>
          <Paragraph>{t('loting.resultaat.reservesUitleg', { max: maxUitval })}</Paragraph>
          <Table className="samenspel-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('loting.resultaat.colVolgorde')}</TableHeaderCell>
                <TableHeaderCell scope="col">{persoonKop}</TableHeaderCell>
                <TableHeaderCell scope="col">{kenmerken.map((i) => pool.kolommen[i]!.naam).join(', ')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.reserves.map((p, i) => (
                <TableRow key={p}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{naamVan(p)}</TableCell>
                  <TableCell>{profiel(p)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {!r.herselectie && <TrialDraw pool={pool} kolommen={kolommen} />}
        </>
      )}
      {exportKnoppen}
    </section>
  );
}
