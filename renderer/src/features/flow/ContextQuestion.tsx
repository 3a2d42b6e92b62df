import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPETENT_BODIES,
  DOMAINS,
  IMPACTS,
  SCALES,
  competentBodyLabels,
  domainLabels,
  impactLabels,
  scaleLabels,
  type TrajectAnswers,
} from '@shared/participatie/index';
import { useAnswers, useAnswersSession } from '../../lib/answers/AnswersSessionProvider';
import { RadioGroup } from './ChoiceGroups';

export const CONTEXT_FIELDS = ['domain', 'scale', 'impact', 'competentBody'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

const choices = (labels: Record<string, { label: string; explanation: string }>, ids: readonly string[]) =>
  ids.map((id) => ({ id, ...labels[id]! }));

export const contextChoices = {
  domain: choices(domainLabels, DOMAINS),
  scale: choices(scaleLabels, SCALES),
  impact: choices(impactLabels, IMPACTS),
  competentBody: choices(competentBodyLabels, COMPETENT_BODIES),
} as const;

export const contextLabel = (field: ContextField, id: string | undefined): string | undefined =>
  id === undefined ? undefined : contextChoices[field].find((c) => c.id === id)?.label;

/**
 * The traject's context, asked once for all phases: the policy domain, the scale, the impact and
 * who decides. The engine weighs an instrument's weight against scale and impact, and keeps
 * domain-bound instruments (a cliëntenraad) to their own domain. A phase may differ (PhaseContext).
 */
export function ContextQuestion() {
  const { t } = useTranslation();
  const store = useAnswersSession().answers;
  const context = useAnswers((s) => s.value);
  const answered = CONTEXT_FIELDS.filter((f) => context[f] !== undefined).length;
  // Open while something is missing, folded once it is all there; only decided on arrival, so the
  // card does not fold away under the user's hand when they answer the last question.
  const [openOnArrival] = useState(answered < CONTEXT_FIELDS.length);
  const summary = CONTEXT_FIELDS.map((f) => contextLabel(f, context[f]))
    .filter(Boolean)
    .join(' · ');

  const set = (field: ContextField, value: string) =>
    store.getState().change((a) => ({ ...a, [field]: value }) as TrajectAnswers);

  return (
    <details className="samenspel-card samenspel-context" open={openOnArrival} data-testid="context">
      <summary>
        <span className="samenspel-context__title">{t('flow.context.title')}</span>{' '}
        <span className="samenspel-context__summary">
          {answered === 0 ? t('flow.context.empty') : summary}
          {answered > 0 && answered < CONTEXT_FIELDS.length && ` · ${t('flow.context.incomplete')}`}
        </span>
      </summary>
      <p className="samenspel-hint">{t('flow.context.explanation')}</p>
      <div className="samenspel-context__grid">
        {CONTEXT_FIELDS.map((field) => (
          <RadioGroup
            key={field}
            name={`traject-${field}`}
            legend={t(`flow.context.${field}`)}
            choices={contextChoices[field]}
            value={context[field]}
            onChange={(value) => set(field, value)}
          />
        ))}
      </div>
    </details>
  );
}
