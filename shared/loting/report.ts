import { type CsvCell, type CsvVariant, csvNumber, writeCsv } from '../csv';
import type { Block, DocumentModel, Section } from '../document/model';
import { buildInstance } from './instance';
import type { Pool, PoolData } from './model';
import type { LotingResult } from './result';
import { formatDecimal, formatIsoDate, formatNumber, formatPercent } from '../format';
import { formatProbability } from './text';
import { exclusionText } from './exclusion';
import { noReplacementText, guaranteedDropouts } from './replacement';

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
    { heading: r.reselection ? 'Panel na de herselectie' : 'Getrokken panel' },
    ...(r.reselection
      ? [
          {
            kind: 'paragraph' as const,
            text: `Het panel bestaat uit de ${formatNumber(r.reselection.stayers.length)} panelleden die bleven en ${formatNumber(r.reselection.openSeats)} nieuw gelote deelnemers. Bij de nieuwe deelnemers staat “nieuw”.`,
          },
        ]
      : []),
    {
      kind: 'table',
      widths: [],
      header: r.reselection ? [...col.header, 'Herkomst'] : col.header,
      rows: r.panel.map((p) => (r.reselection ? [...col.values(p), stays.has(p) ? 'bleef' : 'nieuw'] : col.values(p))),
    },
    { heading: 'Vervangers bij afvallen' },
    {
      kind: 'paragraph',
      text: `Ieder panellid heeft een eigen reserve, of geen (dan staat de reden erbij). De reserves zijn samen gekozen, niet één voor één: vallen er tegelijk hoogstens ${formatNumber(maxDropouts)} panelleden af die een reserve hebben, dan voldoet het panel met hun reserves erbij nog steeds aan alle quota${r.excludeHouseholds ? ' en aan de regel van één persoon per huishouden' : ''}. Dat geldt voor iedere combinatie van hoogstens zoveel afvallers, niet alleen voor één afvaller tegelijk. Vallen er meer mensen tegelijk af, of iemand zonder reserve, dan is dat niet zeker. Doe dan een herselectie: een nieuwe loting voor de open plaatsen uit de rest van de pool, met dezelfde eerlijkheid (LEXIMIN) en dezelfde quota.`,
    },
    {
      kind: 'paragraph',
      text: `${formatNumber(withReserve)} van de ${formatNumber(r.replacements.length)} panelleden hebben een reserve (${formatNumber(same)} met precies dezelfde kenmerken). ${r.replacements.length - withReserve > 0 ? `${formatNumber(r.replacements.length - withReserve)} panelleden hebben geen reserve binnen de quota; de tabel zegt welk quotum dat verhindert.` : 'Ieder panellid heeft een reserve.'}`,
    },
    {
      kind: 'table',
      widths: [],
      header: ['Panellid', 'Reserve', 'Toelichting'],
      rows: r.replacements.map((v) => [
        col.values(v.member)[0]!,
        v.reserve === null ? '—' : col.values(v.reserve)[0]!,
        v.reserve === null
          ? v.reason
            ? noReplacementText(v.reason, maxDropouts)
            : 'Geen vervanger binnen de quota.'
          : v.sameProfile
            ? 'zelfde kenmerken'
            : `andere kenmerken: ${profileOf(v.reserve)}`,
      ]),
    },
    { heading: 'Reservelijst' },
    {
      kind: 'paragraph',
      text: 'De reserves in de volgorde van de loting, met het panellid voor wie ieder van hen is aangewezen. Valt dat panellid af, dan neemt deze reserve de plaats in.',
    },
    {
      kind: 'table',
      widths: [],
      header: ['Volgorde', ...col.header, 'Vervangt'],
      rows: r.reserves.map((p, i) => {
        const v = replacement.get(p);
        return [String(i + 1), ...col.values(p), v ? col.values(v.member)[0]! : ''];
      }),
    },
  ];
  const blocks: Array<Block | { heading: string }> = [
    ...(h
      ? [
          { heading: 'Herselectie' },
          {
            kind: 'paragraph' as const,
            text: `Dit is een herselectie. Na de loting van ${h.previousComputedAt.slice(0, 10)} (startgetal ${h.previousSeed}) vielen ${formatNumber(h.dropouts.length)} panelleden af: ${h.dropouts.map((p) => col.values(p)[0]!).join(', ')}. De ${formatNumber(h.stayers.length)} anderen bleven. De ${formatNumber(h.openSeats)} open plaatsen zijn opnieuw geloot uit de rest van de pool: iedereen die niet in het panel zat${r.excludeHouseholds ? ' en niet in een huishouden woont met iemand die bleef' : ''}. Daarbij gelden de oorspronkelijke quota, min wat de blijvers al invullen, zodat het hele panel weer aan alle quota voldoet. De verdeling is weer LEXIMIN: de laagste kans op een open plaats is zo hoog mogelijk, daarna de op één na laagste, enzovoort. De kansen in dit verslag gelden voor deze ronde en tellen samen op tot ${formatNumber(h.openSeats)}.`,
          },
        ]
      : []),
    { heading: 'Samenvatting' },
    {
      kind: 'table',
      widths: [],
      header: ['Gegeven', 'Waarde'],
      rows: [
        ['Datum berekening', r.computedAt.slice(0, 10)],
        ['Respondenten in de pool', formatNumber(r.poolSize)],
        ['Panelgrootte', formatNumber(r.panelSize)],
        ['Methode', 'LEXIMIN (Flanigan e.a., Nature 2021)'],
        [
          'Optimaliteit',
          r.exact
            ? 'bewezen'
            : `niet bewezen binnen de tijdslimiet; de laagste kans${r.unreachable > 0 ? ' van wie in een panel past' : ''} kan hoogstens ${formatPercent(upperBound, 2)} worden`,
        ],
        ...(published
          ? [['Startgetal (seed)', 'nog niet bekend: wordt afgeleid van de openbare waarde']]
          : [['Startgetal (seed)', String(r.seed)]]),
        ...(c ? [['Vingerafdruk van de verdeling (SHA-256)', c.fingerprint]] : []),
        [
          'Laagste selectiekans',
          r.unreachable > 0
            ? `0% voor ${formatNumber(r.unreachable)} respondent(en) die ${r.reselection ? 'geen open plaats kunnen krijgen' : 'in geen enkel panel passen'} (zie ‘${r.reselection ? 'Wie in deze ronde geen kans heeft' : 'Wie nooit geloot kan worden'}’); ${formatPercent(minReachable, 2)} voor de anderen`
            : formatPercent(r.minimum, 2),
        ],
        ['Gini-coëfficiënt van de kansen', formatDecimal(r.gini, 3)],
        [
          'Laagste kans bij de gretige methode (geschat)',
          r.legacy.lowest
            ? `${formatProbability(r.legacy.lowest.estimate)}; met 99% zekerheid hoogstens ${formatProbability(r.legacy.lowest.upperBound99)}`
            : formatPercent(r.legacy.minimum, 2),
        ],
        ['Huishoudens uitgesloten', r.excludeHouseholds ? 'ja, hoogstens één persoon per huishouden' : 'nee'],
      ],
    },
    { heading: 'Werkwijze' },
    {
      kind: 'paragraph',
      text: 'Uit alle panels die aan de quota voldoen, is een kansverdeling berekend die de laagste selectiekans zo hoog mogelijk maakt, daarna de op één na laagste, enzovoort (LEXIMIN). Respondenten met precies dezelfde kenmerken hebben daardoor dezelfde kans. De berekening gebruikt lineaire en geheeltallige optimalisatie (HiGHS) en is volledig op dit apparaat uitgevoerd.',
    },
    {
      kind: 'paragraph',
      text: published
        ? `De verdeling bestaat uit ${formatNumber(r.distribution.panels.length)} mogelijke panels, elk met een kans. Er is nog niemand getrokken: dat gebeurt pas als de openbare waarde bekend is (zie ‘Controleerbare trekking’).`
        : `Uit de verdeling (${formatNumber(r.distribution.panels.length)} mogelijke panels, elk met een kans) is met het startgetal ${r.seed} één panel getrokken (nummer ${r.panelIndex + 1}); daarna zijn per profiel de personen en de volgorde van de reservelijst getrokken. Met hetzelfde bestand, dezelfde quota, dezelfde verdeling en hetzelfde startgetal levert de trekking dezelfde personen op.`,
    },
    {
      kind: 'paragraph',
      text: `Begrippen. De pool: alle mensen die op de uitnodiging reageerden en uit wie geloot wordt. Een profiel: een groep respondenten met precies dezelfde kenmerken. Het startgetal (in het Engels seed): het getal waarmee de willekeurige getallen van de trekking beginnen; met hetzelfde startgetal komt er precies hetzelfde uit, zodat iedereen de trekking kan herhalen. De willekeurige getallen komen uit sfc32 (Small Fast Counting, een bekende rekenregel voor willekeurige getallen), waarvan de begintoestand met splitmix32 uit het startgetal is berekend. De gretige methode: de manier van loten van oudere programma’s, die steeds één persoon kiest met de waarde die het verst achterloopt; zij dient hier alleen ter vergelijking. SHA-256: een vingerafdruk van een bestand; verandert er één teken, dan is de vingerafdruk een heel andere.`,
    },
    {
      kind: 'paragraph',
      text: `Ter vergelijking is de gretige methode van oudere lotingsprogramma’s ${formatNumber(r.legacy.draws)} keer op dezelfde pool uitgevoerd; de kansen van die methode zijn daaruit geschat. Die methode kiest steeds een willekeurige persoon met de waarde die het verst achterloopt op haar minimum. Ze houdt zich vanaf de eerste keuze aan de maxima (een waarde met maximum 0 doet dus niet mee), en alleen panels die aan alle quota voldoen, tellen mee${r.legacy.failed > 0 ? ` (${formatNumber(r.legacy.failed)} pogingen liepen vast of haalden een quotum niet en zijn overgedaan)` : ''}.`,
    },
    ...(r.legacy.lowest
      ? [
          {
            kind: 'paragraph' as const,
            text: `De laagste kans bij de gretige methode is daarna opnieuw gemeten met ${formatNumber(r.legacy.lowest.draws)} aparte trekkingen, voor één vaste persoon met het profiel dat het laagst uitkwam: ${formatNumber(r.legacy.lowest.hits)} keer in het panel, dus ${formatProbability(r.legacy.lowest.estimate)}. Een schatting uit trekkingen is nooit precies. Daarom staat er ook een bovengrens bij: met 99% zekerheid is deze kans hoogstens ${formatProbability(r.legacy.lowest.upperBound99)} (de Clopper-Pearson-bovengrens: de grootste kans die nog goed past bij wat er is geteld). ${r.legacy.lowest.hits >= 60 ? 'Het aantal trekkingen is zo gekozen dat er genoeg treffers zijn; daardoor ligt de bovengrens dicht bij de schatting.' : 'Deze persoon werd zelden of nooit getrokken, ook na het maximale aantal trekkingen; de bovengrens is daarom ruimer dan de schatting, maar blijft een echte bovengrens.'}`,
          },
        ]
      : []),
    ...(r.unreachable > 0
      ? [
          { heading: h ? 'Wie in deze ronde geen kans heeft' : 'Wie nooit geloot kan worden' },
          {
            kind: 'paragraph' as const,
            text: h
              ? `Samenspel heeft nagegaan wie uit de rest van de pool een open plaats kan krijgen zonder dat het panel een quotum breekt (een bewijs, geen schatting). ${formatNumber(r.unreachable)} respondent(en) kunnen dat in deze ronde niet: hun kans is 0%. Dat ligt aan de quota en aan wie bleef, niet aan het toeval.`
              : `Samenspel heeft nagegaan wie in minstens één panel past dat aan alle quota voldoet (een bewijs, geen schatting). ${formatNumber(r.unreachable)} respondent(en) kunnen nooit in het panel komen, hoe er ook geloot wordt: hun kans is 0%. Dat ligt aan de quota, niet aan het toeval. Wie hen een kans wil geven, past de genoemde quota aan en berekent opnieuw.`,
          },
          {
            kind: 'table' as const,
            widths: [],
            header: [col.header[0]!, 'Kenmerken', 'Waarom geen kans'],
            rows: r.excluded.flatMap((g) =>
              g.people.map((p) => [col.values(p)[0]!, profileOf(p), capital(exclusionText(g))]),
            ),
          },
        ]
      : []),
    ...(h ? [] : verificationBlocks(r)),
    { heading: 'Quota' },
    {
      kind: 'table',
      widths: [],
      header: ['Kenmerk', 'Waarde', 'Minimum', 'Maximum', 'In de pool', 'In het panel'],
      rows: r.quota.map((q) => [
        q.category,
        q.value,
        String(q.min),
        String(q.max),
        String(inPool(q.category, q.value)),
        String(inPanel(q.category, q.value)),
      ]),
    },
    { heading: 'Selectiekansen per profiel' },
    {
      kind: 'table',
      widths: [],
      header: [...pool.categories, 'Aantal', 'Kans LEXIMIN', 'Kans gretige methode'],
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
          ? 'Verslag herselectie gewogen loting'
          : published
            ? 'Verslag gewogen loting, stap 1: gepubliceerde verdeling'
            : 'Verslag gewogen loting'),
      trajectTitel: `Loting van ${formatNumber(r.panelSize)} deelnemers uit ${formatNumber(r.poolSize)} respondenten`,
      gemeente: choice.municipality ?? '',
      datum: formatIsoDate(r.computedAt.slice(0, 10)),
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
  const how =
    'Iedereen kan de trekking controleren met Samenspel: op het scherm ‘Trekking controleren’, of met de opdracht npm run cli -- loting verify --distribution verdeling.json --seed GETAL --panel panel.csv. Samenspel rekent dan de vingerafdruk opnieuw uit en herhaalt de trekking met het getal; klopt de vingerafdruk niet, of komt er een ander panel uit, dan keurt het de trekking af.';
  if (!c) {
    return [
      { heading: 'Controleerbare trekking' },
      {
        kind: 'paragraph',
        text: `Het startgetal ${r.seed} is in Samenspel gekozen (ingetypt of willekeurig). De trekking is daarmee te herhalen: met de verdeling (verdeling.json, zonder namen) en dit startgetal komt precies hetzelfde panel uit. ${how} Wat dit niet bewijst: dat het startgetal niet vaker is geprobeerd tot er een welgevallig panel uitkwam. Wie dat wil uitsluiten, gebruikt de trekking in twee stappen: eerst de verdeling publiceren, dan loten met een openbaar getal dat toen nog niet bestond.`,
      },
    ];
  }
  const source =
    c.commitment.kind === 'public-source'
      ? `een openbare waarde die bij de publicatie nog niet bestond (${c.commitment.description})`
      : `een waarde die al vóór de sluiting van de aanmelding openbaar was aangekondigd (${c.commitment.description}): “${c.commitment.value ?? ''}”`;
  return [
    { heading: 'Controleerbare trekking' },
    {
      kind: 'paragraph',
      text: `Deze loting is in twee stappen gedaan, zodat niemand — ook de organisator niet — de uitkomst kan sturen. Stap 1 (${c.publishedAt.slice(0, 10)}): de kansverdeling is vastgelegd om te publiceren: alle mogelijke panels met hun kans, waarin de respondenten alleen een nummer hebben (geen namen of kenmerken). Van dat bestand is een vingerafdruk gemaakt (SHA-256): ${c.fingerprint}. In hetzelfde bestand staat waar het startgetal vandaan komt: ${source}. Die verdeling moet openbaar zijn gemaakt vóórdat het getal bekend was, en er mag maar één verdeling openbaar zijn gemaakt; dat is na te gaan aan de datum van de publicatie (bijvoorbeeld op de website van de gemeente).`,
    },
    {
      kind: 'paragraph',
      text:
        c.phase === 'drawn'
          ? `Stap 2 (${(c.drawnAt ?? r.computedAt).slice(0, 10)}): met de waarde “${c.value ?? ''}” en de vingerafdruk is het startgetal ${r.seed} berekend, en daarmee is panel ${r.panelIndex + 1} uit de verdeling getrokken. ${how}`
          : `Stap 2 volgt zodra de waarde bekend is: dan wordt met die waarde en de vingerafdruk het startgetal berekend en het panel getrokken. ${how}`,
    },
    {
      kind: 'paragraph',
      text: `Wat dit bewijst: het panel volgt uit de gepubliceerde verdeling en de openbare waarde, en de verdeling is na publicatie niet veranderd. ${c.commitment.kind === 'public-source' ? 'Omdat de waarde bij de publicatie nog niet bestond, kon de organisator haar niet kiezen. ' : ''}Wat dit niet bewijst: dat de verdeling de eerlijkste is voor deze pool. Dat staat in ‘Werkwijze’ en kan alleen nagerekend worden met de pool zelf, en die bevat persoonsgegevens.`,
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
