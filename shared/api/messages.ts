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

const elders = 'intussen ergens anders gewijzigd (bijvoorbeeld in een tweede venster)';

/**
 * CONFLICT, one message per domain: a write that did not start from the stored revision changed
 * nothing (see main/db/repositories/revision.ts). The renderer offers to load the newest version.
 */
export const conflictMessages = {
  traject: `Dit traject is ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  answers: `Deze antwoorden zijn ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  procesplaat: `Deze procesplaat is ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  spelregels: `Deze spelregels zijn ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshop: `De opzet van deze workshopsessie is ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshopAnswer: `Dit antwoord is ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  workshopChoice: `De keuzes van deze groep zijn ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  rodeDraden: `De rode draden zijn ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
  code: `Deze participatiecode is ${elders}. Je wijziging is niet opgeslagen; er is niets overschreven.`,
} as const;

/** NOT_FOUND, one message per kind of record a repository looks up (main/db/errors.ts `NotFound`). */
export const notFoundMessages = {
  traject: 'Dit traject bestaat niet (meer). Misschien is het verwijderd.',
  code: 'Deze participatiecode bestaat niet (meer). Misschien is ze verwijderd.',
} as const;
