import { useTranslation } from 'react-i18next';
import { Checkbox, FormField, FormLabel, Textarea } from '@utrecht/component-library-react';
import { HelpLink } from '../help/HelpButtons';
import { warningsFor } from './advice';
import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

/** "Geen participatie in deze fase", with the motivering the verordening asks for. */
export function GeenParticipatie({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  const id = `${phase}-geen`;
  const geen = answers.geenParticipatie;
  return (
    <div className="samenspel-card samenspel-geen">
      <div className="samenspel-choice">
        <Checkbox
          id={id}
          checked={geen !== undefined}
          onChange={(e) =>
            change((p) => {
              if (e.target.checked) return { ...p, geenParticipatie: { reden: '' } };
              const { geenParticipatie: _dropped, ...rest } = p;
              return rest;
            })
          }
        />
        <FormLabel htmlFor={id} type="checkbox">
          {t('flow.geen.label')}
        </FormLabel>
        <HelpLink topic="motivering" />
      </div>
      {geen && (
        <FormField>
          <FormLabel htmlFor={`${id}-reden`}>{t('flow.geen.reden')}</FormLabel>
          <Textarea
            id={`${id}-reden`}
            rows={3}
            value={geen.reden}
            onChange={(e) => change((p) => ({ ...p, geenParticipatie: { reden: e.target.value } }), `${id}-reden`)}
          />
        </FormField>
      )}
      <WarningList warnings={warningsFor(warnings, 'geenParticipatie')} />
    </div>
  );
}
