import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';

export const resources = { nl: { translation: nl } } as const;

/** One i18next instance per app (and per test), Dutch only for now; texts live in nl.json. */
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
