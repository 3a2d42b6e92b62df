import { fileMessages } from '../../shared/api/messages';
import { FileError } from './files';

/** Everything a CLI command may touch; tests pass fakes, index.ts passes the real process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Reads a text input. The real one (index.ts: `readTextForCli` from ./files) refuses
   * anything but a regular file and checks `maxBytes` with stat before reading; fakes may ignore
   * the options.
   */
  readFile: (path: string, options?: { maxBytes?: number; kind?: string }) => Promise<string>;
}

/** Exit codes: 0 ok; 1 a file could not be read or written; 2 the input or the command line is invalid. */
export const EXIT = { ok: 0, unreadable: 1, invalid: 2 } as const;

export interface Command {
  /** One line for the usage text. */
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** "Kan <file> niet lezen: <why>." for a failed read, the same in every command. */
export function unreadableMessage(file: string, error: unknown): string {
  // The safe reader already wrote the whole Dutch sentence (not a regular file, too large, …).
  if (error instanceof FileError) return `${error.message}\n`;
  const code = (error as { code?: string } | undefined)?.code;
  const why = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? fileMessages.readFailure[code] : undefined;
  return `${fileMessages.cannotRead(file, why ?? fileMessages.readFailed)}\n`;
}
