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
  kolommen: string[];
  titel?: string;
  gemeente?: string;
}

const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

function kolomWaarden(gegevens: PoolData, keuze: ExportChoice): { kop: string[]; waarden: (p: number) => string[] } {
  const idKolom = gegevens.kolommen.findIndex((k) => k.rol === 'id');
  const idx = gegevens.kolommen.flatMap((k, i) => (i !== idKolom && keuze.kolommen.includes(k.naam) ? [i] : []));
  return {
    kop: [idKolom >= 0 ? gegevens.kolommen[idKolom]!.naam : 'rij', ...idx.map((i) => gegevens.kolommen[i]!.naam)],
    waarden: (p) => [
      idKolom >= 0 ? gegevens.rijen[p]![idKolom]! : String(p + 2),
      ...idx.map((i) => gegevens.rijen[p]![i] ?? ''),
    ],
  };
}

export function makeReport(r: LotingResult, pool: Pool, gegevens: PoolData, keuze: ExportChoice): DocumentModel {
  const instance = buildInstance(pool, {
    panelgrootte: r.panelgrootte,
    quota: r.quota,
    huishoudensUitsluiten: r.huishoudensUitsluiten,
  });
  const kol = kolomWaarden(gegevens, keuze);
  const inPanel = (categorie: string, waarde: string) => {
    const c = pool.categorieen.indexOf(categorie);
    return r.panel.filter((p) => pool.respondenten[p]!.waarden[c] === waarde).length;
  };
  const inPool = (categorie: string, waarde: string) => {
    const c = pool.categorieen.indexOf(categorie);
    return pool.respondenten.filter((x) => x.waarden[c] === waarde).length;
  };
  // In a re-selection round only the rest of the pool had a draw: members who stayed or dropped out are left out.
  const buitenRonde = new Set([...(r.herselectie?.blijvers ?? []), ...(r.herselectie?.afvallers ?? [])]);
  const profielen = instance.types
    .map((type, t) => ({ type, t, leden: type.leden.filter((p) => !buitenRonde.has(p)) }))
    .filter((x) => x.leden.length > 0)
    .map(({ type, t, leden }) => ({
      type,
      t,
      aantal: leden.length,
      kans: r.kansen[leden[0]!] ?? 0,
      legacy: r.legacy.kansen[leden[0]!] ?? 0,
    }))
    .sort((a, b) => a.kans - b.kans || a.t - b.t);
  const vervanger = new Map(r.vervangers.map((v) => [v.reserve, v]));
  const minBereikbaar = r.minimumBereikbaar ?? r.minimum;
  const maxUitval = guaranteedDropouts(r);
  const metReserve = r.vervangers.filter((v) => v.reserve !== null).length;
  const zelfde = r.vervangers.filter((v) => v.reserve !== null && v.zelfdeProfiel).length;
  const blijft = new Set(r.herselectie?.blijvers ?? []);
  const h = r.herselectie;
  const bovengrens = r.bovengrensBereikbaar ?? r.bovengrensMinimum;
  const c = r.controle;
  const gepubliceerd = c?.fase === 'gepubliceerd';
  const profielVan = (p: number) =>
    pool.categorieen.map((c, i) => `${c} = ${pool.respondenten[p]?.waarden[i] ?? ''}`).join(', ');

  const panelBlokken = (): Array<Block | { kop: string }> => [
    { kop: r.herselectie ? 'Panel na de herselectie' : 'Getrokken panel' },
    ...(r.herselectie
      ? [
          {
            kind: 'paragraph' as const,
            text: `Het panel bestaat uit de ${formatNumber(r.herselectie.blijvers.length)} panelleden die bleven en ${formatNumber(r.herselectie.openPlaatsen)} nieuw gelote deelnemers. Bij de nieuwe deelnemers staat “nieuw”.`,
          },
        ]
      : []),
    {
      kind: 'table',
      widths: [],
      header: r.herselectie ? [...kol.kop, 'Herkomst'] : kol.kop,
      rows: r.panel.map((p) =>
        r.herselectie ? [...kol.waarden(p), blijft.has(p) ? 'bleef' : 'nieuw'] : kol.waarden(p),
      ),
    },
    { kop: 'Vervangers bij afvallen' },
    {
      kind: 'paragraph',
      text: `Ieder panellid heeft een eigen reserve, of geen (dan staat de reden erbij). De reserves zijn samen gekozen, niet één voor één: vallen er tegelijk hoogstens ${formatNumber(maxUitval)} panelleden af die een reserve hebben, dan voldoet het panel met hun reserves erbij nog steeds aan alle quota${r.huishoudensUitsluiten ? ' en aan de regel van één persoon per huishouden' : ''}. Dat geldt voor iedere combinatie van hoogstens zoveel afvallers, niet alleen voor één afvaller tegelijk. Vallen er meer mensen tegelijk af, of iemand zonder reserve, dan is dat niet zeker. Doe dan een herselectie: een nieuwe loting voor de open plaatsen uit de rest van de pool, met dezelfde eerlijkheid (LEXIMIN) en dezelfde quota.`,
    },
    {
      kind: 'paragraph',
      text: `${formatNumber(metReserve)} van de ${formatNumber(r.vervangers.length)} panelleden hebben een reserve (${formatNumber(zelfde)} met precies dezelfde kenmerken). ${r.vervangers.length - metReserve > 0 ? `${formatNumber(r.vervangers.length - metReserve)} panelleden hebben geen reserve binnen de quota; de tabel zegt welk quotum dat verhindert.` : 'Ieder panellid heeft een reserve.'}`,
    },
    {
      kind: 'table',
      widths: [],
      header: ['Panellid', 'Reserve', 'Toelichting'],
      rows: r.vervangers.map((v) => [
        kol.waarden(v.lid)[0]!,
        v.reserve === null ? '—' : kol.waarden(v.reserve)[0]!,
        v.reserve === null
          ? v.reden
            ? noReplacementText(v.reden, maxUitval)
            : 'Geen vervanger binnen de quota.'
          : v.zelfdeProfiel
            ? 'zelfde kenmerken'
            : `andere kenmerken: ${profielVan(v.reserve)}`,
      ]),
    },
    { kop: 'Reservelijst' },
    {
      kind: 'paragraph',
      text: 'De reserves in de volgorde van de loting, met het panellid voor wie ieder van hen is aangewezen. Valt dat panellid af, dan neemt deze reserve de plaats in.',
    },
    {
      kind: 'table',
      widths: [],
      header: ['Volgorde', ...kol.kop, 'Vervangt'],
      rows: r.reserves.map((p, i) => {
        const v = vervanger.get(p);
        return [String(i + 1), ...kol.waarden(p), v ? kol.waarden(v.lid)[0]! : ''];
      }),
    },
  ];
  const blokken: Array<Block | { kop: string }> = [
    ...(h
      ? [
          { kop: 'Herselectie' },
          {
            kind: 'paragraph' as const,
            text: `Dit is een herselectie. Na de loting van ${h.vorigeBerekendOp.slice(0, 10)} (startgetal ${h.vorigeSeed}) vielen ${formatNumber(h.afvallers.length)} panelleden af: ${h.afvallers.map((p) => kol.waarden(p)[0]!).join(', ')}. De ${formatNumber(h.blijvers.length)} anderen bleven. De ${formatNumber(h.openPlaatsen)} open plaatsen zijn opnieuw geloot uit de rest van de pool: iedereen die niet in het panel zat${r.huishoudensUitsluiten ? ' en niet in een huishouden woont met iemand die bleef' : ''}. Daarbij gelden de oorspronkelijke quota, min wat de blijvers al invullen, zodat het hele panel weer aan alle quota voldoet. De verdeling is weer LEXIMIN: de laagste kans op een open plaats is zo hoog mogelijk, daarna de op één na laagste, enzovoort. De kansen in dit verslag gelden voor deze ronde en tellen samen op tot ${formatNumber(h.openPlaatsen)}.`,
          },
        ]
      : []),
    { kop: 'Samenvatting' },
    {
      kind: 'table',
      widths: [],
      header: ['Gegeven', 'Waarde'],
      rows: [
        ['Datum berekening', r.berekendOp.slice(0, 10)],
        ['Respondenten in de pool', formatNumber(r.poolgrootte)],
        ['Panelgrootte', formatNumber(r.panelgrootte)],
        ['Methode', 'LEXIMIN (Flanigan e.a., Nature 2021)'],
        [
          'Optimaliteit',
          r.exact
            ? 'bewezen'
            : `niet bewezen binnen de tijdslimiet; de laagste kans${r.onbereikbaar > 0 ? ' van wie in een panel past' : ''} kan hoogstens ${formatPercent(bovengrens, 2)} worden`,
        ],
        ...(gepubliceerd
          ? [['Startgetal (seed)', 'nog niet bekend: wordt afgeleid van de openbare waarde']]
          : [['Startgetal (seed)', String(r.seed)]]),
        ...(c ? [['Vingerafdruk van de verdeling (SHA-256)', c.vingerafdruk]] : []),
        [
          'Laagste selectiekans',
          r.onbereikbaar > 0
            ? `0% voor ${formatNumber(r.onbereikbaar)} respondent(en) die ${r.herselectie ? 'geen open plaats kunnen krijgen' : 'in geen enkel panel passen'} (zie ‘${r.herselectie ? 'Wie in deze ronde geen kans heeft' : 'Wie nooit geloot kan worden'}’); ${formatPercent(minBereikbaar, 2)} voor de anderen`
            : formatPercent(r.minimum, 2),
        ],
        ['Gini-coëfficiënt van de kansen', formatDecimal(r.gini, 3)],
        [
          'Laagste kans bij de gretige methode (geschat)',
          r.legacy.laagste
            ? `${formatProbability(r.legacy.laagste.schatting)}; met 99% zekerheid hoogstens ${formatProbability(r.legacy.laagste.bovengrens99)}`
            : formatPercent(r.legacy.minimum, 2),
        ],
        ['Huishoudens uitgesloten', r.huishoudensUitsluiten ? 'ja, hoogstens één persoon per huishouden' : 'nee'],
      ],
    },
    { kop: 'Werkwijze' },
    {
      kind: 'paragraph',
      text: 'Uit alle panels die aan de quota voldoen, is een kansverdeling berekend die de laagste selectiekans zo hoog mogelijk maakt, daarna de op één na laagste, enzovoort (LEXIMIN). Respondenten met precies dezelfde kenmerken hebben daardoor dezelfde kans. De berekening gebruikt lineaire en geheeltallige optimalisatie (HiGHS) en is volledig op dit apparaat uitgevoerd.',
    },
    {
      kind: 'paragraph',
      text: gepubliceerd
        ? `De verdeling bestaat uit ${formatNumber(r.verdeling.panels.length)} mogelijke panels, elk met een kans. Er is nog niemand getrokken: dat gebeurt pas als de openbare waarde bekend is (zie ‘Controleerbare trekking’).`
        : `Uit de verdeling (${formatNumber(r.verdeling.panels.length)} mogelijke panels, elk met een kans) is met het startgetal ${r.seed} één panel getrokken (nummer ${r.panelIndex + 1}); daarna zijn per profiel de personen en de volgorde van de reservelijst getrokken. Met hetzelfde bestand, dezelfde quota, dezelfde verdeling en hetzelfde startgetal levert de trekking dezelfde personen op.`,
    },
    {
      kind: 'paragraph',
      text: `Begrippen. De pool: alle mensen die op de uitnodiging reageerden en uit wie geloot wordt. Een profiel: een groep respondenten met precies dezelfde kenmerken. Het startgetal (in het Engels seed): het getal waarmee de willekeurige getallen van de trekking beginnen; met hetzelfde startgetal komt er precies hetzelfde uit, zodat iedereen de trekking kan herhalen. De willekeurige getallen komen uit sfc32 (Small Fast Counting, een bekende rekenregel voor willekeurige getallen), waarvan de begintoestand met splitmix32 uit het startgetal is berekend. De gretige methode: de manier van loten van oudere programma’s, die steeds één persoon kiest met de waarde die het verst achterloopt; zij dient hier alleen ter vergelijking. SHA-256: een vingerafdruk van een bestand; verandert er één teken, dan is de vingerafdruk een heel andere.`,
    },
    {
      kind: 'paragraph',
      text: `Ter vergelijking is de gretige methode van oudere lotingsprogramma’s ${formatNumber(r.legacy.trekkingen)} keer op dezelfde pool uitgevoerd; de kansen van die methode zijn daaruit geschat. Die methode kiest steeds een willekeurige persoon met de waarde die het verst achterloopt op haar minimum. Ze houdt zich vanaf de eerste keuze aan de maxima (een waarde met maximum 0 doet dus niet mee), en alleen panels die aan alle quota voldoen, tellen mee${r.legacy.mislukt > 0 ? ` (${formatNumber(r.legacy.mislukt)} pogingen liepen vast of haalden een quotum niet en zijn overgedaan)` : ''}.`,
    },
    ...(r.legacy.laagste
      ? [
          {
            kind: 'paragraph' as const,
            text: `De laagste kans bij de gretige methode is daarna opnieuw gemeten met ${formatNumber(r.legacy.laagste.trekkingen)} aparte trekkingen, voor één vaste persoon met het profiel dat het laagst uitkwam: ${formatNumber(r.legacy.laagste.treffers)} keer in het panel, dus ${formatProbability(r.legacy.laagste.schatting)}. Een schatting uit trekkingen is nooit precies. Daarom staat er ook een bovengrens bij: met 99% zekerheid is deze kans hoogstens ${formatProbability(r.legacy.laagste.bovengrens99)} (de Clopper-Pearson-bovengrens: de grootste kans die nog goed past bij wat er is geteld). ${r.legacy.laagste.treffers >= 60 ? 'Het aantal trekkingen is zo gekozen dat er genoeg treffers zijn; daardoor ligt de bovengrens dicht bij de schatting.' : 'Deze persoon werd zelden of nooit getrokken, ook na het maximale aantal trekkingen; de bovengrens is daarom ruimer dan de schatting, maar blijft een echte bovengrens.'}`,
          },
        ]
      : []),
    ...(r.onbereikbaar > 0
      ? [
          { kop: h ? 'Wie in deze ronde geen kans heeft' : 'Wie nooit geloot kan worden' },
          {
            kind: 'paragraph' as const,
            text: h
              ? `Samenspel heeft nagegaan wie uit de rest van de pool een open plaats kan krijgen zonder dat het panel een quotum breekt (een bewijs, geen schatting). ${formatNumber(r.onbereikbaar)} respondent(en) kunnen dat in deze ronde niet: hun kans is 0%. Dat ligt aan de quota en aan wie bleef, niet aan het toeval.`
              : `Samenspel heeft nagegaan wie in minstens één panel past dat aan alle quota voldoet (een bewijs, geen schatting). ${formatNumber(r.onbereikbaar)} respondent(en) kunnen nooit in het panel komen, hoe er ook geloot wordt: hun kans is 0%. Dat ligt aan de quota, niet aan het toeval. Wie hen een kans wil geven, past de genoemde quota aan en berekent opnieuw.`,
          },
          {
            kind: 'table' as const,
            widths: [],
            header: [kol.kop[0]!, 'Kenmerken', 'Waarom geen kans'],
            rows: r.uitgesloten.flatMap((g) =>
              g.personen.map((p) => [kol.waarden(p)[0]!, profielVan(p), hoofdletter(exclusionText(g))]),
            ),
          },
        ]
      : []),
    ...(h ? [] : controleBlokken(r)),
    { kop: 'Quota' },
    {
      kind: 'table',
      widths: [],
      header: ['Kenmerk', 'Waarde', 'Minimum', 'Maximum', 'In de pool', 'In het panel'],
      rows: r.quota.map((q) => [
        q.categorie,
        q.waarde,
        String(q.min),
        String(q.max),
        String(inPool(q.categorie, q.waarde)),
        String(inPanel(q.categorie, q.waarde)),
      ]),
    },
    { kop: 'Selectiekansen per profiel' },
    {
      kind: 'table',
      widths: [],
      header: [...pool.categorieen, 'Aantal', 'Kans LEXIMIN', 'Kans gretige methode'],
      rows: profielen.map(({ type, aantal, kans, legacy }) => [
        ...type.kenmerken.map((f) => instance.kenmerken[f]!.waarde),
        String(aantal),
        formatPercent(kans, 2),
        formatPercent(legacy, 2),
      ]),
    },
    ...(gepubliceerd ? [] : panelBlokken()),
  ];
  return {
    title: {
      documentTitle:
        keuze.titel ??
        (r.herselectie
          ? 'Verslag herselectie gewogen loting'
          : gepubliceerd
            ? 'Verslag gewogen loting, stap 1: gepubliceerde verdeling'
            : 'Verslag gewogen loting'),
      trajectTitel: `Loting van ${formatNumber(r.panelgrootte)} deelnemers uit ${formatNumber(r.poolgrootte)} respondenten`,
      gemeente: keuze.gemeente ?? '',
      datum: formatIsoDate(r.berekendOp.slice(0, 10)),
    },
    sections: inSecties(blokken),
  };
}

/**
 * What makes the draw verifiable, for a council: what was published before the draw, where the
 * seed comes from, how anyone can check it, and what that does and does not prove.
 */
function controleBlokken(r: LotingResult): Array<Block | { kop: string }> {
  const c = r.controle;
  const hoe =
    'Iedereen kan de trekking controleren met Samenspel: op het scherm ‘Trekking controleren’, of met de opdracht npm run cli -- loting verify --distribution verdeling.json --seed GETAL --panel panel.csv. Samenspel rekent dan de vingerafdruk opnieuw uit en herhaalt de trekking met het getal; klopt de vingerafdruk niet, of komt er een ander panel uit, dan keurt het de trekking af.';
  if (!c) {
    return [
      { kop: 'Controleerbare trekking' },
      {
        kind: 'paragraph',
        text: `Het startgetal ${r.seed} is in Samenspel gekozen (ingetypt of willekeurig). De trekking is daarmee te herhalen: met de verdeling (verdeling.json, zonder namen) en dit startgetal komt precies hetzelfde panel uit. ${hoe} Wat dit niet bewijst: dat het startgetal niet vaker is geprobeerd tot er een welgevallig panel uitkwam. Wie dat wil uitsluiten, gebruikt de trekking in twee stappen: eerst de verdeling publiceren, dan loten met een openbaar getal dat toen nog niet bestond.`,
      },
    ];
  }
  const bron =
    c.toezegging.soort === 'openbare-bron'
      ? `een openbare waarde die bij de publicatie nog niet bestond (${c.toezegging.beschrijving})`
      : `een waarde die al vóór de sluiting van de aanmelding openbaar was aangekondigd (${c.toezegging.beschrijving}): “${c.toezegging.waarde ?? ''}”`;
  return [
    { kop: 'Controleerbare trekking' },
    {
      kind: 'paragraph',
      text: `Deze loting is in twee stappen gedaan, zodat niemand — ook de organisator niet — de uitkomst kan sturen. Stap 1 (${c.gepubliceerdOp.slice(0, 10)}): de kansverdeling is vastgelegd om te publiceren: alle mogelijke panels met hun kans, waarin de respondenten alleen een nummer hebben (geen namen of kenmerken). Van dat bestand is een vingerafdruk gemaakt (SHA-256): ${c.vingerafdruk}. In hetzelfde bestand staat waar het startgetal vandaan komt: ${bron}. Die verdeling moet openbaar zijn gemaakt vóórdat het getal bekend was, en er mag maar één verdeling openbaar zijn gemaakt; dat is na te gaan aan de datum van de publicatie (bijvoorbeeld op de website van de gemeente).`,
    },
    {
      kind: 'paragraph',
      text:
        c.fase === 'getrokken'
          ? `Stap 2 (${(c.getrokkenOp ?? r.berekendOp).slice(0, 10)}): met de waarde “${c.waarde ?? ''}” en de vingerafdruk is het startgetal ${r.seed} berekend, en daarmee is panel ${r.panelIndex + 1} uit de verdeling getrokken. ${hoe}`
          : `Stap 2 volgt zodra de waarde bekend is: dan wordt met die waarde en de vingerafdruk het startgetal berekend en het panel getrokken. ${hoe}`,
    },
    {
      kind: 'paragraph',
      text: `Wat dit bewijst: het panel volgt uit de gepubliceerde verdeling en de openbare waarde, en de verdeling is na publicatie niet veranderd. ${c.toezegging.soort === 'openbare-bron' ? 'Omdat de waarde bij de publicatie nog niet bestond, kon de organisator haar niet kiezen. ' : ''}Wat dit niet bewijst: dat de verdeling de eerlijkste is voor deze pool. Dat staat in ‘Werkwijze’ en kan alleen nagerekend worden met de pool zelf, en die bevat persoonsgegevens.`,
    },
  ];
}

/** Headings start sections; table widths follow the number of columns. */
function inSecties(blokken: Array<Block | { kop: string }>): Section[] {
  const secties: Section[] = [];
  for (const b of blokken) {
    if ('kop' in b)
      secties.push({
        id: `loting-${secties.length + 1}`,
        title: `${secties.length + 1} ${b.kop}`,
        blocks: [],
        children: [],
      });
    else secties[secties.length - 1]!.blocks.push(b.kind === 'table' ? { ...b, widths: b.header.map(() => 1) } : b);
  }
  return secties;
}

/** The CSV files below are written by the one CSV writer (shared/csv.ts): escaped, Dutch Excel by default. */
function csv(kop: string[], rijen: CsvCell[][], variant: CsvVariant | undefined): string {
  return writeCsv([kop, ...rijen], variant ? { variant } : {});
}

const kans = (p: number) => csvNumber(p, 6);

export function panelCsv(r: LotingResult, gegevens: PoolData, keuze: ExportChoice, variant?: CsvVariant): string {
  const kol = kolomWaarden(gegevens, keuze);
  // `nummer`: the respondent's number in the published distribution (verification.ts), for `loting verify --panel`.
  return csv(
    [...kol.kop, 'kans', 'nummer'],
    r.panel.map((p) => [...kol.waarden(p), kans(r.kansen[p]!), p + 1]),
    variant,
  );
}

export function reservesCsv(r: LotingResult, gegevens: PoolData, keuze: ExportChoice, variant?: CsvVariant): string {
  const kol = kolomWaarden(gegevens, keuze);
  const vervanger = new Map(r.vervangers.map((v) => [v.reserve, v.lid]));
  return csv(
    ['volgorde', ...kol.kop, 'vervangt'],
    r.reserves.map((p, i) => [i + 1, ...kol.waarden(p), kol.waarden(vervanger.get(p)!)[0]!]),
    variant,
  );
}

export function probabilitiesCsv(r: LotingResult, gegevens: PoolData, variant?: CsvVariant): string {
  const kol = kolomWaarden(gegevens, { kolommen: [] });
  const inPanel = new Set(r.panel);
  return csv(
    [kol.kop[0]!, 'kans_leximin', 'kans_gretig', 'in_panel'],
    r.kansen.map((k, p) => [kol.waarden(p)[0]!, kans(k), kans(r.legacy.kansen[p]!), inPanel.has(p) ? 1 : 0]),
    variant,
  );
}
