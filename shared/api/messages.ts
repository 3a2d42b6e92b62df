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
  controlCharacterInText:
    'Deze tekst bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg, bijvoorbeeld door de tekst opnieuw te typen, en probeer het opnieuw.',
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

/** Reading and writing the user's own files (main/cli/files.ts, main/cli/io.ts, shared/json-file.ts). */
export const fileMessages = {
  empty: 'Het bestand is leeg.',
  invalidJson: (detail: string) =>
    `Het bestand is geen geldige JSON; misschien is het niet helemaal opgeslagen of afgekapt (${detail}).`,
  cannotRead: (path: string, reason: string) => `Kan ${path} niet lezen: ${reason}.`,
  tooLarge: (path: string, size: string, kind: string, max: string) =>
    `Kan ${path} niet lezen: het bestand is ${size}; ${kind} mag hoogstens ${max} zijn.`,
  /** How a file is called in `tooLarge` when the command names no kind. */
  inputFile: 'een invoerbestand',
  cannotWrite: (path: string, reason: string) => `Kan ${path} niet schrijven: ${reason}. Er is niets overschreven.`,
  outputIsInput: (output: string, input: string) =>
    `${output} is ook het invoerbestand ${input}. Kies met --out een andere plek, anders wordt je invoer overschreven.`,
  /** What a path is when it is not a regular file. */
  notAFile: {
    directory: 'dit is een map',
    fifo: 'dit is een named pipe (FIFO), geen gewoon bestand',
    device: 'dit is een apparaat, geen gewoon bestand',
    socket: 'dit is een socket, geen gewoon bestand',
    other: 'dit is geen gewoon bestand',
  },
  /** Why a read failed, by Node's error code. */
  readFailure: {
    ENOENT: 'het bestand bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EACCES: 'geen toegang',
    EPERM: 'geen toegang',
    EISDIR: 'dit is een map',
    ELOOP: 'te veel symbolische koppelingen',
    ENAMETOOLONG: 'de naam is te lang',
  } as Readonly<Record<string, string>>,
  readFailed: 'lezen mislukt',
  /** Why a write failed, by Node's error code. */
  writeFailure: {
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'je schijfquotum is op',
    EACCES: 'geen schrijfrechten in die map',
    EPERM: 'geen schrijfrechten in die map',
    EROFS: 'de schijf is alleen-lezen',
    EISDIR: 'er staat een map met die naam',
    ENOENT: 'de map bestaat niet',
    ENOTDIR: 'een deel van het pad is een bestand, geen map',
    EEXIST: 'er staat al een bestand met die naam',
    ENAMETOOLONG: 'de naam is te lang',
    EFBIG: 'het bestand wordt te groot voor deze schijf',
    EIO: 'de schijf gaf een leesfout of schrijffout',
    EBUSY: 'het bestand is in gebruik',
  } as Readonly<Record<string, string>>,
  writeFailed: (code: string | undefined) => (code ? `schrijven mislukt (${code})` : 'schrijven mislukt'),
} as const;

/** Excel files (main/cli/xlsx.ts checks them before unpacking). */
export const xlsxMessages = {
  unreadable: 'Dit Excel-bestand kan niet worden gelezen. Sla het opnieuw op als .xlsx of als CSV.',
  tooLarge: (size: string, max: string) =>
    `Het Excel-bestand is ${size}; hoogstens ${max} kan. Sla het op als CSV of maak eerst een voorselectie.`,
  zip64: 'Dit Excel-bestand gebruikt ZIP64, dat Samenspel niet leest. Sla het opnieuw op in Excel of als CSV.',
  tooManyEntries: (count: number) => `Dit Excel-bestand bevat ${count} onderdelen; dat is te veel.`,
  unpackedTooLarge: (max: string) =>
    `Dit Excel-bestand is uitgepakt groter dan ${max}; dat kan Samenspel niet veilig lezen. Sla het op als CSV of maak eerst een voorselectie.`,
} as const;

/** The command line (main/cli/run.ts, main/cli/options.ts). */
export const cliMessages = {
  usage: (commandLines: string) => `Gebruik: npm run cli -- <opdracht> [opties]\n\nOpdrachten:\n${commandLines}\n`,
  unknownCommand: (name: string) => `Onbekende opdracht: ${name}`,
  unknownOption: (name: string) => `Onbekende optie ${name}.`,
  unexpectedArgument: (name: string) => `Onverwacht argument ${name}.`,
  noValueAllowed: (name: string) => `${name} heeft geen waarde.`,
  valueNeeded: (name: string, startsWithDash: boolean) =>
    `${name} heeft een waarde nodig${startsWithDash ? ` (begint de waarde met een streepje, schrijf dan ${name}=-…)` : ''}.`,
  unreadableCommandLine: 'De opdrachtregel kan niet worden gelezen.',
} as const;

/** The browser mode (main/host/cli.ts, main/host/server.ts). */
export const hostMessages = {
  usage: (dataDir: string) => `Gebruik: npm run web -- [--port <poort>] [--data <map>]
  --port   poort op 127.0.0.1 (standaard 5180; 0 kiest een vrije poort)
  --data   map voor je gegevens (standaard ${dataDir})`,
  invalidPort: (port: string | undefined) => `Ongeldige poort: ${port}`,
  cannotOpen: (dataDir: string, reason: string) => `Samenspel kan de gegevens in ${dataDir} niet openen: ${reason}`,
  running: (url: string) => `Samenspel draait op ${url}`,
  dataFolder: (dataDir: string) => `Gegevens: ${dataDir}`,
  notBuilt: 'Samenspel is nog niet gebouwd. Voer eerst "npm run build" uit.',
} as const;

/** The desktop app's menu, Dutch whatever the system language (main/electron/menu.ts). */
export const menuLabels = {
  about: 'Over Samenspel',
  quitApp: 'Samenspel stoppen',
  file: 'Bestand',
  openDataFolder: 'Gegevensmap openen',
  closeWindow: 'Venster sluiten',
  quit: 'Afsluiten',
  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  selectAll: 'Alles selecteren',
  view: 'Beeld',
  actualSize: 'Ware grootte',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fullScreen: 'Volledig scherm',
  developerTools: 'Ontwikkelhulpmiddelen',
  window: 'Venster',
  minimize: 'Minimaliseren',
  close: 'Sluiten',
} as const;

/** The desktop app's own dialogs and windows (main/electron/close.ts, external.ts, window.ts). */
export const dialogTexts = {
  unsavedTitle: 'Niet alles is opgeslagen',
  unsavedDetail:
    'Een wijziging kon niet worden opgeslagen. Als je Samenspel nu sluit, ben je die kwijt. Ga terug om het opnieuw te proberen of je tekst te kopiëren.',
  backToApp: 'Terug naar Samenspel',
  closeAnyway: 'Toch sluiten',
  writeMail: 'E-mail opstellen',
  openLink: 'Link openen',
  writeMailQuestion: 'Wil je een e-mail opstellen in je e-mailprogramma?',
  openLinkQuestion: 'Wil je deze link openen in je browser?',
  cancel: 'Annuleren',
  /** Title of the presenter window (the workshop on a projector). */
  presenterTitle: 'Samenspel – presentatie',
} as const;

/** The text report of `npm run cli -- recommend` (main/cli/format-text.ts). */
export const recommendationReport = {
  heading: (title: string, municipality: string) => `Aanbevolen participatiemix voor “${title}” (${municipality})`,
  catalogueVersion: (version: string) => `Catalogus versie ${version}`,
  warnings: 'Waarschuwingen:',
  highSeverity: '[hoog] ',
  noParticipation: (reason: string) => `Geen participatie in deze fase. Reden: ${reason}`,
  notFilledIn: '(niet ingevuld)',
  level: (label: string, promise: string) => `Niveau: ${label}. Belofte aan deelnemers: ${promise}`,
  suggestedMix: 'Voorgestelde mix:',
  noFittingInstrument: '(geen passend instrument gevonden)',
  note: (text: string) => `Let op: ${text}`,
  bestFitting: (shown: number, total: number) => `Best passende instrumenten (top ${shown} van ${total}):`,
  notFeasible: ' — niet haalbaar',
  unsuitable: (count: number) => `Niet geschikt: ${count} instrumenten (zie --format json).`,
} as const;

/** The words of a duration as a person says it (shared/format.ts `formatDuration`). */
export const durationWords = { minute: 'minuut', minutes: 'minuten', second: 'seconde', seconds: 'seconden' } as const;
