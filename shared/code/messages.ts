/**
 * The Dutch messages of the participatiecode's schema and file reader: what a user reads when a
 * choice does not fit or a file cannot be opened. Code refers to them by these English names.
 */
export const codeMessages = {
  duplicate: (what: string, key: string) => `${what} ${JSON.stringify(key)} staat er twee keer in`,
  ownIdForm: 'kleine letters, cijfers en streepjes, zoals "mijn-begrip"',
  dateForm: 'een datum als 2027-01-01',
  awbMinimumTerm: (weeks: number) => `moet minstens ${weeks} weken zijn als afdeling 3.4 Awb geldt (artikel 3:16 Awb)`,
  nameChallengers: 'noem wie de gemeente mag uitdagen',
  nameListedTask: 'noem minstens één taak die kan worden overgenomen',
  nameCriterion: 'noem minstens één criterium om een verzoek te beoordelen',
  nameRequestSections: 'noem wat een verzoek minstens bevat',
  conversationBeforeDecision: 'het gesprek hoort vóór het besluit: kies hoogstens evenveel weken als voor het besluit',
  nameInitiatorReport: 'noem wat de aanvrager over de participatie vermeldt',
  nameSupport: 'noem minstens één manier waarop de gemeente initiatieven ondersteunt',
  nameImpactCriterion: (dependents: readonly string[]) =>
    `noem minstens één criterium voor grote maatschappelijke impact; ${dependents.join(', ')} ${dependents.length === 1 ? 'verwijst' : 'verwijzen'} ernaar`,
  standardTerm: (id: string) => `${JSON.stringify(id)} is al een standaardbegrip; kies het in begrippen`,
  /** Item names in the duplicate message ("Begrip "inspraak" staat er twee keer in"). */
  item: {
    term: 'Begrip',
    exemption: 'Uitzondering',
    criterion: 'Criterium',
    level: 'Niveau',
    section: 'Onderdeel',
    instrument: 'Instrument',
    challenger: 'Uitdager',
    task: 'Taak',
    support: 'Vorm van ondersteuning',
    case: 'Geval',
  },
  schemaTitle: 'Participatiecode',
  schemaDescription: 'De keuzes van een gemeente voor haar participatieverordening en participatiebeleid.',
  // The file reader.
  tooLarge: (kB: string, maxKB: number) =>
    `Het bestand is ${kB} kB; een participatiecode mag hoogstens ${maxKB} kB zijn.`,
  notACode: 'Dit is geen participatiecode van Samenspel',
  notAnObject: 'de inhoud is geen JSON-object.',
  projectFileInstead: ', maar een projectbestand (één traject). Open het als project.',
  wrongFormat: (expected: string, found: unknown) =>
    `format moet ${JSON.stringify(expected)} zijn, maar is ${found === undefined ? 'afwezig' : JSON.stringify(found)}.`,
  noVersion: 'formatVersion ontbreekt of is geen geheel getal.',
  newerVersion: (version: number, known: number) =>
    `Deze participatiecode heeft formaatversie ${version}, maar deze versie van Samenspel kent alleen versie ${known}. Werk Samenspel bij om haar te openen.`,
  wrongApp: 'app: verwacht { "name": "Samenspel", "version": "…" }',
  // The API contract (codes.*).
  invalidId: 'Dit is geen geldige id van een participatiecode.',
  nameEmpty: 'Geef de participatiecode een naam.',
  nameTooLong: 'De naam is te lang (hoogstens 200 tekens).',
  chooseExample: (ids: readonly string[]) => `Kies een van de voorbeeldcodes: ${ids.join(', ')}.`,
  municipalityEmpty: 'Vul de naam van de gemeente in.',
  municipalityTooLong: 'De naam van de gemeente is te lang (hoogstens 80 tekens).',
  yearMissing: 'Vul een jaartal in, zoals 2026.',
  yearTooEarly: 'Het jaar is op zijn vroegst 2024 (de Wet versterking participatie).',
  yearTooLate: 'Het jaar is op zijn laatst 2100.',
  chooseSource: 'Kies waar de code mee begint: "standaard" (met gemeente en jaar) of "voorbeeld" (met id).',
  versionTooLong: 'De versie is hoogstens 40 tekens.',
  chooseExport: 'Kies wat je exporteert: "bestand" of "document" (met variant en format).',
  fileTooLarge: 'Het bestand is te groot.',
  nothingToChange: 'Er is niets om te wijzigen.',
} as const;
