import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { Phase } from '@shared/participatie/index';
import type { Traject } from '@shared/traject/traject';
import { HelpPanel } from './help/HelpPanel';
import { useHelp } from './help/helpStore';
import { usePhaseAdvice } from './advice';
import { AdvicePanel } from './AdvicePanel';
import { ContextQuestion } from './ContextQuestion';
import {
  useChangePhase,
  usePhaseAnswers,
  useSessionState,
  useTrajectAnswers,
} from '../../lib/answers/AnswersSessionProvider';
import { PhaseSteps } from './PhaseSteps';
import { PhaseQuestions } from './PhaseQuestions';
import { Toolbar } from './Toolbar';
import { focusWhenShown } from '../../lib/focus';
import './flow.css';

export interface FlowViewProps {
  traject: Traject;
  /** The phase in the URL, if any. */
  phase: string | undefined;
  onPhase(phase: string): void;
  /** After the last phase: on to the overview. */
  onOverview(): void;
  /**
   * What else checks the current phase, drawn above the questions: the page passes the
   * participatiecode's checks (features/code), so the flow itself imports no other feature.
   */
  renderPhaseChecks?(phase: Phase): ReactNode;
}

/** The taskforce workspace: per phase the four questions, with live advice and the mix beside them. */
export function FlowView({ traject, phase, onPhase, onOverview, renderPhaseChecks }: FlowViewProps) {
  const { t } = useTranslation();
  const current = Phase.safeParse(phase).data ?? 'agendering';
  const status = useSessionState((s) => s.status);
  const answers = usePhaseAnswers(current);
  const change = useChangePhase(current);
  const allAnswers = useTrajectAnswers();
  const advice = usePhaseAdvice(current, answers, allAnswers);
  const helpOpen = useHelp((s) => s.open);
  // Focus follows a change of phase, but not the first arrival (the page itself handles that).
  const [firstPhase] = useState(current);

  return (
    <div className="samenspel-flow">
      {traject.vraagstuk && (
        <Paragraph className="samenspel-vraagstuk">
          <strong>{t('flow.vraagstuk')}</strong> {traject.vraagstuk}
        </Paragraph>
      )}
      <Toolbar />
      {/* Traject-wide, so asked once above the phases; mounted when the answers are there. */}
      {status !== 'loading' && status !== 'loadError' && <ContextQuestion />}
      <PhaseSteps trajectId={traject.id} current={current} />
      {/* Only on narrow screens, where the advice sits below the questions (flow.css). */}
      <button
        type="button"
        className="samenspel-link-button samenspel-to-advice"
        onClick={() => focusWhenShown('#advice-heading')}
      >
        {t('flow.advice.toAdvice')} ↓
      </button>
      {/* The participatiecode's checks on this phase, when the traject follows a code. */}
      {status !== 'loading' && status !== 'loadError' && renderPhaseChecks?.(current)}
      {status === 'loading' ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : status === 'loadError' ? null : (
        <div className={helpOpen ? 'samenspel-flow__grid samenspel-flow__grid--help' : 'samenspel-flow__grid'}>
          <PhaseQuestions
            key={current}
            phase={current}
            answers={answers}
            traject={allAnswers}
            advice={advice}
            change={change}
            onPhase={onPhase}
            onOverview={onOverview}
            focusOnMount={current !== firstPhase}
          />
          <AdvicePanel
            key={`advies-${current}`}
            phase={current}
            advice={advice}
            chosen={answers.instruments}
            onChosen={(instruments) =>
              // How to recruit for an instrument that left the mix is no longer a question.
              change((p) => ({
                ...p,
                instruments,
                werving: Object.fromEntries(Object.entries(p.werving).filter(([id]) => instruments.includes(id))),
              }))
            }
          />
          {helpOpen && <HelpPanel />}
        </div>
      )}
    </div>
  );
}
