import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/projectfile/index';
import { fileMessages } from '../../shared/api/messages';

/**
 * Safe file access for every CLI command (loting, recommend, export):
 *
 * - `readInput` reads only regular files (a FIFO, device, socket or folder is refused before it
 *   is opened, so `/dev/zero` or a named pipe never hangs or fills memory) and checks the size
 *   with `stat` before reading; the open is non-blocking and re-checked on the handle, and never
 *   more than the cap is read even if the file grows meanwhile.
 * - `writeAtomic` / `writeAllAtomic` write to a temporary file in the same folder, flush
 *   it to disk and only then rename it over the target, so a failed write (full disk, no access)
 *   never replaces a good file by a truncated one.
 * - `isSameFile` compares resolved real paths (and inode numbers, for hard links), so `--out`
 *   equal to an input is refused before anything is written.
 *
 * All failures are thrown as `FileError` with a complete Dutch message for the user; callers
 * print `fout.message` and exit 1. Never a Node stack.
 */
export class FileError extends Error {
  constructor(
    message: string,
    /** The Node error code behind it, when there was one (ENOSPC, EACCES, …). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

const MB = 1024 * 1024;

/** "12,5 MB" / "200 kB", Dutch style. */
export function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024).toLocaleString('nl-NL')} kB`;
  return `${(bytes / MB).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

function describeKind(s: Stats): string {
  if (s.isDirectory()) return fileMessages.notAFile.directory;
  if (s.isFIFO()) return fileMessages.notAFile.fifo;
  if (s.isCharacterDevice() || s.isBlockDevice()) return fileMessages.notAFile.device;
  if (s.isSocket()) return fileMessages.notAFile.socket;
  return fileMessages.notAFile.other;
}

function readFailureReason(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  return (
    (code !== undefined && Object.hasOwn(fileMessages.readFailure, code)
      ? fileMessages.readFailure[code]
      : undefined) ?? fileMessages.readFailed
  );
}

export interface ReadOptions {
  /** Refused (before reading) when the file is larger. */
  maxBytes: number;
  /** How the file is called in the message about its size, e.g. "een respondentenbestand". */
  kind?: string;
}

/** Reads a regular file of at most `maxBytes`. Throws FileError with a Dutch message. */
export async function readInput(path: string, options: ReadOptions): Promise<Uint8Array> {
  const tooLarge = (bytes: number) =>
    new FileError(
      fileMessages.tooLarge(
        path,
        formatSize(bytes),
        options.kind ?? fileMessages.inputFile,
        formatSize(options.maxBytes),
      ),
      'EFBIG',
    );
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new FileError(fileMessages.cannotRead(path, readFailureReason(error)), (error as { code?: string }).code);
  }
  if (!info.isFile()) throw new FileError(fileMessages.cannotRead(path, describeKind(info)), 'ENOTREG');
  if (info.size > options.maxBytes) throw tooLarge(info.size);
  // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, open does not hang.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new FileError(fileMessages.cannotRead(path, readFailureReason(error)), (error as { code?: string }).code);
  }
  try {
    const current = await handle.stat();
    if (!current.isFile()) throw new FileError(fileMessages.cannotRead(path, describeKind(current)), 'ENOTREG');
    if (current.size > options.maxBytes) throw tooLarge(current.size);
    // Read at most maxBytes + 1: a file that grows while we read is still refused, not loaded.
    const buffer = Buffer.alloc(Math.min(current.size, options.maxBytes) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total === buffer.length) {
        if (total > options.maxBytes) throw tooLarge(total);
        break;
      }
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(fileMessages.cannotRead(path, readFailureReason(error)), (error as { code?: string }).code);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** `readInput` as text: UTF-8, without the BOM. */
export async function readInputText(path: string, options: ReadOptions): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInput(path, options));
}

/** The Dutch reason a write failed, for every error code a disk or folder can give. */
export function writeFailureReason(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  return (
    (code !== undefined && Object.hasOwn(fileMessages.writeFailure, code)
      ? fileMessages.writeFailure[code]
      : undefined) ?? fileMessages.writeFailed(code)
  );
}

export function writeFailureMessage(path: string, error: unknown): string {
  return fileMessages.cannotWrite(path, writeFailureReason(error));
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeTemp(path: string, content: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(path);
  let handle;
  try {
    // 'wx': never follows or reuses an existing file; 0o666 minus the umask, as writeFile does.
    handle = await open(temp, 'wx', 0o666);
  } catch (error) {
    throw new FileError(writeFailureMessage(path, error), (error as { code?: string }).code);
  }
  try {
    await handle.writeFile(content);
    // On disk before the rename: after a crash there is the old file or the whole new one.
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new FileError(writeFailureMessage(path, error), (error as { code?: string }).code);
  }
  try {
    await handle.close();
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileError(writeFailureMessage(path, error), (error as { code?: string }).code);
  }
  return temp;
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename durable on POSIX; Windows cannot open a folder, which is fine to skip.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/** Writes one file atomically: temporary file in the same folder, fsync, rename. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await writeAllAtomic([[path, content]]);
}

/**
 * Writes several files as one step: every file goes to a temporary file first; only when all of
 * them were written are they renamed into place. A failure before that leaves every old file as
 * it was and removes the temporary files.
 */
export async function writeAllAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<void> {
  const written: Array<[string, string]> = [];
  try {
    for (const [path, content] of files) written.push([await writeTemp(path, content), path]);
  } catch (error) {
    await Promise.all(written.map(([temp]) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  // A folder in the way would stop a rename halfway; find it before anything is replaced.
  for (const [, path] of written) {
    const existing = await lstat(path).catch(() => undefined);
    if (existing?.isDirectory()) {
      await Promise.all(written.map(([t]) => unlink(t).catch(() => undefined)));
      throw new FileError(writeFailureMessage(path, { code: 'EISDIR' }), 'EISDIR');
    }
  }
  for (const [i, [temp, path]] of written.entries()) {
    try {
      await rename(temp, path);
    } catch (error) {
      await Promise.all(written.slice(i).map(([t]) => unlink(t).catch(() => undefined)));
      throw new FileError(writeFailureMessage(path, error), (error as { code?: string }).code);
    }
  }
  for (const folder of new Set(written.map(([, path]) => dirname(resolve(path))))) await syncFolder(folder);
}

/** The real path a file has or would have: an existing file resolved, otherwise its folder. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when both paths name the same file (after symlinks and `..`, or as hard links). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if ((await realPathOf(a)) === (await realPathOf(b))) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses writing over an input: the Dutch message for the first output that is an input, or
 * undefined when none is.
 */
export async function outputIsInput(
  outputs: readonly string[],
  inputs: readonly string[],
): Promise<string | undefined> {
  for (const u of outputs) {
    for (const i of inputs) {
      if (await isSameFile(u, i)) return fileMessages.outputIsInput(u, i);
    }
  }
  return undefined;
}

/** Default cap for a text input when a command names none: the size limit of a project file. */
export const defaultMaxBytes = MAX_PROJECT_FILE_BYTES;

/** The `readFile` of the real process (index.ts) and of tests that want the real checks. */
export function readTextForCli(path: string, options: { maxBytes?: number; kind?: string } = {}): Promise<string> {
  return readInputText(path, {
    maxBytes: options.maxBytes ?? defaultMaxBytes,
    ...(options.kind ? { kind: options.kind } : {}),
  });
}
