/** Dutch validation messages for a traject's title, gemeente and vraagstuk (zod errors). */
export const trajectMessages = {
  invalidId: 'Dit is geen geldige traject-id.',
  titleMissing: 'Geef het traject een titel.',
  titleTooLong: 'De titel is te lang (hoogstens 200 tekens).',
  municipalityTooLong: 'De naam van de gemeente is te lang (hoogstens 100 tekens).',
  vraagstukTooLong: 'Het vraagstuk is te lang (hoogstens 5000 tekens).',
  nothingToChange: 'Er is niets om te wijzigen.',
} as const;
