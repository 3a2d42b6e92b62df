import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type CsvVariant } from '../../../shared/csv';
import { berekenLoting } from '../../../shared/loting/bereken';
import { leesQuotaCsv } from '../../../shared/loting/csv';
import type { Kolom } from '../../../shared/loting/model';
import { isGeldigeSeed } from '../../../shared/loting/prng';
import { kansenCsv, maakVerslag, panelCsv, reservesCsv } from '../../../shared/loting/rapport';
import { procent } from '../../../shared/loting/tekst';
import { maakPool } from '../../../shared/loting/validatie';
import { renderDocx } from '../../export/docx';
import { renderMarkdown } from '../../export/markdown';
import { isXlsx, leesTabel } from '../../loting/bestanden';
import { highsSolver } from '../../loting/highs';
import { nieuweSeed, standaardMaxSeconden } from '../../loting/rekenen';
import {
  BestandFout,
  leesInvoer,
  schrijfAlleAtomisch,
  schrijfFoutMelding,
  schrijfReden,
  uitvoerIsInvoer,
} from '../bestanden';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { leesOpties } from '../opties';
import { controleerXlsx } from '../xlsx';

/**
 * `loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map] [--csv-komma]`.
 * Columns named in the quota file are kenmerken; a column `id` (or --id) identifies people,
 * --huishouden names the household column and turns on "at most one per household". Writes
 * panel.csv, reservelijst.csv, selectiekansen.csv, verslag.md, verslag.docx and resultaat.json,
 * all at once and atomically (./bestanden), never over an input. The CSV files are for Dutch Excel
 * (semicolons, decimal comma, BOM) unless --csv-komma asks for commas and decimal points.
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
  'resultaat.json',
] as const;

function parseArgs(args: string[]): Args | { error: string } {
  const r = leesOpties(args, {
    respondents: { type: 'string' },
    categories: { type: 'string' },
    panel: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    id: { type: 'string' },
    huishouden: { type: 'string' },
    'max-seconden': { type: 'string' },
    'csv-komma': { type: 'boolean' },
  });
  if ('error' in r) return r;
  const v = r.values;
  if (!v.respondents || !v.categories || !v.panel) return { error: 'Geef --respondents, --categories en --panel op.' };
  const panel = Number(v.panel);
  if (!Number.isInteger(panel) || panel < 1) return { error: '--panel moet een heel getal van 1 of meer zijn.' };
  const seed = v.seed === undefined ? undefined : Number(v.seed);
  if (seed !== undefined && !isGeldigeSeed(seed)) return { error: '--seed moet een heel getal van 0 of meer zijn.' };
  const maxSeconden = v['max-seconden'] === undefined ? standaardMaxSeconden : Number(v['max-seconden']);
  if (!(maxSeconden > 0)) return { error: '--max-seconden moet groter dan 0 zijn.' };
  if (v.out === '') return { error: '--out heeft een map nodig.' };
  return {
    respondents: v.respondents,
    categories: v.categories,
    panel,
    ...(seed === undefined ? {} : { seed }),
    out: v.out ?? 'loting-resultaat',
    ...(v.id ? { id: v.id } : {}),
    ...(v.huishouden ? { huishouden: v.huishouden } : {}),
    maxSeconden,
    csvVariant: v['csv-komma'] ? 'komma' : 'puntkomma',
  };
}

async function leesBytes(path: string, maxBytes: number, soort: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    return await leesInvoer(path, { maxBytes, soort });
  } catch (error) {
    io.stderr(unreadableMessage(path, error));
    return undefined;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args);
  if ('error' in a) {
    io.stderr(`${a.error}\nGebruik: ${lotingCommand.usage}\n`);
    return EXIT.invalid;
  }
  // Refused before reading or computing: the result would overwrite an input.
  const uitvoer = lotingBestanden.map((naam) => join(a.out, naam));
  const botsing = await uitvoerIsInvoer([a.out, ...uitvoer], [a.respondents, a.categories]);
  if (botsing) {
    io.stderr(`${botsing}\n`);
    return EXIT.invalid;
  }
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
    const controle = controleerXlsx(respondentBytes);
    if (!controle.ok) {
      io.stderr(`${a.respondents}: ${controle.fout}\n`);
      return EXIT.invalid;
    }
  }
  const tabel = await leesTabel(respondentBytes);
  if (!tabel.ok) {
    io.stderr(`${a.respondents}: ${tabel.fout}\n`);
    return EXIT.invalid;
  }
  for (const w of tabel.waarschuwingen) io.stderr(`Let op: ${w}\n`);
  const quota = leesQuotaCsv(new TextDecoder().decode(quotaBytes));
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
  const kolommen: Kolom[] = tabel.waarde.kolommen.map((naam) => ({
    naam,
    rol: naam === idNaam ? 'id' : naam === a.huishouden ? 'huishouden' : categorieen.has(naam) ? 'kenmerk' : 'meenemen',
  }));
  const gegevens = { kolommen, rijen: tabel.waarde.rijen };
  const { pool, meldingen } = maakPool(gegevens);
  const instellingen = {
    panelgrootte: a.panel,
    quota: quota.waarde,
    huishoudensUitsluiten: a.huishouden !== undefined,
  };
  const seed = a.seed ?? nieuweSeed();
  const fouten = meldingen.filter((m) => m.ernst === 'fout');
  const uitkomst =
    fouten.length > 0
      ? { ok: false as const, meldingen: fouten }
      : await berekenLoting(pool, instellingen, {
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
  const r = uitkomst.resultaat;
  const keuze = { kolommen: [] };
  const verslag = maakVerslag(r, pool, gegevens, keuze);
  const inhoud: Record<(typeof lotingBestanden)[number], string | Uint8Array> = {
    'panel.csv': panelCsv(r, gegevens, keuze, a.csvVariant),
    'reservelijst.csv': reservesCsv(r, gegevens, keuze, a.csvVariant),
    'selectiekansen.csv': kansenCsv(r, gegevens, a.csvVariant),
    'verslag.md': renderMarkdown(verslag),
    'verslag.docx': await renderDocx(verslag),
    'resultaat.json': `${JSON.stringify(r)}\n`,
  };
  const bestanden = lotingBestanden.map((naam) => [join(a.out, naam), inhoud[naam]] as const);
  try {
    await mkdir(a.out, { recursive: true });
  } catch (error) {
    io.stderr(`Kan de map ${a.out} niet maken: ${schrijfReden(error)}.\n`);
    return EXIT.unreadable;
  }
  try {
    // All six or none: a full disk halfway leaves the previous result untouched.
    await schrijfAlleAtomisch(bestanden);
  } catch (error) {
    io.stderr(`${error instanceof BestandFout ? error.message : schrijfFoutMelding(a.out, error)}\n`);
    return EXIT.unreadable;
  }
  io.stdout(
    [
      `Gewogen loting (LEXIMIN): ${r.panelgrootte} uit ${r.poolgrootte} respondenten, ${r.aantalTypes} profielen.`,
      `Laagste selectiekans: ${procent(r.minimum, 2)}${r.exact ? ' (bewezen optimaal)' : ` (niet bewezen; bovengrens ${procent(r.bovengrensMinimum, 2)})`}`,
      `Gini-coëfficiënt: ${r.gini.toFixed(3).replace('.', ',')}`,
      `Gretige methode ter vergelijking: laagste kans ${procent(r.legacy.minimum, 2)}, Gini ${r.legacy.gini.toFixed(3).replace('.', ',')}`,
      `Rekentijd: ${(r.rekentijdMs / 1000).toFixed(1).replace('.', ',')} s`,
      `Startgetal (seed): ${r.seed}`,
      `Geschreven in ${a.out}: ${lotingBestanden.join(', ')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

export const lotingCommand: Command = {
  usage:
    'loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map] [--id kolom] [--huishouden kolom] [--max-seconden N] [--csv-komma]   Gewogen loting (LEXIMIN) met reservelijst en verslag.',
  run,
};
