import { codeDocument, CodeVariant, CODE_VARIANTEN } from '../../../shared/code/documents';
import { MAX_CODE_FILE_BYTES, parseCodeFile } from '../../../shared/code/file';
import type { ParticipatieCode } from '../../../shared/code/schema';
import { voorbeeldCodes } from '../../../shared/code/examples/index';
import { ExportFormat } from '../../../shared/document/formats';
import { chromiumExportHost, renderDocument, type ExportHost } from '../../export/render';
import { BestandFout, schrijfAtomisch, uitvoerIsInvoer } from '../bestanden';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { leesOpties } from '../opties';
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
  bron: string;
  format: ExportFormat;
  variant: CodeVariant;
  out: string;
  versie?: string;
}

function leesArgs(args: string[]): Args | { error: string } {
  const r = leesOpties(
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
    return { error: `Onbekende variant ${JSON.stringify(values.variant ?? '')}: kies ${CODE_VARIANTEN.join(', ')}.` };
  if (!values.out) return { error: 'Geef met --out op waar het bestand moet komen.' };
  return {
    bron: positionals[0]!,
    format: format.data,
    variant: variant.data,
    out: values.out,
    ...(values.versie ? { versie: values.versie } : {}),
  };
}

const isVoorbeeld = (bron: string): bron is keyof typeof voorbeeldCodes => Object.hasOwn(voorbeeldCodes, bron);

async function run(args: string[], cliIo: CliIo): Promise<number> {
  const io = cliIo as CodeIo;
  const a = leesArgs(args);
  if ('error' in a) {
    io.stderr(`${a.error}\nGebruik: npm run cli -- ${codeCommand.usage}\n`);
    return EXIT.invalid;
  }
  let code: ParticipatieCode;
  if (isVoorbeeld(a.bron)) code = voorbeeldCodes[a.bron];
  else {
    const botsing = await uitvoerIsInvoer([a.out], [a.bron]);
    if (botsing) {
      io.stderr(`${botsing}\n`);
      return EXIT.invalid;
    }
    let text: string;
    try {
      text = await io.readFile(a.bron, { maxBytes: MAX_CODE_FILE_BYTES, soort: 'een participatiecode' });
    } catch (error) {
      io.stderr(unreadableMessage(a.bron, error));
      // Too large is a wrong file, not an unreadable one.
      return error instanceof BestandFout && error.code === 'EFBIG' ? EXIT.invalid : EXIT.unreadable;
    }
    const parsed = parseCodeFile(text);
    if (!parsed.ok) {
      io.stderr(`${a.bron} is geen geldige participatiecode:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}\n`);
      return EXIT.invalid;
    }
    code = parsed.value;
  }
  const doc = codeDocument(code, a.variant, {
    datum: io.today ?? localIsoDate(),
    ...(a.versie ? { versie: a.versie } : {}),
  });
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(doc, a.format, { host: io.exportHost ?? chromiumExportHost });
  } catch (error) {
    io.stderr(`Het ${a.format}-bestand kon niet worden gemaakt: ${(error as Error).message}\n`);
    return EXIT.unreadable;
  }
  try {
    await (io.writeFile ?? schrijfAtomisch)(a.out, bytes);
  } catch (error) {
    io.stderr(
      error instanceof BestandFout
        ? `${error.message}\n`
        : `Kan ${a.out} niet schrijven: ${(error as Error).message}\n`,
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
