import { useTranslation } from 'react-i18next';

/** The technical terms, explained once (the rest of the screen uses plain Dutch). */
export function Explanation() {
  const { t } = useTranslation();
  const termen = ['pool', 'profiel', 'leximin', 'seed', 'gretig', 'controle', 'vingerafdruk', 'proef'] as const;
  return (
    <details className="samenspel-loting__uitleg">
      <summary>{t('loting.uitleg.titel')}</summary>
      <ul>
        {termen.map((term) => (
          <li key={term}>{t(`loting.uitleg.${term}`)}</li>
        ))}
      </ul>
    </details>
  );
}
