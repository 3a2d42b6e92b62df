import type { ParseKeys } from 'i18next';
import type { Route } from './route';

/** The places of the app in the header; a traject counts as part of "Trajecten". */
export const mainMenu: ReadonlyArray<{ href: string; key: ParseKeys; active: (route: Route) => boolean }> = [
  { href: '#/', key: 'app.nav.trajecten', active: (r) => r.name === 'start' || r.name === 'traject' },
  { href: '#/workshop', key: 'app.nav.workshop', active: (r) => r.name === 'workshop' },
  { href: '#/loting', key: 'app.nav.loting', active: (r) => r.name === 'loting' },
  { href: '#/code', key: 'code.menu', active: (r) => r.name === 'code' },
];
