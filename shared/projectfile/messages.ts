/** Dutch messages for reading a `.samenspel` project file, and its JSON Schema texts. */
export const projectFileMessages = {
  tooLarge: (megabytes: string, maxMegabytes: number) =>
    `Het bestand is ${megabytes} MB; een projectbestand mag hoogstens ${maxMegabytes} MB zijn.`,
  notAnObject: 'Dit is geen projectbestand van Samenspel: de inhoud is geen JSON-object.',
  versionMissing: 'Dit is geen projectbestand van Samenspel: het veld formatVersion ontbreekt of is geen geheel getal.',
  versionTooNew: (version: number, latest: number) =>
    `Dit projectbestand heeft formaatversie ${version}, maar deze versie van Samenspel kent alleen versie 1 tot en met ${latest}. Het is gemaakt met een nieuwere Samenspel; werk Samenspel bij om het te openen.`,
  inVersion: (version: number, error: string) => `Formaatversie ${version}: ${error}`,
} as const;

export const projectFileSchemaTexts = {
  title: 'Samenspel projectbestand',
  description:
    'Een volledig traject: vraagstuk, antwoorden per fase, procesplaat, spelregels en de participatiecode die het volgt.',
} as const;
