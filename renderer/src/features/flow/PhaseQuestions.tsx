import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { PHASES, phaseLabels, type Phase, type PhaseAnswers, type TrajectAnswers } from '@shared/participatie/index';
import type { PhaseAdvice } from './advice';
import { TargetGroupQuestion } from './TargetGroupQuestion';
import { GoalQuestion } from './GoalQuestion';
import { PhaseContext } from './PhaseContext';
import { NoParticipation } from './NoParticipation';
import type { QuestionProps } from './questionProps';
import { RoleQuestion } from './RoleQuestion';
import { RoomQuestion } from './RoomQuestion';
import { RecruitmentQuestion } from './RecruitmentQuestion';

export interface PhaseQuestionsProps {
  phase: Phase;
  answers: PhaseAnswers;
  /** All answers: the traject's context shows as the default a phase may differ from. */
  traject: TrajectAnswers;
  advice: PhaseAdvice;
  change: QuestionProps['change'];
  onPhase(phase: Phase): void;
  onOverview(): void;
  /** Move focus to the heading on arrival (after "volgende fase"), not on first load. */
  focusOnMount: boolean;
}

/**
 * The four questions of one phase, in the method's order: doel, ruimte, rol, doelgroep; then how
 * to recruit for the chosen instruments that leave a choice.
 */
export function PhaseQuestions({
  phase,
  answers,
  traject,
  advice,
  change,
  onPhase,
  onOverview,
  focusOnMount,
}: PhaseQuestionsProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = PHASES.indexOf(phase);
  const previous = PHASES[index - 1];
  const next = PHASES[index + 1];
  const props: QuestionProps = { phase, answers, warnings: advice.warnings, change };

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  return (
    <section className="samenspel-phase" aria-labelledby="phase-heading">
      <Heading2 id="phase-heading" ref={heading} tabIndex={-1}>
        {t('flow.phase.title', { phase: phaseLabels[phase].label })}
      </Heading2>
      <Paragraph className="samenspel-meta">{phaseLabels[phase].explanation}</Paragraph>
      <NoParticipation {...props} />
      {answers.geenParticipatie === undefined && (
        <>
          <PhaseContext {...props} traject={traject} />
          <GoalQuestion {...props} />
          <RoomQuestion {...props} />
          <RoleQuestion {...props} />
          <TargetGroupQuestion {...props} />
          <RecruitmentQuestion {...props} />
        </>
      )}
      <div className="samenspel-phase__nav">
        {previous && (
          <Button appearance="secondary-action-button" onClick={() => onPhase(previous)}>
            ← {t('flow.phase.previous', { phase: phaseLabels[previous].label })}
          </Button>
        )}
        {next ? (
          <Button appearance="primary-action-button" onClick={() => onPhase(next)}>
            {t('flow.phase.next', { phase: phaseLabels[next].label })} →
          </Button>
        ) : (
          <Button appearance="primary-action-button" onClick={onOverview}>
            {t('flow.phase.toOverview')} →
          </Button>
        )}
      </div>
    </section>
  );
}
