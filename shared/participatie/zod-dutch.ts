import type { z } from 'zod';
import { phaseLabels } from './labels';
import { PHASES, type Phase } from './vocabulary';

/**
 * zod issues → precise Dutch messages: which field (as a path like
 * `answers.phases.agendering.level`), what was expected and what was found. Reusable by the
 * API, the UI forms and the CLI.
 *
 * The CLI and the API keep the paths (`formatZodIssues`): they are exact and searchable in a file.
 * People in the app see the labels of the screen instead (`formatZodIssuesForPeople`,
 * `readableErrorLine`): "Fase agendering, vraag Rol: kies een niveau".
 */

type Issue = z.core.$ZodIssue;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(hoofdniveau)' : out;
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  record: 'een object',
  null: 'null',
  undefined: 'niets',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return `de tekst ${JSON.stringify(value)}`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? `het getal ${value}` : `het getal ${String(value).replace('.', ',')}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'een object';
  return typeof value;
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function sizeText(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  bound: number | bigint,
  atLeast: boolean,
): string {
  const n = Number(bound);
  const word = atLeast
    ? issue.inclusive === false
      ? 'meer dan'
      : 'minstens'
    : issue.inclusive === false
      ? 'minder dan'
      : 'hooguit';
  switch (issue.origin) {
    case 'string':
      return atLeast && n === 1 ? 'mag niet leeg zijn' : `moet ${word} ${n} tekens hebben`;
    case 'array':
    case 'set':
      return atLeast && n === 1 ? 'moet minstens één item bevatten' : `moet ${word} ${n} items bevatten`;
    default:
      return atLeast && n === 0 && issue.inclusive === false ? 'moet groter dan 0 zijn' : `moet ${word} ${n} zijn`;
  }
}

function explain(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `ontbreekt; verwacht ${typeNames[issue.expected] ?? issue.expected}`;
      return `verwacht ${typeNames[issue.expected] ?? issue.expected}, maar gevonden: ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `verwacht ${quoted(issue.values)}, maar gevonden: ${describeValue(issue.input)}`
        : `verwacht een van ${quoted(issue.values)}, maar gevonden: ${describeValue(issue.input)}`;
    case 'too_small':
      return sizeText(issue, issue.minimum, true);
    case 'too_big':
      return sizeText(issue, issue.maximum, false);
    case 'invalid_format':
      // Our own regexes carry a Dutch description of the expected form as their message.
      return `heeft niet de goede vorm; verwacht ${issue.format === 'regex' ? issue.message : issue.format}, maar gevonden: ${describeValue(issue.input)}`;
    case 'not_multiple_of':
      return `moet een veelvoud van ${issue.divisor} zijn`;
    case 'unrecognized_keys': {
      const keys = quoted(issue.keys);
      // An unknown key under `phases` is an unknown phase id: name the allowed ones.
      if (issue.path[issue.path.length - 1] === 'phases') {
        return `onbekende fase ${keys}; kies uit ${quoted(PHASES)}`;
      }
      return issue.keys.length === 1 ? `onbekend veld ${keys}` : `onbekende velden ${keys}`;
    }
    case 'invalid_union':
      return `past bij geen van de toegestane vormen (gevonden: ${describeValue(issue.input)})`;
    case 'invalid_key':
      return `ongeldige sleutel: ${issue.issues.map(explain).join('; ')}`;
    case 'invalid_element':
      return `ongeldig element: ${issue.issues.map(explain).join('; ')}`;
    case 'custom':
      return issue.message;
  }
}

/** One line per issue: `<veld>: <wat er mis is>`. */
export function formatZodIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${explain(issue)}`);
}

/* ------------------------------------------------------------------------------------------------
 * For people: the labels they see on screen instead of paths.
 * ---------------------------------------------------------------------------------------------- */

type PathKey = string | number;

interface FieldText {
  /** Where on screen: "vraag Rol", "de raad". */
  label: string;
  /** What to do when the value is not one of the allowed ones: "kies een niveau". */
  choose?: string;
}

/** The fields of one phase, named after the question they belong to on the "Fasen en advies" tab. */
const phaseFields: Record<string, FieldText> = {
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
};

const subFields: Record<string, string> = {
  weeks: 'aantal weken',
  deadline: 'deadline',
  reden: 'motivering',
};

const trajectFields: Record<string, FieldText> = {
  domain: { label: 'De vraag in het kort, onderwerp', choose: 'kies een onderwerp' },
  scale: { label: 'De vraag in het kort, gebied', choose: 'kies een gebied' },
  impact: { label: 'De vraag in het kort, gevolgen', choose: 'kies hoeveel er verandert' },
  competentBody: { label: 'De vraag in het kort, wie besluit', choose: 'kies wie besluit' },
  polarised: { label: 'De vraag in het kort, verdeelt het onderwerp mensen', choose: 'kies ja of nee' },
  organisatie: { label: 'Wat vraagt deze aanpak van de gemeente' },
  plan: { label: 'Gegevens voor het raadsvoorstel' },
};

const rootFields: Record<string, string> = {
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
};

const organisatieFields: Record<string, string> = {
  competenties: 'Competenties',
  randvoorwaarden: 'Randvoorwaarden',
  raad: 'De raad',
  interneOrganisatie: 'Interne organisatie',
};

const isPhase = (key: PathKey | undefined): key is Phase =>
  typeof key === 'string' && (PHASES as readonly string[]).includes(key);

/** Where a path points, in the words of the screen; undefined when the path is not one we know. */
export function fieldLabel(path: readonly PathKey[]): (FieldText & { exact: boolean }) | undefined {
  let rest = [...path];
  let prefix: string;
  if (rest[0] === 'traject') rest = rest.slice(1);
  if (rest[0] === 'answers') rest = rest.slice(1);
  else if (rest.length > 0 && typeof rest[0] === 'string' && rest[0] in rootFields) {
    const [key, ...more] = rest;
    const label = rootFields[key as string]!;
    return {
      label: more.length > 0 && key !== 'procesplaat' && key !== 'spelregels' ? `${label}, ${formatPath(more)}` : label,
      exact: more.length === 0,
    };
  }
  if (rest.length === 0) return { label: 'De antwoorden', exact: true };
  if (rest[0] === 'phases') {
    const phase = rest[1];
    if (!isPhase(phase)) return { label: 'De fasen', exact: rest.length <= 1 };
    prefix = `Fase ${phaseLabels[phase].label.toLowerCase()}`;
    const field = rest[2];
    if (field === undefined) return { label: prefix, exact: true };
    const text = phaseFields[String(field)];
    if (!text) return { label: prefix, exact: false };
    const deeper = rest.slice(3);
    const sub = deeper.find((k) => typeof k === 'string' && k in subFields) as string | undefined;
    const item = deeper.find((k) => typeof k === 'number') as number | undefined;
    let label = `${prefix}, ${text.label}`;
    if (sub) label += `, ${subFields[sub]}`;
    else if (item !== undefined) label += ` (nummer ${item + 1})`;
    else if (field === 'werving' && typeof deeper[0] === 'string') label += ` voor ${deeper[0]}`;
    return { ...text, label, exact: deeper.length === 0 || (item !== undefined && deeper.length === 1) };
  }
  const text = trajectFields[String(rest[0])];
  if (!text) return undefined;
  if (rest[0] === 'organisatie' && typeof rest[1] === 'string' && rest[1] in organisatieFields) {
    return { label: `${text.label}, ${organisatieFields[rest[1]]}`, exact: rest.length === 2 };
  }
  return { ...text, exact: rest.length === 1 };
}

/** "verwacht een van …, maar gevonden: X" → "kies een niveau (in het bestand staat X)". */
function friendly(text: FieldText & { exact: boolean }, explanation: string): string {
  const found = /maar gevonden: (.+)$/.exec(explanation)?.[1];
  if (text.choose && text.exact && /^verwacht (een van |")/.test(explanation)) {
    return found ? `${text.choose} (nu staat er ${found})` : text.choose;
  }
  if (/^ontbreekt/.test(explanation)) return 'moet worden ingevuld';
  return explanation;
}

const capitalize = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

/** One line per issue, with the labels of the screen instead of the path. */
export function formatZodIssuesForPeople(issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const key = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const text = fieldLabel(key);
    const explanation = explain(issue);
    return text
      ? `${capitalize(text.label)}: ${friendly(text, explanation)}`
      : `${formatPath(issue.path)}: ${explanation}`;
  });
}

/** Turns a path as `formatPath` writes it back into its keys: `a.b[0].c` → ['a', 'b', 0, 'c']. */
export function parsePath(text: string): PathKey[] | undefined {
  if (!/^[A-Za-z_][\w-]*(?:\.[\w-]+|\[\d+\])*$/.test(text)) return undefined;
  const keys: PathKey[] = [];
  for (const part of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(part[2] !== undefined ? Number(part[2]) : part[1]!);
  }
  return keys;
}

/**
 * A message as `formatZodIssues` (or an API issue) wrote it, made readable for people: the path
 * becomes the label of the screen, and an English JSON error in it becomes Dutch. Lines without
 * a path pass unchanged, so it is safe on any Dutch message.
 */
export function readableErrorLine(line: string, path?: readonly PathKey[]): string {
  let out = line.replace(/\(([^()]*(?:\([^()]*\)[^()]*)*)\)(\.?)$/, (whole, detail: string, dot: string) =>
    /JSON/.test(detail) ? `(${jsonErrorInDutch(detail)})${dot}` : whole,
  );
  if (/^(Unexpected|Unterminated|Expected|Bad |JSON\.parse)/.test(out))
    out = `Het bestand is geen geldige JSON: ${jsonErrorInDutch(out)}.`;
  if (path && path.length > 0) {
    const text = fieldLabel(path);
    if (text) return `${capitalize(text.label)}: ${friendly(text, out)}`;
    return out;
  }
  // "[prefix: ]path: explanation", e.g. "Formaatversie 1: answers.phases.agendering.level: verwacht …".
  const match = /^((?:[^:]+: )?)([A-Za-z_][\w.[\]-]*): (.+)$/.exec(out);
  if (!match) return out;
  const [, prefix, pathText, explanation] = match;
  const keys = parsePath(pathText!);
  const text = keys ? fieldLabel(keys) : undefined;
  if (!text) return out;
  return `${prefix}${prefix ? text.label : capitalize(text.label)}: ${friendly(text, explanation!)}`;
}

/**
 * What JSON.parse said (V8's or Firefox's English), in Dutch, with the place in the file when the
 * engine names it: "een tekst tussen aanhalingstekens is niet afgesloten op regel 3, kolom 14".
 */
export function jsonErrorInDutch(message: string): string {
  const m = message;
  const what = /Unexpected end of JSON input|unexpected end of data/i.test(m)
    ? 'het bestand houdt midden in de gegevens op; misschien is het niet helemaal opgeslagen'
    : /Unterminated string|unterminated string/i.test(m)
      ? 'een tekst tussen aanhalingstekens is niet afgesloten'
      : /Expected (double-quoted )?property name|expected property name|expected double-quoted/i.test(m)
        ? 'er ontbreekt een veldnaam tussen dubbele aanhalingstekens, of er staat een komma te veel'
        : /Expected ',' or '\}'|expected ',' or '\}'/i.test(m)
          ? 'er ontbreekt een komma of een sluitende accolade }'
          : /Expected ',' or '\]'|expected ',' or '\]'/i.test(m)
            ? 'er ontbreekt een komma of een sluitende haak ]'
            : /non-whitespace character after JSON|unexpected non-whitespace/i.test(m)
              ? 'na het einde van de gegevens staat nog tekst'
              : /Bad control character|bad control character/i.test(m)
                ? 'een tekst bevat een teken dat daar niet mag staan, zoals een tab of een regeleinde'
                : /escape|escaped/i.test(m)
                  ? 'een teken na een backslash (\\) is ongeldig'
                  : /number|Exponent|minus sign|fractional/i.test(m)
                    ? 'een getal is niet goed geschreven'
                    : /Unexpected token|unexpected character|is not valid JSON/i.test(m)
                      ? 'er staat een teken dat daar niet hoort'
                      : 'de opbouw van het bestand klopt niet';
  const lineCol = /line (\d+) column (\d+)/i.exec(m);
  const position = /position (\d+)/i.exec(m);
  const where = lineCol
    ? ` op regel ${lineCol[1]}, kolom ${lineCol[2]}`
    : position
      ? ` bij teken ${Number(position[1]) + 1}`
      : '';
  return `${what}${where}`;
}
