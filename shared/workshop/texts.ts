/** The Dutch texts of the workshop domain: validation messages, API errors and the defaults a new session starts with. */

export const workshopMessages = {
  invalidSessionId: 'Dit is geen geldige sessie-id.',
  invalidId: 'Dit is geen geldige id.',
  questionEmpty: 'Geef de vraag een tekst.',
  questionTooLong: 'De vraag is te lang (hoogstens 300 tekens).',
  explanationTooLong: 'De toelichting is te lang (hoogstens 1000 tekens).',
  groupNameEmpty: 'Geef elke groep een naam.',
  groupNameTooLong: 'De naam van de groep is te lang (hoogstens 80 tekens).',
  unknownExample: 'Dit is geen bekende voorbeeldcasus.',
  rodeDraadTooLong: 'Een rode draad is hoogstens 2000 tekens.',
  groupTwiceInRodeDraad: 'Een groep staat twee keer bij deze rode draad.',
  titleEmpty: 'Geef de sessie een titel.',
  titleTooLong: 'De titel is te lang (hoogstens 200 tekens).',
  duplicateId: (what: string) => `Twee ${what} hebben dezelfde id. Laad de sessie opnieuw en probeer het nog eens.`,
  tooFewGroups: (min: number) => `Er zijn minstens ${min} groepen nodig.`,
  tooManyGroups: (max: number) => `Hoogstens ${max} groepen.`,
  groupNamesNotUnique: 'Geef elke groep een eigen naam.',
  noQuestions: 'Er is minstens één vraag nodig.',
  tooManyQuestions: (max: number) => `Hoogstens ${max} vragen.`,
  tooManyRodeDraden: 'Hoogstens 100 rode draden.',
  answerTooLong: 'Het antwoord is te lang (hoogstens 20.000 tekens).',
  // API errors (main/api/handlers/workshop.ts).
  sessionNotFound: 'Deze workshopsessie bestaat niet (meer). Misschien is hij verwijderd.',
  groupNotFound: 'Deze groep bestaat niet (meer) in de sessie. Laad de sessie opnieuw.',
  questionNotFound: 'Deze vraag bestaat niet (meer) in de sessie. Laad de sessie opnieuw.',
  exampleNotFound: 'Deze voorbeeldcasus bestaat niet. Kies een andere casus.',
  trajectNotFound: 'Dit traject bestaat niet (meer). Kies een andere casus.',
  pdfFailed: 'De PDF kon niet worden gemaakt. Kies Word of Markdown, of probeer het opnieuw.',
  timerChanged:
    'De timer is intussen veranderd (bijvoorbeeld in een ander venster). Kijk naar de nieuwe stand en probeer het opnieuw.',
} as const;

/** What the duplicate-id message calls each list. */
export const listNames = { groups: 'groepen', questions: 'vragen', rodeDraden: 'rode draden' } as const;

/** The three questions of the workshop, in its own order (defaultQuestions in session.ts). */
export const defaultQuestionTexts = {
  goal: { title: 'Welk doel wil je bereiken?', explanation: 'Zijn er fases met verschillende doelen?' },
  approach: { title: 'Hoe pak je dit aan?', explanation: 'Doelgroep, kaders en rolverdeling, instrument.' },
  organisation: {
    title: 'Wat vraagt deze aanpak van jouw gemeente?',
    explanation: 'Competenties, randvoorwaarden, de raad en de interne organisatie.',
  },
} as const;

export const defaultGroupName = (n: number) => `Groep ${n}`;

/** The casus title a damaged setup falls back to (main/db/repositories/workshop.ts). */
export const repairedCasusTitle = 'Casus (hersteld)';

/** The Dutch texts of the session report (report.ts). */
export const reportTexts = {
  title: 'Verslag workshop',
  fileNamePrefix: 'verslag',
  noAnswer: 'Voor deze vraag is geen antwoord vastgelegd.',
  aboutSession: 'Over deze sessie',
  aboutSessionIntro:
    'Dit verslag bevat de inbreng van de groepen die als taskforce lokale democratie een advies aan het bestuur voorbereidden: per vraag de antwoorden van elke groep, gevolgd door de rode draden die in de afsluiting zijn benoemd. Het verslag geeft de inbreng weer zoals die tijdens de sessie is vastgelegd.',
  groups: 'Groepen',
  discussionTime: 'Gesprekstijd',
  roundTime: 'Rondgang',
  casus: 'De casus',
  casusLabel: 'Casus',
  question: (n: number, title: string) => `Vraag ${n}: ${title}`,
  explanation: 'Toelichting',
  rodeDraden: 'Rode draden',
  noRodeDraden: 'Er zijn geen rode draden vastgelegd.',
  rodeDradenIntro: 'In de afsluiting zijn de volgende rode draden benoemd, met de groepen die ze naar voren brachten.',
  namedBy: (text: string, groups: string) => `${text} (genoemd door: ${groups})`,
} as const;
