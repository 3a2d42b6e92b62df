import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '@shared/format';
import { Heading2, Heading3 } from '@utrecht/component-library-react';
import {
  describeExclusion,
  levelLabels,
  phaseLabels,
  roomLabels,
  type Criterion,
  type Phase,
  type PhaseRecommendation,
} from '@shared/participatie/index';
import { isFeasible, instrumentName, rankOf, type PhaseAdvice } from './advice';
import { InstrumentAdvice } from './InstrumentAdvice';
import { MixBox } from './MixBox';
import { WarningList } from './WarningList';

/** How many ranked instruments show before "toon alle"; the list keeps this length, so nothing jumps. */
export const TOP = 8;

export interface AdvicePanelProps {
  phase: Phase;
  advice: PhaseAdvice;
  chosen: string[];
  onChosen(ids: string[]): void;
}

/**
 * The answers that most often count against the best candidates, to say what to reconsider when
 * nothing fits well. At most three, most frequent first.
 */
export function whatToReconsider(recommendation: PhaseRecommendation): Criterion[] {
  const counts = new Map<Criterion, number>();
  for (const ranked of recommendation.ranking.slice(0, 5)) {
    const criteria = new Set<Criterion>([
      ...ranked.reasons.filter((r) => r.effect === 'does-not-fit').map((r) => r.criterion),
      ...(ranked.infeasible ?? []).map((i) => i.criterion),
    ]);
    for (const c of criteria) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => c);
}

/**
 * Live advice beside the questions. It has its own scroll area, so a changing ranking never
 * moves the form the user is working in. What makes the advice unreliable comes first: a level
 * the room cannot carry, then contradicting answers; then the mix; then the ranking, with what
 * the budget or time cannot carry at the bottom.
 */
export function AdvicePanel({ phase, advice, chosen, onChosen }: AdvicePanelProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const { recommendation, warnings } = advice;
  const label = phaseLabels[phase].label;
  const feasible = recommendation.ranking.filter(isFeasible);
  const infeasible = recommendation.ranking.filter((r) => !isFeasible(r));
  const shown = all ? feasible : feasible.slice(0, TOP);
  const ranks = feasible.map((r, i) => rankOf(r, i));
  const tied = (rank: number) => ranks.filter((r) => r === rank).length > 1;
  const toggle = (id: string) => onChosen(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const infeasibleIds = new Set(infeasible.map((r) => r.instrumentId));
  const { levelAdvice } = recommendation;
  const contradiction = recommendation.contradiction === true && !recommendation.geenParticipatie;
  const noGoodFit = recommendation.noGoodFit === true && feasible.length > 0;
  const level = (id: keyof typeof levelLabels) => levelLabels[id].label.toLowerCase();

  return (
    <aside className="samenspel-advice samenspel-card" aria-labelledby="advice-heading" data-testid="advies">
      <Heading2 id="advice-heading">{t('flow.advice.title', { phase: label.toLowerCase() })}</Heading2>
      {levelAdvice && !recommendation.geenParticipatie && (
        <p className="samenspel-level-advice" data-testid="level-advice">
          {t('flow.advice.levelAdvice', {
            asked: level(levelAdvice.asked),
            advised: level(levelAdvice.advised),
            room: roomLabels[levelAdvice.room].label.toLowerCase(),
          })}
        </p>
      )}
      {contradiction && (
        <section
          className="samenspel-contradiction"
          aria-labelledby="contradiction-heading"
          data-testid="contradiction"
        >
          <Heading3 id="contradiction-heading">{t('flow.advice.contradiction')}</Heading3>
          <p className="samenspel-hint">{t('flow.advice.contradictionExplanation')}</p>
          {/* Not a live region: the same warnings are read out next to the questions. */}
          <WarningList warnings={warnings} live={false} />
        </section>
      )}
      {/* No participation and nothing chosen: no mix to show, and no "kies uit het advies" either. */}
      {!(recommendation.geenParticipatie && chosen.length === 0) && (
        <MixBox
          phaseLabel={label.toLowerCase()}
          chosen={chosen}
          recommendation={recommendation}
          warnings={contradiction ? [] : warnings}
          infeasible={infeasibleIds}
          noGoodFit={recommendation.noGoodFit === true}
          onRemove={(id) => onChosen(chosen.filter((c) => c !== id))}
          // Never adopt what the budget or time cannot carry, whatever the suggestion holds.
          onAdopt={(ids) =>
            onChosen([...chosen, ...ids.filter((id) => !chosen.includes(id) && !infeasibleIds.has(id))])
          }
        />
      )}
      {recommendation.geenParticipatie ? (
        <p className="samenspel-hint" data-testid="no-participation-advice">
          {chosen.length > 0 ? t('flow.advice.noParticipationWithMix') : t('flow.advice.noParticipation')}
        </p>
      ) : (
        <>
          <Heading3 id="ranking-heading">{t('flow.advice.ranking', { count: feasible.length })}</Heading3>
          {noGoodFit ? (
            <p className="samenspel-no-fit" data-testid="no-good-fit">
              {t('flow.advice.noGoodFit', {
                points:
                  formatList(whatToReconsider(recommendation).map((c) => t(`flow.advice.criterion.${c}`))) ||
                  t('flow.advice.noGoodFitGeneral'),
              })}
            </p>
          ) : (
            <p className="samenspel-hint">
              {recommendation.ranking.length === 0
                ? t('flow.advice.nothingFits')
                : feasible.length === 0
                  ? t('flow.advice.nothingFeasible')
                  : t('flow.advice.rankingExplanation')}
            </p>
          )}
          <ol className="samenspel-ranking" aria-labelledby="ranking-heading">
            {shown.map((ranked, index) => (
              <InstrumentAdvice
                key={ranked.instrumentId}
                ranked={ranked}
                rank={ranks[index]!}
                tied={tied(ranks[index]!)}
                chosen={chosen.includes(ranked.instrumentId)}
                onToggle={() => toggle(ranked.instrumentId)}
              />
            ))}
          </ol>
          {feasible.length > TOP && (
            <button type="button" className="samenspel-link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('flow.advice.showFewer') : t('flow.advice.showAll', { count: feasible.length })}
            </button>
          )}
          {infeasible.length > 0 && (
            <section className="samenspel-infeasible" aria-labelledby="infeasible-heading">
              <Heading3 id="infeasible-heading">
                {t('flow.advice.infeasibleHeading', { count: infeasible.length })}
              </Heading3>
              <p className="samenspel-hint">{t('flow.advice.infeasibleExplanation', { count: infeasible.length })}</p>
              <ul className="samenspel-ranking" aria-labelledby="infeasible-heading">
                {infeasible.map((ranked, index) => (
                  <InstrumentAdvice
                    key={ranked.instrumentId}
                    ranked={ranked}
                    rank={rankOf(ranked, feasible.length + index)}
                    chosen={chosen.includes(ranked.instrumentId)}
                    onToggle={() => toggle(ranked.instrumentId)}
                  />
                ))}
              </ul>
            </section>
          )}
          {recommendation.excluded.length > 0 && (
            <details className="samenspel-excluded">
              <summary>{t('flow.advice.excluded', { count: recommendation.excluded.length })}</summary>
              <ul>
                {recommendation.excluded.map((item) => (
                  <li key={item.instrumentId} data-instrument={item.instrumentId}>
                    <strong>{instrumentName(item.instrumentId)}</strong>:{' '}
                    {item.exclusions.map(describeExclusion).join(' ')}
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
