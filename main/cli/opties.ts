import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `node:util` parseArgs for every CLI command, with its English errors turned into Dutch ones.
 * Strict: unknown options, a missing value and stray arguments are errors.
 */
type Opties = NonNullable<ParseArgsConfig['options']>;

export type OptieWaarden<O extends Opties> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export type Gelezen<O extends Opties> = { values: OptieWaarden<O>; positionals: string[] } | { error: string };

function naamUit(message: string): string {
  return (/'([^']*)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
}

export function leesOpties<O extends Opties>(args: string[], options: O, allowPositionals = false): Gelezen<O> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: values as OptieWaarden<O>, positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const naam = naamUit(message);
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        return { error: `Onbekende optie ${naam}.` };
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        return { error: `Onverwacht argument ${naam}.` };
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        return /does not take an argument/.test(message)
          ? { error: `${naam} heeft geen waarde.` }
          : {
              error: `${naam} heeft een waarde nodig${/ambiguous/.test(message) ? ` (begint de waarde met een streepje, schrijf dan ${naam}=-…)` : ''}.`,
            };
      default:
        return { error: 'De opdrachtregel kan niet worden gelezen.' };
    }
  }
}
