import { useTranslation } from 'react-i18next';
import { FormField, FormLabel, Heading3, Textarea } from '@utrecht/component-library-react';
import { GOALS, goalLabels } from '@shared/participatie/index';
import { HelpLink } from './help/HelpButtons';
import { warningsFor } from './advice';
import { CheckboxGroup } from './ChoiceGroups';
import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

const goals = GOALS.map((id) => ({ id, ...goalLabels[id] }));

export function GoalQuestion({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  return (
    <section className="samenspel-card samenspel-question" aria-labelledby={`${phase}-goal-heading`}>
      <Heading3 id={`${phase}-goal-heading`}>
        {t('flow.goal.title')}
        <HelpLink topic="goals-first" />
      </Heading3>
      <CheckboxGroup
        name={`${phase}-goal`}
        legend={t('flow.goal.legend')}
        choices={goals}
        value={answers.goals}
        columns
        onChange={(goals) => change((p) => ({ ...p, goals }))}
      />
      <WarningList warnings={warningsFor(warnings, 'goals')} />
      <FormField>
        <FormLabel htmlFor={`${phase}-goal-own`}>{t('flow.goal.ownWords')}</FormLabel>
        <Textarea
          id={`${phase}-goal-own`}
          rows={3}
          value={answers.goalsInOwnWords ?? ''}
          onChange={(e) =>
            change(
              (p) => ({ ...p, goalsInOwnWords: e.target.value === '' ? undefined : e.target.value }),
              `${phase}-goal-own`,
            )
          }
        />
      </FormField>
    </section>
  );
}
