import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { type CsvVariant } from '../../../shared/csv';
import { computeLoting } from '../../../shared/loting/compute';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import { computeReselection, reselectionNotice } from '../../../shared/loting/reselection';
import type { Column, Pool, PoolData, Quotum } from '../../../shared/loting/model';
import { isValidSeed } from '../../../shared/loting/prng';
import { trialPanels } from '../../../shared/loting/trial-draw';
import { probabilitiesCsv, makeReport, panelCsv, reservesCsv } from '../../../shared/loting/report';
import { LotingResult } from '../../../shared/loting/result';
import { formatDecimal, formatPercent } from '../../../shared/format';
import type { Commitment } from '../../../shared/loting/commitment';
import { createPool } from '../../../shared/loting/validation';
import {
  asPublished,
  panelNumbersFromTable,
  publicationOf,
  drawNotice,
  drawWithValue,
  DistributionPublication,
  verificationText,
  verifyPublication,
} from '../../../shared/loting/verification';
import { renderDocx } from '../../export/docx';
import { renderMarkdown } from '../../export/markdown';
import { ChromiumMissing } from '../../export/chromium';
import { chromiumExportHost, renderDocument } from '../../export/render';
import { isXlsx, leesTabel } from '../../loting/files';
import { highsSolver } from '../../loting/highs';
import { newSeed, standaardMaxSeconden } from '../../loting/jobs';
import { poolFingerprint } from '../../../shared/loting/verification';
import { FileError, readInput, writeAllAtomic, writeFailureMessage, writeFailureReason, outputIsInput } from '../files';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { parseOptions } from '../options';
import { checkXlsx } from '../xlsx';

/**
 * `loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map] [--csv-komma]`.
 * Columns named in the quota file are kenmerken; a column `id` (or --id) identifies people,
 * --huishouden names the household column and turns on "at most one per household",
 * --max-uitval sets how many members may drop out at once while their reserves keep every
 * quotum. Writes panel.csv, reservelijst.csv, selectiekansen.csv, verslag.md, verslag.docx,
 * verdeling.json (the distribution to publish, without personal data) and resultaat.json, all at
 * once and atomically (./bestanden), never over an input. The CSV files are for Dutch Excel
 * (semicolons, decimal comma, BOM) unless --csv-komma asks for commas and decimal points.
 *
 * Subcommands (the first argument):
 * - `loting ... --seedbron "<bron>"`: step 1 of a verifiable draw — computes and publishes
 *   (verdeling.json) but draws nobody; `loting trek` is step 2 once the public value is known.
 * - `loting trek --respondents --resultaat --seedwaarde`: step 2.
 * - `loting verify --distribution --seed [--panel]`: replays a draw and confirms the panel.
 * - `loting proef --distribution [--aantal N]`: example panels, never a real draw.
 * - `loting herselectie --respondents --resultaat --afvallers id,id`: a re-selection round.
 */
interface Args {
  respondents: string;
  categories: string;
  panel: number;
  seed?: number;
  out: string;
  id?: string;
  huishouden?: string;
  maxSeconden: number;
  csvVariant: CsvVariant;
  maxUitval?: number;
  /** Step 1 of a verifiable draw: the public source of the seed value. */
  seedbron?: string;
  /** Also write verslag.pdf (needs Chromium). */
  pdf: boolean;
}

/** Size caps checked with stat before reading. The xlsx cap and its unpacked cap are in ../xlsx. */
export const lotingGrenzen = {
  /** A respondents CSV: 20,000 rows of 40 cells is far below this. */
  respondentenBytes: 50 * 1024 * 1024,
  /** A quota file: at most 2,000 rows. */
  quotaBytes: 2 * 1024 * 1024,
} as const;

export const lotingBestanden = [
  'panel.csv',
  'reservelijst.csv',
  'selectiekansen.csv',
  'verslag.md',
  'verslag.docx',
  'verdeling.json',
  'resultaat.json',
] as const;

/** What `--seedbron` (step 1) writes: nobody is drawn yet, so no panel or reserve list. */
export const publicatieBestanden = ['verslag.md', 'verslag.docx', 'verdeling.json', 'resultaat.json'] as const;

/**
 * Refused before reading or computing: a file this command would write is one of its inputs (or
 * the output folder is). Every loting command checks the same set, verslag.pdf included.
 */
async function weigerOverschrijven(
  out: string,
  namen: readonly string[],
  invoer: string[],
  io: CliIo,
): Promise<boolean> {
  const botsing = await outputIsInput([out, ...[...namen, 'verslag.pdf'].map((naam) => join(out, naam))], invoer);
  if (botsing) io.stderr(`${botsing}\n`);
  return botsing !== undefined;
}

/** resultaat.json of an earlier run (kansen and distribution: larger than the inputs). */
const resultaatBytes = 200 * 1024 * 1024;

type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** Every command that reads respondents and writes the result files (the draw, trek, herselectie). */
const outputOptions = {
  respondents: { type: 'string' },
  out: { type: 'string' },
  id: { type: 'string' },
  huishouden: { type: 'string' },
  'csv-komma': { type: 'boolean' },
  pdf: { type: 'boolean' },
} as const satisfies OptionTable;

/** Every command that computes a LEXIMIN distribution (the draw, herselectie). */
const computeOptions = {
  seed: { type: 'string' },
  'max-seconden': { type: 'string' },
} as const satisfies OptionTable;

/** One parseArgs option table per command; the shared parts are defined once above. */
const optionTables = {
  loting: {
    ...outputOptions,
    ...computeOptions,
    categories: { type: 'string' },
    panel: { type: 'string' },
    'max-uitval': { type: 'string' },
    seedbron: { type: 'string' },
  },
  trek: { ...outputOptions, resultaat: { type: 'string' }, seedwaarde: { type: 'string' } },
  herselectie: { ...outputOptions, ...computeOptions, resultaat: { type: 'string' }, afvallers: { type: 'string' } },
  verify: { distribution: { type: 'string' }, seed: { type: 'string' }, panel: { type: 'string' } },
  proef: { distribution: { type: 'string' }, aantal: { type: 'string' } },
} as const satisfies Record<string, OptionTable>;

/** --seed: absent, or a whole number from 0 up to the largest safe integer. */
function readSeed(value: string | undefined): { seed?: number } | { error: string } {
  if (value === undefined) return {};
  const seed = Number(value);
  return isValidSeed(seed) ? { seed } : { error: '--seed moet een heel getal van 0 of meer zijn.' };
}

/** --max-seconden: the time limit of the computation (a default when absent). */
function readMaxSeconds(value: string | undefined): { maxSeconden: number } | { error: string } {
  const maxSeconden = value === undefined ? standaardMaxSeconden : Number(value);
  return maxSeconden > 0 ? { maxSeconden } : { error: '--max-seconden moet groter dan 0 zijn.' };
}

const csvVariantOf = (values: { 'csv-komma'?: boolean }): CsvVariant => (values['csv-komma'] ? 'comma' : 'semicolon');

function parseArgs(args: string[]): Args | { error: string } {
  const r = parseOptions(args, optionTables.loting);
  if ('error' in r) return r;
  const v = r.values;
  if (!v.respondents || !v.categories || !v.panel) return { error: 'Geef --respondents, --categories en --panel op.' };
  const panel = Number(v.panel);
  if (!Number.isInteger(panel) || panel < 1) return { error: '--panel moet een heel getal van 1 of meer zijn.' };
  const gelezenSeed = readSeed(v.seed);
  if ('error' in gelezenSeed) return gelezenSeed;
  const { seed } = gelezenSeed;
  const tijd = readMaxSeconds(v['max-seconden']);
  if ('error' in tijd) return tijd;
  const { maxSeconden } = tijd;
  if (v.out === '') return { error: '--out heeft een map nodig.' };
  const maxUitval = v['max-uitval'] === undefined ? undefined : Number(v['max-uitval']);
  if (maxUitval !== undefined && !(Number.isInteger(maxUitval) && maxUitval >= 0 && maxUitval <= panel)) {
    return { error: '--max-uitval moet een heel getal van 0 tot en met de panelgrootte zijn.' };
  }
  if (v.seedbron !== undefined && v.seedbron.trim() === '') {
    return { error: '--seedbron heeft een beschrijving nodig, bijvoorbeeld “Staatsloterij 10 januari, eerste prijs”.' };
  }
  if (v.seedbron !== undefined && seed !== undefined) {
    return { error: 'Gebruik --seed of --seedbron, niet allebei: met --seedbron komt de seed uit de openbare waarde.' };
  }
  return {
    respondents: v.respondents,
    categories: v.categories,
    panel,
    ...(seed === undefined ? {} : { seed }),
    out: v.out ?? 'loting-resultaat',
    ...(v.id ? { id: v.id } : {}),
    ...(v.huishouden ? { huishouden: v.huishouden } : {}),
    maxSeconden,
    csvVariant: csvVariantOf(v),
    ...(maxUitval === undefined ? {} : { maxUitval }),
    ...(v.seedbron === undefined ? {} : { seedbron: v.seedbron.trim() }),
    pdf: v.pdf === true,
  };
}

async function leesBytes(path: string, maxBytes: number, soort: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    return await readInput(path, { maxBytes, kind: soort });
  } catch (error) {
    io.stderr(unreadableMessage(path, error));
    return undefined;
  }
}

const subcommands: Readonly<Record<string, (args: string[], io: CliIo) => Promise<number>>> = {
  verify: runVerify,
  proef: runProef,
  trek: runTrek,
  herselectie: runHerselectie,
};

async function run(args: string[], io: CliIo): Promise<number> {
  const sub = args[0];
  if (sub !== undefined && Object.hasOwn(subcommands, sub)) return subcommands[sub]!(args.slice(1), io);
  // No subcommand: the draw itself, with its options.
  const a = parseArgs(args);
  if ('error' in a) {
    io.stderr(`${a.error}\nGebruik: ${lotingCommand.usage}\n`);
    return EXIT.invalid;
  }
  const namen = a.seedbron ? publicatieBestanden : lotingBestanden;
  if (await weigerOverschrijven(a.out, namen, [a.respondents, a.categories], io)) return EXIT.invalid;
  const respondentBytes = await leesBytes(
    a.respondents,
    lotingGrenzen.respondentenBytes,
    'een respondentenbestand',
    io,
  );
  if (!respondentBytes) return EXIT.unreadable;
  const quotaBytes = await leesBytes(a.categories, lotingGrenzen.quotaBytes, 'een quotabestand', io);
  if (!quotaBytes) return EXIT.unreadable;
  if (isXlsx(respondentBytes)) {
    // Size and unpacked size checked before the spreadsheet library inflates anything.
    const controle = checkXlsx(respondentBytes);
    if (!controle.ok) {
      io.stderr(`${a.respondents}: ${controle.error}\n`);
      return EXIT.invalid;
    }
  }
  const tabel = await leesTabel(respondentBytes);
  if (!tabel.ok) {
    io.stderr(`${a.respondents}: ${tabel.fout}\n`);
    return EXIT.invalid;
  }
  for (const w of tabel.waarschuwingen) io.stderr(`Let op: ${w}\n`);
  const quota = readQuotaCsv(new TextDecoder().decode(quotaBytes));
  if (!quota.ok) {
    io.stderr(`${a.categories}: ${quota.fout}\n`);
    return EXIT.invalid;
  }
  const categorieen = new Set(quota.waarde.map((q) => q.categorie));
  const idNaam = a.id ?? tabel.waarde.kolommen.find((k) => k.toLowerCase() === 'id');
  for (const naam of [a.id, a.huishouden]) {
    if (naam && !tabel.waarde.kolommen.includes(naam)) {
      io.stderr(`${a.respondents} heeft geen kolom “${naam}”.\n`);
      return EXIT.invalid;
    }
  }
  const kolommen: Column[] = tabel.waarde.kolommen.map((naam) => ({
    naam,
    rol: naam === idNaam ? 'id' : naam === a.huishouden ? 'huishouden' : categorieen.has(naam) ? 'kenmerk' : 'meenemen',
  }));
  const gegevens = { kolommen, rijen: tabel.waarde.rijen };
  const { pool, meldingen } = createPool(gegevens);
  const instellingen = {
    panelgrootte: a.panel,
    quota: quota.waarde,
    huishoudensUitsluiten: a.huishouden !== undefined,
    ...(a.maxUitval === undefined ? {} : { maxUitval: a.maxUitval }),
  };
  const seed = a.seed ?? newSeed();
  const fouten = meldingen.filter((m) => m.ernst === 'fout');
  const uitkomst =
    fouten.length > 0
      ? { ok: false as const, meldingen: fouten }
      : await computeLoting(pool, instellingen, {
          solver: await highsSolver(),
          seed,
          heeftHuishoudkolom: a.huishouden !== undefined,
          maxSeconden: a.maxSeconden,
        });
  if (!uitkomst.ok) {
    const lijst = 'meldingen' in uitkomst ? uitkomst.meldingen : [];
    io.stderr(`De loting kan niet worden berekend:\n${lijst.map((m) => `  - ${m.tekst}`).join('\n')}\n`);
    return EXIT.invalid;
  }
  let r = uitkomst.resultaat;
  if (a.seedbron) {
    const toezegging: Commitment = { soort: 'openbare-bron', beschrijving: a.seedbron };
    r = asPublished(r, pool, toezegging, naamVan(a.respondents), new Date());
  }
  const code = await schrijfUitvoer(r, pool, gegevens, a.out, a.csvVariant, naamVan(a.respondents), io, a.pdf);
  if (code !== EXIT.ok) return code;
  io.stdout(
    [
      `Gewogen loting (LEXIMIN): ${r.panelgrootte} uit ${r.poolgrootte} respondenten, ${r.aantalTypes} profielen.`,
      `Laagste selectiekans: ${formatPercent(r.minimum, 2)}${r.exact ? ' (bewezen optimaal)' : ` (niet bewezen; bovengrens ${formatPercent(r.bovengrensMinimum, 2)})`}`,
      `Gini-coëfficiënt: ${formatDecimal(r.gini, 3)}`,
      `Gretige methode ter vergelijking: laagste kans ${formatPercent(r.legacy.minimum, 2)}, Gini ${formatDecimal(r.legacy.gini, 3)}`,
      `Rekentijd: ${formatDecimal(r.rekentijdMs / 1000, 1)} s`,
      ...(r.controle
        ? [
            'Stap 1 van een controleerbare trekking: de verdeling is vastgelegd, er is nog niemand getrokken.',
            `Vingerafdruk (SHA-256): ${r.controle.vingerafdruk}`,
            `Seedbron: ${r.controle.toezegging.beschrijving}`,
            'Publiceer verdeling.json (en de vingerafdruk) vóór de seedwaarde bekend is. Daarna:',
            `  npm run cli -- loting trek --respondents ${a.respondents} --resultaat ${join(a.out, 'resultaat.json')} --seedwaarde "<waarde>"`,
          ]
        : [`Startgetal (seed): ${r.seed}`]),
      `Geschreven in ${a.out}: ${geschreven(r, a.pdf).join(', ')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/** A title for the publication: the respondents file's name without folder or extension. */
function naamVan(pad: string): string {
  return (pad.split(/[\\/]/).pop() ?? pad).replace(/\.[^.]+$/, '');
}

/**
 * Writes the result files all at once: everything for a draw, or for step 1 (nothing drawn yet)
 * only the report, the distribution and resultaat.json.
 */
async function schrijfUitvoer(
  r: LotingResult,
  pool: Pool,
  gegevens: PoolData,
  out: string,
  csvVariant: CsvVariant,
  titel: string,
  io: CliIo,
  pdf = false,
): Promise<number> {
  const keuze = { kolommen: [] };
  const verslag = makeReport(r, pool, gegevens, keuze);
  const publicatie = r.herselectie ? null : publicationOf(r, pool, titel);
  const inhoud: Record<string, string | Uint8Array | null> = {
    'panel.csv': panelCsv(r, gegevens, keuze, csvVariant),
    'reservelijst.csv': reservesCsv(r, gegevens, keuze, csvVariant),
    'selectiekansen.csv': probabilitiesCsv(r, gegevens, csvVariant),
    'verslag.md': renderMarkdown(verslag),
    'verslag.docx': await renderDocx(verslag),
    ...(pdf ? { 'verslag.pdf': await maakPdf(verslag, io) } : {}),
    ...(publicatie ? { 'verdeling.json': `${JSON.stringify(publicatie, null, 1)}\n` } : {}),
    'resultaat.json': `${JSON.stringify(r)}\n`,
  };
  if (inhoud['verslag.pdf'] === null) return EXIT.unreadable;
  const namen = geschreven(r, pdf);
  const bestanden = namen.filter((naam) => naam in inhoud).map((naam) => [join(out, naam), inhoud[naam]!] as const);
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    io.stderr(`Kan de map ${out} niet maken: ${writeFailureReason(error)}.\n`);
    return EXIT.unreadable;
  }
  try {
    // All or none: a full disk halfway leaves the previous result untouched.
    await writeAllAtomic(bestanden);
  } catch (error) {
    io.stderr(`${error instanceof FileError ? error.message : writeFailureMessage(out, error)}\n`);
    return EXIT.unreadable;
  }
  return EXIT.ok;
}

/** The files a run writes, in order (the PDF only with --pdf; no panel files before step 2). */
function geschreven(r: LotingResult, pdf: boolean): string[] {
  const namen: readonly string[] = r.controle?.fase === 'gepubliceerd' ? publicatieBestanden : lotingBestanden;
  return namen
    .flatMap((n) => (n === 'verslag.docx' && pdf ? [n, 'verslag.pdf'] : [n]))
    .filter((n) => !(r.herselectie && n === 'verdeling.json'));
}

/** The report as PDF through Chromium (queued like every PDF render); null with a Dutch message when that fails. */
async function maakPdf(verslag: ReturnType<typeof makeReport>, io: CliIo): Promise<Uint8Array | null> {
  try {
    return await renderDocument(verslag, 'pdf', { host: chromiumExportHost });
  } catch (error) {
    io.stderr(
      error instanceof ChromiumMissing
        ? `Het verslag als PDF maken lukt niet: ${error.message} Laat --pdf weg; het verslag staat ook in verslag.docx.\n`
        : 'Het verslag als PDF maken is mislukt. Laat --pdf weg; het verslag staat ook in verslag.docx.\n',
    );
    return null;
  }
}

function fout(io: CliIo, tekst: string, usage: string): number {
  io.stderr(`${tekst}\nGebruik: ${usage}\n`);
  return EXIT.invalid;
}

async function leesJson(pad: string, soort: string, io: CliIo): Promise<unknown> {
  const bytes = await leesBytes(pad, resultaatBytes, soort, io);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    io.stderr(`${pad} is geen geldig JSON-bestand.\n`);
    return null;
  }
}

const verifyUsage = 'loting verify --distribution <verdeling.json> --seed <seedwaarde> [--panel <panel.csv>]';

/** Replays the draw from a published distribution and the public value; confirms the panel. */
async function runVerify(args: string[], io: CliIo): Promise<number> {
  const r = parseOptions(args, optionTables.verify);
  if ('error' in r) return fout(io, r.error, verifyUsage);
  const { distribution, seed, panel } = r.values;
  if (!distribution || seed === undefined) return fout(io, 'Geef --distribution en --seed op.', verifyUsage);
  const publicatie = await leesJson(distribution, 'een gepubliceerde verdeling', io);
  if (publicatie === undefined) return EXIT.unreadable;
  if (publicatie === null) return EXIT.invalid;
  let nummers: number[] | undefined;
  if (panel) {
    const bytes = await leesBytes(panel, lotingGrenzen.respondentenBytes, 'een panelbestand', io);
    if (!bytes) return EXIT.unreadable;
    const tabel = readCsv(new TextDecoder().decode(bytes));
    if (!tabel.ok) {
      io.stderr(`${panel}: ${tabel.fout}\n`);
      return EXIT.invalid;
    }
    const n = panelNumbersFromTable(tabel.waarde.kolommen, tabel.waarde.rijen);
    if (!Array.isArray(n)) {
      io.stderr(`${panel}: ${n.fout}\n`);
      return EXIT.invalid;
    }
    nummers = n;
  }
  const v = verifyPublication(publicatie, seed, nummers);
  if (!v.ok) {
    io.stderr(`Afgekeurd. ${v.fout}\n`);
    return EXIT.invalid;
  }
  io.stdout(`Goedgekeurd. ${verificationText(v)}\n`);
  return EXIT.ok;
}

const proefUsage = 'loting proef --distribution <verdeling.json> [--aantal N]';

/** Example panels from a published distribution: a proeftrekking, never a real draw. */
async function runProef(args: string[], io: CliIo): Promise<number> {
  const r = parseOptions(args, optionTables.proef);
  if ('error' in r) return fout(io, r.error, proefUsage);
  if (!r.values.distribution) return fout(io, 'Geef --distribution op.', proefUsage);
  const aantal = r.values.aantal === undefined ? 5 : Number(r.values.aantal);
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > 100) {
    return fout(io, '--aantal moet een heel getal van 1 tot en met 100 zijn.', proefUsage);
  }
  const json = await leesJson(r.values.distribution, 'een gepubliceerde verdeling', io);
  if (json === undefined) return EXIT.unreadable;
  const p = DistributionPublication.safeParse(json);
  if (!p.success) {
    io.stderr('Dit is geen gepubliceerde verdeling van Samenspel.\n');
    return EXIT.invalid;
  }
  const d = p.data;
  const panels = trialPanels(
    {
      panelgrootte: d.panelgrootte,
      kenmerken: [],
      huishoudGroepen: [],
      types: d.profielen.map((leden) => ({ kenmerken: [], leden })),
    },
    { panels: d.panels.map((x) => x.aantallen), gewichten: d.panels.map((x) => x.kans) },
    Array.from({ length: aantal }, () => newSeed()),
  );
  io.stdout(
    [
      `PROEFTREKKING — geen echte loting, er is niets vastgelegd. ${aantal} voorbeeldpanel(s) uit “${d.titel}”:`,
      ...panels.map((x, i) => `Proefpanel ${i + 1} (panel ${x.panelnummer} uit de verdeling): ${x.leden.join(', ')}`),
      'De getallen zijn de nummers van de respondenten in de pool (1 = de eerste rij onder de kopregel).',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/** The pool of an earlier result again: the same file, the quota of that result. */
async function poolVoorResultaat(
  respondents: string,
  resultaatPad: string,
  id: string | undefined,
  huishouden: string | undefined,
  io: CliIo,
): Promise<{ r: LotingResult; pool: Pool; gegevens: PoolData } | number> {
  const json = await leesJson(resultaatPad, 'een resultaatbestand', io);
  if (json === undefined) return EXIT.unreadable;
  const parsed = LotingResult.safeParse(json);
  if (!parsed.success) {
    io.stderr(`${resultaatPad} is geen resultaat.json van Samenspel.\n`);
    return EXIT.invalid;
  }
  const bytes = await leesBytes(respondents, lotingGrenzen.respondentenBytes, 'een respondentenbestand', io);
  if (!bytes) return EXIT.unreadable;
  if (isXlsx(bytes)) {
    const controle = checkXlsx(bytes);
    if (!controle.ok) {
      io.stderr(`${respondents}: ${controle.error}\n`);
      return EXIT.invalid;
    }
  }
  const tabel = await leesTabel(bytes);
  if (!tabel.ok) {
    io.stderr(`${respondents}: ${tabel.fout}\n`);
    return EXIT.invalid;
  }
  const r = parsed.data;
  const gegevens = bouwGegevens(tabel.waarde.kolommen, tabel.waarde.rijen, r.quota, id, huishouden);
  if (typeof gegevens === 'string') {
    io.stderr(`${respondents} ${gegevens}\n`);
    return EXIT.invalid;
  }
  const { pool } = createPool(gegevens);
  if (
    pool.respondenten.length !== r.poolgrootte ||
    (r.poolVingerafdruk && poolFingerprint(pool) !== r.poolVingerafdruk)
  ) {
    io.stderr(
      `${respondents} is niet het bestand waaruit ${resultaatPad} is berekend (andere respondenten of waarden).\n`,
    );
    return EXIT.invalid;
  }
  return { r, pool, gegevens };
}

function bouwGegevens(
  kolomNamen: string[],
  rijen: string[][],
  quota: Quotum[],
  id: string | undefined,
  huishouden: string | undefined,
): PoolData | string {
  for (const naam of [id, huishouden]) if (naam && !kolomNamen.includes(naam)) return `heeft geen kolom “${naam}”.`;
  const categorieen = new Set(quota.map((q) => q.categorie));
  const idNaam = id ?? kolomNamen.find((k) => k.toLowerCase() === 'id');
  const kolommen: Column[] = kolomNamen.map((naam) => ({
    naam,
    rol: naam === idNaam ? 'id' : naam === huishouden ? 'huishouden' : categorieen.has(naam) ? 'kenmerk' : 'meenemen',
  }));
  return { kolommen, rijen };
}

const trekUsage =
  'loting trek --respondents <csv|xlsx> --resultaat <resultaat.json> --seedwaarde <waarde> [--out map] [--id kolom] [--huishouden kolom] [--csv-komma] [--pdf]';

/** Step 2 of a verifiable draw: the public value is known. */
async function runTrek(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(args, optionTables.trek);
  if ('error' in o) return fout(io, o.error, trekUsage);
  const v = o.values;
  if (!v.respondents || !v.resultaat || !v.seedwaarde?.trim()) {
    return fout(io, 'Geef --respondents, --resultaat en --seedwaarde op.', trekUsage);
  }
  const out = v.out ?? 'loting-resultaat';
  // resultaat.json is written again in --out: the earlier result must not be overwritten by it.
  if (await weigerOverschrijven(out, lotingBestanden, [v.respondents, v.resultaat], io)) return EXIT.invalid;
  const invoer = await poolVoorResultaat(v.respondents, v.resultaat, v.id, v.huishouden, io);
  if (typeof invoer === 'number') return invoer;
  const melding = drawNotice(invoer.r);
  if (melding) {
    io.stderr(`${melding}\n`);
    return EXIT.invalid;
  }
  const r = drawWithValue(invoer.r, invoer.pool, v.seedwaarde, new Date());
  const code = await schrijfUitvoer(
    r,
    invoer.pool,
    invoer.gegevens,
    out,
    csvVariantOf(v),
    naamVan(v.respondents),
    io,
    v.pdf === true,
  );
  if (code !== EXIT.ok) return code;
  io.stdout(
    [
      `Getrokken met seedwaarde “${r.controle!.waarde}” (startgetal ${r.seed}), panel ${r.panelIndex + 1} uit de verdeling.`,
      `Panel (nummers in de pool): ${r.panel.map((p) => p + 1).join(', ')}`,
      `Controleren: npm run cli -- loting verify --distribution ${join(out, 'verdeling.json')} --seed "${r.controle!.waarde}" --panel ${join(out, 'panel.csv')}`,
      `Geschreven in ${out}: ${geschreven(r, v.pdf === true).join(', ')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

const herselectieUsage =
  'loting herselectie --respondents <csv|xlsx> --resultaat <resultaat.json> --afvallers <id,id,…> [--seed N] [--out map] [--id kolom] [--huishouden kolom] [--max-seconden N] [--csv-komma] [--pdf]';

/** A re-selection round after members dropped out (reselection.ts), like `loting.reselect`. */
async function runHerselectie(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(args, optionTables.herselectie);
  if ('error' in o) return fout(io, o.error, herselectieUsage);
  const v = o.values;
  if (!v.respondents || !v.resultaat || !v.afvallers?.trim()) {
    return fout(io, 'Geef --respondents, --resultaat en --afvallers op.', herselectieUsage);
  }
  const gelezenSeed = readSeed(v.seed);
  if ('error' in gelezenSeed) return fout(io, gelezenSeed.error, herselectieUsage);
  const seed = gelezenSeed.seed ?? newSeed();
  const tijd = readMaxSeconds(v['max-seconden']);
  if ('error' in tijd) return fout(io, tijd.error, herselectieUsage);
  const { maxSeconden } = tijd;
  const out = v.out ?? 'herselectie-resultaat';
  if (await weigerOverschrijven(out, lotingBestanden, [v.respondents, v.resultaat], io)) return EXIT.invalid;
  const invoer = await poolVoorResultaat(v.respondents, v.resultaat, v.id, v.huishouden, io);
  if (typeof invoer === 'number') return invoer;
  const { r: vorige, pool, gegevens } = invoer;
  // Members are named by their id (or their number in the pool when there is no id column).
  const heeftId = gegevens.kolommen.some((k) => k.rol === 'id');
  const positie = new Map(pool.respondenten.map((x, p) => [heeftId ? x.id : String(p + 1), p]));
  const namen = v.afvallers
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const onbekend = namen.filter((n) => !positie.has(n));
  if (onbekend.length > 0) {
    io.stderr(`Onbekend in de pool: ${onbekend.join(', ')}. Noem afvallers bij hun ${heeftId ? 'id' : 'nummer'}.\n`);
    return EXIT.invalid;
  }
  const afvallers = namen.map((n) => positie.get(n)!);
  const melding = reselectionNotice(vorige, afvallers);
  if (melding) {
    io.stderr(`${melding}\n`);
    return EXIT.invalid;
  }
  const uitkomst = await computeReselection(
    pool,
    {
      panelgrootte: vorige.panelgrootte,
      quota: vorige.quota,
      huishoudensUitsluiten: vorige.huishoudensUitsluiten,
      ...(vorige.maxUitval === undefined ? {} : { maxUitval: vorige.maxUitval }),
    },
    { vorige, afvallers },
    {
      solver: await highsSolver(),
      seed,
      heeftHuishoudkolom: gegevens.kolommen.some((k) => k.rol === 'huishouden'),
      maxSeconden,
    },
  );
  if (!uitkomst.ok) {
    const lijst = 'meldingen' in uitkomst ? uitkomst.meldingen : [];
    io.stderr(`De herselectie kan niet worden berekend:\n${lijst.map((m) => `  - ${m.tekst}`).join('\n')}\n`);
    return EXIT.invalid;
  }
  const r = uitkomst.resultaat;
  const code = await schrijfUitvoer(
    r,
    pool,
    gegevens,
    out,
    csvVariantOf(v),
    naamVan(v.respondents),
    io,
    v.pdf === true,
  );
  if (code !== EXIT.ok) return code;
  const naam = (p: number) => (heeftId ? pool.respondenten[p]!.id : String(p + 1));
  const blijft = new Set(r.herselectie!.blijvers);
  io.stdout(
    [
      `Herselectie: ${r.herselectie!.afvallers.length} afgevallen, ${r.herselectie!.blijvers.length} gebleven, ${r.herselectie!.openPlaatsen} open plaats(en) opnieuw geloot.`,
      `Nieuw in het panel: ${r.panel
        .filter((p) => !blijft.has(p))
        .map(naam)
        .join(', ')}`,
      `Startgetal (seed): ${r.seed}`,
      `Geschreven in ${out}: ${geschreven(r, v.pdf === true).join(', ')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

export const lotingCommand: Command = {
  usage: [
    'loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N | --seedbron "<openbare bron>"] [--out map] [--id kolom] [--huishouden kolom] [--max-uitval N] [--max-seconden N] [--csv-komma] [--pdf]   Gewogen loting (LEXIMIN) met reservelijst en verslag; met --seedbron alleen stap 1 van een controleerbare trekking.',
    `  ${trekUsage}   Stap 2: trekken met de openbare waarde.`,
    `  ${verifyUsage}   Controleer een trekking.`,
    `  ${proefUsage}   Proeftrekking: voorbeeldpanels, geen echte loting.`,
    `  ${herselectieUsage}   Herselectie na afvallers.`,
  ].join('\n'),
  run,
};
