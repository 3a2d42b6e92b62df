/**
 * Failures of the disk under the database (or under a file Samenspel writes): a read-only file or
 * folder, a full disk, an I/O error, no permission. They are told apart from bugs so the user reads
 * what really happened ("Niet opgeslagen: de schijf is vol") instead of a reassurance that is false.
 */
export type StorageReason = 'alleen-lezen' | 'schijf-vol' | 'schijffout' | 'geen-toegang';

/** SQLite's (extended) result codes as better-sqlite3 reports them, by prefix. */
const sqlitePrefixes: ReadonlyArray<readonly [string, StorageReason]> = [
  ['SQLITE_READONLY', 'alleen-lezen'],
  ['SQLITE_FULL', 'schijf-vol'],
  ['SQLITE_IOERR', 'schijffout'],
  ['SQLITE_PERM', 'geen-toegang'],
  ['SQLITE_CANTOPEN', 'geen-toegang'],
];

/** Node's file-system error codes. */
const nodeCodes: Readonly<Record<string, StorageReason>> = {
  EACCES: 'geen-toegang',
  EPERM: 'geen-toegang',
  EROFS: 'alleen-lezen',
  ENOSPC: 'schijf-vol',
  EDQUOT: 'schijf-vol',
  EFBIG: 'schijf-vol',
  EIO: 'schijffout',
};

/** The storage reason behind an error (looking through `cause` a few levels), or undefined for anything else. */
export function storageReason(error: unknown): StorageReason | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (Object.hasOwn(nodeCodes, code)) return nodeCodes[code];
      const hit = sqlitePrefixes.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
      if (hit) return hit[1];
    }
    current = current.cause;
  }
  return undefined;
}

/** What a failed write tells the user: always starts with "Niet opgeslagen:" and names the reason in plain Dutch. */
export const storageMessages: Readonly<Record<StorageReason, string>> = {
  'alleen-lezen':
    'Niet opgeslagen: het gegevensbestand of de gegevensmap van Samenspel is alleen-lezen, dus je wijziging kon niet worden weggeschreven. ' +
    'Vraag je beheerder om schrijfrechten op de gegevensmap en start Samenspel daarna opnieuw.',
  'schijf-vol':
    'Niet opgeslagen: de schijf is vol, dus je wijziging kon niet worden weggeschreven. Maak ruimte vrij en probeer het opnieuw.',
  schijffout:
    'Niet opgeslagen: de schijf gaf een fout bij het wegschrijven (bijvoorbeeld een verbroken netwerkmap of USB-schijf). ' +
    'Controleer de schijf of de verbinding en probeer het opnieuw.',
  'geen-toegang':
    'Niet opgeslagen: Samenspel heeft geen toestemming om daar te schrijven. ' +
    'Vraag je beheerder om schrijfrechten op de gegevensmap en probeer het opnieuw.',
};

/** The same reasons as a clause, for messages at start ("… kon niet: de schijf is vol."). */
export const storageReasonText: Readonly<Record<StorageReason, string>> = {
  'alleen-lezen': 'het bestand of de map is alleen-lezen',
  'schijf-vol': 'de schijf is vol',
  schijffout: 'de schijf gaf een fout bij het schrijven',
  'geen-toegang': 'Samenspel heeft geen toestemming om daar te schrijven',
};
