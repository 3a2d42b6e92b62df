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
import { personDisplay, defaultColumns, moment } from './people';
import { TrialDraw } from './TrialDraw';
import { Publication } from './Publication';

const exports = [
  ['pdf', 'loting.result.pdf'],
  ['docx', 'loting.result.docx'],
  ['md', 'loting.result.md'],
  ['panel-csv', 'loting.result.panelCsv'],
  ['reserves-csv', 'loting.result.reservesCsv'],
  ['probabilities-csv', 'loting.result.probabilitiesCsv'],
  ['distribution-json', 'loting.result.distributionJson'],
] as const satisfies ReadonlyArray<readonly [ExportKind, string]>;

const csvVariants = [
  ['semicolon', 'loting.result.csvSemicolon'],
  ['comma', 'loting.result.csvComma'],
] as const satisfies ReadonlyArray<readonly [CsvVariant, string]>;

export function ResultView({ pool, r, outdated = false }: { pool: PoolDetail; r: LotingResult; outdated?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [columns, setColumns] = useState<string[]>(() => defaultColumns(pool));
  const [csvVariant, setCsvVariant] = useState<CsvVariant>('semicolon');
  const published = r.verification?.phase === 'published';
  const [dropouts, setDropouts] = useState<number[]>([]);
  const maxDropouts = guaranteedDropouts(r);
  // A re-selection round is about the rest of the pool: members who stayed or dropped out had no draw.
  const outsideRound = new Set([...(r.reselection?.stayers ?? []), ...(r.reselection?.dropouts ?? [])]);
  const inRound = r.reselection ? (p: number) => !outsideRound.has(p) : null;
  const noReplacement = (reason: NonNullable<LotingResult['replacements'][number]['reason']>) => {
    const q = reason.quota.map((x) =>
      t(x.bound === 'minimum' ? 'loting.result.boundMinimum' : 'loting.result.boundMaximum', { ...x }),
    );
    return q.length === 0
      ? t('loting.result.noReplacementNobody')
      : t('loting.result.noReplacementReason', { quota: q.join(t('loting.result.or')), max: maxDropouts });
  };
  const features = pool.columns.flatMap((k, i) => (k.role === 'feature' ? [i] : []));
  const nameOf = personDisplay(pool, columns);
  const personHeader = t('loting.result.colPerson');
  const profile = (p: number) => features.map((i) => pool.people[String(p)]?.[i] ?? '').join(', ');
  const replacement = new Map(r.replacements.map((v) => [v.member, v]));
  const reason = (g: LotingResult['excluded'][number]) =>
    t(`loting.result.reason.${g.kind}`, {
      quota: formatList(g.quota.map((q) => t(`loting.result.reason.${q.direction}`, { ...q }))),
    });
  const exportFile = useMutation({
    mutationFn: (kind: ExportKind) => api.call('loting.export', { poolId: pool.id, kind, columns, csvVariant }),
    onSuccess: (e) => downloadBase64(e.base64, e.mime, e.fileName),
  });

  const columnChoice = (
    <div role="group" aria-labelledby={`${id}-show`}>
      <Heading3 id={`${id}-show`}>{t('loting.result.show')}</Heading3>
      <Paragraph>{t('loting.result.showExplanation')}</Paragraph>
      {pool.columns
        .filter((k) => k.role !== 'id')
        .map((k) => (
          <FormField key={k.name} type="checkbox">
            <Checkbox
              id={`${id}-col-${k.name}`}
              checked={columns.includes(k.name)}
              onChange={(e) =>
                setColumns((old) => (e.target.checked ? [...old, k.name] : old.filter((n) => n !== k.name)))
              }
            />
            <FormLabel htmlFor={`${id}-col-${k.name}`} type="checkbox">
              {t('loting.result.exportColumn', { name: k.name })}
            </FormLabel>
          </FormField>
        ))}
    </div>
  );
  const exportButtons = (
    <>
      <Heading3>{t('loting.result.export')}</Heading3>
      <Paragraph>{t('loting.result.exportExplanation')}</Paragraph>
      <Fieldset>
        <FieldsetLegend>{t('loting.result.csvVariant')}</FieldsetLegend>
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
          .filter(([kind]) =>
            published
              ? ['pdf', 'docx', 'md', 'probabilities-csv', 'distribution-json'].includes(kind)
              : !(r.reselection && kind === 'distribution-json'),
          )
          .map(([kind, label]) => (
            <Button
              key={kind}
              appearance="secondary-action-button"
              busy={exportFile.isPending && exportFile.variables === kind}
              onClick={() => exportFile.mutate(kind)}
            >
              {t(label)}
            </Button>
          ))}
      </ButtonGroup>
      {exportFile.error && (
        <Alert type="error">
          <Paragraph>{exportFile.error.message}</Paragraph>
        </Alert>
      )}
    </>
  );

  return (
    <section
      className={`samenspel-card samenspel-loting${outdated ? ' samenspel-loting--outdated' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <Heading2 id={`${id}-title`}>{t(outdated ? 'loting.result.titleOutdated' : 'loting.result.title')}</Heading2>
      {outdated && (
        <Alert type="warning">
          <Paragraph>{t('loting.result.outdated', { date: moment(r.computedAt) })}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        {t('loting.result.computedWith', {
          date: moment(r.computedAt),
          panel: r.panelSize,
          quota: r.quota.length,
          household: r.excludeHouseholds ? t('loting.result.computedWithHousehold') : '',
        })}
      </Paragraph>
      <details className="samenspel-loting__explanation">
        <summary>{t('loting.result.showQuota')}</summary>
        <ul>
          {r.quota.map((q) => (
            <li key={`${q.category}\u0000${q.value}`}>
              {q.category} = {q.value}: {q.min}–{q.max}
            </li>
          ))}
        </ul>
      </details>
      {r.reselection && (
        <Alert type="info">
          <Paragraph>
            {t('loting.result.reselection', {
              dropouts: r.reselection.dropouts.length,
              stayers: r.reselection.stayers.length,
              open: r.reselection.openSeats,
            })}
          </Paragraph>
        </Alert>
      )}
      <dl className="samenspel-loting__figures">
        <div>
          <dt>{t('loting.result.minimum')}</dt>
          <dd>{r.unreachable > 0 ? t('loting.result.minimumZero') : formatPercent(r.minimum, 2)}</dd>
        </div>
        {r.unreachable > 0 && r.minimumReachable !== undefined && (
          <div>
            <dt>{t('loting.result.minimumReachable')}</dt>
            <dd>{formatPercent(r.minimumReachable, 2)}</dd>
          </div>
        )}
        <div>
          <dt>{t('loting.result.greedy')}</dt>
          <dd>{formatProbability(r.legacy.lowest?.estimate ?? r.legacy.minimum)}</dd>
        </div>
        <div>
          <dt>{t('loting.result.gini')}</dt>
          <dd>{formatDecimal(r.gini, 3)}</dd>
        </div>
        {!published && (
          <div>
            <dt>{t('loting.result.seed')}</dt>
            <dd>{r.seed}</dd>
          </div>
        )}
      </dl>
      <Paragraph>
        {r.exact
          ? t('loting.result.exact')
          : t('loting.result.notExact', { bound: formatPercent(r.reachableUpperBound ?? r.minimumUpperBound, 2) })}
      </Paragraph>
      <Paragraph>{t('loting.result.giniExplanation')}</Paragraph>
      <Paragraph>
        {t('loting.result.greedyExplanation', { count: formatNumber(r.legacy.draws) })}
        {r.legacy.lowest &&
          ` ${t('loting.result.greedyBound', {
            draws: formatNumber(r.legacy.lowest.draws),
            bound: formatProbability(r.legacy.lowest.upperBound99),
          })}`}
      </Paragraph>
      {r.unreachable > 0 && (
        <Alert type="warning">
          <Paragraph>
            {t(r.reselection ? 'loting.result.unreachableReselection' : 'loting.result.unreachable', {
              count: r.unreachable,
            })}
          </Paragraph>
          <ul>
            {r.excluded.map((g) => (
              <li key={g.people[0]}>
                {t('loting.result.unreachableGroup', {
                  names: g.people.map(nameOf).join(', '),
                  profile: profile(g.people[0]!),
                  reason: reason(g),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <ProbabilityChart
        leximin={inRound ? r.probabilities.filter((_, p) => inRound(p)) : r.probabilities}
        greedy={inRound ? r.legacy.probabilities.filter((_, p) => inRound(p)) : r.legacy.probabilities}
        reselection={inRound !== null}
      />

      {published ? (
        <>
          <Publication pool={pool} r={r} />
          <TrialDraw pool={pool} columns={columns} />
          {columnChoice}
        </>
      ) : (
        <>
          {columnChoice}
          <Heading3>{t('loting.result.panel', { count: r.panel.length })}</Heading3>
          <Table className="samenspel-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{personHeader}</TableHeaderCell>
                <TableHeaderCell scope="col">{features.map((i) => pool.columns[i]!.name).join(', ')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('loting.result.colReplacement')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('loting.result.colDropOut')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.panel.map((p) => {
                const v = replacement.get(p);
                return (
                  <TableRow key={p}>
                    <TableHeaderCell scope="row">{nameOf(p)}</TableHeaderCell>
                    <TableCell>{profile(p)}</TableCell>
                    <TableCell>
                      {v === undefined
                        ? t('loting.result.noReplacement')
                        : v.reserve === null
                          ? v.reason
                            ? noReplacement(v.reason)
                            : t('loting.result.noReplacement')
                          : `${nameOf(v.reserve)}${v.sameProfile ? ` ${t('loting.result.sameProfile')}` : ` (${profile(v.reserve)})`}`}
                    </TableCell>
                    <TableCell>
                      <Checkbox
                        aria-label={t('loting.result.dropOutLabel', { name: nameOf(p) })}
                        checked={dropouts.includes(p)}
                        onChange={(e) =>
                          setDropouts((old) => (e.target.checked ? [...old, p] : old.filter((x) => x !== p)))
                        }
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>

          <Dropouts key={r.computedAt} pool={pool} r={r} dropouts={dropouts} nameOf={nameOf} />

          <Heading3>{t('loting.result.reserves', { count: r.reserves.length })}</Heading3>
          <Paragraph>{t('loting.result.reservesExplanation', { max: maxDropouts })}</Paragraph>
          <Table className="samenspel-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('loting.result.colOrder')}</TableHeaderCell>
                <TableHeaderCell scope="col">{personHeader}</TableHeaderCell>
                <TableHeaderCell scope="col">{features.map((i) => pool.columns[i]!.name).join(', ')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.reserves.map((p, i) => (
                <TableRow key={p}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{nameOf(p)}</TableCell>
                  <TableCell>{profile(p)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {!r.reselection && <TrialDraw pool={pool} columns={columns} />}
        </>
      )}
      {exportButtons}
    </section>
  );
}
