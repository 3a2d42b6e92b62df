/**
 * Fixed Dutch messages of the export: validation of the export contract and the spelregels, the
 * export handler and the `export` command of the CLI. The document's own text is in texts.ts.
 */
export const exportMessages = {
  spelregelId: 'een id met kleine letters, cijfers, : en -',
  spelregelEmpty: 'Een spelregel mag niet leeg zijn.',
  spelregelTooLong: 'Een spelregel is hoogstens 2000 tekens.',
  tooManySpelregels: 'Hoogstens 100 spelregels.',
  pictureTooLarge: 'De afbeelding van de procesplaat is te groot.',
  pictureNotPng: 'De afbeelding van de procesplaat is geen PNG.',
  noSections: 'Kies minstens één onderdeel.',
  versionTooLong: 'De versie is hoogstens 40 tekens.',
  pdfFailed: 'De PDF kon niet worden gemaakt. Kies Word of Markdown, of probeer het opnieuw.',
  projectPackageDamaged: 'Het projectbestand kon niet worden gelezen: de verpakking is beschadigd.',
  projectNotImportable: (reason: string) => `Dit projectbestand kan niet worden geïmporteerd: ${reason}`,
} as const;

/** The `export` command of the CLI. */
export const exportCliMessages = {
  unknownOption: (arg: string) => `Onbekende optie ${arg}.`,
  oneInputFile: (arg: string) => `Eén invoerbestand tegelijk, maar kreeg ook ${arg}.`,
  noInputFile: 'Geef een casus- of projectbestand op.',
  unknownFormat: (format: string) => `Onbekend formaat ${format}: kies docx, md, pdf of samenspel.`,
  unknownVariant: (variant: string) => `Onbekende variant ${variant}: kies plan of paragraaf.`,
  projectHasNoVariant: 'Een projectbestand heeft geen variant: laat --variant weg bij --format samenspel.',
  noOut: 'Geef met --out op waar het bestand moet komen.',
  usageLine: (usage: string) => `Gebruik: ${usage}`,
  invalidFile: (file: string, errors: string) => `${file} is geen geldig casus- of projectbestand:\n${errors}`,
  renderFailed: (format: string, reason: string) => `Het ${format}-bestand kon niet worden gemaakt: ${reason}`,
  writeFailed: (out: string, reason: string) => `Kan ${out} niet schrijven: ${reason}`,
  written: (out: string, kb: number) => `Geschreven: ${out} (${kb} kB)`,
  usage:
    'export <casus.json|project.samenspel|casus-id> --format docx|md|pdf|samenspel [--variant plan|paragraaf] --out <bestand> [--versie 1.0]   Maak het participatieplan, de participatieparagraaf of het projectbestand.',
} as const;
