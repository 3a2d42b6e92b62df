/** Hash routes of the workshop feature; renderer/src/app/route.ts delegates to these. */
export const sessionViews = ['answers', 'rode-draden', 'finish', 'setup', 'presenter'] as const;
export type SessionView = (typeof sessionViews)[number];

export type WorkshopRoute = { name: 'workshop' } | { name: 'workshop'; id: string; view: SessionView };

export function parseWorkshopRoute(hash: string): WorkshopRoute | undefined {
  const match = /^#\/workshop(?:\/([0-9a-f-]{36})(?:\/([a-z-]+))?)?\/?$/i.exec(hash);
  if (!match) return undefined;
  if (!match[1]) return { name: 'workshop' };
  const view = (sessionViews as readonly string[]).includes(match[2] ?? '') ? (match[2] as SessionView) : 'answers';
  return { name: 'workshop', id: match[1], view };
}

export function workshopHash(route: WorkshopRoute): string {
  return 'id' in route ? `#/workshop/${route.id}/${route.view}` : '#/workshop';
}

export function isPresenterRoute(route: { name: string }): boolean {
  return route.name === 'workshop' && 'view' in route && route.view === 'presenter';
}

/** Focus moves to the content only when the screen changes, not when switching tabs of a session. */
export function workshopScreenKey(route: WorkshopRoute): string {
  return 'id' in route ? `workshop:${route.id}${route.view === 'presenter' ? ':presenter' : ''}` : 'workshop';
}
