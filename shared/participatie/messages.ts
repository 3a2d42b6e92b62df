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
  homeVisitRenamed:
    'De naam leek op het keukentafelgesprek van de Wmo (het gesprek over een zorgvraag). Het instrument heet nu "gesprek aan huis".',
  valueEvaluationRenamed: 'De methode van de TU Delft heet Participatieve Waarde Evaluatie (PWE).',
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

/**
 * Validation errors in Dutch (zod-dutch.ts): what was expected and what was found, the words of
 * the screen for each field, and JSON syntax errors. The patterns read these messages back, so
 * they change together with the texts.
 */
export const validationTexts = {
  topLevel: '(hoofdniveau)',
  typeNames: {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een object',
    record: 'een object',
    null: 'null',
    undefined: 'niets',
  } as Record<string, string>,
  value: {
    nothing: 'niets',
    list: 'een lijst',
    object: 'een object',
    text: (json: string) => `de tekst ${json}`,
    number: (written: string) => `het getal ${written}`,
  },
  size: {
    moreThan: 'meer dan',
    atLeast: 'minstens',
    lessThan: 'minder dan',
    atMost: 'hooguit',
    textNotEmpty: 'mag niet leeg zijn',
    textLength: (word: string, n: number) => `moet ${word} ${n} tekens hebben`,
    listNotEmpty: 'moet minstens één item bevatten',
    listLength: (word: string, n: number) => `moet ${word} ${n} items bevatten`,
    positive: 'moet groter dan 0 zijn',
    number: (word: string, n: number) => `moet ${word} ${n} zijn`,
  },
  missing: (expected: string) => `ontbreekt; verwacht ${expected}`,
  wrongType: (expected: string, found: string) => `verwacht ${expected}, maar gevonden: ${found}`,
  wrongValue: (value: string, found: string) => `verwacht ${value}, maar gevonden: ${found}`,
  notOneOf: (values: string, found: string) => `verwacht een van ${values}, maar gevonden: ${found}`,
  wrongFormat: (expected: string, found: string) =>
    `heeft niet de goede vorm; verwacht ${expected}, maar gevonden: ${found}`,
  notMultipleOf: (divisor: number) => `moet een veelvoud van ${divisor} zijn`,
  unknownPhase: (keys: string, allowed: string) => `onbekende fase ${keys}; kies uit ${allowed}`,
  unknownField: (keys: string) => `onbekend veld ${keys}`,
  unknownFields: (keys: string) => `onbekende velden ${keys}`,
  noUnionMatch: (found: string) => `past bij geen van de toegestane vormen (gevonden: ${found})`,
  invalidKey: (details: string) => `ongeldige sleutel: ${details}`,
  invalidElement: (details: string) => `ongeldig element: ${details}`,
  /** For people: the instruction instead of the technical explanation. */
  chooseInstead: (choose: string, found: string) => `${choose} (nu staat er ${found})`,
  fillIn: 'moet worden ingevuld',
  notJson: (detail: string) => `Het bestand is geen geldige JSON: ${detail}.`,
  /** Read the explanations above back: the value found, an expected value, a missing field. */
  patterns: {
    found: /maar gevonden: (.+)$/,
    expectedValue: /^verwacht (een van |")/,
    missing: /^ontbreekt/,
  },
} as const;

/** What a field is called on screen ("Fase agendering, vraag Rol"), for validation errors. */
export const fieldTexts = {
  answers: 'De antwoorden',
  phases: 'De fasen',
  phase: (phaseLabel: string) => `Fase ${phaseLabel}`,
  itemNumber: (n: number) => ` (nummer ${n})`,
  forInstrument: (id: string) => ` voor ${id}`,
  /** The fields of one phase, named after the question they belong to on the "Fasen en advies" tab. */
  phaseFields: {
    domain: { label: 'afwijkende vraag, onderwerp', choose: 'kies een onderwerp' },
    scale: { label: 'afwijkende vraag, gebied', choose: 'kies een gebied' },
    impact: { label: 'afwijkende vraag, gevolgen', choose: 'kies hoeveel er verandert' },
    competentBody: { label: 'afwijkende vraag, wie besluit', choose: 'kies wie besluit' },
    goals: { label: 'vraag Doel', choose: 'kies doelen uit de lijst' },
    goalsInOwnWords: { label: 'vraag Doel, het doel in je eigen woorden' },
    room: { label: 'vraag Ruimte', choose: 'kies hoeveel ruimte er is' },
    kaders: { label: 'vraag Ruimte, kaders' },
    budget: { label: 'vraag Ruimte, budget' },
    time: { label: 'vraag Ruimte, beschikbare tijd' },
    level: { label: 'vraag Rol', choose: 'kies een niveau' },
    councilRoles: { label: 'vraag Rol, rollen van de raad', choose: 'kies rollen van de raad uit de lijst' },
    councilDecisionMoment: { label: 'vraag Rol, besluitmoment van de raad', choose: 'kies ja of nee' },
    mandate: { label: 'vraag Rol, mandaat', choose: 'kies ja of nee' },
    priorCommitment: { label: 'vraag Rol, toezegging vooraf', choose: 'kies ja of nee' },
    vraagIsJaNee: { label: 'vraag Rol, ja-neevraag', choose: 'kies ja of nee' },
    reach: { label: 'vraag Doelgroep', choose: 'kies wie je wilt bereiken' },
    groups: { label: 'vraag Doelgroep, groepen', choose: 'kies groepen uit de lijst' },
    geenParticipatie: { label: 'geen participatie' },
    instruments: { label: 'je mix', choose: 'kies instrumenten uit het advies' },
    werving: { label: 'werving', choose: 'kies hoe je deelnemers werft' },
    formalProcedure: { label: 'formele procedure', choose: 'kies ja of nee' },
    notes: { label: 'notities' },
  } as Record<string, { label: string; choose?: string }>,
  subFields: {
    weeks: 'aantal weken',
    deadline: 'deadline',
    reden: 'motivering',
  } as Record<string, string>,
  trajectFields: {
    domain: { label: 'De vraag in het kort, onderwerp', choose: 'kies een onderwerp' },
    scale: { label: 'De vraag in het kort, gebied', choose: 'kies een gebied' },
    impact: { label: 'De vraag in het kort, gevolgen', choose: 'kies hoeveel er verandert' },
    competentBody: { label: 'De vraag in het kort, wie besluit', choose: 'kies wie besluit' },
    polarised: { label: 'De vraag in het kort, verdeelt het onderwerp mensen', choose: 'kies ja of nee' },
    organisatie: { label: 'Wat vraagt deze aanpak van de gemeente' },
    plan: { label: 'Gegevens voor het raadsvoorstel' },
  } as Record<string, { label: string; choose?: string }>,
  rootFields: {
    titel: 'Titel',
    gemeente: 'Gemeente',
    vraagstuk: 'Vraagstuk',
    format: 'Soort bestand',
    formatVersion: 'Formaatversie',
    app: 'Gemaakt met',
    procesplaat: 'Procesplaat',
    spelregels: 'Spelregels',
    mix: 'Voorbeeldmix',
    notes: 'Notities',
  } as Record<string, string>,
  organisationFields: {
    competenties: 'Competenties',
    randvoorwaarden: 'Randvoorwaarden',
    raad: 'De raad',
    interneOrganisatie: 'Interne organisatie',
  } as Record<string, string>,
} as const;

/** What JSON.parse said, in Dutch, and where in the file. */
export const jsonErrorTexts = {
  endOfInput: 'het bestand houdt midden in de gegevens op; misschien is het niet helemaal opgeslagen',
  unterminatedString: 'een tekst tussen aanhalingstekens is niet afgesloten',
  propertyName: 'er ontbreekt een veldnaam tussen dubbele aanhalingstekens, of er staat een komma te veel',
  commaOrBrace: 'er ontbreekt een komma of een sluitende accolade }',
  commaOrBracket: 'er ontbreekt een komma of een sluitende haak ]',
  textAfterEnd: 'na het einde van de gegevens staat nog tekst',
  controlCharacter: 'een tekst bevat een teken dat daar niet mag staan, zoals een tab of een regeleinde',
  escape: 'een teken na een backslash (\\) is ongeldig',
  number: 'een getal is niet goed geschreven',
  unexpectedCharacter: 'er staat een teken dat daar niet hoort',
  structure: 'de opbouw van het bestand klopt niet',
  atLineColumn: (line: string, column: string) => ` op regel ${line}, kolom ${column}`,
  atCharacter: (n: number) => ` bij teken ${n}`,
} as const;

/** Errors in the catalogue data itself, found when it is parsed at start-up. */
export const catalogueMessages = {
  lowAboveHigh: 'low mag niet hoger zijn dan high',
  coreLevelNotInLevels: 'coreLevel moet in levels staan',
  costClassMismatch: 'de kostenklasse moet passen bij de ondergrens van costRange',
  versionForm: 'een versie als 1.0.0',
  duplicateIds: 'instrument-ids moeten uniek zijn',
} as const;
