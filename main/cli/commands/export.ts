import { z } from 'zod';
import { stat, writeFile } from 'node:fs/promises';
import { buildDocument, prepareSource } from '../../../shared/document/build';
import { ExportFormat } from '../../../shared/document/formats';
import { exportCliMessages } from '../../../shared/document/messages';
import type { DocumentVariant } from '../../../shared/document/variants';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import {
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  parseProjectFile,
  serializeProjectFile,
  tooLargeMessage,
  type ProjectFile,
} from '../../../shared/projectfile/index';
import { chromiumExportHost, renderDocument, type ExportHost } from '../../export/render';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { localIsoDate } from '../../../shared/format';

/**
 * `export <casus|project> --format docx|md|pdf|samenspel --variant plan|paragraaf --out <file>`:
 * the participatieplan with spelregels, or the one-page participatieparagraaf; a traject without
 * any participation always gets the motivering. The input is a casus file (format v1, read as an
 * older project file), a project file, or the id of a bundled casus. Without a procesplaat one is
 * generated from the answers; `--format samenspel` writes the project file with that plate, as
 * the app would. The output is written once, after everything succeeded, so an error never
 * leaves a half file behind.
 */
export interface ExportIo extends CliIo {
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  fileSize?: (path: string) => Promise<number>;
  exportHost?: ExportHost;
  /** yyyy-mm-dd for the title page; today by default (tests pin it). */
  today?: string;
}

const OutputFormat = z.union([ExportFormat, z.literal('samenspel')]);
type OutputFormat = z.infer<typeof OutputFormat>;

interface Args {
  file: string;
  format: OutputFormat;
  variant: DocumentVariant;
  out: string;
  version?: string;
}

function parseArgs(args: string[]): Args | { error: string } {
  const values: Record<string, string | undefined> = {};
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--(format|out|versie|variant)(?:=(.*))?$/.exec(arg);
    if (m) values[m[1]!] = m[2] ?? args[++i];
    else if (arg.startsWith('-')) return { error: exportCliMessages.unknownOption(arg) };
    else if (file === undefined) file = arg;
    else return { error: exportCliMessages.oneInputFile(arg) };
  }
  if (file === undefined) return { error: exportCliMessages.noInputFile };
  const format = OutputFormat.safeParse(values['format']);
  if (!format.success) return { error: exportCliMessages.unknownFormat(JSON.stringify(values['format'] ?? '')) };
  const variant = z.enum(['plan', 'paragraaf']).safeParse(values['variant'] ?? 'plan');
  if (!variant.success) return { error: exportCliMessages.unknownVariant(JSON.stringify(values['variant'] ?? '')) };
  if (variant.data !== 'plan' && format.data === 'samenspel') return { error: exportCliMessages.projectHasNoVariant };
  if (!values['out']) return { error: exportCliMessages.noOut };
  return {
    file,
    format: format.data,
    variant: variant.data,
    out: values['out'],
    ...(values['versie'] ? { version: values['versie'] } : {}),
  };
}

async function run(args: string[], cliIo: CliIo): Promise<number> {
  const io = cliIo as ExportIo;
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n${exportCliMessages.usageLine(exportCommand.usage)}\n`);
    return EXIT.invalid;
  }
  let text: string;
  const bundled = (exampleCasussen as Record<string, unknown>)[parsed.file];
  if (bundled !== undefined && !/[/\\.]/.test(parsed.file)) {
    // A bundled casus by its id ("aardgasvrij-de-horst"): no file needed.
    text = JSON.stringify(bundled);
  } else {
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
  }
  const project = parseProjectFile(text);
  if (!project.ok) {
    io.stderr(`${exportCliMessages.invalidFile(parsed.file, project.errors.map((e) => `  - ${e}`).join('\n'))}\n`);
    return EXIT.invalid;
  }
  const p = project.value;
  const source = await prepareSource(
    {
      ...p.traject,
      answers: p.answers,
      procesplaat: p.procesplaat ?? null,
      ...(p.spelregels ? { spelregels: p.spelregels } : {}),
      // The participatiecode in the file: the plan cites it and lists its checks, as in the app.
      ...(p.code ? { code: p.code.choices } : {}),
    },
    catalogue,
  );
  let bytes: Uint8Array;
  if (parsed.format === 'samenspel') {
    // The project file as the app writes it, with the (generated and laid out) procesplaat.
    const file: ProjectFile = {
      format: PROJECT_FORMAT,
      formatVersion: PROJECT_FORMAT_VERSION,
      traject: p.traject,
      answers: p.answers,
      procesplaat: source.procesplaat,
      ...(p.spelregels ? { spelregels: p.spelregels } : {}),
      ...(p.code ? { code: p.code } : {}),
    };
    bytes = new TextEncoder().encode(serializeProjectFile(file));
  } else {
    const doc = buildDocument(source, {
      date: io.today ?? localIsoDate(),
      variant: parsed.variant,
      ...(parsed.version ? { version: parsed.version } : {}),
    });
    try {
      bytes = await renderDocument(doc, parsed.format, { host: io.exportHost ?? chromiumExportHost });
    } catch (error) {
      io.stderr(`${exportCliMessages.renderFailed(parsed.format, (error as Error).message)}\n`);
      return EXIT.unreadable;
    }
  }
  try {
    await (io.writeFile ?? ((path: string, data: Uint8Array) => writeFile(path, data)))(parsed.out, bytes);
  } catch (error) {
    io.stderr(`${exportCliMessages.writeFailed(parsed.out, (error as Error).message)}\n`);
    return EXIT.unreadable;
  }
  io.stdout(`${exportCliMessages.written(parsed.out, Math.ceil(bytes.length / 1024))}\n`);
  return EXIT.ok;
}

export const exportCommand: Command = {
  usage: exportCliMessages.usage,
  run,
};
