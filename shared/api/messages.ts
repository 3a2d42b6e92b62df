/** Fixed Dutch messages for transport-level failures, shared by the dispatcher and both transports. */
export const apiMessages = {
  unknownMethod: (method: string) => `De functie '${method}' bestaat niet in deze versie van Samenspel.`,
  invalidInput: 'De gegevens zijn niet geldig. Controleer de velden en probeer het opnieuw.',
  invalidOutput: 'Samenspel gaf een onverwacht antwoord. Je gegevens zijn niet gewijzigd; meld dit aan de beheerder.',
  // Honest about what is known: earlier saves are safe (every write is one transaction), this one may not be.
  internal:
    'Er ging iets mis in Samenspel. Wat eerder is opgeslagen blijft bewaard, maar deze laatste wijziging is mogelijk niet opgeslagen. Probeer het opnieuw.',
  tooLarge: (maxMb: number) =>
    `Het verzoek is te groot (meer dan ${maxMb} MB). Maak het kleiner en probeer het opnieuw.`,
  forbiddenHost: 'Dit verzoek komt niet van deze computer en is geweigerd.',
  badJson: 'Het verzoek is geen geldige JSON.',
  controlCharacter:
    'Een tekst bevat een onzichtbaar stuurteken (zoals NUL), bijvoorbeeld door plakken uit een ander programma. Er is niets opgeslagen; haal het teken weg en probeer het opnieuw.',
  badUrl: 'Het adres van dit verzoek is ongeldig (een % die niet goed gecodeerd is).',
  transport: 'Samenspel is niet bereikbaar. Controleer of het programma nog draait en probeer het opnieuw.',
} as const;

const elsewhere = 'intussen ergens anders gewijzigd (bijvoorbeeld in een tweede venster)';

/**
 * CONFLICT, one message per domain: a write that did not start from the stored revision changed
 * nothing (see main/db/repositories/revision.ts). The renderer offers to load the newest version.
 */
export const conflictMessages = {
  traject: `Dit traject is ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  answers: `Deze antwoorden zijn ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  procesplaat: `Deze procesplaat is ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  spelregels: `Deze spelregels zijn ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshop: `De opzet van deze workshopsessie is ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshopAnswer: `Dit antwoord is ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshopChoice: `De keuzes van deze groep zijn ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  rodeDraden: `De rode draden zijn ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  code: `Deze participatiecode is ${elsewhere}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
} as const;

/** NOT_FOUND, one message per kind of record a repository looks up (main/db/errors.ts `NotFound`). */
export const notFoundMessages = {
  traject: 'Dit traject bestaat niet (meer). Misschien is het verwijderd.',
  code: 'Deze participatiecode bestaat niet (meer). Misschien is ze verwijderd.',
} as const;

/**
 * Why a write to disk failed: a read-only file or folder, a full disk, an I/O error, no permission
 * (main/db/storage.ts tells them apart from bugs).
 */
export type StorageReason = 'read-only' | 'disk-full' | 'disk-error' | 'no-access';

/** What a failed write tells the user: always starts with "Niet opgeslagen:" and names the reason in plain Dutch. */
export const storageMessages: Readonly<Record<StorageReason, string>> = {
  'read-only':
    'Niet opgeslagen: het gegevensbestand of de gegevensmap van Samenspel is alleen-lezen, dus je wijziging kon niet worden weggeschreven. ' +
    'Vraag je beheerder om schrijfrechten op de gegevensmap en start Samenspel daarna opnieuw.',
  'disk-full':
    'Niet opgeslagen: de schijf is vol, dus je wijziging kon niet worden weggeschreven. Maak ruimte vrij en probeer het opnieuw.',
  'disk-error':
    'Niet opgeslagen: de schijf gaf een fout bij het wegschrijven (bijvoorbeeld een verbroken netwerkmap of USB-schijf). ' +
    'Controleer de schijf of de verbinding en probeer het opnieuw.',
  'no-access':
    'Niet opgeslagen: Samenspel heeft geen toestemming om daar te schrijven. ' +
    'Vraag je beheerder om schrijfrechten op de gegevensmap en probeer het opnieuw.',
};

/** The same reasons as a clause, for messages at start ("… kon niet: de schijf is vol."). */
export const storageReasonText: Readonly<Record<StorageReason, string>> = {
  'read-only': 'het bestand of de map is alleen-lezen',
  'disk-full': 'de schijf is vol',
  'disk-error': 'de schijf gaf een fout bij het schrijven',
  'no-access': 'Samenspel heeft geen toestemming om daar te schrijven',
};

/** What cannot be written: the database file itself or the data folder it lives in. */
export type UnwritablePlace = 'file' | 'folder';

/** Opening, creating and migrating the database (main/db/open.ts, main/db/errors.ts). */
export const databaseMessages = {
  tooNew: (fileVersion: number, appVersion: number) =>
    `Deze gegevens zijn gemaakt met een nieuwere versie van Samenspel (schema ${fileVersion}; deze versie kent schema ${appVersion}). ` +
    'Installeer de nieuwste versie. Er is niets aan je gegevens veranderd.',
  migrationFailed: (fromVersion: number, toVersion: number, reason: string, backupPath: string | undefined) =>
    `Samenspel kon je gegevens niet bijwerken naar deze versie (schema ${fromVersion} naar ${toVersion}): ${reason}. ` +
    (backupPath
      ? `Het bijwerken is onderbroken; een kopie van je gegevens van vóór het bijwerken staat in ${backupPath}. Meld dit aan je beheerder.`
      : 'Er is niets aan je gegevens veranderd. Je kunt de vorige versie van Samenspel blijven gebruiken; meld dit aan je beheerder.'),
  /** The reason of `migrationFailed` when a migration step threw. */
  stepFailed: (detail: string) => `een stap ging mis (${detail})`,
  /** The reason of `migrationFailed` when the copy before migrating could not be made. */
  backupFailed: (reason: string) => `de kopie van je gegevens vóór het bijwerken kon niet worden gemaakt (${reason})`,
  cannotCreateFolder: (dir: string, reason: string) =>
    `Samenspel kan de gegevensmap ${dir} niet aanmaken: ${reason}. Kies een andere map of vraag je beheerder om schrijfrechten.`,
  cannotCreateFile: (dir: string, reason: string) =>
    `Samenspel kan geen gegevensbestand aanmaken in ${dir}: ${reason}. ` +
    'Kies een andere map of vraag je beheerder om schrijfrechten.',
  cannotMigrateReadOnly: (fromVersion: number, toVersion: number, place: UnwritablePlace, path: string) =>
    `Samenspel moet je gegevens bijwerken naar deze versie (schema ${fromVersion} naar ${toVersion}), maar ` +
    (place === 'file' ? `het gegevensbestand ${path} is alleen-lezen` : `de gegevensmap ${path} is alleen-lezen`) +
    '. Er is niets aan je gegevens veranderd. Vraag je beheerder om schrijfrechten en start Samenspel opnieuw.',
  /** The banner while the database is open for reading only (app.info `readOnlyMessage`). */
  readOnly: (place: UnwritablePlace, path: string) =>
    `Alleen lezen: ${
      place === 'file'
        ? `het gegevensbestand (${path}) is alleen-lezen`
        : `Samenspel mag niet schrijven in de gegevensmap (${path})`
    }. Je kunt alles bekijken, maar wijzigingen worden niet opgeslagen. ` +
    'Vraag je beheerder om schrijfrechten en start Samenspel daarna opnieuw.',
  readOnlyShort: 'Alleen lezen: wijzigingen worden niet opgeslagen.',
  /** Title of the error box when the desktop app cannot open its database. */
  cannotOpen: 'Samenspel kan je gegevens niet openen',
} as const;

/** The last checks inside a write transaction (main/db/repositories/write-checks.ts). */
export const writeCheckMessages = {
  controlCharacter:
    'Niet opgeslagen: de tekst bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg en probeer het opnieuw.',
  unreadable: 'Niet opgeslagen: met deze wijziging zouden de gegevens niet meer te openen zijn. Er is niets veranderd.',
} as const;
