import { codeDocument, CodeVariant, CODE_VARIANTS } from '../../../shared/code/documents';
import { MAX_CODE_FILE_BYTES, parseCodeFile } from '../../../shared/code/file';
import type { ParticipatieCode } from '../../../shared/code/schema';
import { exampleCodes } from '../../../shared/code/examples/index';
import { ExportFormat } from '../../../shared/document/formats';
import { chromiumExportHost, renderDocument, type ExportHost } from '../../export/render';
import { FileError, writeAtomic, outputIsInput } from '../files';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { parseOptions } from '../options';
import { localIsoDate } from '../../../shared/format';

/**
 * `code <code.samenspel-code|voorbeeld-id> --format docx|md|pdf --variant verordening|toelichting|beleid|kaart --out <file>`:
 * one of the four texts of a participatiecode. A file that is not a valid code gets a Dutch error
 * naming the field and exit 2; nothing is written unless everything succeeded, and then
 * atomically (temporary file, rename), never over the input.
 */
export interface CodeIo extends CliIo {
  /** Tests keep the output in memory; the real CLI writes atomically. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  exportHost?: ExportHost;
  /** yyyy-mm-dd for the title page; today by default (tests pin it). */
  today?: string;
}

interface Args {
  source: string;
  format: ExportFormat;
  variant: CodeVariant;
  out: string;
  version?: string;
}

function parseArgs(args: string[]): Args | { error: string } {
  const r = parseOptions(
    args,
    { format: { type: 'string' }, variant: { type: 'string' }, out: { type: 'string' }, versie: { type: 'string' } },
    true,
  );
  if ('error' in r) return r;
  const { values, positionals } = r;
  if (positionals.length === 0)
    return { error: 'Geef een participatiecode op (een .samenspel-code-bestand of lindewaard/bremerveld).' };
  if (positionals.length > 1) return { error: `Eén participatiecode tegelijk, maar kreeg ook ${positionals[1]}.` };
  const format = ExportFormat.safeParse(values.format);
  if (!format.success)
    return { error: `Onbekend formaat ${JSON.stringify(values.format ?? '')}: kies docx, md of pdf.` };
  const variant = CodeVariant.safeParse(values.variant);
  if (!variant.success)
    return { error: `Onbekende variant ${JSON.stringify(values.variant ?? '')}: kies ${CODE_VARIANTS.join(', ')}.` };
  if (!values.out) return { error: 'Geef met --out op waar het bestand moet komen.' };
  return {
    source: positionals[0]!,
    format: format.data,
    variant: variant.data,
    out: values.out,
    ...(values.versie ? { version: values.versie } : {}),
  };
}

const isExample = (source: string): source is keyof typeof exampleCodes => Object.hasOwn(exampleCodes, source);

async function run(args: string[], cliIo: CliIo): Promise<number> {
  const io = cliIo as CodeIo;
  const a = parseArgs(args);
  if ('error' in a) {
    io.stderr(`${a.error}\nGebruik: npm run cli -- ${codeCommand.usage}\n`);
    return EXIT.invalid;
  }
  let code: ParticipatieCode;
  if (isExample(a.source)) code = exampleCodes[a.source];
  else {
    const clash = await outputIsInput([a.out], [a.source]);
    if (clash) {
      io.stderr(`${clash}\n`);
      return EXIT.invalid;
    }
    let text: string;
    try {
      text = await io.readFile(a.source, { maxBytes: MAX_CODE_FILE_BYTES, kind: 'een participatiecode' });
    } catch (error) {
      io.stderr(unreadableMessage(a.source, error));
      // Too large is a wrong file, not an unreadable one.
      return error instanceof FileError && error.code === 'EFBIG' ? EXIT.invalid : EXIT.unreadable;
    }
    const parsed = parseCodeFile(text);
    if (!parsed.ok) {
      io.stderr(`${a.source} is geen geldige participatiecode:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}\n`);
      return EXIT.invalid;
    }
    code = parsed.value;
  }
  const doc = codeDocument(code, a.variant, {
    date: io.today ?? localIsoDate(),
    ...(a.version ? { version: a.version } : {}),
  });
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(doc, a.format, { host: io.exportHost ?? chromiumExportHost });
  } catch (error) {
    io.stderr(`Het ${a.format}-bestand kon niet worden gemaakt: ${(error as Error).message}\n`);
    return EXIT.unreadable;
  }
  try {
    await (io.writeFile ?? writeAtomic)(a.out, bytes);
  } catch (error) {
    io.stderr(
      error instanceof FileError ? `${error.message}\n` : `Kan ${a.out} niet schrijven: ${(error as Error).message}\n`,
    );
    return EXIT.unreadable;
  }
  io.stdout(`Geschreven: ${a.out} (${Math.ceil(bytes.length / 1024)} kB)\n`);
  return EXIT.ok;
}

export const codeCommand: Command = {
  usage:
    'code <code.samenspel-code|lindewaard|bremerveld> --format docx|md|pdf --variant verordening|toelichting|beleid|kaart --out <bestand> [--versie 1.0]   Maak een tekst van de participatiecode.',
  run,
};
