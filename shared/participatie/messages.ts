/**
 * Dutch messages of the participatie domain that are not advice: validation of answers, casus
 * files and plan details, notes about renamed instrument ids, and the `recommend` command. The
 * code refers to them by their English names; the advice sentences themselves are in texts.ts.
 */

/** Validation of the answers and of the plan details (zod messages). */
export const answerMessages = {
  instrumentIdTooLong: 'een id van hoogstens 80 tekens',
  instrumentIdForm: 'een id met kleine letters, cijfers en streepjes',
  textTooLong: (max: number) => `hoogstens ${max} tekens`,
  isoDate: 'Vul een datum in als jjjj-mm-dd.',
  stakeholderMissing: 'Noem de partij.',
} as const;

/** The casus file as a JSON Schema (title and description for editors). */
export const casusSchemaTexts = {
  title: 'Samenspel casus',
  description: 'Een casus voor Samenspel: vraagstuk en antwoorden per fase van het beleidsproces.',
} as const;

/** Why an instrument id changed between catalogue versions, and the note a reader gets once. */
export const renameMessages = {
  keukentafelgesprek:
    'De naam leek op het keukentafelgesprek van de Wmo (het gesprek over een zorgvraag). Het instrument heet nu "gesprek aan huis".',
  participatieveWaardeoordeling: 'De methode van de TU Delft heet Participatieve Waarde Evaluatie (PWE).',
  note: (from: string, since: string, to: string, why: string) =>
    `Instrument "${from}" heet sinds catalogus ${since} "${to}". ${why}`,
} as const;

/** The worked examples. */
export const exampleMessages = {
  notFound: 'Deze voorbeeldcasus bestaat niet. Kies een andere casus.',
  /** Appended to the title of the traject made from a worked example. */
  titleSuffix: '(voorbeeld)',
} as const;

/** The `recommend` command of the CLI. */
export const recommendCliMessages = {
  unknownFormat: (format: string) => `Onbekend formaat ${JSON.stringify(format)}: kies text of json.`,
  oneFileOnly: (extra: string) => `Eén casusbestand tegelijk, maar kreeg ook ${extra}.`,
  fileMissing: 'Geef een casusbestand op.',
  usageLine: (usage: string) => `Gebruik: ${usage}`,
  fileKind: 'een casusbestand',
  invalidCasus: (file: string) => `${file} is geen geldige casus:`,
  usage:
    'recommend <casus.json> [--format text|json]   Toon de aanbevolen participatiemix per fase, met redenen en waarschuwingen.',
} as const;
