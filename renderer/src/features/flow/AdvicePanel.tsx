import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Heading3 } from '@utrecht/component-library-react';
import { describeExclusion, phaseLabels, type Phase } from '../../../../shared/participatie/index';
import { namen, type PhaseAdvice } from './advice';
import { InstrumentAdvies } from './InstrumentAdvies';
import { MixBox } from './MixBox';

/** How many ranked instruments show before "toon alle"; the list keeps this length, so nothing jumps. */
export const TOP = 8;

export interface AdvicePanelProps {
  phase: Phase;
  advice: PhaseAdvice;
  chosen: string[];
  onChosen(ids: string[]): void;
}

/**
 * Live advice beside the questions. It has its own scroll area, so a changing ranking never
 * moves the form the user is working in.
 */
export function AdvicePanel({ phase, advice, chosen, onChosen }: AdvicePanelProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { recommendation, warnings } = advice;
  const label = phaseLabels[phase].label;
  const shown = all ? recommendation.ranking : recommendation.ranking.slice(0, TOP);
  const toggle = (id: string) => onChosen(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);

  return (
    <aside className="samenspel-advice samenspel-card" aria-labelledby="advies-kop" data-testid="advies">
      <Heading2 id="advies-kop">{t('flow.advies.title', { fase: label.toLowerCase() })}</Heading2>
      <MixBox
        phaseLabel={label.toLowerCase()}
        chosen={chosen}
        recommendation={recommendation}
        warnings={warnings}
        onRemove={(id) => onChosen(chosen.filter((c) => c !== id))}
        onAdopt={(ids) => onChosen([...chosen, ...ids.filter((id) => !chosen.includes(id))])}
      />
      {recommendation.geenParticipatie ? (
        <p className="samenspel-hint">{t('flow.advies.geenParticipatie')}</p>
      ) : (
        <>
          <Heading3 id="ranking-kop">{t('flow.advies.ranking', { count: recommendation.ranking.length })}</Heading3>
          <p className="samenspel-hint">
            {recommendation.ranking.length === 0 ? t('flow.advies.nietsPast') : t('flow.advies.rankingUitleg')}
          </p>
          <ol className="samenspel-ranking" aria-labelledby="ranking-kop">
            {shown.map((ranked, index) => (
              <InstrumentAdvies
                key={ranked.instrumentId}
                ranked={ranked}
                rank={index + 1}
                chosen={chosen.includes(ranked.instrumentId)}
                onToggle={() => toggle(ranked.instrumentId)}
              />
            ))}
          </ol>
          {recommendation.ranking.length > TOP && (
            <button type="button" className="samenspel-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('flow.advies.minder') : t('flow.advies.alle', { count: recommendation.ranking.length })}
            </button>
          )}
          {recommendation.excluded.length > 0 && (
            <details className="samenspel-excluded">
              <summary>{t('flow.advies.uitgesloten', { count: recommendation.excluded.length })}</summary>
              <ul>
                {recommendation.excluded.map((item) => (
                  <li key={item.instrumentId} data-instrument={item.instrumentId}>
                    <strong>{namen(item.instrumentId)}</strong>: {item.exclusions.map(describeExclusion).join(' ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </aside>
  );
}
