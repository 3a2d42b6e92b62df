import { useTranslation } from 'react-i18next';
import { PHASES, phaseLabels, type Phase } from '@shared/participatie/index';
import { routeHash } from '../../app/route';
import { useTrajectAnswers } from '../../lib/answers/AnswersSessionProvider';
import { phaseProgress } from './progress';

/** The five phases as steps, each with its progress and the size of its mix. */
export function PhaseSteps({ trajectId, current }: { trajectId: string; current: Phase }) {
  const { t } = useTranslation();
  const answers = useTrajectAnswers();
  return (
    <nav aria-label={t('flow.phases.label')} className="samenspel-steps">
      <ol>
        {PHASES.map((phase, index) => {
          const progress = phaseProgress(answers.phases[phase]);
          const count = answers.phases[phase]?.instruments.length ?? 0;
          const done = progress.kind === 'questions' ? progress.answered === progress.total : progress.motivated;
          return (
            <li key={phase} className={done ? 'samenspel-steps__step--done' : undefined}>
              <a
                href={routeHash({ name: 'traject', id: trajectId, view: 'phases', sub: phase })}
                aria-current={phase === current ? 'step' : undefined}
              >
                <span className="samenspel-steps__name">
                  {index + 1}. {phaseLabels[phase].label}
                </span>
                <span className="samenspel-steps__progress">
                  {progress.kind === 'questions'
                    ? t('flow.phases.progress', { answered: progress.answered, total: progress.total })
                    : t('flow.phases.none')}
                  {count > 0 && ` · ${t('flow.phases.instruments', { count })}`}
                </span>
                {progress.kind === 'questions' && (
                  <span className="samenspel-steps__bar" aria-hidden="true">
                    <span style={{ width: `${(progress.answered / progress.total) * 100}%` }} />
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
