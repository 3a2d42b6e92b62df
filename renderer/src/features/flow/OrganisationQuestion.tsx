import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import type { Organisatie } from '@shared/participatie/index';
import { useAnswers, useAnswersSession } from '../../lib/answers/AnswersSessionProvider';

const FIELDS = [
  'competenties',
  'randvoorwaarden',
  'raad',
  'interneOrganisatie',
] as const satisfies readonly (keyof Organisatie)[];

/** "Wat vraagt deze aanpak van de gemeente?" — the workshop's third question, in free text. */
export function OrganisationQuestion() {
  const { t } = useTranslation();
  const store = useAnswersSession().answers;
  const organisation = useAnswers((s) => s.value.organisatie);
  return (
    <section className="samenspel-card" aria-labelledby="organisation-heading">
      <Heading2 id="organisation-heading">{t('flow.organisation.title')}</Heading2>
      <Paragraph>{t('flow.organisation.intro')}</Paragraph>
      {FIELDS.map((field) => (
        <FormField key={field}>
          <FormLabel htmlFor={`organisation-${field}`}>{t(`flow.organisation.${field}`)}</FormLabel>
          <FormFieldDescription id={`organisation-${field}-explanation`}>
            {t(`flow.organisation.${field}Explanation`)}
          </FormFieldDescription>
          <Textarea
            id={`organisation-${field}`}
            rows={3}
            aria-describedby={`organisation-${field}-explanation`}
            value={organisation?.[field] ?? ''}
            onChange={(e) =>
              store.getState().change(
                (a) => ({
                  ...a,
                  organisatie: { ...a.organisatie, [field]: e.target.value === '' ? undefined : e.target.value },
                }),
                `organisation-${field}`,
              )
            }
          />
        </FormField>
      ))}
    </section>
  );
}
