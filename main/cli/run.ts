import { codeCommand } from './commands/code';
import { exportCommand } from './commands/export';
import { lotingCommand } from './commands/loting';
import { recommendCommand } from './commands/recommend';
import { cliMessages } from '../../shared/api/messages';
import { type CliIo, type Command, EXIT } from './io';

/** The command table. */
export const commands: Record<string, Command> = {
  recommend: recommendCommand,
  export: exportCommand,
  loting: lotingCommand,
  code: codeCommand,
};

export function usageText(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}`);
  return cliMessages.usage(lines.join('\n'));
}

/** The whole CLI as a function, so tests can run it without a process. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usageText());
    return name === undefined ? EXIT.invalid : EXIT.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.stderr(`${cliMessages.unknownCommand(name)}\n\n${usageText()}`);
    return EXIT.invalid;
  }
  return command.run(args, io);
}
