/**
 * `#/code` (the list of participatiecodes), `#/code/vergelijk` (two codes side by side) and
 * `#/code/<id>/<tab>[/<stap>]` (one code: its choices per subject, the standard process, the
 * documents, the trajecten that follow it).
 */
export const CODE_TABS = ['keuzes', 'proces', 'documenten', 'trajecten'] as const;
export type CodeTab = (typeof CODE_TABS)[number];

export type CodeRoute =
  | { name: 'code'; id?: undefined; compare?: { a?: string; b?: string } }
  | { name: 'code'; id: string; tab: CodeTab; step?: string };

const UUID = '[0-9a-f-]{36}';

export function parseCodeRoute(hash: string): CodeRoute | undefined {
  if (/^#\/code\/?$/.test(hash)) return { name: 'code' };
  const compare = new RegExp(`^#\\/code\\/vergelijk(?:\\/(${UUID}))?(?:\\/(${UUID}))?\\/?$`, 'i').exec(hash);
  if (compare)
    return {
      name: 'code',
      compare: { ...(compare[1] ? { a: compare[1] } : {}), ...(compare[2] ? { b: compare[2] } : {}) },
    };
  const match = new RegExp(`^#\\/code\\/(${UUID})(?:\\/([a-z]+))?(?:\\/([a-z-]+))?\\/?$`, 'i').exec(hash);
  if (!match?.[1]) return undefined;
  const tab = (CODE_TABS as readonly string[]).includes(match[2] ?? '') ? (match[2] as CodeTab) : 'keuzes';
  return match[3] ? { name: 'code', id: match[1], tab, step: match[3] } : { name: 'code', id: match[1], tab };
}

export function codeHash(route: CodeRoute): string {
  if (route.id === undefined) {
    if (!route.compare) return '#/code';
    const { a, b } = route.compare;
    return `#/code/vergelijk${a ? `/${a}` : ''}${a && b ? `/${b}` : ''}`;
  }
  return `#/code/${route.id}/${route.tab}${route.step ? `/${route.step}` : ''}`;
}

/** A change of screen (not of step) moves focus to the new content. */
export function codeScreenKey(route: CodeRoute): string {
  if (route.id === undefined) return route.compare ? 'code:vergelijk' : 'code';
  return `code:${route.id}:${route.tab}`;
}
