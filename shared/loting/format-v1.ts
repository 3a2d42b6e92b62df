/**
 * The first stored format of the loting data, with Dutch keys and values (before the README naming
 * rule). Stored pools, settings and results are moved to the English format by migration 0012;
 * files a user keeps on disk (resultaat.json of the CLI, the published verdeling.json) are read
 * through these functions, so a file written by an older version still opens. Frozen: this
 * describes what older versions wrote, it never changes with the current format.
 */

type Json = unknown;

/** Old key → new key, for every key in a stored pool, settings object, result or publication. */
const keys: Readonly<Record<string, string>> = {
  // pool data and settings
  kolommen: 'columns',
  rijen: 'rows',
  naam: 'name',
  rol: 'role',
  panelgrootte: 'panelSize',
  huishoudensUitsluiten: 'excludeHouseholds',
  maxUitval: 'maxDropouts',
  categorie: 'category',
  waarde: 'value',
  // result
  formatVersie: 'formatVersion',
  methode: 'method',
  bewijs: 'proof',
  poolgrootte: 'poolSize',
  aantalTypes: 'typeCount',
  kansen: 'probabilities',
  bovengrensMinimum: 'minimumUpperBound',
  minimumBereikbaar: 'minimumReachable',
  bovengrensBereikbaar: 'reachableUpperBound',
  trekkingen: 'draws',
  mislukt: 'failed',
  laagste: 'lowest',
  persoon: 'person',
  schatting: 'estimate',
  bovengrens99: 'upperBound99',
  treffers: 'hits',
  verdeling: 'distribution',
  gewichten: 'weights',
  vervangers: 'replacements',
  lid: 'member',
  zelfdeProfiel: 'sameProfile',
  reden: 'reason',
  geenZelfdeProfiel: 'noSameProfile',
  grens: 'bound',
  herselectie: 'reselection',
  blijvers: 'stayers',
  afvallers: 'dropouts',
  openPlaatsen: 'openSeats',
  vorigeSeed: 'previousSeed',
  vorigeBerekendOp: 'previousComputedAt',
  onbereikbaar: 'unreachable',
  uitgesloten: 'excluded',
  personen: 'people',
  soort: 'kind',
  richting: 'direction',
  controle: 'verification',
  fase: 'phase',
  toezegging: 'commitment',
  beschrijving: 'description',
  vingerafdruk: 'fingerprint',
  gepubliceerdOp: 'publishedAt',
  getrokkenOp: 'drawnAt',
  poolVingerafdruk: 'poolFingerprint',
  rekentijdMs: 'computeTimeMs',
  berekendOp: 'computedAt',
  // publication
  formaat: 'format',
  versie: 'version',
  titel: 'title',
  profielen: 'profiles',
  kans: 'probability',
  aantallen: 'counts',
  trekking: 'draw',
  panelnummer: 'panelNumber',
};

/** Old value → new value, per (new) key whose values are an enum. */
const values: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  role: { huishouden: 'household', kenmerk: 'feature', meenemen: 'keep', negeren: 'ignore' },
  proof: { relaxatiegrens: 'relaxation-bound', rondes: 'rounds' },
  kind: {
    'openbare-bron': 'public-source',
    vooraf: 'announced',
    startgetal: 'own-seed',
    'maximum-nul': 'zero-maximum',
    vol: 'full',
    combinatie: 'combination',
    huishouden: 'household',
    onbekend: 'unknown',
  },
  direction: { nul: 'zero', tekort: 'shortage', teveel: 'excess' },
  phase: { gepubliceerd: 'published', getrokken: 'drawn' },
};

/** Every object key renamed and every enum value mapped, recursively. Arrays of numbers and strings stay as they are. */
function upgrade(value: Json): Json {
  if (Array.isArray(value)) return value.map(upgrade);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [oldKey, v] of Object.entries(value)) {
    const key = keys[oldKey] ?? oldKey;
    const mapped = typeof v === 'string' ? (values[key]?.[v] ?? v) : upgrade(v);
    out[key] = mapped;
  }
  return out;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Stored pool data (`gegevens`): columns with Dutch keys and roles. Already English: unchanged. */
export function poolDataFromV1(value: Json): Json {
  return isObject(value) && 'kolommen' in value ? upgrade(value) : value;
}

/** Stored settings (`instellingen`). Already English: unchanged. */
export function settingsFromV1(value: Json): Json {
  return isObject(value) && 'panelgrootte' in value ? upgrade(value) : value;
}

/** A result (`resultaat` in the database, resultaat.json of the CLI) with `formatVersie: 1` becomes format version 2. */
export function resultFromV1(value: Json): Json {
  if (!isObject(value) || value.formatVersie !== 1) return value;
  const upgraded = upgrade(value) as Record<string, Json>;
  return { ...upgraded, formatVersion: 2 };
}

/** The publication format of version 1 (`formaat: 'samenspel-loting-verdeling'`, `versie: 1`). */
export const publicationFormatV1 = 'samenspel-loting-verdeling';

export function isPublicationV1(value: Json): value is Record<string, Json> {
  return isObject(value) && value.formaat === publicationFormatV1 && value.versie === 1;
}

/**
 * A published distribution of version 1 with English keys. Format and version are left to the
 * caller: the fingerprint of a version-1 file covers its own text, see verification.ts.
 */
export function publicationFromV1(value: Record<string, Json>): Record<string, Json> {
  return upgrade(value) as Record<string, Json>;
}
