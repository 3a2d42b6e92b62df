import { useTranslation } from 'react-i18next';
import { describeReason, type RankedInstrument, type Reason } from '../../../../shared/participatie/index';
import { instrumentById, namen } from './advice';

const order: Record<Reason['effect'], number> = { past: 0, neutraal: 1, 'past-niet': 2 };

/** One ranked instrument: what it is, why it fits or not, and the button to put it in the mix. */
export function InstrumentAdvies({
  ranked,
  rank,
  chosen,
  onToggle,
}: {
  ranked: RankedInstrument;
  rank: number;
  chosen: boolean;
  onToggle(): void;
}) {
  const { t } = useTranslation();
  const instrument = instrumentById.get(ranked.instrumentId);
  const name = namen(ranked.instrumentId);
  // Strongest reasons first within each kind, so the top line is the one that mattered most.
  const reasons = [...ranked.reasons].sort(
    (a, b) => order[a.effect] - order[b.effect] || Math.abs(b.weight) - Math.abs(a.weight),
  );
  return (
    <li
      className={chosen ? 'samenspel-instrument samenspel-instrument--chosen' : 'samenspel-instrument'}
      data-instrument={ranked.instrumentId}
    >
      <div className="samenspel-instrument__head">
        <span className="samenspel-instrument__rank" aria-hidden="true">
          {rank}
        </span>
        <span className="samenspel-instrument__name">
          {name}
          {chosen && <span className="samenspel-instrument__chosen"> {t('flow.advies.gekozen')}</span>}
        </span>
        {/* The label says what the button does; the state is in the card (and read with the name). */}
        <button
          type="button"
          className={chosen ? 'samenspel-mix-button samenspel-mix-button--remove' : 'samenspel-mix-button'}
          onClick={onToggle}
        >
          {chosen ? t('flow.advies.uitMix') : t('flow.advies.kies')}{' '}
          <span className="samenspel-visually-hidden">{name}</span>
        </button>
      </div>
      {instrument && <p className="samenspel-instrument__short">{instrument.short}</p>}
      <ul className="samenspel-reasons">
        {reasons.map((reason) => (
          <li
            key={`${reason.criterion}-${reason.answer}`}
            className={`samenspel-reason samenspel-reason--${reason.effect}`}
          >
            <span className="samenspel-visually-hidden">{t(`flow.advies.effect.${reason.effect}`)} </span>
            {describeReason(reason)}
          </li>
        ))}
      </ul>
    </li>
  );
}
