/**
 * Plain word handling for the overlap suggestions. Deliberately simple (no stemming library):
 * the trainer reads every suggestion, so a missed variant costs little and a wrong merge confuses.
 */

/** Lower case without accents, so "Enquête" and "enquete" meet. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function wordsIn(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when `phrase` (already normalised) occurs in `normalizedText` as whole words. */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(normalizedText);
}

/** Dutch function words and workshop filler that say nothing about a group's idea. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `aan al alle alles als altijd andere ben bij daar daarna dan dat de der deze die dit doch doen door dus een eens
  en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw jullie
  kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat onder ons ook op over
  reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal ze
  zelf zich zij zijn zo zonder zou zouden eerst echt goed gaan gaat komen komt maken moeten willen zeker heel erg
  via waar wanneer welke waarom elk elke ieder iedere daarbij daarvoor hierbij vooral vooraf steeds samen nodig
  bijvoorbeeld bv enz etc denk denken vinden vindt vooral zoals eigen onze ander anders twee drie per`.split(/\s+/),
);
