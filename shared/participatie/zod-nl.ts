import type { z } from 'zod';
import { PHASES } from './vocabulary';

/**
 * zod issues → precise Dutch messages: which field (as a path like
 * `answers.phases.agendering.level`), what was expected and what was found. Reusable by the
 * API, the UI forms and the CLI.
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
