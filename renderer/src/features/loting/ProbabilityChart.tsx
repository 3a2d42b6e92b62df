import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Heading3,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatPercent } from '@shared/format';

const B = 640;
const H = 300;
const M = { left: 56, right: 16, above: 16, below: 44 };

/** At most `n` points of a sorted series (quantiles), so 10 000 respondents stay a light SVG. */
function sample(sorted: number[], n = 300): Array<[number, number]> {
  if (sorted.length <= n) return sorted.map((p, i) => [sorted.length === 1 ? 0 : i / (sorted.length - 1), p]);
  return Array.from({ length: n }, (_, i) => {
    const q = i / (n - 1);
    return [q, sorted[Math.round(q * (sorted.length - 1))]!];
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Everyone's selection probability, sorted from low to high, for LEXIMIN and the greedy method.
 * An SVG with a title and description, and the same figures in a table for screen readers and print.
 */
export function ProbabilityChart({
  leximin,
  greedy,
  reselection = false,
}: {
  leximin: number[];
  greedy: number[];
  /** A re-selection round: the chances are those of the rest of the pool. */
  reselection?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const lex = [...leximin].sort((a, b) => a - b);
  const gs = [...greedy].sort((a, b) => a - b);
  const highest = Math.max(0.01, lex[lex.length - 1] ?? 0, gs[gs.length - 1] ?? 0);
  // Round steps (1, 2, 2.5 or 5 × 10^n) so the axis reads 0%, 5%, 10%, … and not 2.6%, 5.3%.
  const raw = highest / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const top = Math.ceil((highest * 1.02) / step) * step;
  const decimals =
    [0, 1, 2, 3].find((d) => Math.abs(Math.round(step * 100 * 10 ** d) - step * 100 * 10 ** d) < 1e-9) ?? 3;
  const x = (q: number) => M.left + q * (B - M.left - M.right);
  const y = (p: number) => H - M.below - (p / top) * (H - M.above - M.below);
  const path = (series: number[]) =>
    sample(series)
      .map(([q, p], i) => `${i === 0 ? 'M' : 'L'}${x(q).toFixed(1)},${y(p).toFixed(1)}`)
      .join(' ');
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const points: Array<[string, number]> = [
    [t('loting.result.lowest'), 0],
    [t('loting.result.percentile', { p: 10 }), 0.1],
    [t('loting.result.percentile', { p: 25 }), 0.25],
    [t('loting.result.median'), 0.5],
    [t('loting.result.percentile', { p: 75 }), 0.75],
    [t('loting.result.percentile', { p: 90 }), 0.9],
    [t('loting.result.highest'), 1],
  ];
  const value = (s: number[], q: number) => formatPercent(q === 1 ? (s[s.length - 1] ?? 0) : quantile(s, q), 2);

  return (
    <figure className="samenspel-loting__chart">
      <figcaption>
        <Heading3 id={`${id}-title`}>
          {t(reselection ? 'loting.result.chartReselection' : 'loting.result.chart')}
        </Heading3>
      </figcaption>
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>
          {t('loting.result.chartAlt', {
            lexMin: value(lex, 0),
            lexMax: value(lex, 1),
            greedyMin: value(gs, 0),
            greedyMax: value(gs, 1),
          })}
        </desc>
        {ticks.map((p) => (
          <g key={p}>
            <line x1={M.left} x2={B - M.right} y1={y(p)} y2={y(p)} stroke="#d5dbe3" />
            <text x={M.left - 6} y={y(p) + 4} textAnchor="end" fontSize="12" fill="#333">
              {formatPercent(p, decimals)}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={B - M.right} y1={H - M.below} y2={H - M.below} stroke="#333" />
        <text x={(B + M.left) / 2} y={H - 10} textAnchor="middle" fontSize="12" fill="#333">
          {t('loting.result.axisX')}
        </text>
        <path d={path(gs)} fill="none" stroke="#b8460b" strokeWidth="2.5" strokeDasharray="7 5" />
        <path d={path(lex)} fill="none" stroke="#154273" strokeWidth="3" />
      </svg>
      <ul className="samenspel-loting__legend">
        <li>
          <span aria-hidden="true" />
          {t('loting.result.leximin')}
        </li>
        <li>
          <span aria-hidden="true" className="greedy" />
          {t('loting.result.greedySeries')}
        </li>
      </ul>
      <Table className="samenspel-table">
        <caption className="utrecht-table__caption">{t('loting.result.table')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('loting.result.colPoint')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('loting.result.leximin')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('loting.result.greedySeries')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {points.map(([label, q]) => (
            <TableRow key={label}>
              <TableHeaderCell scope="row">{label}</TableHeaderCell>
              <TableCell>{value(lex, q)}</TableCell>
              <TableCell>{value(gs, q)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
