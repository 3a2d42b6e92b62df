import type { Traject } from '@shared/traject/traject';

export type SortOrder = 'gewijzigd' | 'titel' | 'gemeente';

/** Lower case without accents, so "geimporteerd" finds "geïmporteerd". */
const normaal = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl-NL');

/** Every word of the search must occur in the title, the municipality or the question. */
export function searchTrajecten(trajecten: readonly Traject[], zoek: string): Traject[] {
  const woorden = normaal(zoek).split(/\s+/).filter(Boolean);
  if (woorden.length === 0) return [...trajecten];
  return trajecten.filter((traject) => {
    const tekst = normaal(`${traject.titel} ${traject.gemeente} ${traject.vraagstuk}`);
    return woorden.every((woord) => tekst.includes(woord));
  });
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

export function sortTrajecten(trajecten: readonly Traject[], sortering: SortOrder): Traject[] {
  const lijst = [...trajecten];
  if (sortering === 'titel') return lijst.sort((a, b) => collator.compare(a.titel, b.titel));
  if (sortering === 'gemeente')
    // Without a municipality last; within one municipality by title.
    return lijst.sort(
      (a, b) =>
        Number(a.gemeente === '') - Number(b.gemeente === '') ||
        collator.compare(a.gemeente, b.gemeente) ||
        collator.compare(a.titel, b.titel),
    );
  return lijst.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
