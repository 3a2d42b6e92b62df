import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';

/**
 * Each feature keeps its own texts in `features/<naam>/nl.json`; they are merged here under the
 * feature's name (`t('flow.…')`), so features never edit each other's locale file.
 */
const featureTexts = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/nl.json', { eager: true });

function mergeFeatures(): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...nl };
  for (const [path, module] of Object.entries(featureTexts)) {
    const feature = /features\/([^/]+)\/nl\.json$/.exec(path)?.[1];
    if (feature) merged[feature] = module.default;
  }
  return merged;
}

export const resources = { nl: { translation: mergeFeatures() } } as const;

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
