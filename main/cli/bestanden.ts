import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/projectfile/index';

/**
 * Safe file access for every CLI command (loting, recommend, export):
 *
 * - `leesInvoer` reads only regular files (a FIFO, device, socket or folder is refused before it
 *   is opened, so `/dev/zero` or a named pipe never hangs or fills memory) and checks the size
 *   with `stat` before reading; the open is non-blocking and re-checked on the handle, and never
 *   more than the cap is read even if the file grows meanwhile.
 * - `schrijfAtomisch` / `schrijfAlleAtomisch` write to a temporary file in the same folder, flush
 *   it to disk and only then rename it over the target, so a failed write (full disk, no access)
 *   never replaces a good file by a truncated one.
 * - `zelfdeBestand` compares resolved real paths (and inode numbers, for hard links), so `--out`
 *   equal to an input is refused before anything is written.
 *
 * All failures are thrown as `BestandFout` with a complete Dutch message for the user; callers
 * print `fout.message` and exit 1. Never a Node stack.
 */
export class BestandFout extends Error {
  constructor(
    message: string,
    /** The Node error code behind it, when there was one (ENOSPC, EACCES, …). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'BestandFout';
  }
}

const MB = 1024 * 1024;

/** "12,5 MB" / "200 kB", Dutch style. */
export function grootteTekst(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024).toLocaleString('nl-NL')} kB`;
  return `${(bytes / MB).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

function soortTekst(s: Stats): string {
  if (s.isDirectory()) return 'dit is een map';
  if (s.isFIFO()) return 'dit is een named pipe (FIFO), geen gewoon bestand';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'dit is een apparaat, geen gewoon bestand';
  if (s.isSocket()) return 'dit is een socket, geen gewoon bestand';
  return 'dit is geen gewoon bestand';
}

function leesReden(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'het bestand bestaat niet';
    case 'ENOTDIR':
      return 'een deel van het pad is geen map';
    case 'EACCES':
    case 'EPERM':
      return 'geen toegang';
    case 'EISDIR':
      return 'dit is een map';
    case 'ELOOP':
      return 'te veel symbolische koppelingen';
    case 'ENAMETOOLONG':
      return 'de naam is te lang';
    default:
      return 'lezen mislukt';
  }
}

export interface LeesOpties {
  /** Refused (before reading) when the file is larger. */
  maxBytes: number;
  /** How the file is called in the message about its size, e.g. "een respondentenbestand". */
  soort?: string;
}

/** Reads a regular file of at most `maxBytes`. Throws BestandFout with a Dutch message. */
export async function leesInvoer(pad: string, opties: LeesOpties): Promise<Uint8Array> {
  const teGroot = (bytes: number) =>
    new BestandFout(
      `Kan ${pad} niet lezen: het bestand is ${grootteTekst(bytes)}; ${opties.soort ?? 'een invoerbestand'} mag hoogstens ${grootteTekst(opties.maxBytes)} zijn.`,
      'EFBIG',
    );
  let info: Stats;
  try {
    info = await stat(pad);
  } catch (error) {
    throw new BestandFout(`Kan ${pad} niet lezen: ${leesReden(error)}.`, (error as { code?: string }).code);
  }
  if (!info.isFile()) throw new BestandFout(`Kan ${pad} niet lezen: ${soortTekst(info)}.`, 'ENOTREG');
  if (info.size > opties.maxBytes) throw teGroot(info.size);
  // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, open does not hang.
  let handle;
  try {
    handle = await open(pad, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new BestandFout(`Kan ${pad} niet lezen: ${leesReden(error)}.`, (error as { code?: string }).code);
  }
  try {
    const nu = await handle.stat();
    if (!nu.isFile()) throw new BestandFout(`Kan ${pad} niet lezen: ${soortTekst(nu)}.`, 'ENOTREG');
    if (nu.size > opties.maxBytes) throw teGroot(nu.size);
    // Read at most maxBytes + 1: a file that grows while we read is still refused, not loaded.
    const buffer = Buffer.alloc(Math.min(nu.size, opties.maxBytes) + 1);
    let gelezen = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, gelezen, buffer.length - gelezen, gelezen);
      if (bytesRead === 0) break;
      gelezen += bytesRead;
      if (gelezen === buffer.length) {
        if (gelezen > opties.maxBytes) throw teGroot(gelezen);
        break;
      }
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, gelezen);
  } catch (error) {
    if (error instanceof BestandFout) throw error;
    throw new BestandFout(`Kan ${pad} niet lezen: ${leesReden(error)}.`, (error as { code?: string }).code);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** `leesInvoer` as text: UTF-8, without the BOM. */
export async function leesInvoerTekst(pad: string, opties: LeesOpties): Promise<string> {
  return new TextDecoder('utf-8').decode(await leesInvoer(pad, opties));
}

/** The Dutch reason a write failed, for every error code a disk or folder can give. */
export function schrijfReden(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'de schijf is vol';
    case 'EDQUOT':
      return 'je schijfquotum is op';
    case 'EACCES':
    case 'EPERM':
      return 'geen schrijfrechten in die map';
    case 'EROFS':
      return 'de schijf is alleen-lezen';
    case 'EISDIR':
      return 'er staat een map met die naam';
    case 'ENOENT':
      return 'de map bestaat niet';
    case 'ENOTDIR':
      return 'een deel van het pad is een bestand, geen map';
    case 'EEXIST':
      return 'er staat al een bestand met die naam';
    case 'ENAMETOOLONG':
      return 'de naam is te lang';
    case 'EFBIG':
      return 'het bestand wordt te groot voor deze schijf';
    case 'EIO':
      return 'de schijf gaf een leesfout of schrijffout';
    case 'EBUSY':
      return 'het bestand is in gebruik';
    default:
      return code ? `schrijven mislukt (${code})` : 'schrijven mislukt';
  }
}

export function schrijfFoutMelding(pad: string, error: unknown): string {
  return `Kan ${pad} niet schrijven: ${schrijfReden(error)}. Er is niets overschreven.`;
}

function tijdelijkPad(pad: string): string {
  return join(dirname(pad), `.${basename(pad)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function schrijfTijdelijk(pad: string, inhoud: string | Uint8Array): Promise<string> {
  const tijdelijk = tijdelijkPad(pad);
  let handle;
  try {
    // 'wx': never follows or reuses an existing file; 0o666 minus the umask, as writeFile does.
    handle = await open(tijdelijk, 'wx', 0o666);
  } catch (error) {
    throw new BestandFout(schrijfFoutMelding(pad, error), (error as { code?: string }).code);
  }
  try {
    await handle.writeFile(inhoud);
    // On disk before the rename: after a crash there is the old file or the whole new one.
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(tijdelijk).catch(() => undefined);
    throw new BestandFout(schrijfFoutMelding(pad, error), (error as { code?: string }).code);
  }
  try {
    await handle.close();
  } catch (error) {
    await unlink(tijdelijk).catch(() => undefined);
    throw new BestandFout(schrijfFoutMelding(pad, error), (error as { code?: string }).code);
  }
  return tijdelijk;
}

async function syncMap(map: string): Promise<void> {
  // Makes the rename durable on POSIX; Windows cannot open a folder, which is fine to skip.
  try {
    const handle = await open(map, 'r');
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
export async function schrijfAtomisch(pad: string, inhoud: string | Uint8Array): Promise<void> {
  await schrijfAlleAtomisch([[pad, inhoud]]);
}

/**
 * Writes several files as one step: every file goes to a temporary file first; only when all of
 * them were written are they renamed into place. A failure before that leaves every old file as
 * it was and removes the temporary files.
 */
export async function schrijfAlleAtomisch(
  bestanden: ReadonlyArray<readonly [string, string | Uint8Array]>,
): Promise<void> {
  const klaar: Array<[string, string]> = [];
  try {
    for (const [pad, inhoud] of bestanden) klaar.push([await schrijfTijdelijk(pad, inhoud), pad]);
  } catch (error) {
    await Promise.all(klaar.map(([tijdelijk]) => unlink(tijdelijk).catch(() => undefined)));
    throw error;
  }
  // A folder in the way would stop a rename halfway; find it before anything is replaced.
  for (const [, pad] of klaar) {
    const bestaand = await lstat(pad).catch(() => undefined);
    if (bestaand?.isDirectory()) {
      await Promise.all(klaar.map(([t]) => unlink(t).catch(() => undefined)));
      throw new BestandFout(schrijfFoutMelding(pad, { code: 'EISDIR' }), 'EISDIR');
    }
  }
  for (const [i, [tijdelijk, pad]] of klaar.entries()) {
    try {
      await rename(tijdelijk, pad);
    } catch (error) {
      await Promise.all(klaar.slice(i).map(([t]) => unlink(t).catch(() => undefined)));
      throw new BestandFout(schrijfFoutMelding(pad, error), (error as { code?: string }).code);
    }
  }
  for (const map of new Set(klaar.map(([, pad]) => dirname(resolve(pad))))) await syncMap(map);
}

/** The real path a file has or would have: an existing file resolved, otherwise its folder. */
async function echtPad(pad: string): Promise<string> {
  try {
    return await realpath(pad);
  } catch {
    try {
      return join(await realpath(dirname(resolve(pad))), basename(pad));
    } catch {
      return resolve(pad);
    }
  }
}

/** True when both paths name the same file (after symlinks and `..`, or as hard links). */
export async function zelfdeBestand(a: string, b: string): Promise<boolean> {
  if ((await echtPad(a)) === (await echtPad(b))) return true;
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
export async function uitvoerIsInvoer(
  uitvoer: readonly string[],
  invoer: readonly string[],
): Promise<string | undefined> {
  for (const u of uitvoer) {
    for (const i of invoer) {
      if (await zelfdeBestand(u, i))
        return `${u} is ook het invoerbestand ${i}. Kies met --out een andere plek, anders wordt je invoer overschreven.`;
    }
  }
  return undefined;
}

/** Default cap for a text input when a command names none: the size limit of a project file. */
export const standaardMaxBytes = MAX_PROJECT_FILE_BYTES;

/** The `readFile` of the real process (index.ts) and of tests that want the real checks. */
export function leesTekstVoorCli(pad: string, opties: { maxBytes?: number; soort?: string } = {}): Promise<string> {
  return leesInvoerTekst(pad, {
    maxBytes: opties.maxBytes ?? standaardMaxBytes,
    ...(opties.soort ? { soort: opties.soort } : {}),
  });
}
