import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { PhaseAnswers, TrajectAnswers } from '@shared/participatie/index';
import { CONTEXT_FIELDS, contextChoices, contextLabel, type ContextField } from './ContextQuestion';
import type { QuestionProps } from './questionProps';

/**
 * "Wijkt af in deze fase": a phase may have its own domain, scale, impact or deciding body (the
 * raad sets the kaders, the college carries them out). Empty means: as for the whole traject.
 */
export function PhaseContext({ phase, answers, change, traject }: QuestionProps & { traject: TrajectAnswers }) {
  const { t } = useTranslation();
  const id = `${phase}-context`;
  const differs = CONTEXT_FIELDS.filter((f) => answers[f] !== undefined);
  // Decided on arrival only: choosing "zoals het hele traject" again must not fold it under the mouse.
  const [openOnArrival] = useState(differs.length > 0);

  const set = (field: ContextField, value: string) =>
    change((p) => {
      if (value !== '') return { ...p, [field]: value } as PhaseAnswers;
      const { [field]: _dropped, ...rest } = p;
      return rest as PhaseAnswers;
    });

  return (
    <details className="samenspel-phase-context" open={openOnArrival}>
      <summary>
        {t('flow.context.differs')}
        {differs.length > 0 && (
          <span className="samenspel-phase-context__count">
            {' '}
            {t('flow.context.differsCount', { count: differs.length })}
          </span>
        )}
      </summary>
      <div className="samenspel-phase-context__grid">
        {CONTEXT_FIELDS.map((field) => {
          const fromTraject = contextLabel(field, traject[field]);
          return (
            <FormField key={field}>
              <FormLabel htmlFor={`${id}-${field}`}>{t(`flow.context.${field}Short`)}</FormLabel>
              <Select id={`${id}-${field}`} value={answers[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
                <SelectOption value="">
                  {fromTraject ? t('flow.context.asTraject', { value: fromTraject }) : t('flow.context.asTrajectEmpty')}
                </SelectOption>
                {contextChoices[field].map((c) => (
                  <SelectOption key={c.id} value={c.id}>
                    {c.label}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          );
        })}
      </div>
    </details>
  );
}
