import type { Traject } from '@shared/traject/traject';

/** The orders of the start screen's list; each is also the key of its label (`start.sortOrder.*`). */
export const SORT_ORDERS = ['updated', 'title', 'municipality'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Lower case without accents, so "geimporteerd" finds "geïmporteerd". */
const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl-NL');

/** Every word of the search must occur in the title, the municipality or the question. */
export function searchTrajecten(trajecten: readonly Traject[], query: string): Traject[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...trajecten];
  return trajecten.filter((traject) => {
    const text = normalize(`${traject.title} ${traject.municipality} ${traject.vraagstuk}`);
    return words.every((word) => text.includes(word));
  });
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

export function sortTrajecten(trajecten: readonly Traject[], order: SortOrder): Traject[] {
  const list = [...trajecten];
  if (order === 'title') return list.sort((a, b) => collator.compare(a.title, b.title));
  if (order === 'municipality')
    // Without a municipality last; within one municipality by title.
    return list.sort(
      (a, b) =>
        Number(a.municipality === '') - Number(b.municipality === '') ||
        collator.compare(a.municipality, b.municipality) ||
        collator.compare(a.title, b.title),
    );
  return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
