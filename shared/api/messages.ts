/** Fixed Dutch messages for transport-level failures, shared by the dispatcher and both transports. */
export const apiMessages = {
  unknownMethod: (method: string) => `De functie '${method}' bestaat niet in deze versie van Samenspel.`,
  invalidInput: 'De gegevens zijn niet geldig. Controleer de velden en probeer het opnieuw.',
  invalidOutput: 'Samenspel gaf een onverwacht antwoord. Je gegevens zijn niet gewijzigd; meld dit aan de beheerder.',
  internal: 'Er ging iets mis in Samenspel. Je gegevens zijn bewaard; probeer het opnieuw.',
  tooLarge: (maxMb: number) =>
    `Het verzoek is te groot (meer dan ${maxMb} MB). Maak het kleiner en probeer het opnieuw.`,
  forbiddenHost: 'Dit verzoek komt niet van deze computer en is geweigerd.',
  badJson: 'Het verzoek is geen geldige JSON.',
  transport: 'Samenspel is niet bereikbaar. Controleer of het programma nog draait en probeer het opnieuw.',
} as const;
