import { useTranslation } from 'react-i18next';

/** The technical terms, explained once (the rest of the screen uses plain Dutch). */
export function Explanation() {
  const { t } = useTranslation();
  const terms = ['pool', 'profile', 'leximin', 'seed', 'greedy', 'verifiable', 'fingerprint', 'trial'] as const;
  return (
    <details className="samenspel-loting__explanation">
      <summary>{t('loting.explanation.title')}</summary>
      <ul>
        {terms.map((term) => (
          <li key={term}>{t(`loting.explanation.${term}`)}</li>
        ))}
      </ul>
    </details>
  );
}
