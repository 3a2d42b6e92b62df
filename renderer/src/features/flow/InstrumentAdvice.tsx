import { useTranslation } from 'react-i18next';
import {
  describeReason,
  intensityLabels,
  type Instrument,
  type Infeasibility,
  type RankedInstrument,
  type Reason,
} from '@shared/participatie/index';
import { euro, instrumentById, isFeasible, instrumentName } from './advice';

const order: Record<Reason['effect'], number> = { fits: 0, neutral: 1, 'does-not-fit': 2 };

/** "kost minstens € 100.000, je budget is € 20.000" / "heeft minstens 20 weken nodig, je hebt er 10". */
export function useShortfallText() {
  const { t } = useTranslation();
  return (item: Infeasibility) =>
    item.criterion === 'budget'
      ? t('flow.advice.shortfallBudget', { needed: euro(item.needed), budget: euro(item.answer) })
      : t('flow.advice.shortfallTime', { needed: item.needed, weeks: item.answer });
}

function CostLine({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const range = instrument.costRange as Instrument['costRange'] | undefined;
  if (!range) return null;
  const text =
    range.high === 0
      ? t('flow.advice.costNone')
      : range.low === range.high
        ? t('flow.advice.costFixed', { amount: euro(range.low) })
        : t('flow.advice.cost', { low: euro(range.low), high: euro(range.high) });
  return <p className="samenspel-instrument__cost">{text}</p>;
}

/** Weight, what the cost estimate rests on, and the public sources: for the adviser who must defend it. */
function MoreAbout({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const sources = instrument.sources as string[] | undefined;
  return (
    <details className="samenspel-instrument__more">
      <summary>{t('flow.advice.more', { instrument: instrument.name })}</summary>
      <dl>
        {instrument.intensity && (
          <>
            <dt>{t('flow.advice.intensity')}</dt>
            <dd>{intensityLabels[instrument.intensity]}</dd>
          </>
        )}
        {instrument.costRange && (
          <>
            <dt>{t('flow.advice.costBasis')}</dt>
            <dd>{instrument.costRange.basis}</dd>
          </>
        )}
        {sources && sources.length > 0 && (
          <>
            <dt>{t('flow.advice.sources')}</dt>
            <dd>
              <ul>
                {sources.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}

/**
 * One ranked instrument: what it is, what it costs, why it fits or not, and the button to put it
 * in the mix. An instrument the budget or the time cannot carry says so first, and is subdued.
 */
export function InstrumentAdvice({
  ranked,
  rank,
  tied = false,
  chosen,
  onToggle,
}: {
  ranked: RankedInstrument;
  rank: number;
  /** Another instrument shares this rank. */
  tied?: boolean;
  chosen: boolean;
  onToggle(): void;
}) {
  const { t } = useTranslation();
  const shortfall = useShortfallText();
  const instrument = instrumentById.get(ranked.instrumentId);
  const name = instrumentName(ranked.instrumentId);
  const feasible = isFeasible(ranked);
  // Strongest reasons first within each kind, so the top line is the one that mattered most.
  const reasons = [...ranked.reasons].sort(
    (a, b) => order[a.effect] - order[b.effect] || Math.abs(b.weight) - Math.abs(a.weight),
  );
  const className = [
    'samenspel-instrument',
    chosen && 'samenspel-instrument--chosen',
    !feasible && 'samenspel-instrument--infeasible',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className} data-instrument={ranked.instrumentId} data-feasible={feasible}>
      <div className="samenspel-instrument__head">
        {feasible && (
          <span className="samenspel-instrument__rank" aria-hidden="true">
            {rank}
          </span>
        )}
        <span className="samenspel-instrument__name">
          {name}
          {tied && feasible && <span className="samenspel-instrument__tied"> {t('flow.advice.tied', { rank })}</span>}
          {chosen && <span className="samenspel-instrument__chosen"> {t('flow.advice.chosen')}</span>}
        </span>
        {/* The label says what the button does; the state is in the card (and read with the name). */}
        <button
          type="button"
          className={chosen ? 'samenspel-mix-button samenspel-mix-button--remove' : 'samenspel-mix-button'}
          onClick={onToggle}
        >
          {chosen ? t('flow.advice.removeFromMix') : t('flow.advice.choose')}{' '}
          <span className="samenspel-visually-hidden">{name}</span>
        </button>
      </div>
      {!feasible && (
        <p className="samenspel-instrument__infeasible">
          <strong>{t('flow.advice.infeasible')}</strong> {(ranked.infeasible ?? []).map(shortfall).join('; ')}.
        </p>
      )}
      {instrument && <p className="samenspel-instrument__short">{instrument.short}</p>}
      {instrument && <CostLine instrument={instrument} />}
      {feasible && (
        <ul className="samenspel-reasons">
          {reasons.map((reason) => (
            <li
              key={`${reason.criterion}-${reason.answer}`}
              className={`samenspel-reason samenspel-reason--${reason.effect}`}
            >
              <span className="samenspel-visually-hidden">{t(`flow.advice.effect.${reason.effect}`)} </span>
              {describeReason(reason)}
            </li>
          ))}
        </ul>
      )}
      {instrument && <MoreAbout instrument={instrument} />}
    </li>
  );
}
