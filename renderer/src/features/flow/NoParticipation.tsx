import { useTranslation } from 'react-i18next';
import { formatList } from '@shared/format';
import { Checkbox, FormField, FormLabel, Textarea } from '@utrecht/component-library-react';
import { HelpLink } from './help/HelpButtons';
import { instrumentName, warningsFor } from './advice';

import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

/** "Geen participatie in deze fase", with the motivering the verordening asks for. */
export function NoParticipation({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  const id = `${phase}-no-participation`;
  const noParticipation = answers.geenParticipatie;
  const own = warningsFor(warnings, 'geenParticipatie');
  const withoutReason = own.find((w) => w.id === 'geen-participatie-zonder-reden');
  const withMix = own.find((w) => w.id === 'geen-participatie-met-instrumenten');
  const combined = withoutReason !== undefined && withMix !== undefined;
  return (
    <div className="samenspel-card samenspel-no-participation">
      <div className="samenspel-choice">
        <Checkbox
          id={id}
          checked={noParticipation !== undefined}
          onChange={(e) =>
            change((p) => {
              if (e.target.checked) return { ...p, geenParticipatie: { reden: '' } };
              const { geenParticipatie: _dropped, ...rest } = p;
              return rest;
            })
          }
        />
        <FormLabel htmlFor={id} type="checkbox">
          {t('flow.noParticipation.label')}
        </FormLabel>
        <HelpLink topic="motivering" />
      </div>
      {noParticipation && (
        <FormField>
          <FormLabel htmlFor={`${id}-reason`}>{t('flow.noParticipation.reason')}</FormLabel>
          <Textarea
            id={`${id}-reason`}
            rows={3}
            value={noParticipation.reden}
            onChange={(e) => change((p) => ({ ...p, geenParticipatie: { reden: e.target.value } }), `${id}-reason`)}
          />
        </FormField>
      )}
      {/* Two warnings that start with the same choice read as one sentence. */}
      <WarningList warnings={combined ? own.filter((w) => w !== withoutReason && w !== withMix) : own} />
      <div aria-live="polite" className="samenspel-warnings">
        {combined && (
          <p className="samenspel-warning samenspel-warning--middel" data-warning="geen-participatie-samen">
            <strong>{t('flow.warning.medium')}</strong>{' '}
            {t('flow.noParticipation.combined', {
              instruments: formatList((withMix.instrumentIds ?? []).map(instrumentName)),
            })}
          </p>
        )}
      </div>
    </div>
  );
}
