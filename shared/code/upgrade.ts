/**
 * Earlier versions of the participatiecode's data, mapped to the current one. Version 1 (until
 * 2026) had Dutch keys and ids (`toepassing.uitzonderingen`, `uitdaagrecht.beslisWeken`,
 * `'grote-impact'`); version 2 has English ones (README naming rule). Code files, project files
 * that carry a code and stored rows (migration 0013) of version 1 are read through
 * `upgradeCodeData`; writers write only the current version.
 *
 * The maps are frozen: a later version adds a step after this one instead of changing it.
 */

type Json = Record<string, unknown>;

/** Renamed keys per object, by the object's (new) path in the code; '' is the code itself. */
const V1_KEYS: Record<string, Record<string, string>> = {
  '': {
    gemeente: 'municipality',
    jaar: 'year',
    citeertitel: 'citationTitle',
    oudeRegeling: 'replacedRegulation',
    inwerkingtreding: 'entryIntoForce',
    begrippen: 'definedTerms',
    eigenBegrippen: 'ownDefinedTerms',
    toepassing: 'scope',
    niveaus: 'levels',
    rollen: 'roles',
    overheidsparticipatie: 'governmentParticipation',
    evaluatie: 'evaluation',
    initiatiefnemers: 'initiators',
  },
  entryIntoForce: { soort: 'kind', datum: 'date' },
  'ownDefinedTerms[]': { omschrijving: 'description' },
  scope: {
    uitzonderingen: 'exemptions',
    eigenUitzonderingen: 'ownExemptions',
    eigenImpactCriteria: 'ownImpactCriteria',
    normBijGroteImpact: 'normForLargeImpact',
  },
  'scope.ownExemptions[]': { tekst: 'text' },
  'scope.ownImpactCriteria[]': { tekst: 'text' },
  'levels[]': { niveau: 'level', belofte: 'promise', belofteKaart: 'cardPromise' },
  participatieplan: { verplicht: 'required', onderdelen: 'sections', raadZiet: 'raadSees' },
  roles: {
    raadInstrumenten: 'raadInstruments',
    griffieOndersteunt: 'griffieSupports',
    burgemeesterBewaakt: 'burgemeesterMonitors',
    participatieadviseur: 'participationAdviser',
  },
  terugkoppeling: {
    verslagOnderdelen: 'reportSections',
    terugkoppelingWeken: 'terugkoppelingWeeks',
    verslagBijVoorstel: 'reportWithProposal',
    verslagOpenbaar: 'reportPublic',
  },
  inspraak: { awbStandaard: 'awbDefault', termijnWeken: 'termWeeks', mondeling: 'oral' },
  uitdaagrecht: {
    aan: 'enabled',
    wie: 'challengers',
    taken: 'tasks',
    genoemdeTaken: 'listedTasks',
    uitgeslotenTaken: 'excludedTasks',
    verzoekOnderdelen: 'requestSections',
    gesprekWeken: 'conversationWeeks',
    beslisWeken: 'decisionWeeks',
    beslisser: 'decider',
    overeenkomst: 'agreementSections',
    raadGeinformeerd: 'raadInformed',
  },
  'uitdaagrecht.listedTasks[]': { tekst: 'text' },
  'uitdaagrecht.excludedTasks[]': { tekst: 'text' },
  governmentParticipation: {
    aan: 'enabled',
    ondersteuning: 'support',
    reactieWeken: 'responseWeeks',
    initiatievenfonds: 'initiativeFund',
    burgerinitiatief: 'citizensInitiative',
  },
  'governmentParticipation.citizensInitiative': {
    aan: 'enabled',
    handtekeningen: 'signatures',
    minimumLeeftijd: 'minimumAge',
  },
  evaluation: { jaren: 'years', door: 'by', metInwoners: 'withInwoners', trajectEvaluatie: 'trajectEvaluation' },
  initiators: {
    aan: 'enabled',
    verplichteGevallen: 'mandatoryCases',
    verslag: 'report',
    vooroverleg: 'preliminaryConsultation',
  },
  'initiators.mandatoryCases[]': { tekst: 'text' },
};

/** Renamed ids per field (new path); a list field maps each of its items. */
const V1_VALUES: Record<string, Record<string, string>> = {
  'entryIntoForce.kind': { 'dag-na-bekendmaking': 'day-after-publication', datum: 'date' },
  'participatieplan.required': { altijd: 'always', 'grote-impact': 'large-impact' },
  'participatieplan.raadSees': {
    'vooraf-grote-impact': 'before-if-large-impact',
    'vooraf-altijd': 'before-always',
    'ter-informatie': 'afterwards-for-information',
  },
  'uitdaagrecht.tasks': { 'alle-tenzij-uitgesloten': 'all-except-excluded', 'alleen-genoemde': 'only-listed' },
  'uitdaagrecht.decider': { 'bevoegd-bestuursorgaan': 'competent-body' },
  'uitdaagrecht.budget': {
    'met-budget': 'with-budget',
    'zonder-budget': 'without-budget',
    'per-verzoek': 'per-request',
  },
  'evaluation.by': { rekenkamer: 'audit-office', onafhankelijk: 'independent', raadswerkgroep: 'raad-working-group' },
};

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function mapValue(path: string, value: unknown): unknown {
  const values = V1_VALUES[path];
  if (values && typeof value === 'string') return values[value] ?? value;
  if (values && Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? (values[v] ?? v) : v));
  if (Array.isArray(value)) return value.map((item) => (isObject(item) ? mapObject(`${path}[]`, item) : item));
  if (isObject(value)) return mapObject(path, value);
  return value;
}

function mapObject(path: string, object: Json): Json {
  const keys = V1_KEYS[path] ?? {};
  const result: Json = {};
  for (const [key, value] of Object.entries(object)) {
    const newKey = keys[key] ?? key;
    result[newKey] = mapValue(path ? `${path}.${newKey}` : newKey, value);
  }
  return result;
}

/**
 * The choices of a version-1 code with version-2 keys and ids; keys it does not know stay as they
 * are (the schema then names them). Key order is kept.
 */
export function upgradeCodeV1(code: Json): Json {
  const result = mapObject('', code);
  return result['formatVersion'] === 1 ? { ...result, formatVersion: 2 } : result;
}

/** Data of any known version as the current version; anything else is returned unchanged for the schema to refuse. */
export function upgradeCodeData(data: unknown): unknown {
  return isObject(data) && data['formatVersion'] === 1 ? upgradeCodeV1(data) : data;
}
