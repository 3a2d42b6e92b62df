import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliMessages } from '../../shared/api/messages';

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
        return { error: cliMessages.unknownOption(name) };
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        return { error: cliMessages.unexpectedArgument(name) };
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        return /does not take an argument/.test(message)
          ? { error: cliMessages.noValueAllowed(name) }
          : { error: cliMessages.valueNeeded(name, /ambiguous/.test(message)) };
      default:
        return { error: cliMessages.unreadableCommandLine };
    }
  }
}
