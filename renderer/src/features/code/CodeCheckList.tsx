import { useTranslation } from 'react-i18next';
import { phaseLabels } from '@shared/participatie/index';
import type { CodeCheck } from '@shared/code/traject-checks';
import './code-checks.css';

/**
 * The participatiecode's checks on a traject, each with the article it comes from: the one list
 * the code screen, the flow's overview and its phases show (the participatieplan lists the same
 * checks among its open points, from the same function).
 */
export function CodeCheckList({ checks, showPhase = false }: { checks: CodeCheck[]; showPhase?: boolean }) {
  const { t } = useTranslation();
  if (checks.length === 0) return null;
  return (
    <ul className="samenspel-code-checks">
      {checks.map((c) => (
        <li key={c.id} className={`samenspel-code-check samenspel-code-check--${c.severity}`} data-check={c.check}>
          <strong>{t(`code.trajecten.ernst.${c.severity}`)}</strong> {c.text}
          <span className="samenspel-code-check__bron">
            {showPhase && c.phase && `${t('code.checks.fase', { fase: phaseLabels[c.phase].label.toLowerCase() })} · `}
            {c.article ? t('code.trajecten.artikel', { citaat: c.article.citation }) : t('code.checks.geenArtikel')}
          </span>
        </li>
      ))}
    </ul>
  );
}
