import { useTranslation } from 'react-i18next';
import { Heading3 } from '@utrecht/component-library-react';
import { recruitmentLabels } from '@shared/participatie/index';
import { instrumentName, recruitmentChoices } from './advice';
import { RadioGroup } from './ChoiceGroups';
import type { QuestionProps } from './questionProps';

/**
 * "Hoe werf je deelnemers voor X?", only for chosen instruments that can recruit in more than one
 * way (a burgerpanel by sample or by sign-up). The engine derives representativeness from this
 * answer, not from what the instrument could do.
 */
export function RecruitmentQuestion({ phase, answers, change }: QuestionProps) {
  const { t } = useTranslation();
  const id = `${phase}-werving`;
  const asked = answers.instruments.filter((i) => recruitmentChoices(i).length > 0);
  if (asked.length === 0) return null;
  return (
    <section className="samenspel-card samenspel-question" aria-labelledby={`${id}-heading`} data-testid="werving">
      <Heading3 id={`${id}-heading`}>{t('flow.werving.title')}</Heading3>
      <p className="samenspel-hint">{t('flow.werving.explanation')}</p>
      {asked.map((instrumentId) => (
        <RadioGroup
          key={instrumentId}
          name={`${id}-${instrumentId}`}
          legend={t('flow.werving.question', { instrument: instrumentName(instrumentId) })}
          choices={recruitmentChoices(instrumentId).map((r) => ({ id: r, label: recruitmentLabels[r] }))}
          value={answers.werving[instrumentId]}
          onChange={(recruitment) => change((p) => ({ ...p, werving: { ...p.werving, [instrumentId]: recruitment } }))}
        />
      ))}
    </section>
  );
}
