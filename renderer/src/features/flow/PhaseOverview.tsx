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
import { euro, namen } from './advice';
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
  const leeg = t('flow.overzicht.leeg');
  const edit = (
    <a
      href={routeHash({ name: 'traject', id: trajectId, view: 'fasen', sub: phase })}
      className="samenspel-overview__edit"
    >
      {t('flow.overzicht.bewerken', { fase: phaseLabels[phase].label })}
    </a>
  );
  const heading = <Heading3 id={`overzicht-${phase}`}>{phaseLabels[phase].label}</Heading3>;

  if (!answers || (progress.kind === 'vragen' && progress.answered === 0 && answers.instruments.length === 0)) {
    return (
      <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overzicht-${phase}`}>
        {heading}
        <Paragraph className="samenspel-hint">{t('flow.overzicht.nietIngevuld')}</Paragraph>
        {edit}
      </section>
    );
  }
  if (answers.geenParticipatie) {
    return (
      <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overzicht-${phase}`}>
        {heading}
        <Paragraph>
          <strong>{t('flow.overzicht.geen')}</strong> {answers.geenParticipatie.reden || t('flow.overzicht.geenReden')}
        </Paragraph>
        <WarningList warnings={warnings} />
        {edit}
      </section>
    );
  }
  const level = answers.level ? levelLabels[answers.level] : undefined;
  const differs = CONTEXT_FIELDS.filter((f) => answers[f] !== undefined);
  const time = [
    answers.time?.weeks ? t('flow.overzicht.weken', { count: answers.time.weeks }) : '',
    answers.time?.deadline ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="samenspel-card samenspel-overview__phase" aria-labelledby={`overzicht-${phase}`}>
      {heading}
      <dl className="samenspel-overview__list">
        <dt>{t('flow.overzicht.doel')}</dt>
        <dd>
          {answers.goals.map((g) => goalLabels[g].label).join(', ') || leeg}
          {answers.goalsInOwnWords && <span className="samenspel-overview__own">“{answers.goalsInOwnWords}”</span>}
        </dd>
        <dt>{t('flow.overzicht.ruimte')}</dt>
        <dd>
          {answers.room ? roomLabels[answers.room].label : leeg}
          {answers.kaders.length > 0 && (
            <ul>
              {answers.kaders.map((k, i) => (
                <li key={i}>{k}</li>
              ))}
            </ul>
          )}
          {answers.budget !== undefined && (
            <span className="samenspel-overview__own">
              {t('flow.overzicht.budget', { bedrag: euro(answers.budget) })}
            </span>
          )}
          {time && <span className="samenspel-overview__own">{t('flow.overzicht.tijd', { tijd: time })}</span>}
        </dd>
        <dt>{t('flow.overzicht.rol')}</dt>
        <dd>
          {level ? (
            <>
              {level.label}
              <span className="samenspel-overview__own">
                {t('flow.rol.belofte')} {level.belofte}
              </span>
            </>
          ) : (
            leeg
          )}
        </dd>
        <dt>{t('flow.overzicht.raad')}</dt>
        <dd data-testid={`overzicht-raad-${phase}`}>
          {answers.councilRoles.length > 0
            ? answers.councilRoles.map((r) => councilRoleLabels[r].label).join(', ')
            : t('flow.overzicht.raadGeenRol')}
          <span className="samenspel-overview__own">
            {answers.councilDecisionMoment ? t('flow.overzicht.besluitmoment') : t('flow.overzicht.geenBesluitmoment')}
          </span>
          {answers.mandate && <span className="samenspel-overview__own">{t('flow.overzicht.mandaat')}</span>}
          {answers.priorCommitment && <span className="samenspel-overview__own">{t('flow.overzicht.toezegging')}</span>}
        </dd>
        <dt>{t('flow.overzicht.doelgroep')}</dt>
        <dd>
          {[
            answers.reach.map((r) => reachLabels[r].label).join(', '),
            answers.groups.map((g) => groupLabels[g].label.toLowerCase()).join(', '),
          ]
            .filter(Boolean)
            .join(': ') || leeg}
        </dd>
        <dt>{t('flow.overzicht.instrumenten')}</dt>
        <dd>
          {answers.instruments.map(namen).join(', ') || leeg}
          {Object.entries(answers.werving)
            .filter(([id]) => answers.instruments.includes(id))
            .map(([id, recruitment]) => (
              <span key={id} className="samenspel-overview__own">
                {t('flow.overzicht.werving', { instrument: namen(id), werving: recruitmentLabels[recruitment] })}
              </span>
            ))}
        </dd>
        {differs.length > 0 && (
          <>
            <dt>{t('flow.overzicht.afwijkend')}</dt>
            <dd>{differs.map((f) => `${t(`flow.context.${f}Kort`)}: ${contextLabel(f, answers[f])}`).join(' · ')}</dd>
          </>
        )}
      </dl>
      {warnings.length > 0 && (
        <>
          <p className="samenspel-overview__warnings-title">
            {t('flow.overzicht.waarschuwingen', { count: warnings.length })}
          </p>
          <WarningList warnings={warnings} />
        </>
      )}
      {edit}
    </section>
  );
}
