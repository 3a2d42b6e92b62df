import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { PHASES, catalogue, recommendInstruments } from '@shared/participatie/index';
import type { Traject } from '@shared/traject/traject';
import { HelpPanel } from './help/HelpPanel';
import { useHelp } from './help/helpStore';
import { useSessionState, useTrajectAnswers } from '../../lib/answers/AnswersSessionProvider';
import { CONTEXT_FIELDS, contextLabel } from './ContextQuestion';
import { PhaseOverview } from './PhaseOverview';
import { OrganisationQuestion } from './OrganisationQuestion';
import { PlanQuestion } from './PlanQuestion';
import { Toolbar } from './Toolbar';
import './flow.css';

export interface OverviewViewProps {
  traject: Traject;
  onNext(): void;
  /** Drawn below the phases: the participatiecode's checks, passed in by the page (features/code). */
  checks?: ReactNode;
}

/** The whole participatiemix on one page, plus what the approach asks of the municipality. */
export function OverviewView({ traject, onNext, checks }: OverviewViewProps) {
  const { t } = useTranslation();
  const answers = useTrajectAnswers();
  const status = useSessionState((s) => s.status);
  const helpOpen = useHelp((s) => s.open);
  const warnings = useMemo(() => recommendInstruments(answers, catalogue).warnings, [answers]);

  return (
    <div className="samenspel-flow">
      <Toolbar />
      {status === 'loading' ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        <div className={helpOpen ? 'samenspel-overview samenspel-overview--help' : 'samenspel-overview'}>
          <div className="samenspel-overview__main">
            <Heading2 id="overview-heading" tabIndex={-1}>
              {t('flow.overview.title')}
            </Heading2>
            <Paragraph className="samenspel-meta">{traject.vraagstuk || t('flow.overview.intro')}</Paragraph>
            <dl className="samenspel-overview__context" aria-label={t('flow.context.title')}>
              {CONTEXT_FIELDS.map((f) => (
                <div key={f}>
                  <dt>{t(`flow.context.${f}Short`)}</dt>
                  <dd>{contextLabel(f, answers[f]) ?? t('flow.overview.empty')}</dd>
                </div>
              ))}
            </dl>
            <div className="samenspel-overview__phases">
              {PHASES.map((phase) => (
                <PhaseOverview
                  key={phase}
                  trajectId={traject.id}
                  phase={phase}
                  answers={answers.phases[phase]}
                  warnings={warnings.filter((w) => w.phase === phase)}
                />
              ))}
            </div>
            {checks}
            <OrganisationQuestion />
            <PlanQuestion traject={traject} />
            <div className="samenspel-next">
              <Button appearance="primary-action-button" onClick={onNext}>
                {t('flow.overview.next')} →
              </Button>
            </div>
          </div>
          {helpOpen && <HelpPanel />}
        </div>
      )}
    </div>
  );
}
