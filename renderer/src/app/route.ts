import { useEffect, useState } from 'react';
import { parseWorkshopRoute, workshopHash, type WorkshopRoute } from '../features/workshop/route';
import { lotingHash, parseLotingRoute, type LotingRoute } from '../features/loting/route';
import { codeHash, parseCodeRoute, type CodeRoute } from '../features/code/route';

/** The screens inside an opened traject, in the order of the tabs. */
export const trajectViews = ['vraagstuk', 'phases', 'overview', 'procesplaat'] as const;
export type TrajectView = (typeof trajectViews)[number];

export type Route =
  | { name: 'start' }
  | { name: 'traject'; id: string; view: TrajectView; /** a phase id within the 'phases' view */ sub?: string }
  | WorkshopRoute
  | LotingRoute
  | CodeRoute;

/** Views of earlier versions (Dutch names), so a hash kept from before still opens the same screen. */
const oldViewNames: Readonly<Record<string, TrajectView>> = { fasen: 'phases', overzicht: 'overview' };

/** Hash routes survive a reload in the browser mode and need no server support. */
export function parseRoute(hash: string): Route {
  const workshop = parseWorkshopRoute(hash);
  if (workshop) return workshop;
  const loting = parseLotingRoute(hash);
  if (loting) return loting;
  const code = parseCodeRoute(hash);
  if (code) return code;
  const match = /^#\/traject\/([0-9a-f-]{36})(?:\/([a-z]+))?(?:\/([a-z-]+))?$/i.exec(hash);
  if (!match?.[1]) return { name: 'start' };
  const segment = oldViewNames[match[2] ?? ''] ?? match[2] ?? '';
  const view = (trajectViews as readonly string[]).includes(segment) ? (segment as TrajectView) : 'vraagstuk';
  return match[3] ? { name: 'traject', id: match[1], view, sub: match[3] } : { name: 'traject', id: match[1], view };
}

export function routeHash(route: Route): string {
  if (route.name === 'start') return '#/';
  if (route.name === 'workshop') return workshopHash(route);
  if (route.name === 'loting') return lotingHash(route);
  if (route.name === 'code') return codeHash(route);
  return `#/traject/${route.id}/${route.view}${route.sub ? `/${route.sub}` : ''}`;
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
