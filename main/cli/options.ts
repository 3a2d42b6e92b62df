import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `node:util` parseArgs for every CLI command, with its English errors turned into Dutch ones.
 * Strict: unknown options, a missing value and stray arguments are errors.
 */
type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export type ParsedOptions<O extends OptionSpecs> =
  { values: OptionValues<O>; positionals: string[] } | { error: string };

function nameIn(message: string): string {
  return (/'([^']*)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
}

export function parseOptions<O extends OptionSpecs>(
  args: string[],
  options: O,
  allowPositionals = false,
): ParsedOptions<O> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const name = nameIn(message);
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        return { error: `Onbekende optie ${name}.` };
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        return { error: `Onverwacht argument ${name}.` };
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        return /does not take an argument/.test(message)
          ? { error: `${name} heeft geen waarde.` }
          : {
              error: `${name} heeft een waarde nodig${/ambiguous/.test(message) ? ` (begint de waarde met een streepje, schrijf dan ${name}=-…)` : ''}.`,
            };
      default:
        return { error: 'De opdrachtregel kan niet worden gelezen.' };
    }
  }
}
