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
import { resultFromV1 } from '../../../shared/loting/format-v1';
import { formatDecimal, formatPercent } from '../../../shared/format';
import type { Commitment } from '../../../shared/loting/commitment';
import { createPool } from '../../../shared/loting/validation';
import {
  asPublished,
  panelNumbersFromTable,
  publicationOf,
  drawNotice,
  drawWithValue,
  readPublication,
  verificationText,
  verifyPublication,
} from '../../../shared/loting/verification';
import { renderDocx } from '../../export/docx';
import { renderMarkdown } from '../../export/markdown';
import { ChromiumMissing } from '../../export/chromium';
import { chromiumExportHost, renderDocument } from '../../export/render';
import { isXlsx, readTable } from '../../loting/files';
import { highsSolver } from '../../loting/highs';
import { newSeed, defaultMaxSeconds } from '../../loting/jobs';
import { poolFingerprint } from '../../../shared/loting/verification';
import { FileError, readInput, writeAllAtomic, writeFailureMessage, writeFailureReason, outputIsInput } from '../files';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { parseOptions } from '../options';
import { checkXlsx } from '../xlsx';
import { cliMessages } from '../../../shared/loting/messages';

/**
 * `loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map] [--csv-comma]`.
 * Columns named in the quota file are kenmerken; a column `id` (or --id) identifies people,
 * --household names the household column and turns on "at most one per household",
 * --max-dropouts sets how many members may drop out at once while their reserves keep every
 * quotum. Writes panel.csv, reservelijst.csv, selectiekansen.csv, verslag.md, verslag.docx,
 * verdeling.json (the distribution to publish, without personal data) and resultaat.json, all at
 * once and atomically (./bestanden), never over an input. The CSV files are for Dutch Excel
 * (semicolons, decimal comma, BOM) unless --csv-comma asks for commas and decimal points.
 *
 * Subcommands (the first argument):
 * - `loting ... --seed-source "<bron>"`: step 1 of a verifiable draw — computes and publishes
 *   (verdeling.json) but draws nobody; `loting draw` is step 2 once the public value is known.
 * - `loting draw --respondents --result --seed-value`: step 2.
 * - `loting verify --distribution --seed [--panel]`: replays a draw and confirms the panel.
 * - `loting trial --distribution [--count N]`: example panels, never a real draw.
 * - `loting reselect --respondents --result --dropouts id,id`: a re-selection round.
 */
interface Args {
  respondents: string;
  categories: string;
  panel: number;
  seed?: number;
  out: string;
  id?: string;
  household?: string;
  maxSeconds: number;
  csvVariant: CsvVariant;
  maxDropouts?: number;
  /** Step 1 of a verifiable draw: the public source of the seed value. */
  seedSource?: string;
  /** Also write verslag.pdf (needs Chromium). */
  pdf: boolean;
}

/** Size caps checked with stat before reading. The xlsx cap and its unpacked cap are in ../xlsx. */
export const lotingLimits = {
  /** A respondents CSV: 20,000 rows of 40 cells is far below this. */
  respondentsBytes: 50 * 1024 * 1024,
  /** A quota file: at most 2,000 rows. */
  quotaBytes: 2 * 1024 * 1024,
} as const;

export const lotingFiles = [
  'panel.csv',
  'reservelijst.csv',
  'selectiekansen.csv',
  'verslag.md',
  'verslag.docx',
  'verdeling.json',
  'resultaat.json',
] as const;

/** What `--seed-source` (step 1) writes: nobody is drawn yet, so no panel or reserve list. */
export const publicationFiles = ['verslag.md', 'verslag.docx', 'verdeling.json', 'resultaat.json'] as const;

/**
 * Refused before reading or computing: a file this command would write is one of its inputs (or
 * the output folder is). Every loting command checks the same set, verslag.pdf included.
 */
async function refuseOverwrite(out: string, names: readonly string[], input: string[], io: CliIo): Promise<boolean> {
  const clash = await outputIsInput([out, ...[...names, 'verslag.pdf'].map((name) => join(out, name))], input);
  if (clash) io.stderr(`${clash}\n`);
  return clash !== undefined;
}

/** resultaat.json of an earlier run (kansen and distribution: larger than the inputs). */
const resultBytes = 200 * 1024 * 1024;

type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** Every command that reads respondents and writes the result files (the draw, trek, herselectie). */
const outputOptions = {
  respondents: { type: 'string' },
  out: { type: 'string' },
  id: { type: 'string' },
  household: { type: 'string' },
  'csv-comma': { type: 'boolean' },
  pdf: { type: 'boolean' },
} as const satisfies OptionTable;

/** Every command that computes a LEXIMIN distribution (the draw, herselectie). */
const computeOptions = {
  seed: { type: 'string' },
  'max-seconds': { type: 'string' },
} as const satisfies OptionTable;

/** One parseArgs option table per command; the shared parts are defined once above. */
const optionTables = {
  loting: {
    ...outputOptions,
    ...computeOptions,
    categories: { type: 'string' },
    panel: { type: 'string' },
    'max-dropouts': { type: 'string' },
    'seed-source': { type: 'string' },
  },
  draw: { ...outputOptions, result: { type: 'string' }, 'seed-value': { type: 'string' } },
  reselect: { ...outputOptions, ...computeOptions, result: { type: 'string' }, dropouts: { type: 'string' } },
  verify: { distribution: { type: 'string' }, seed: { type: 'string' }, panel: { type: 'string' } },
  trial: { distribution: { type: 'string' }, count: { type: 'string' } },
} as const satisfies Record<string, OptionTable>;

/** --seed: absent, or a whole number from 0 up to the largest safe integer. */
function readSeed(value: string | undefined): { seed?: number } | { error: string } {
  if (value === undefined) return {};
  const seed = Number(value);
  return isValidSeed(seed) ? { seed } : { error: cliMessages.seedNotWhole };
}

/** --max-seconds: the time limit of the computation (a default when absent). */
function readMaxSeconds(value: string | undefined): { maxSeconds: number } | { error: string } {
  const maxSeconds = value === undefined ? defaultMaxSeconds : Number(value);
  return maxSeconds > 0 ? { maxSeconds } : { error: cliMessages.maxSecondsNotPositive };
}

const csvVariantOf = (values: { 'csv-comma'?: boolean }): CsvVariant => (values['csv-comma'] ? 'comma' : 'semicolon');

function parseArgs(args: string[]): Args | { error: string } {
  const r = parseOptions(withEnglishOptionNames(args, optionTables.loting), optionTables.loting);
  if ('error' in r) return r;
  const v = r.values;
  if (!v.respondents || !v.categories || !v.panel) return { error: cliMessages.drawOptionsMissing };
  const panel = Number(v.panel);
  if (!Number.isInteger(panel) || panel < 1) return { error: cliMessages.panelNotWhole };
  const seedRead = readSeed(v.seed);
  if ('error' in seedRead) return seedRead;
  const { seed } = seedRead;
  const time = readMaxSeconds(v['max-seconds']);
  if ('error' in time) return time;
  const { maxSeconds } = time;
  if (v.out === '') return { error: cliMessages.outWithoutFolder };
  const maxDropouts = v['max-dropouts'] === undefined ? undefined : Number(v['max-dropouts']);
  if (maxDropouts !== undefined && !(Number.isInteger(maxDropouts) && maxDropouts >= 0 && maxDropouts <= panel)) {
    return { error: cliMessages.maxDropoutsRange };
  }
  if (v['seed-source'] !== undefined && v['seed-source'].trim() === '') {
    return { error: cliMessages.seedSourceEmpty };
  }
  if (v['seed-source'] !== undefined && seed !== undefined) {
    return { error: cliMessages.seedAndSeedSource };
  }
  return {
    respondents: v.respondents,
    categories: v.categories,
    panel,
    ...(seed === undefined ? {} : { seed }),
    out: v.out ?? 'loting-resultaat',
    ...(v.id ? { id: v.id } : {}),
    ...(v.household ? { household: v.household } : {}),
    maxSeconds,
    csvVariant: csvVariantOf(v),
    ...(maxDropouts === undefined ? {} : { maxDropouts }),
    ...(v['seed-source'] === undefined ? {} : { seedSource: v['seed-source'].trim() }),
    pdf: v.pdf === true,
  };
}

async function readBytes(path: string, maxBytes: number, kind: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    return await readInput(path, { maxBytes, kind: kind });
  } catch (error) {
    io.stderr(unreadableMessage(path, error));
    return undefined;
  }
}

const subcommands: Readonly<Record<string, (args: string[], io: CliIo) => Promise<number>>> = {
  verify: runVerify,
  trial: runTrial,
  draw: runDraw,
  reselect: runReselection,
  // The Dutch names of earlier versions keep working.
  proef: runTrial,
  trek: runDraw,
  herselectie: runReselection,
};

/**
 * The Dutch option names of earlier versions, still accepted: each is read as its English name
 * before parsing (`--seedwaarde 12` and `--seedwaarde=12` alike).
 */
export const legacyOptionNames: Readonly<Record<string, string>> = {
  huishouden: 'household',
  'csv-komma': 'csv-comma',
  'max-seconden': 'max-seconds',
  'max-uitval': 'max-dropouts',
  seedbron: 'seed-source',
  resultaat: 'result',
  seedwaarde: 'seed-value',
  afvallers: 'dropouts',
  aantal: 'count',
};

/** The arguments with every old option name replaced by its English name; values stay as they are. */
export function withEnglishOptionNames(args: readonly string[], options: object): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([^=]+)(=.*)?$/.exec(arg);
    const name = m ? legacyOptionNames[m[1]!] : undefined;
    out.push(name && m ? `--${name}${m[2] ?? ''}` : arg);
    // The value of a string option is never an option name, even when it starts with dashes.
    const english = m ? (name ?? m[1]!) : undefined;
    if (
      english &&
      !m![2] &&
      (options as Record<string, { type?: string }>)[english]?.type === 'string' &&
      i + 1 < args.length
    ) {
      out.push(args[++i]!);
    }
  }
  return out;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const sub = args[0];
  if (sub !== undefined && Object.hasOwn(subcommands, sub)) return subcommands[sub]!(args.slice(1), io);
  // No subcommand: the draw itself, with its options.
  const a = parseArgs(args);
  if ('error' in a) {
    io.stderr(cliMessages.usageLine(a.error, lotingCommand.usage));
    return EXIT.invalid;
  }
  const names = a.seedSource ? publicationFiles : lotingFiles;
  if (await refuseOverwrite(a.out, names, [a.respondents, a.categories], io)) return EXIT.invalid;
  const respondentBytes = await readBytes(
    a.respondents,
    lotingLimits.respondentsBytes,
    cliMessages.kindRespondents,
    io,
  );
  if (!respondentBytes) return EXIT.unreadable;
  const quotaBytes = await readBytes(a.categories, lotingLimits.quotaBytes, cliMessages.kindQuota, io);
  if (!quotaBytes) return EXIT.unreadable;
  if (isXlsx(respondentBytes)) {
    // Size and unpacked size checked before the spreadsheet library inflates anything.
    const verification = checkXlsx(respondentBytes);
    if (!verification.ok) {
      io.stderr(`${a.respondents}: ${verification.error}\n`);
      return EXIT.invalid;
    }
  }
  const table = await readTable(respondentBytes);
  if (!table.ok) {
    io.stderr(`${a.respondents}: ${table.error}\n`);
    return EXIT.invalid;
  }
  for (const w of table.warnings) io.stderr(cliMessages.warning(w));
  const quota = readQuotaCsv(new TextDecoder().decode(quotaBytes));
  if (!quota.ok) {
    io.stderr(`${a.categories}: ${quota.error}\n`);
    return EXIT.invalid;
  }
  const categories = new Set(quota.value.map((q) => q.category));
  const idName = a.id ?? table.value.columns.find((k) => k.toLowerCase() === 'id');
  for (const name of [a.id, a.household]) {
    if (name && !table.value.columns.includes(name)) {
      io.stderr(cliMessages.noColumn(a.respondents, name));
      return EXIT.invalid;
    }
  }
  const columns: Column[] = table.value.columns.map((name) => ({
    name,
    role: name === idName ? 'id' : name === a.household ? 'household' : categories.has(name) ? 'feature' : 'keep',
  }));
  const poolData = { columns, rows: table.value.rows };
  const { pool, messages } = createPool(poolData);
  const settings = {
    panelSize: a.panel,
    quota: quota.value,
    excludeHouseholds: a.household !== undefined,
    ...(a.maxDropouts === undefined ? {} : { maxDropouts: a.maxDropouts }),
  };
  const seed = a.seed ?? newSeed();
  const errors = messages.filter((m) => m.severity === 'error');
  const outcome =
    errors.length > 0
      ? { ok: false as const, messages: errors }
      : await computeLoting(pool, settings, {
          solver: await highsSolver(),
          seed,
          hasHouseholdColumn: a.household !== undefined,
          maxSeconds: a.maxSeconds,
        });
  if (!outcome.ok) {
    const list = 'messages' in outcome ? outcome.messages : [];
    io.stderr(cliMessages.cannotCompute(list.map((m) => m.text)));
    return EXIT.invalid;
  }
  let r = outcome.result;
  if (a.seedSource) {
    const commitment: Commitment = { kind: 'public-source', description: a.seedSource };
    r = asPublished(r, pool, commitment, nameOf(a.respondents), new Date());
  }
  const code = await writeOutput(r, pool, poolData, a.out, a.csvVariant, nameOf(a.respondents), io, a.pdf);
  if (code !== EXIT.ok) return code;
  io.stdout(
    [
      cliMessages.summary(r.panelSize, r.poolSize, r.typeCount),
      cliMessages.lowest(formatPercent(r.minimum, 2), r.exact, formatPercent(r.minimumUpperBound, 2)),
      cliMessages.gini(formatDecimal(r.gini, 3)),
      cliMessages.greedy(formatPercent(r.legacy.minimum, 2), formatDecimal(r.legacy.gini, 3)),
      cliMessages.computeTime(formatDecimal(r.computeTimeMs / 1000, 1)),
      ...(r.verification
        ? [
            cliMessages.step1,
            cliMessages.fingerprint(r.verification.fingerprint),
            cliMessages.seedSource(r.verification.commitment.description),
            cliMessages.publishFirst,
            cliMessages.step2Command(a.respondents, join(a.out, 'resultaat.json')),
          ]
        : [cliMessages.seed(r.seed)]),
      cliMessages.written(a.out, written(r, a.pdf).join(', ')),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/** A title for the publication: the respondents file's name without folder or extension. */
function nameOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '');
}

/**
 * Writes the result files all at once: everything for a draw, or for step 1 (nothing drawn yet)
 * only the report, the distribution and resultaat.json.
 */
async function writeOutput(
  r: LotingResult,
  pool: Pool,
  poolData: PoolData,
  out: string,
  csvVariant: CsvVariant,
  title: string,
  io: CliIo,
  pdf = false,
): Promise<number> {
  const choice = { columns: [] };
  const report = makeReport(r, pool, poolData, choice);
  const publication = r.reselection ? null : publicationOf(r, pool, title);
  const content: Record<string, string | Uint8Array | null> = {
    'panel.csv': panelCsv(r, poolData, choice, csvVariant),
    'reservelijst.csv': reservesCsv(r, poolData, choice, csvVariant),
    'selectiekansen.csv': probabilitiesCsv(r, poolData, csvVariant),
    'verslag.md': renderMarkdown(report),
    'verslag.docx': await renderDocx(report),
    ...(pdf ? { 'verslag.pdf': await makePdf(report, io) } : {}),
    ...(publication ? { 'verdeling.json': `${JSON.stringify(publication, null, 1)}\n` } : {}),
    'resultaat.json': `${JSON.stringify(r)}\n`,
  };
  if (content['verslag.pdf'] === null) return EXIT.unreadable;
  const names = written(r, pdf);
  const outputFiles = names.filter((name) => name in content).map((name) => [join(out, name), content[name]!] as const);
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    io.stderr(cliMessages.cannotMakeFolder(out, writeFailureReason(error)));
    return EXIT.unreadable;
  }
  try {
    // All or none: a full disk halfway leaves the previous result untouched.
    await writeAllAtomic(outputFiles);
  } catch (error) {
    io.stderr(`${error instanceof FileError ? error.message : writeFailureMessage(out, error)}\n`);
    return EXIT.unreadable;
  }
  return EXIT.ok;
}

/** The files a run writes, in order (the PDF only with --pdf; no panel files before step 2). */
function written(r: LotingResult, pdf: boolean): string[] {
  const names: readonly string[] = r.verification?.phase === 'published' ? publicationFiles : lotingFiles;
  return names
    .flatMap((n) => (n === 'verslag.docx' && pdf ? [n, 'verslag.pdf'] : [n]))
    .filter((n) => !(r.reselection && n === 'verdeling.json'));
}

/** The report as PDF through Chromium (queued like every PDF render); null with a Dutch message when that fails. */
async function makePdf(report: ReturnType<typeof makeReport>, io: CliIo): Promise<Uint8Array | null> {
  try {
    return await renderDocument(report, 'pdf', { host: chromiumExportHost });
  } catch (error) {
    io.stderr(error instanceof ChromiumMissing ? cliMessages.pdfWithoutChromium(error.message) : cliMessages.pdfFailed);
    return null;
  }
}

function error(io: CliIo, text: string, usage: string): number {
  io.stderr(cliMessages.usageLine(text, usage));
  return EXIT.invalid;
}

async function readJson(path: string, kind: string, io: CliIo): Promise<unknown> {
  const bytes = await readBytes(path, resultBytes, kind, io);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    io.stderr(cliMessages.notJson(path));
    return null;
  }
}

const verifyUsage = 'loting verify --distribution <verdeling.json> --seed <seedwaarde> [--panel <panel.csv>]';

/** Replays the draw from a published distribution and the public value; confirms the panel. */
async function runVerify(args: string[], io: CliIo): Promise<number> {
  const r = parseOptions(withEnglishOptionNames(args, optionTables.verify), optionTables.verify);
  if ('error' in r) return error(io, r.error, verifyUsage);
  const { distribution, seed, panel } = r.values;
  if (!distribution || seed === undefined) return error(io, cliMessages.verifyOptionsMissing, verifyUsage);
  const publication = await readJson(distribution, cliMessages.kindPublication, io);
  if (publication === undefined) return EXIT.unreadable;
  if (publication === null) return EXIT.invalid;
  let numbers: number[] | undefined;
  if (panel) {
    const bytes = await readBytes(panel, lotingLimits.respondentsBytes, cliMessages.kindPanel, io);
    if (!bytes) return EXIT.unreadable;
    const table = readCsv(new TextDecoder().decode(bytes));
    if (!table.ok) {
      io.stderr(`${panel}: ${table.error}\n`);
      return EXIT.invalid;
    }
    const n = panelNumbersFromTable(table.value.columns, table.value.rows);
    if (!Array.isArray(n)) {
      io.stderr(`${panel}: ${n.error}\n`);
      return EXIT.invalid;
    }
    numbers = n;
  }
  const v = verifyPublication(publication, seed, numbers);
  if (!v.ok) {
    io.stderr(cliMessages.rejected(v.error));
    return EXIT.invalid;
  }
  io.stdout(cliMessages.approved(verificationText(v)));
  return EXIT.ok;
}

const trialUsage = 'loting trial --distribution <verdeling.json> [--count N]';

/** Example panels from a published distribution: a proeftrekking, never a real draw. */
async function runTrial(args: string[], io: CliIo): Promise<number> {
  const r = parseOptions(withEnglishOptionNames(args, optionTables.trial), optionTables.trial);
  if ('error' in r) return error(io, r.error, trialUsage);
  if (!r.values.distribution) return error(io, cliMessages.trialOptionsMissing, trialUsage);
  const count = r.values.count === undefined ? 5 : Number(r.values.count);
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    return error(io, cliMessages.countRange, trialUsage);
  }
  const json = await readJson(r.values.distribution, cliMessages.kindPublication, io);
  if (json === undefined) return EXIT.unreadable;
  const d = readPublication(json);
  if (!d) {
    io.stderr(cliMessages.notAPublication);
    return EXIT.invalid;
  }
  const panels = trialPanels(
    {
      panelSize: d.panelSize,
      features: [],
      householdGroups: [],
      types: d.profiles.map((members) => ({ features: [], members })),
    },
    { panels: d.panels.map((x) => x.counts), weights: d.panels.map((x) => x.probability) },
    Array.from({ length: count }, () => newSeed()),
  );
  io.stdout(
    [
      cliMessages.trialHeader(count, d.title),
      ...panels.map((x, i) => cliMessages.trialPanel(i + 1, x.panelNumber, x.members.join(', '))),
      cliMessages.trialNumbers,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/** The pool of an earlier result again: the same file, the quota of that result. */
async function poolForResult(
  respondents: string,
  resultPath: string,
  id: string | undefined,
  household: string | undefined,
  io: CliIo,
): Promise<{ r: LotingResult; pool: Pool; poolData: PoolData } | number> {
  const json = await readJson(resultPath, cliMessages.kindResult, io);
  if (json === undefined) return EXIT.unreadable;
  // resultaat.json of an older version (formatVersie 1, Dutch keys) is read as the current format.
  const parsed = LotingResult.safeParse(resultFromV1(json));
  if (!parsed.success) {
    io.stderr(cliMessages.notAResult(resultPath));
    return EXIT.invalid;
  }
  const bytes = await readBytes(respondents, lotingLimits.respondentsBytes, cliMessages.kindRespondents, io);
  if (!bytes) return EXIT.unreadable;
  if (isXlsx(bytes)) {
    const verification = checkXlsx(bytes);
    if (!verification.ok) {
      io.stderr(`${respondents}: ${verification.error}\n`);
      return EXIT.invalid;
    }
  }
  const table = await readTable(bytes);
  if (!table.ok) {
    io.stderr(`${respondents}: ${table.error}\n`);
    return EXIT.invalid;
  }
  const r = parsed.data;
  const poolData = buildPoolData(table.value.columns, table.value.rows, r.quota, id, household);
  if (typeof poolData === 'string') {
    io.stderr(`${respondents} ${poolData}\n`);
    return EXIT.invalid;
  }
  const { pool } = createPool(poolData);
  if (pool.respondents.length !== r.poolSize || (r.poolFingerprint && poolFingerprint(pool) !== r.poolFingerprint)) {
    io.stderr(cliMessages.otherPool(respondents, resultPath));
    return EXIT.invalid;
  }
  return { r, pool, poolData };
}

function buildPoolData(
  columnNames: string[],
  rows: string[][],
  quota: Quotum[],
  id: string | undefined,
  household: string | undefined,
): PoolData | string {
  for (const name of [id, household])
    if (name && !columnNames.includes(name)) return cliMessages.noColumnAfterFile(name);
  const categories = new Set(quota.map((q) => q.category));
  const idName = id ?? columnNames.find((k) => k.toLowerCase() === 'id');
  const columns: Column[] = columnNames.map((name) => ({
    name,
    role: name === idName ? 'id' : name === household ? 'household' : categories.has(name) ? 'feature' : 'keep',
  }));
  return { columns, rows };
}

const drawUsage =
  'loting draw --respondents <csv|xlsx> --result <resultaat.json> --seed-value <waarde> [--out map] [--id kolom] [--household kolom] [--csv-comma] [--pdf]';

/** Step 2 of a verifiable draw: the public value is known. */
async function runDraw(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(withEnglishOptionNames(args, optionTables.draw), optionTables.draw);
  if ('error' in o) return error(io, o.error, drawUsage);
  const v = o.values;
  if (!v.respondents || !v.result || !v['seed-value']?.trim()) {
    return error(io, cliMessages.drawStepOptionsMissing, drawUsage);
  }
  const out = v.out ?? 'loting-resultaat';
  // resultaat.json is written again in --out: the earlier result must not be overwritten by it.
  if (await refuseOverwrite(out, lotingFiles, [v.respondents, v.result], io)) return EXIT.invalid;
  const input = await poolForResult(v.respondents, v.result, v.id, v.household, io);
  if (typeof input === 'number') return input;
  const message = drawNotice(input.r);
  if (message) {
    io.stderr(`${message}\n`);
    return EXIT.invalid;
  }
  const r = drawWithValue(input.r, input.pool, v['seed-value'], new Date());
  const code = await writeOutput(
    r,
    input.pool,
    input.poolData,
    out,
    csvVariantOf(v),
    nameOf(v.respondents),
    io,
    v.pdf === true,
  );
  if (code !== EXIT.ok) return code;
  io.stdout(
    [
      cliMessages.drawnWith(r.verification!.value!, r.seed, r.panelIndex + 1),
      cliMessages.panelNumbers(r.panel.map((p) => p + 1).join(', ')),
      cliMessages.verifyCommand(join(out, 'verdeling.json'), r.verification!.value!, join(out, 'panel.csv')),
      cliMessages.written(out, written(r, v.pdf === true).join(', ')),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

const reselectionUsage =
  'loting reselect --respondents <csv|xlsx> --result <resultaat.json> --dropouts <id,id,…> [--seed N] [--out map] [--id kolom] [--household kolom] [--max-seconds N] [--csv-comma] [--pdf]';

/** A re-selection round after members dropped out (reselection.ts), like `loting.reselect`. */
async function runReselection(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(withEnglishOptionNames(args, optionTables.reselect), optionTables.reselect);
  if ('error' in o) return error(io, o.error, reselectionUsage);
  const v = o.values;
  if (!v.respondents || !v.result || !v.dropouts?.trim()) {
    return error(io, cliMessages.reselectOptionsMissing, reselectionUsage);
  }
  const seedRead = readSeed(v.seed);
  if ('error' in seedRead) return error(io, seedRead.error, reselectionUsage);
  const seed = seedRead.seed ?? newSeed();
  const time = readMaxSeconds(v['max-seconds']);
  if ('error' in time) return error(io, time.error, reselectionUsage);
  const { maxSeconds } = time;
  const out = v.out ?? 'herselectie-resultaat';
  if (await refuseOverwrite(out, lotingFiles, [v.respondents, v.result], io)) return EXIT.invalid;
  const input = await poolForResult(v.respondents, v.result, v.id, v.household, io);
  if (typeof input === 'number') return input;
  const { r: previous, pool, poolData } = input;
  // Members are named by their id (or their number in the pool when there is no id column).
  const hasId = poolData.columns.some((k) => k.role === 'id');
  const position = new Map(pool.respondents.map((x, p) => [hasId ? x.id : String(p + 1), p]));
  const names = v.dropouts
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !position.has(n));
  if (unknown.length > 0) {
    io.stderr(cliMessages.unknownDropouts(unknown.join(', '), hasId));
    return EXIT.invalid;
  }
  const dropouts = names.map((n) => position.get(n)!);
  const message = reselectionNotice(previous, dropouts);
  if (message) {
    io.stderr(`${message}\n`);
    return EXIT.invalid;
  }
  const outcome = await computeReselection(
    pool,
    {
      panelSize: previous.panelSize,
      quota: previous.quota,
      excludeHouseholds: previous.excludeHouseholds,
      ...(previous.maxDropouts === undefined ? {} : { maxDropouts: previous.maxDropouts }),
    },
    { previous, dropouts },
    {
      solver: await highsSolver(),
      seed,
      hasHouseholdColumn: poolData.columns.some((k) => k.role === 'household'),
      maxSeconds,
    },
  );
  if (!outcome.ok) {
    const list = 'messages' in outcome ? outcome.messages : [];
    io.stderr(cliMessages.cannotReselect(list.map((m) => m.text)));
    return EXIT.invalid;
  }
  const r = outcome.result;
  const code = await writeOutput(r, pool, poolData, out, csvVariantOf(v), nameOf(v.respondents), io, v.pdf === true);
  if (code !== EXIT.ok) return code;
  const name = (p: number) => (hasId ? pool.respondents[p]!.id : String(p + 1));
  const stays = new Set(r.reselection!.stayers);
  io.stdout(
    [
      cliMessages.reselected(r.reselection!.dropouts.length, r.reselection!.stayers.length, r.reselection!.openSeats),
      cliMessages.newOnPanel(
        r.panel
          .filter((p) => !stays.has(p))
          .map(name)
          .join(', '),
      ),
      cliMessages.seed(r.seed),
      cliMessages.written(out, written(r, v.pdf === true).join(', ')),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

export const lotingCommand: Command = {
  usage: [
    cliMessages.usageDraw,
    cliMessages.usageStep2(drawUsage),
    cliMessages.usageVerify(verifyUsage),
    cliMessages.usageTrial(trialUsage),
    cliMessages.usageReselect(reselectionUsage),
  ].join('\n'),
  run,
};
