import type { z } from 'zod';
import { phaseLabels } from './labels';
import { fieldTexts, jsonErrorTexts, validationTexts as texts } from './messages';
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
  return out === '' ? texts.topLevel : out;
}

const typeNames = texts.typeNames;

export function describeValue(value: unknown): string {
  if (value === undefined) return texts.value.nothing;
  if (value === null) return 'null';
  if (Array.isArray(value)) return texts.value.list;
  if (typeof value === 'string') return texts.value.text(JSON.stringify(value));
  if (typeof value === 'number')
    return texts.value.number(Number.isInteger(value) ? String(value) : String(value).replace('.', ','));
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return texts.value.object;
  return typeof value;
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function sizeText(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  bound: number | bigint,
  atLeast: boolean,
): string {
  const n = Number(bound);
  const size = texts.size;
  const word = atLeast
    ? issue.inclusive === false
      ? size.moreThan
      : size.atLeast
    : issue.inclusive === false
      ? size.lessThan
      : size.atMost;
  switch (issue.origin) {
    case 'string':
      return atLeast && n === 1 ? size.textNotEmpty : size.textLength(word, n);
    case 'array':
    case 'set':
      return atLeast && n === 1 ? size.listNotEmpty : size.listLength(word, n);
    default:
      return atLeast && n === 0 && issue.inclusive === false ? size.positive : size.number(word, n);
  }
}

function explain(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return texts.missing(typeNames[issue.expected] ?? issue.expected);
      return texts.wrongType(typeNames[issue.expected] ?? issue.expected, describeValue(issue.input));
    case 'invalid_value':
      return issue.values.length === 1
        ? texts.wrongValue(quoted(issue.values), describeValue(issue.input))
        : texts.notOneOf(quoted(issue.values), describeValue(issue.input));
    case 'too_small':
      return sizeText(issue, issue.minimum, true);
    case 'too_big':
      return sizeText(issue, issue.maximum, false);
    case 'invalid_format':
      // Our own regexes carry a Dutch description of the expected form as their message.
      return texts.wrongFormat(issue.format === 'regex' ? issue.message : issue.format, describeValue(issue.input));
    case 'not_multiple_of':
      return texts.notMultipleOf(Number(issue.divisor));
    case 'unrecognized_keys': {
      const keys = quoted(issue.keys);
      // An unknown key under `phases` is an unknown phase id: name the allowed ones.
      if (issue.path[issue.path.length - 1] === 'phases') {
        return texts.unknownPhase(keys, quoted(PHASES));
      }
      return issue.keys.length === 1 ? texts.unknownField(keys) : texts.unknownFields(keys);
    }
    case 'invalid_union':
      return texts.noUnionMatch(describeValue(issue.input));
    case 'invalid_key':
      return texts.invalidKey(issue.issues.map(explain).join('; '));
    case 'invalid_element':
      return texts.invalidElement(issue.issues.map(explain).join('; '));
    case 'custom':
      return issue.message;
  }
}

/** One line per issue: `<field>: <what is wrong>`. */
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

const { phaseFields, subFields, trajectFields, rootFields, organisationFields } = fieldTexts;

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
  if (rest.length === 0) return { label: fieldTexts.answers, exact: true };
  if (rest[0] === 'phases') {
    const phase = rest[1];
    if (!isPhase(phase)) return { label: fieldTexts.phases, exact: rest.length <= 1 };
    prefix = fieldTexts.phase(phaseLabels[phase].label.toLowerCase());
    const field = rest[2];
    if (field === undefined) return { label: prefix, exact: true };
    const text = phaseFields[String(field)];
    if (!text) return { label: prefix, exact: false };
    const deeper = rest.slice(3);
    const sub = deeper.find((k) => typeof k === 'string' && k in subFields) as string | undefined;
    const item = deeper.find((k) => typeof k === 'number') as number | undefined;
    let label = `${prefix}, ${text.label}`;
    if (sub) label += `, ${subFields[sub]}`;
    else if (item !== undefined) label += fieldTexts.itemNumber(item + 1);
    else if (field === 'werving' && typeof deeper[0] === 'string') label += fieldTexts.forInstrument(deeper[0]);
    return { ...text, label, exact: deeper.length === 0 || (item !== undefined && deeper.length === 1) };
  }
  const text = trajectFields[String(rest[0])];
  if (!text) return undefined;
  if (rest[0] === 'organisatie' && typeof rest[1] === 'string' && rest[1] in organisationFields) {
    return { label: `${text.label}, ${organisationFields[rest[1]]}`, exact: rest.length === 2 };
  }
  return { ...text, exact: rest.length === 1 };
}

/** "verwacht een van …, maar gevonden: X" → "kies een niveau (in het bestand staat X)". */
function friendly(text: FieldText & { exact: boolean }, explanation: string): string {
  const found = texts.patterns.found.exec(explanation)?.[1];
  if (text.choose && text.exact && texts.patterns.expectedValue.test(explanation)) {
    return found ? texts.chooseInstead(text.choose, found) : text.choose;
  }
  if (texts.patterns.missing.test(explanation)) return texts.fillIn;
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
  if (/^(Unexpected|Unterminated|Expected|Bad |JSON\.parse)/.test(out)) out = texts.notJson(jsonErrorInDutch(out));
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
    ? jsonErrorTexts.endOfInput
    : /Unterminated string|unterminated string/i.test(m)
      ? jsonErrorTexts.unterminatedString
      : /Expected (double-quoted )?property name|expected property name|expected double-quoted/i.test(m)
        ? jsonErrorTexts.propertyName
        : /Expected ',' or '\}'|expected ',' or '\}'/i.test(m)
          ? jsonErrorTexts.commaOrBrace
          : /Expected ',' or '\]'|expected ',' or '\]'/i.test(m)
            ? jsonErrorTexts.commaOrBracket
            : /non-whitespace character after JSON|unexpected non-whitespace/i.test(m)
              ? jsonErrorTexts.textAfterEnd
              : /Bad control character|bad control character/i.test(m)
                ? jsonErrorTexts.controlCharacter
                : /escape|escaped/i.test(m)
                  ? jsonErrorTexts.escape
                  : /number|Exponent|minus sign|fractional/i.test(m)
                    ? jsonErrorTexts.number
                    : /Unexpected token|unexpected character|is not valid JSON/i.test(m)
                      ? jsonErrorTexts.unexpectedCharacter
                      : jsonErrorTexts.structure;
  const lineCol = /line (\d+) column (\d+)/i.exec(m);
  const position = /position (\d+)/i.exec(m);
  const where = lineCol
    ? jsonErrorTexts.atLineColumn(lineCol[1]!, lineCol[2]!)
    : position
      ? jsonErrorTexts.atCharacter(Number(position[1]) + 1)
      : '';
  return `${what}${where}`;
}
