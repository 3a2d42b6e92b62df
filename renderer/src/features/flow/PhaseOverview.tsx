import { useTranslation } from 'react-i18next';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import {
  councilRoleLabels,
  goalLabels,
  groupLabels,
  levelLabels,
  phaseLabels,
  reachLabels,
  recruitmentLabels,
  roomLabels,
  type Phase,
  type PhaseAnswers,
  type Warning,
} from '@shared/participatie/index';
import { routeHash } from '../../app/route';
import { euro, instrumentName } from './advice';
import { CONTEXT_FIELDS, contextLabel } from './ContextQuestion';
import { phaseProgress } from './progress';
import { WarningList } from './WarningList';

/** One phase of the participatiemix, read-only, with a link back to edit it. */
export function PhaseOverview({
  trajectId,
  phase,
  answers,
  warnings,
}: {
  trajectId: string;
  phase: Phase;
  answers: PhaseAnswers | undefined;
  warnings: Warning[];
}) {
  const { t } = useTranslation();
  const progress = phaseProgress(answers);
  const empty = t('flow.overview.empty');
  const edit = (
    <a
      href={routeHash({ name: 'traject', id: trajectId, view: 'phases', sub: phase })}
      className="samenspel-overview__edit"
    >
      {t('flow.overview.edit', { phase: phaseLabels[phase].label })}
    </a>
  );
  const heading = <Heading3 id={`overview-${phase}`}>{phaseLabels[phase].label}</Heading3>;

  if (!answers || (progress.kind === 'questions' && progress.answered === 0 && answers.instruments.length === 0)) {
    return (
      <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overview-${phase}`}>
        {heading}
        <Paragraph className="samenspel-hint">{t('flow.overview.notFilledIn')}</Paragraph>
        {edit}
      </section>
    );
  }
  if (answers.geenParticipatie) {
    return (
      <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overview-${phase}`}>
        {heading}
        <Paragraph>
          <strong>{t('flow.overview.noParticipation')}</strong>{' '}
          {answers.geenParticipatie.reden || t('flow.overview.noReason')}
        </Paragraph>
        <WarningList warnings={warnings} />
        {edit}
      </section>
    );
  }
  const level = answers.level ? levelLabels[answers.level] : undefined;
  const differs = CONTEXT_FIELDS.filter((f) => answers[f] !== undefined);
  const time = [
    answers.time?.weeks ? t('flow.overview.weeks', { count: answers.time.weeks }) : '',
    answers.time?.deadline ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overview-${phase}`}>
      {heading}
      <dl className="samenspel-overview__list">
        <dt>{t('flow.overview.goal')}</dt>
        <dd>
          {answers.goals.map((g) => goalLabels[g].label).join(', ') || empty}
          {answers.goalsInOwnWords && <span className="samenspel-overview__own">“{answers.goalsInOwnWords}”</span>}
        </dd>
        <dt>{t('flow.overview.room')}</dt>
        <dd>
          {answers.room ? roomLabels[answers.room].label : empty}
          {answers.kaders.length > 0 && (
            <ul>
              {answers.kaders.map((k, i) => (
                <li key={i}>{k}</li>
              ))}
            </ul>
          )}
          {answers.budget !== undefined && (
            <span className="samenspel-overview__own">
              {t('flow.overview.budget', { amount: euro(answers.budget) })}
            </span>
          )}
          {time && <span className="samenspel-overview__own">{t('flow.overview.time', { time: time })}</span>}
        </dd>
        <dt>{t('flow.overview.role')}</dt>
        <dd>
          {level ? (
            <>
              {level.label}
              <span className="samenspel-overview__own">
                {t('flow.role.promise')} {level.promise}
              </span>
            </>
          ) : (
            empty
          )}
        </dd>
        <dt>{t('flow.overview.raad')}</dt>
        <dd data-testid={`overview-raad-${phase}`}>
          {answers.councilRoles.length > 0
            ? answers.councilRoles.map((r) => councilRoleLabels[r].label).join(', ')
            : t('flow.overview.raadNoRole')}
          <span className="samenspel-overview__own">
            {answers.councilDecisionMoment ? t('flow.overview.decisionMoment') : t('flow.overview.noDecisionMoment')}
          </span>
          {answers.mandate && <span className="samenspel-overview__own">{t('flow.overview.mandate')}</span>}
          {answers.priorCommitment && (
            <span className="samenspel-overview__own">{t('flow.overview.priorCommitment')}</span>
          )}
        </dd>
        <dt>{t('flow.overview.targetGroup')}</dt>
        <dd>
          {[
            answers.reach.map((r) => reachLabels[r].label).join(', '),
            answers.groups.map((g) => groupLabels[g].label.toLowerCase()).join(', '),
          ]
            .filter(Boolean)
            .join(': ') || empty}
        </dd>
        <dt>{t('flow.overview.instruments')}</dt>
        <dd>
          {answers.instruments.map(instrumentName).join(', ') || empty}
          {Object.entries(answers.werving)
            .filter(([id]) => answers.instruments.includes(id))
            .map(([id, recruitment]) => (
              <span key={id} className="samenspel-overview__own">
                {t('flow.overview.werving', {
                  instrument: instrumentName(id),
                  werving: recruitmentLabels[recruitment],
                })}
              </span>
            ))}
        </dd>
        {differs.length > 0 && (
          <>
            <dt>{t('flow.overview.differs')}</dt>
            <dd>{differs.map((f) => `${t(`flow.context.${f}Short`)}: ${contextLabel(f, answers[f])}`).join(' · ')}</dd>
          </>
        )}
      </dl>
      {warnings.length > 0 && (
        <>
          <p className="samenspel-overview__warnings-title">
            {t('flow.overview.warnings', { count: warnings.length })}
          </p>
          <WarningList warnings={warnings} />
        </>
      )}
      {edit}
    </section>
  );
}
