import { useEffect, useState } from 'react';

export type Route = { name: 'start' } | { name: 'traject'; id: string };

/** Hash routes survive a reload in the browser mode and need no server support. */
export function parseRoute(hash: string): Route {
  const match = /^#\/traject\/([0-9a-f-]{36})$/i.exec(hash);
  return match?.[1] ? { name: 'traject', id: match[1] } : { name: 'start' };
}

export function routeHash(route: Route): string {
  return route.name === 'traject' ? `#/traject/${route.id}` : '#/';
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
