const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The longest title the app accepts (shared/traject/traject.ts). */
const MAX_TITLE = 200;

/**
 * The title of an imported copy when a traject with that title exists already:
 * "Burgerbegroting (geïmporteerd 29-11-2026)", the date in Dutch as it is in the Netherlands.
 */
export function importTitle(title: string, now: Date = new Date()): string {
  const suffix = ` (geïmporteerd ${dateFormat.format(now)})`;
  const base = title
    .trim()
    .slice(0, MAX_TITLE - suffix.length)
    .trimEnd();
  return `${base}${suffix}`;
}

/**
 * The file's text with another title, under the key its version uses: `traject.title` in a project
 * file (version 3), `traject.titel` in version 2, `titel` in a casus file (version 1). Only called
 * after the text parsed as a valid project file.
 */
export function withTitle(text: string, title: string): string {
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const traject = data['traject'];
  if (traject && typeof traject === 'object') {
    (traject as Record<string, unknown>)[data['formatVersion'] === 2 ? 'titel' : 'title'] = title;
  } else data['titel'] = title;
  return JSON.stringify(data);
}
