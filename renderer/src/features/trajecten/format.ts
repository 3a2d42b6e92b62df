const formatter = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDatum(iso: string): string {
  return formatter.format(new Date(iso));
}
