import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import code from '../features/code/nl.json';
import exportTexts from '../features/export/nl.json';
import flow from '../features/flow/nl.json';
import help from '../features/flow/help/nl.json';
import loting from '../features/loting/nl.json';
import procesplaat from '../features/procesplaat/nl.json';
import workshop from '../features/workshop/nl.json';
import nl from './nl.json';

/**
 * Each feature keeps its own texts in `features/<naam>/nl.json`; they are merged here under the
 * feature's name (`t('flow.…')`), so features never edit each other's locale file. The list is
 * written out (not globbed) so that TypeScript knows every key: `t('flow.onbekend')` fails `tsc -b`.
 */
const translation = { ...nl, code, export: exportTexts, flow, help, loting, procesplaat, workshop };

export const resources = { nl: { translation } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['nl'];
    returnNull: false;
  }
}

/** One i18next instance per app (and per test), Dutch only for now. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
