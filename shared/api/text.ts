import type { ApiIssue } from './errors';
import { apiMessages } from './messages';

/**
 * Free text that crosses the API boundary: what it may contain and how lists of ids stay unique.
 *
 * C0 control characters (NUL, bell, escape, …) cannot be typed in a form; they come from pasted
 * binary data or crafted requests. They break SQL length checks (NUL), XML (the procesplaat SVG)
 * and Word files, so they are refused at the boundary. Tab, line feed and carriage return are
 * ordinary text.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The issue message for one text that holds a control character. */
export const controlCharacterMessage = apiMessages.controlCharacterInText;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/**
 * Every string in a value (object keys included) that holds a control character, as issues with
 * their path. Stops after `max` findings; a request is refused at the first one anyway.
 */
export function controlCharacterIssues(
  value: unknown,
  skip: (path: ReadonlyArray<string | number>) => boolean = () => false,
  max = 20,
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: Array<string | number>): void => {
    if (issues.length >= max) return;
    if (typeof v === 'string') {
      if (hasControlCharacter(v)) issues.push({ path: [...path], message: controlCharacterMessage });
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    if (skip(path)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      if (hasControlCharacter(key)) issues.push({ path: [...path, key], message: controlCharacterMessage });
      walk(item, [...path, key]);
    }
  };
  walk(value, []);
  return issues;
}

/** True when no two items share a key. */
export function allUnique<T>(items: readonly T[], key: (item: T) => string | undefined): boolean {
  const keys = items.map(key).filter((k): k is string => k !== undefined);
  return new Set(keys).size === keys.length;
}
