import common from '../i18n/nl.json';

type ErrorKey = keyof typeof common.errors;

/**
 * A text of the common nl.json for code that runs outside React and has no `t` (error messages,
 * image export), with its {{placeholders}} filled in.
 */
export function errorText(key: `errors.${ErrorKey}`, values: Readonly<Record<string, string>> = {}): string {
  const template = common.errors[key.slice('errors.'.length) as ErrorKey];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
