import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { LEVELS, levelLabels, levelRank, type Level } from '@shared/participatie/index';
import { HelpLink } from './help/HelpButtons';

export interface ParticipationLadderProps {
  /** Unique within the page, for ids and the radio name. */
  name: string;
  value: Level | undefined;
  /** The highest rung the chosen room can honestly carry; rungs above it are marked. */
  maxLevel: Level | undefined;
  onChange(level: Level): void;
  describedBy?: string;
}

/**
 * The participatieladder as a ladder: the highest rung on top, each rung with the promise it
 * makes to participants. A radio group underneath, so arrow keys move along the rungs.
 */
export function ParticipationLadder({ name, value, maxLevel, onChange, describedBy }: ParticipationLadderProps) {
  const { t } = useTranslation();
  const rungs = [...LEVELS].reverse();
  return (
    <Fieldset aria-describedby={describedBy}>
      <FieldsetLegend>
        {t('flow.role.ladder')}
        <HelpLink topic="participation-ladder" />
      </FieldsetLegend>
      <ol className="samenspel-ladder" reversed>
        {rungs.map((level) => {
          const tooHigh = maxLevel !== undefined && levelRank(level) > levelRank(maxLevel);
          const id = `${name}-${level}`;
          return (
            <li
              key={level}
              className={[
                'samenspel-ladder__rung',
                value === level ? 'samenspel-ladder__rung--chosen' : '',
                tooHigh ? 'samenspel-ladder__rung--too-high' : '',
              ].join(' ')}
              data-level={level}
            >
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                id={id}
                name={name}
                value={level}
                checked={value === level}
                onChange={() => onChange(level)}
                aria-describedby={`${id}-belofte${tooHigh ? ` ${id}-te-hoog` : ''}`}
              />
              <div>
                <label htmlFor={id} className="samenspel-ladder__label">
                  <span className="samenspel-ladder__step">{t('flow.role.rung', { n: levelRank(level) + 1 })}</span>{' '}
                  {levelLabels[level].label}
                </label>
                <span className="samenspel-ladder__explanation">{levelLabels[level].explanation}</span>
                <span id={`${id}-belofte`} className="samenspel-ladder__promise">
                  {t('flow.role.promise')} {levelLabels[level].promise}
                </span>
                {tooHigh && (
                  <span id={`${id}-te-hoog`} className="samenspel-ladder__too-high">
                    {t('flow.role.tooHigh')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
