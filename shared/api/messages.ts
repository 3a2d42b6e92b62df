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
