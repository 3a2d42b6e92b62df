import {
  catalogue,
  describeWarning,
  instrumentNames,
  parseCasus,
  recommendInstruments,
} from '../../../shared/participatie/index';
import type { CasusFile, Recommendation, Warning } from '../../../shared/participatie/index';
import { recommendCliMessages as messages } from '../../../shared/participatie/messages';
import { MAX_PROJECT_FILE_BYTES } from '../../../shared/projectfile/index';
import { formatRecommendationText } from '../format-text';
import { type CliIo, type Command, EXIT, unreadableMessage } from '../io';
import { parseOptions } from '../options';

/**
 * `--format json` output. Stable: fields are only added, never renamed or removed, within one
 * `outputVersion`.
 *
 * {
 *   outputVersion: 2,
 *   casus: { titel, gemeente, vraagstuk },
 *   recommendation: {
 *     catalogueVersion,
 *     phases: [{ phase, geenParticipatie,
 *                ranking: [{ instrumentId, score, reasons: [{ criterion, answer, effect, weight, value? }] }],
 *                excluded: [{ instrumentId, exclusions: [{ criterion, answer }] }],
 *                mix: { items: [{ instrumentId, score, why, covers: [{ kind, id? }] }], uncovered: [...] } }],
 *     warnings: [{ id, severity, phase, field, instrumentIds?, groups?, exclusions?, message }]
 *   }
 * }
 * Types: shared/participatie/types.ts. `message` is the Dutch text from describeWarning.
 */
export interface RecommendJsonOutput {
  outputVersion: 2;
  casus: Pick<CasusFile, 'titel' | 'gemeente' | 'vraagstuk'>;
  recommendation: Omit<Recommendation, 'warnings'> & { warnings: (Warning & { message: string })[] };
}

type Format = 'text' | 'json';

function parseArgs(args: string[]): { file: string; format: Format } | { error: string } {
  const r = parseOptions(args, { format: { type: 'string' } }, true);
  if ('error' in r) return r;
  const format = r.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return { error: messages.unknownFormat(format) };
  const [file, ...rest] = r.positionals;
  if (rest.length > 0) return { error: messages.oneFileOnly(rest[0]!) };
  return file === undefined ? { error: messages.fileMissing } : { file, format };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n${messages.usageLine(recommendCommand.usage)}\n`);
    return EXIT.invalid;
  }

  let text: string;
  try {
    text = await io.readFile(parsed.file, { maxBytes: MAX_PROJECT_FILE_BYTES, kind: messages.fileKind });
  } catch (error) {
    io.stderr(unreadableMessage(parsed.file, error));
    return EXIT.unreadable;
  }

  const casus = parseCasus(text);
  if (!casus.ok) {
    io.stderr(`${messages.invalidCasus(parsed.file)}\n${casus.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return EXIT.invalid;
  }

  const rec = recommendInstruments(casus.value.answers, catalogue);
  const names = instrumentNames(catalogue);
  if (parsed.format === 'json') {
    const { titel, gemeente, vraagstuk } = casus.value;
    const out: RecommendJsonOutput = {
      outputVersion: 2,
      casus: { titel, gemeente, vraagstuk },
      recommendation: { ...rec, warnings: rec.warnings.map((w) => ({ ...w, message: describeWarning(w, names) })) },
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout(formatRecommendationText(casus.value, rec, names));
  }
  return EXIT.ok;
}

export const recommendCommand: Command = {
  usage: messages.usage,
  run,
};
