import { useTranslation } from 'react-i18next';
import { Checkbox, FormLabel, Heading3, Heading4 } from '@utrecht/component-library-react';
import { COUNCIL_ROLES, ROOM_MAX_LEVEL, councilRoleLabels } from '@shared/participatie/index';
import { HelpLink } from './help/HelpButtons';
import { instrumentById, warningsFor } from './advice';
import { CheckboxGroup } from './ChoiceGroups';
import { ParticipationLadder } from './ParticipationLadder';
import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

const councilRoles = COUNCIL_ROLES.map((id) => ({ id, ...councilRoleLabels[id] }));

type YesNoField = 'councilDecisionMoment' | 'mandate' | 'priorCommitment' | 'vraagIsJaNee';

export function RoleQuestion({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  const id = `${phase}-role`;
  // Only asked when it matters: an instrument in the mix needs a yes/no question (a referendum).
  const needsYesNo = answers.instruments.some((i) => instrumentById.get(i)?.requires.includes('ja-nee-vraag'));

  const yesNo = (field: YesNoField) => (
    <div key={field}>
      <div className="samenspel-choice">
        <Checkbox
          id={`${id}-${field}`}
          checked={answers[field] === true}
          onChange={(e) => change((p) => ({ ...p, [field]: e.target.checked }))}
        />
        <FormLabel htmlFor={`${id}-${field}`} type="checkbox">
          {t(`flow.role.${field}`)}
        </FormLabel>
      </div>
      {field !== 'priorCommitment' && <WarningList warnings={warningsFor(warnings, field)} />}
    </div>
  );

  return (
    <section className="samenspel-card samenspel-question" aria-labelledby={`${id}-heading`}>
      <Heading3 id={`${id}-heading`}>{t('flow.role.title')}</Heading3>
      {/* Above the ladder: a long ladder would push a warning below it out of sight. */}
      <WarningList warnings={warningsFor(warnings, 'level')} />
      <ParticipationLadder
        name={id}
        value={answers.level}
        maxLevel={answers.room ? ROOM_MAX_LEVEL[answers.room] : undefined}
        onChange={(level) => change((p) => ({ ...p, level }))}
      />

      <Heading4 className="samenspel-subhead">
        {t('flow.role.raad')}
        <HelpLink topic="role-of-the-raad" />
      </Heading4>
      <CheckboxGroup
        name={`${id}-raad`}
        legend={t('flow.role.raadLegend')}
        choices={councilRoles}
        value={answers.councilRoles}
        columns
        onChange={(roles) => change((p) => ({ ...p, councilRoles: roles }))}
      />
      {yesNo('councilDecisionMoment')}
      {yesNo('mandate')}
      {/* Beside the mandate: together they make meebeslissen an honest promise. */}
      {yesNo('priorCommitment')}
      {needsYesNo && yesNo('vraagIsJaNee')}
    </section>
  );
}
