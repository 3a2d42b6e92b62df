import { useTranslation } from 'react-i18next';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { describeMixItem, describeUncovered, type PhaseRecommendation, type Warning } from '@shared/participatie/index';
import { instrumentName, warningsFor } from './advice';
import { WarningList } from './WarningList';

export interface MixBoxProps {
  phaseLabel: string;
  chosen: string[];
  recommendation: PhaseRecommendation;
  warnings: Warning[];
  /** Instruments the phase's budget or time cannot carry: marked in the mix, never adopted. */
  infeasible: ReadonlySet<string>;
  /** Nothing fits well: no suggestion is offered as "past het best". */
  noGoodFit: boolean;
  onRemove(id: string): void;
  onAdopt(ids: string[]): void;
}

/** The instruments chosen for this phase: always at the top of the advice panel. */
export function MixBox({
  phaseLabel,
  chosen,
  recommendation,
  warnings,
  infeasible,
  noGoodFit,
  onRemove,
  onAdopt,
}: MixBoxProps) {
  const { t } = useTranslation();
  const suggestion = recommendation.mix;
  // The engine keeps infeasible instruments out of its mix; this makes sure the UI never adds one.
  const items = suggestion.items.filter((i) => !infeasible.has(i.instrumentId));
  return (
    <section className="samenspel-mix" aria-labelledby="mix-heading">
      <Heading3 id="mix-heading">{t('flow.mix.title', { phase: phaseLabel })}</Heading3>
      {chosen.length === 0 ? (
        <p className="samenspel-hint">{t('flow.mix.empty')}</p>
      ) : (
        <ul className="samenspel-mix__list" aria-label={t('flow.mix.list')}>
          {chosen.map((id) => (
            <li key={id}>
              <span>
                {instrumentName(id)}
                {infeasible.has(id) && <span className="samenspel-mix__infeasible"> ({t('flow.mix.infeasible')})</span>}
              </span>
              <button
                type="button"
                className="samenspel-mix-button samenspel-mix-button--remove"
                onClick={() => onRemove(id)}
              >
                {t('flow.mix.remove')} <span className="samenspel-visually-hidden">{instrumentName(id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <WarningList warnings={warningsFor(warnings, 'instruments')} />
      {chosen.length === 0 && !noGoodFit && items.length > 0 && (
        <details className="samenspel-suggestion">
          <summary>{t('flow.mix.suggestion', { count: items.length })}</summary>
          <ul>
            {items.map((item) => (
              <li key={item.instrumentId}>{describeMixItem(item, instrumentName)}</li>
            ))}
            {suggestion.uncovered.map((target) => (
              <li key={JSON.stringify(target)} className="samenspel-hint">
                {describeUncovered(target)}
              </li>
            ))}
          </ul>
          <Button appearance="secondary-action-button" onClick={() => onAdopt(items.map((i) => i.instrumentId))}>
            {t('flow.mix.adopt')}
          </Button>
        </details>
      )}
    </section>
  );
}
