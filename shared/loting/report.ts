import { type CsvCell, type CsvVariant, csvNumber, writeCsv } from '../csv';
import type { Block, DocumentModel, Section } from '../document/model';
import { buildInstance } from './instance';
import type { Pool, PoolData } from './model';
import type { LotingResult } from './result';
import { formatDecimal, formatIsoDate, formatNumber, formatPercent } from '../format';
import { formatProbability } from './text';
import { exclusionText } from './exclusion';
import { noReplacementText, guaranteedDropouts } from './replacement';
import { reportTexts } from './texts';

/**
 * The audit report on the shared document model (shared/document), so Word and Markdown come
 * from the same renderers as the participatieplan. Formal and impersonal: it goes into the file
 * of the burgerberaad. It holds only what the user chose to export: no personal columns by default.
 */
export interface ExportChoice {
  /** Stored columns to show with the panel and reserves (the id column is always included). */
  columns: string[];
  title?: string;
  municipality?: string;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function columnValues(poolData: PoolData, choice: ExportChoice): { header: string[]; values: (p: number) => string[] } {
  const idColumn = poolData.columns.findIndex((k) => k.role === 'id');
  const idx = poolData.columns.flatMap((k, i) => (i !== idColumn && choice.columns.includes(k.name) ? [i] : []));
  return {
    header: [idColumn >= 0 ? poolData.columns[idColumn]!.name : 'rij', ...idx.map((i) => poolData.columns[i]!.name)],
    values: (p) => [
      idColumn >= 0 ? poolData.rows[p]![idColumn]! : String(p + 2),
      ...idx.map((i) => poolData.rows[p]![i] ?? ''),
    ],
  };
}

export function makeReport(r: LotingResult, pool: Pool, poolData: PoolData, choice: ExportChoice): DocumentModel {
  const instance = buildInstance(pool, {
    panelSize: r.panelSize,
    quota: r.quota,
    excludeHouseholds: r.excludeHouseholds,
  });
  const col = columnValues(poolData, choice);
  const inPanel = (category: string, value: string) => {
    const c = pool.categories.indexOf(category);
    return r.panel.filter((p) => pool.respondents[p]!.values[c] === value).length;
  };
  const inPool = (category: string, value: string) => {
    const c = pool.categories.indexOf(category);
    return pool.respondents.filter((x) => x.values[c] === value).length;
  };
  // In a re-selection round only the rest of the pool had a draw: members who stayed or dropped out are left out.
  const outsideRound = new Set([...(r.reselection?.stayers ?? []), ...(r.reselection?.dropouts ?? [])]);
  const profiles = instance.types
    .map((type, t) => ({ type, t, members: type.members.filter((p) => !outsideRound.has(p)) }))
    .filter((x) => x.members.length > 0)
    .map(({ type, t, members }) => ({
      type,
      t,
      count: members.length,
      probability: r.probabilities[members[0]!] ?? 0,
      legacy: r.legacy.probabilities[members[0]!] ?? 0,
    }))
    .sort((a, b) => a.probability - b.probability || a.t - b.t);
  const replacement = new Map(r.replacements.map((v) => [v.reserve, v]));
  const minReachable = r.minimumReachable ?? r.minimum;
  const maxDropouts = guaranteedDropouts(r);
  const withReserve = r.replacements.filter((v) => v.reserve !== null).length;
  const same = r.replacements.filter((v) => v.reserve !== null && v.sameProfile).length;
  const stays = new Set(r.reselection?.stayers ?? []);
  const h = r.reselection;
  const upperBound = r.reachableUpperBound ?? r.minimumUpperBound;
  const c = r.verification;
  const published = c?.phase === 'published';
  const profileOf = (p: number) =>
    pool.categories.map((c, i) => `${c} = ${pool.respondents[p]?.values[i] ?? ''}`).join(', ');

  const panelBlocks = (): Array<Block | { heading: string }> => [
    { heading: r.reselection ? reportTexts.headingPanelReselection : reportTexts.headingPanel },
    ...(r.reselection
      ? [
          {
            kind: 'paragraph' as const,
            text: reportTexts.panelAfterReselection(
              formatNumber(r.reselection.stayers.length),
              formatNumber(r.reselection.openSeats),
            ),
          },
        ]
      : []),
    {
      kind: 'table',
      widths: [],
      header: r.reselection ? [...col.header, reportTexts.columnOrigin] : col.header,
      rows: r.panel.map((p) =>
        r.reselection
          ? [...col.values(p), stays.has(p) ? reportTexts.originStayed : reportTexts.originNew]
          : col.values(p),
      ),
    },
    { heading: reportTexts.headingReplacements },
    {
      kind: 'paragraph',
      text: reportTexts.replacementsGuarantee(formatNumber(maxDropouts), r.excludeHouseholds),
    },
    {
      kind: 'paragraph',
      text: reportTexts.replacementsCount(
        formatNumber(withReserve),
        formatNumber(r.replacements.length),
        formatNumber(same),
        r.replacements.length - withReserve,
        formatNumber(r.replacements.length - withReserve),
      ),
    },
    {
      kind: 'table',
      widths: [],
      header: [reportTexts.columnMember, reportTexts.columnReserve, reportTexts.columnNote],
      rows: r.replacements.map((v) => [
        col.values(v.member)[0]!,
        v.reserve === null ? '—' : col.values(v.reserve)[0]!,
        v.reserve === null
          ? v.reason
            ? noReplacementText(v.reason, maxDropouts)
            : reportTexts.noReplacementWithinQuota
          : v.sameProfile
            ? reportTexts.sameProfile
            : reportTexts.otherProfile(profileOf(v.reserve)),
      ]),
    },
    { heading: reportTexts.headingReserves },
    {
      kind: 'paragraph',
      text: reportTexts.reservesExplanation,
    },
    {
      kind: 'table',
      widths: [],
      header: [reportTexts.columnOrder, ...col.header, reportTexts.columnReplaces],
      rows: r.reserves.map((p, i) => {
        const v = replacement.get(p);
        return [String(i + 1), ...col.values(p), v ? col.values(v.member)[0]! : ''];
      }),
    },
  ];
  const blocks: Array<Block | { heading: string }> = [
    ...(h
      ? [
          { heading: reportTexts.headingReselection },
          {
            kind: 'paragraph' as const,
            text: reportTexts.reselection(
              h.previousComputedAt.slice(0, 10),
              h.previousSeed,
              formatNumber(h.dropouts.length),
              h.dropouts.map((p) => col.values(p)[0]!).join(', '),
              formatNumber(h.stayers.length),
              formatNumber(h.openSeats),
              r.excludeHouseholds,
            ),
          },
        ]
      : []),
    { heading: reportTexts.headingSummary },
    {
      kind: 'table',
      widths: [],
      header: [reportTexts.columnItem, reportTexts.columnValue],
      rows: [
        [reportTexts.computedOn, r.computedAt.slice(0, 10)],
        [reportTexts.poolSize, formatNumber(r.poolSize)],
        [reportTexts.panelSize, formatNumber(r.panelSize)],
        [reportTexts.method, reportTexts.methodName],
        [
          reportTexts.optimality,
          r.exact ? reportTexts.proven : reportTexts.notProven(r.unreachable > 0, formatPercent(upperBound, 2)),
        ],
        ...(published ? [[reportTexts.seed, reportTexts.seedNotKnown]] : [[reportTexts.seed, String(r.seed)]]),
        ...(c ? [[reportTexts.fingerprint, c.fingerprint]] : []),
        [
          reportTexts.lowestProbability,
          r.unreachable > 0
            ? reportTexts.lowestWithUnreachable(
                formatNumber(r.unreachable),
                !!r.reselection,
                formatPercent(minReachable, 2),
              )
            : formatPercent(r.minimum, 2),
        ],
        [reportTexts.gini, formatDecimal(r.gini, 3)],
        [
          reportTexts.greedyLowest,
          r.legacy.lowest
            ? reportTexts.greedyLowestEstimate(
                formatProbability(r.legacy.lowest.estimate),
                formatProbability(r.legacy.lowest.upperBound99),
              )
            : formatPercent(r.legacy.minimum, 2),
        ],
        [reportTexts.households, r.excludeHouseholds ? reportTexts.householdsYes : reportTexts.householdsNo],
      ],
    },
    { heading: reportTexts.headingMethod },
    {
      kind: 'paragraph',
      text: reportTexts.method1,
    },
    {
      kind: 'paragraph',
      text: published
        ? reportTexts.methodPublished(formatNumber(r.distribution.panels.length))
        : reportTexts.methodDrawn(formatNumber(r.distribution.panels.length), r.seed, r.panelIndex + 1),
    },
    {
      kind: 'paragraph',
      text: reportTexts.terms,
    },
    {
      kind: 'paragraph',
      text: reportTexts.greedyComparison(formatNumber(r.legacy.draws), r.legacy.failed, formatNumber(r.legacy.failed)),
    },
    ...(r.legacy.lowest
      ? [
          {
            kind: 'paragraph' as const,
            text: reportTexts.greedyLowestMeasured(
              formatNumber(r.legacy.lowest.draws),
              r.legacy.lowest.hits,
              formatNumber(r.legacy.lowest.hits),
              formatProbability(r.legacy.lowest.estimate),
              formatProbability(r.legacy.lowest.upperBound99),
            ),
          },
        ]
      : []),
    ...(r.unreachable > 0
      ? [
          { heading: h ? reportTexts.headingUnreachableReselection : reportTexts.headingUnreachable },
          {
            kind: 'paragraph' as const,
            text: h
              ? reportTexts.unreachableReselection(formatNumber(r.unreachable))
              : reportTexts.unreachable(formatNumber(r.unreachable)),
          },
          {
            kind: 'table' as const,
            widths: [],
            header: [col.header[0]!, reportTexts.columnFeatures, reportTexts.columnWhy],
            rows: r.excluded.flatMap((g) =>
              g.people.map((p) => [col.values(p)[0]!, profileOf(p), capital(exclusionText(g))]),
            ),
          },
        ]
      : []),
    ...(h ? [] : verificationBlocks(r)),
    { heading: reportTexts.headingQuota },
    {
      kind: 'table',
      widths: [],
      header: [
        reportTexts.columnFeature,
        reportTexts.columnValue,
        reportTexts.columnMinimum,
        reportTexts.columnMaximum,
        reportTexts.columnInPool,
        reportTexts.columnInPanel,
      ],
      rows: r.quota.map((q) => [
        q.category,
        q.value,
        String(q.min),
        String(q.max),
        String(inPool(q.category, q.value)),
        String(inPanel(q.category, q.value)),
      ]),
    },
    { heading: reportTexts.headingProfiles },
    {
      kind: 'table',
      widths: [],
      header: [...pool.categories, reportTexts.columnCount, reportTexts.columnLeximin, reportTexts.columnGreedy],
      rows: profiles.map(({ type, count, probability, legacy }) => [
        ...type.features.map((f) => instance.features[f]!.value),
        String(count),
        formatPercent(probability, 2),
        formatPercent(legacy, 2),
      ]),
    },
    ...(published ? [] : panelBlocks()),
  ];
  return {
    title: {
      documentTitle:
        choice.title ??
        (r.reselection
          ? reportTexts.documentTitleReselection
          : published
            ? reportTexts.documentTitlePublished
            : reportTexts.documentTitle),
      trajectTitle: reportTexts.subtitle(formatNumber(r.panelSize), formatNumber(r.poolSize)),
      municipality: choice.municipality ?? '',
      date: formatIsoDate(r.computedAt.slice(0, 10)),
    },
    sections: inSections(blocks),
  };
}

/**
 * What makes the draw verifiable, for a council: what was published before the draw, where the
 * seed comes from, how anyone can check it, and what that does and does not prove.
 */
function verificationBlocks(r: LotingResult): Array<Block | { heading: string }> {
  const c = r.verification;
  const how = reportTexts.howToVerify;
  if (!c) {
    return [
      { heading: reportTexts.headingVerification },
      {
        kind: 'paragraph',
        text: reportTexts.ownSeed(r.seed, how),
      },
    ];
  }
  const source =
    c.commitment.kind === 'public-source'
      ? reportTexts.sourcePublic(c.commitment.description)
      : reportTexts.sourceAnnounced(c.commitment.description, c.commitment.value ?? '');
  return [
    { heading: reportTexts.headingVerification },
    {
      kind: 'paragraph',
      text: reportTexts.step1(c.publishedAt.slice(0, 10), c.fingerprint, source),
    },
    {
      kind: 'paragraph',
      text:
        c.phase === 'drawn'
          ? reportTexts.step2Drawn(
              (c.drawnAt ?? r.computedAt).slice(0, 10),
              c.value ?? '',
              r.seed,
              r.panelIndex + 1,
              how,
            )
          : reportTexts.step2Pending(how),
    },
    {
      kind: 'paragraph',
      text: reportTexts.proves(c.commitment.kind === 'public-source'),
    },
  ];
}

/** Headings start sections; table widths follow the number of columns. */
function inSections(blocks: Array<Block | { heading: string }>): Section[] {
  const sections: Section[] = [];
  for (const b of blocks) {
    if ('heading' in b)
      sections.push({
        id: `loting-${sections.length + 1}`,
        title: `${sections.length + 1} ${b.heading}`,
        blocks: [],
        children: [],
      });
    else sections[sections.length - 1]!.blocks.push(b.kind === 'table' ? { ...b, widths: b.header.map(() => 1) } : b);
  }
  return sections;
}

/** The CSV files below are written by the one CSV writer (shared/csv.ts): escaped, Dutch Excel by default. */
function csv(header: string[], rows: CsvCell[][], variant: CsvVariant | undefined): string {
  return writeCsv([header, ...rows], variant ? { variant } : {});
}

const probability = (p: number) => csvNumber(p, 6);

export function panelCsv(r: LotingResult, poolData: PoolData, choice: ExportChoice, variant?: CsvVariant): string {
  const col = columnValues(poolData, choice);
  // `nummer`: the respondent's number in the published distribution (verification.ts), for `loting verify --panel`.
  return csv(
    [...col.header, 'kans', 'nummer'],
    r.panel.map((p) => [...col.values(p), probability(r.probabilities[p]!), p + 1]),
    variant,
  );
}

export function reservesCsv(r: LotingResult, poolData: PoolData, choice: ExportChoice, variant?: CsvVariant): string {
  const col = columnValues(poolData, choice);
  const replacement = new Map(r.replacements.map((v) => [v.reserve, v.member]));
  return csv(
    ['volgorde', ...col.header, 'vervangt'],
    r.reserves.map((p, i) => [i + 1, ...col.values(p), col.values(replacement.get(p)!)[0]!]),
    variant,
  );
}

export function probabilitiesCsv(r: LotingResult, poolData: PoolData, variant?: CsvVariant): string {
  const col = columnValues(poolData, { columns: [] });
  const inPanel = new Set(r.panel);
  return csv(
    [col.header[0]!, 'kans_leximin', 'kans_gretig', 'in_panel'],
    r.probabilities.map((k, p) => [
      col.values(p)[0]!,
      probability(k),
      probability(r.legacy.probabilities[p]!),
      inPanel.has(p) ? 1 : 0,
    ]),
    variant,
  );
}
