import { useTranslation } from 'react-i18next';
import { Heading3 } from '@utrecht/component-library-react';
import { GROUPS, REACHES, groupLabels, reachLabels } from '@shared/participatie/index';
import { HelpLink } from './help/HelpButtons';
import { warningsFor } from './advice';
import { CheckboxGroup } from './ChoiceGroups';
import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

const reaches = REACHES.map((id) => ({ id, ...reachLabels[id] }));
const groups = GROUPS.map((id) => ({ id, ...groupLabels[id] }));

export function TargetGroupQuestion({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  const id = `${phase}-target-group`;
  return (
    <section className="samenspel-card samenspel-question" aria-labelledby={`${id}-heading`}>
      <Heading3 id={`${id}-heading`}>
        {t('flow.targetGroup.title')}
        <HelpLink topic="target-group" />
      </Heading3>
      {/* Several reaches at once: young people and the neighbours, say. */}
      <CheckboxGroup
        name={`${id}-reach`}
        legend={t('flow.targetGroup.reach')}
        choices={reaches}
        value={answers.reach}
        columns
        onChange={(reach) => change((p) => ({ ...p, reach }))}
      />
      <CheckboxGroup
        name={`${id}-groups`}
        legend={t('flow.targetGroup.groups')}
        choices={groups}
        value={answers.groups}
        columns
        onChange={(next) => change((p) => ({ ...p, groups: next }))}
      />
      <WarningList warnings={warningsFor(warnings, 'groups')} />
    </section>
  );
}
