const datum = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The longest title the app accepts (shared/traject/traject.ts). */
const MAX_TITEL = 200;

/**
 * The title of an imported copy when a traject with that title exists already:
 * "Burgerbegroting (geïmporteerd 29-11-2026)", the date in Dutch as it is in the Netherlands.
 */
export function importTitle(titel: string, now: Date = new Date()): string {
  const suffix = ` (geïmporteerd ${datum.format(now)})`;
  const basis = titel
    .trim()
    .slice(0, MAX_TITEL - suffix.length)
    .trimEnd();
  return `${basis}${suffix}`;
}

/**
 * The file's text with another title: `traject.titel` in a project file (version 2), `titel` in
 * an older casus file (version 1). Only called after the text parsed as a valid project file.
 */
export function withTitle(text: string, titel: string): string {
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const traject = data['traject'];
  if (traject && typeof traject === 'object') (traject as Record<string, unknown>)['titel'] = titel;
  else data['titel'] = titel;
  return JSON.stringify(data);
}
