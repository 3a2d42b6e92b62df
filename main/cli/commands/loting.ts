import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { berekenLoting } from '../../../shared/loting/bereken';
import { leesQuotaCsv } from '../../../shared/loting/csv';
import type { Kolom } from '../../../shared/loting/model';
import { isGeldigeSeed } from '../../../shared/loting/prng';
import { kansenCsv, maakVerslag, panelCsv, reservesCsv } from '../../../shared/loting/rapport';
import { procent } from '../../../shared/loting/tekst';
import { maakPool } from '../../../shared/loting/validatie';
import { renderDocx } from '../../export/docx';
import { renderMarkdown } from '../../export/markdown';
import { leesTabel } from '../../loting/bestanden';
import { highsSolver } from '../../loting/highs';
import { nieuweSeed, standaardMaxSeconden } from '../../loting/rekenen';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';

/**
 * `loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map]`.
 * Columns named in the quota file are kenmerken; a column `id` (or --id) identifies people,
 * --huishouden names the household column and turns on "at most one per household". Writes
 * panel.csv, reservelijst.csv, selectiekansen.csv, verslag.md, verslag.docx and resultaat.json.
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
}

const opties = [
  '--respondents',
  '--categories',
  '--panel',
  '--seed',
  '--out',
  '--id',
  '--huishouden',
  '--max-seconden',
];

function parseArgs(args: string[]): Args | { error: string } {
  const v: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [naam, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!opties.includes(naam)) return { error: `Onbekende optie ${naam}.` };
    const waarde = inline ?? args[++i];
    if (waarde === undefined) return { error: `${naam} heeft een waarde nodig.` };
    v[naam.slice(2)] = waarde;
  }
  if (!v.respondents || !v.categories || !v.panel) return { error: 'Geef --respondents, --categories en --panel op.' };
  const panel = Number(v.panel);
  if (!Number.isInteger(panel) || panel < 1) return { error: '--panel moet een heel getal van 1 of meer zijn.' };
  const seed = v.seed === undefined ? undefined : Number(v.seed);
  if (seed !== undefined && !isGeldigeSeed(seed)) return { error: '--seed moet een heel getal van 0 of meer zijn.' };
  const maxSeconden = v['max-seconden'] === undefined ? standaardMaxSeconden : Number(v['max-seconden']);
  if (!(maxSeconden > 0)) return { error: '--max-seconden moet groter dan 0 zijn.' };
  return {
    respondents: v.respondents,
    categories: v.categories,
    panel,
    ...(seed === undefined ? {} : { seed }),
    out: v.out ?? 'loting-resultaat',
    ...(v.id ? { id: v.id } : {}),
    ...(v.huishouden ? { huishouden: v.huishouden } : {}),
    maxSeconden,
  };
}

async function leesBytes(path: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
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
  const respondentBytes = await leesBytes(a.respondents, io);
  const quotaBytes = await leesBytes(a.categories, io);
  if (!respondentBytes || !quotaBytes) return EXIT.unreadable;
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
  await mkdir(a.out, { recursive: true });
  const bestanden: Array<[string, string | Uint8Array]> = [
    ['panel.csv', panelCsv(r, gegevens, keuze)],
    ['reservelijst.csv', reservesCsv(r, gegevens, keuze)],
    ['selectiekansen.csv', kansenCsv(r, gegevens)],
    ['verslag.md', renderMarkdown(verslag)],
    ['verslag.docx', await renderDocx(verslag)],
    ['resultaat.json', `${JSON.stringify(r)}\n`],
  ];
  for (const [naam, inhoud] of bestanden) await writeFile(join(a.out, naam), inhoud);
  io.stdout(
    [
      `Gewogen loting (LEXIMIN): ${r.panelgrootte} uit ${r.poolgrootte} respondenten, ${r.aantalTypes} profielen.`,
      `Laagste selectiekans: ${procent(r.minimum, 2)}${r.exact ? ' (bewezen optimaal)' : ` (niet bewezen; bovengrens ${procent(r.bovengrensMinimum, 2)})`}`,
      `Gini-coëfficiënt: ${r.gini.toFixed(3).replace('.', ',')}`,
      `Gretige methode ter vergelijking: laagste kans ${procent(r.legacy.minimum, 2)}, Gini ${r.legacy.gini.toFixed(3).replace('.', ',')}`,
      `Rekentijd: ${(r.rekentijdMs / 1000).toFixed(1).replace('.', ',')} s`,
      `Startgetal (seed): ${r.seed}`,
      `Geschreven in ${a.out}: ${bestanden.map(([n]) => n).join(', ')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

export const lotingCommand: Command = {
  usage:
    'loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N] [--out map] [--id kolom] [--huishouden kolom] [--max-seconden N]   Gewogen loting (LEXIMIN) met reservelijst en verslag.',
  run,
};
