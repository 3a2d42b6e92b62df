import { stat, writeFile } from 'node:fs/promises';
import { buildDocument, prepareSource } from '../../../shared/document/build';
import { ExportFormat } from '../../../shared/document/formats';
import { catalogue } from '../../../shared/participatie/index';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile, tooLargeMessage } from '../../../shared/projectfile/index';
import { chromiumExportHost, renderDocument, type ExportHost } from '../../export/render';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';

/**
 * `export <casus.json|project.samenspel> --format docx|md|pdf --out <file>`: the participatieplan
 * with spelregels. A casus file (format v1) is read as an older project file; without a
 * procesplaat one is generated from the answers. The output is written once, after everything
 * succeeded, so an error never leaves a half file behind.
 */
export interface ExportIo extends CliIo {
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  fileSize?: (path: string) => Promise<number>;
  exportHost?: ExportHost;
  /** yyyy-mm-dd for the title page; today by default (tests pin it). */
  today?: string;
}

interface Args {
  file: string;
  format: ExportFormat;
  out: string;
  versie?: string;
}

function parseArgs(args: string[]): Args | { error: string } {
  const values: Record<string, string | undefined> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--(format|out|versie)(?:=(.*))?$/.exec(arg);
    if (m) values[m[1]!] = m[2] ?? args[++i];
    else if (arg.startsWith('-')) return { error: `Onbekende optie ${arg}.` };
    else if (file === undefined) file = arg;
    else return { error: `Eén invoerbestand tegelijk, maar kreeg ook ${arg}.` };
  }
  if (file === undefined) return { error: 'Geef een casus- of projectbestand op.' };
  const format = ExportFormat.safeParse(values['format']);
  if (!format.success)
    return { error: `Onbekend formaat ${JSON.stringify(values['format'] ?? '')}: kies docx, md of pdf.` };
  if (!values['out']) return { error: 'Geef met --out op waar het bestand moet komen.' };
  return { file, format: format.data, out: values['out'], ...(values['versie'] ? { versie: values['versie'] } : {}) };
}

async function run(args: string[], cliIo: CliIo): Promise<number> {
  const io = cliIo as ExportIo;
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\nGebruik: ${exportCommand.usage}\n`);
    return EXIT.invalid;
  }
  let text: string;
  try {
    // Check the size before reading: a 50 MB file is refused without loading it.
    const size = await (io.fileSize ?? (async (p: string) => (await stat(p)).size))(parsed.file);
    if (size > MAX_PROJECT_FILE_BYTES) {
      io.stderr(`${parsed.file}: ${tooLargeMessage(size)}\n`);
      return EXIT.invalid;
    }
    text = await io.readFile(parsed.file);
  } catch (error) {
    io.stderr(unreadableMessage(parsed.file, error));
    return EXIT.unreadable;
  }
  const project = parseProjectFile(text);
  if (!project.ok) {
    io.stderr(
      `${parsed.file} is geen geldig casus- of projectbestand:\n${project.errors.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    return EXIT.invalid;
  }
  const p = project.value;
  const source = await prepareSource(
    {
      ...p.traject,
      answers: p.answers,
      procesplaat: p.procesplaat ?? null,
      ...(p.spelregels ? { spelregels: p.spelregels } : {}),
    },
    catalogue,
  );
  const doc = buildDocument(source, {
    datum: io.today ?? new Date().toISOString().slice(0, 10),
    ...(parsed.versie ? { versie: parsed.versie } : {}),
  });
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(doc, parsed.format, { host: io.exportHost ?? chromiumExportHost });
  } catch (error) {
    io.stderr(`Het ${parsed.format}-bestand kon niet worden gemaakt: ${(error as Error).message}\n`);
    return EXIT.unreadable;
  }
  try {
    await (io.writeFile ?? ((path: string, data: Uint8Array) => writeFile(path, data)))(parsed.out, bytes);
  } catch (error) {
    io.stderr(`Kan ${parsed.out} niet schrijven: ${(error as Error).message}\n`);
    return EXIT.unreadable;
  }
  io.stdout(`Geschreven: ${parsed.out} (${Math.ceil(bytes.length / 1024)} kB)\n`);
  return EXIT.ok;
}

export const exportCommand: Command = {
  usage:
    'export <casus.json|project.samenspel> --format docx|md|pdf --out <bestand> [--versie 1.0]   Maak het participatieplan met spelregels.',
  run,
};
