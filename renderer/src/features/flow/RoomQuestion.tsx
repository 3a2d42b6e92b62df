import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Heading4,
  Textbox,
} from '@utrecht/component-library-react';
import { ROOMS, roomLabels } from '@shared/participatie/index';
import { HelpLink } from './help/HelpButtons';
import { warningsFor } from './advice';
import { RadioGroup } from './ChoiceGroups';
import type { QuestionProps } from './questionProps';
import { WarningList } from './WarningList';

const rooms = ROOMS.map((id) => ({ id, ...roomLabels[id] }));

/** "" → undefined, otherwise a whole non-negative number; anything else is ignored while typing. */
function wholeNumber(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function RoomQuestion({ phase, answers, warnings, change }: QuestionProps) {
  const { t } = useTranslation();
  const [newKader, setNewKader] = useState('');
  const id = `${phase}-room`;

  const addKader = () => {
    const text = newKader.trim();
    if (text === '') return;
    change((p) => ({ ...p, kaders: [...p.kaders, text] }));
    setNewKader('');
  };

  return (
    <section className="samenspel-card samenspel-question" aria-labelledby={`${id}-heading`}>
      <Heading3 id={`${id}-heading`}>
        {t('flow.room.title')}
        <HelpLink topic="room-for-influence" />
      </Heading3>
      <RadioGroup
        name={id}
        legend={t('flow.room.legend')}
        choices={rooms}
        value={answers.room}
        columns
        onChange={(room) => change((p) => ({ ...p, room }))}
      />
      <WarningList warnings={warningsFor(warnings, 'room')} />

      <Heading4 className="samenspel-subhead">{t('flow.room.kaders')}</Heading4>
      <p className="samenspel-hint" id={`${id}-kaders-explanation`}>
        {t('flow.room.kadersExplanation')}
      </p>
      {answers.kaders.length > 0 && (
        <ul className="samenspel-kaders">
          {answers.kaders.map((kader, index) => (
            // Kaders have no id of their own; the index is stable while editing one in place.
            <li key={index}>
              <Textbox
                aria-label={t('flow.room.kader', { n: index + 1 })}
                value={kader}
                onChange={(e) =>
                  change(
                    (p) => ({ ...p, kaders: p.kaders.map((k, i) => (i === index ? e.target.value : k)) }),
                    `${id}-kader-${index}`,
                  )
                }
              />
              <Button
                appearance="subtle-button"
                onClick={() => change((p) => ({ ...p, kaders: p.kaders.filter((_, i) => i !== index) }))}
              >
                {t('flow.room.removeKader')}{' '}
                <span className="samenspel-visually-hidden">{t('flow.room.kader', { n: index + 1 })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="samenspel-inline-add">
        <FormField>
          <FormLabel htmlFor={`${id}-new-kader`}>{t('flow.room.newKader')}</FormLabel>
          <Textbox
            id={`${id}-new-kader`}
            value={newKader}
            aria-describedby={`${id}-kaders-explanation`}
            onChange={(e) => setNewKader(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addKader();
              }
            }}
          />
        </FormField>
        <Button appearance="secondary-action-button" onClick={addKader}>
          {t('flow.room.addKader')}
        </Button>
      </div>

      <div className="samenspel-row">
        <FormField>
          <FormLabel htmlFor={`${id}-budget`}>{t('flow.room.budget')}</FormLabel>
          <FormFieldDescription id={`${id}-budget-explanation`}>
            {t('flow.room.budgetExplanation')}
          </FormFieldDescription>
          <Textbox
            id={`${id}-budget`}
            inputMode="numeric"
            aria-describedby={`${id}-budget-explanation`}
            value={answers.budget ?? ''}
            onChange={(e) => {
              const budget = wholeNumber(e.target.value.replace(/[.\s€]/g, ''));
              if (budget !== null) change((p) => ({ ...p, budget }), `${id}-budget`);
            }}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-weeks`}>{t('flow.room.weeks')}</FormLabel>
          <FormFieldDescription id={`${id}-weeks-explanation`}>{t('flow.room.weeksExplanation')}</FormFieldDescription>
          <Textbox
            id={`${id}-weeks`}
            inputMode="numeric"
            aria-describedby={`${id}-weeks-explanation`}
            value={answers.time?.weeks ?? ''}
            onChange={(e) => {
              const weeks = wholeNumber(e.target.value);
              if (weeks === null || weeks === 0) return;
              change((p) => ({ ...p, time: { ...p.time, weeks } }), `${id}-weeks`);
            }}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-deadline`}>{t('flow.room.deadline')}</FormLabel>
          <FormFieldDescription id={`${id}-deadline-explanation`}>
            {t('flow.room.deadlineExplanation')}
          </FormFieldDescription>
          <Textbox
            id={`${id}-deadline`}
            aria-describedby={`${id}-deadline-explanation`}
            value={answers.time?.deadline ?? ''}
            onChange={(e) =>
              change((p) => ({ ...p, time: { ...p.time, deadline: e.target.value || undefined } }), `${id}-deadline`)
            }
          />
        </FormField>
      </div>
    </section>
  );
}
