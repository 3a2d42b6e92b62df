import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type nl from './nl.json';
import { MAX_GROUPS, MAX_QUESTIONS, MIN_GROUPS, defaultGroupNames, QuestionKind } from '@shared/workshop/index';

/**
 * The setup of a session: casus (only when starting), groups, questions, timings. Durations are
 * typed in minutes; half a minute (0.5) is the shortest, for a quick try-out.
 */

/** At least half a minute (a quick try-out), at most four hours. */
export const MIN_MINUTES = 0.5;
const minutes = z.coerce
  .number({ error: 'workshop.setup.errors.minutesNotANumber' })
  .min(MIN_MINUTES, { error: 'workshop.setup.errors.minutesTooFew' })
  .max(240, { error: 'workshop.setup.errors.minutesTooMany' });

export const SetupValues = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'workshop.setup.errors.titleEmpty' })
    .max(200, { error: 'workshop.setup.errors.titleTooLong' }),
  casus: z.string(),
  groups: z
    .array(
      z.object({
        id: z.string().optional(),
        name: z.string().trim().min(1, { error: 'workshop.setup.errors.groupNameEmpty' }).max(80),
      }),
    )
    .min(MIN_GROUPS)
    .max(MAX_GROUPS)
    .refine((g) => new Set(g.map((x) => x.name.trim().toLowerCase())).size === g.length, {
      error: 'workshop.setup.errors.groupNamesNotUnique',
    }),
  questions: z
    .array(
      z.object({
        id: z.string().optional(),
        title: z.string().trim().min(1, { error: 'workshop.setup.errors.questionEmpty' }).max(300),
        explanation: z.string().trim().max(1000),
        kind: QuestionKind,
      }),
    )
    .min(1)
    .max(MAX_QUESTIONS),
  discussionMin: minutes,
  roundMin: minutes,
  showAdvice: z.boolean(),
  sound: z.boolean(),
});
type SetupErrorKey = `workshop.setup.errors.${keyof typeof nl.setup.errors}`;

export type SetupValuesIn = z.input<typeof SetupValues>;
export type SetupValuesOut = z.output<typeof SetupValues>;

export const toSeconds = (min: number) => Math.max(1, Math.round(min * 60));

/**
 * The form's values as `workshop.create` and `workshop.update` take them: durations in seconds,
 * and no empty id on a new group or question.
 */
export function setupInput(w: SetupValuesOut) {
  return {
    title: w.title,
    groups: w.groups.map(({ id, name }) => (id ? { id, name } : { name })),
    questions: w.questions.map(({ id, ...question }) => (id ? { id, ...question } : question)),
    durations: { discussionSec: toSeconds(w.discussionMin), roundSec: toSeconds(w.roundMin) },
    showAdvice: w.showAdvice,
    sound: w.sound,
  };
}

export interface CasusOption {
  value: string;
  title: string;
  group: 'example' | 'traject';
  vraagstuk: string;
}

export interface SessionSetupFormProps {
  defaults: SetupValuesIn;
  /** Only when starting a session: the casus cannot change afterwards (answers refer to it). */
  casussen?: CasusOption[];
  onSave(values: SetupValuesOut): Promise<unknown>;
  button: string;
  busy?: boolean;
}

export function SessionSetupForm({ defaults, casussen, onSave, button, busy = false }: SessionSetupFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const {
    register,
    control,
    handleSubmit,
    setValue,
    getFieldState,
    formState: { errors },
  } = useForm<SetupValuesIn, unknown, SetupValuesOut>({
    resolver: zodResolver(SetupValues),
    defaultValues: defaults,
  });
  const groups = useFieldArray({ control, name: 'groups' });
  const questions = useFieldArray({ control, name: 'questions' });
  const casusValue = useWatch({ control, name: 'casus' });
  const chosen = casussen?.find((c) => c.value === casusValue);

  // Until someone types a title of their own, the title follows the chosen casus.
  useEffect(() => {
    if (chosen && !getFieldState('title').isDirty) setValue('title', chosen.title);
  }, [chosen, getFieldState, setValue]);

  const setCount = (count: number) => {
    if (!Number.isInteger(count) || count < MIN_GROUPS || count > MAX_GROUPS) return;
    const current = groups.fields.length;
    if (count > current) {
      const existing = new Set(groups.fields.map((g) => g.name));
      const created = defaultGroupNames(MAX_GROUPS * 2)
        .filter((n) => !existing.has(n))
        .slice(0, count - current);
      groups.append(created.map((name) => ({ name })));
    } else if (count < current) {
      groups.remove(Array.from({ length: current - count }, (_v, i) => current - 1 - i));
    }
  };

  /** The zod messages of SetupValues are keys of this namespace (workshop.setup.errors). */
  const errorMessage = (key: string | undefined, errorId: string) =>
    key && <FormFieldErrorMessage id={errorId}>{t(key as SetupErrorKey)}</FormFieldErrorMessage>;

  return (
    <form onSubmit={handleSubmit(onSave)} noValidate className="samenspel-workshop-setup">
      {casussen && (
        <section className="samenspel-card" aria-labelledby={`${id}-casus-heading`}>
          <Heading2 id={`${id}-casus-heading`}>{t('workshop.setup.casusHeading')}</Heading2>
          <FormField>
            <FormLabel htmlFor={`${id}-casus`}>{t('workshop.setup.casus')}</FormLabel>
            <FormFieldDescription id={`${id}-casus-help`}>{t('workshop.setup.casusHelp')}</FormFieldDescription>
            <select
              id={`${id}-casus`}
              className="utrecht-select utrecht-select--html-select"
              aria-describedby={`${id}-casus-help`}
              {...register('casus')}
            >
              <optgroup label={t('workshop.setup.examples')}>
                {casussen
                  .filter((c) => c.group === 'example')
                  .map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.title}
                    </option>
                  ))}
              </optgroup>
              {casussen.some((c) => c.group === 'traject') && (
                <optgroup label={t('workshop.setup.trajecten')}>
                  {casussen
                    .filter((c) => c.group === 'traject')
                    .map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.title}
                      </option>
                    ))}
                </optgroup>
              )}
            </select>
          </FormField>
          {chosen?.vraagstuk && (
            <Paragraph className="samenspel-workshop-setup__vraagstuk">{chosen.vraagstuk}</Paragraph>
          )}
        </section>
      )}

      <section className="samenspel-card" aria-labelledby={`${id}-session-heading`}>
        <Heading2 id={`${id}-session-heading`}>{t('workshop.setup.sessionHeading')}</Heading2>
        <FormField invalid={Boolean(errors.title)}>
          <FormLabel htmlFor={`${id}-title`}>{t('workshop.setup.title')}</FormLabel>
          {errorMessage(errors.title?.message, `${id}-title-error`)}
          <Textbox
            id={`${id}-title`}
            invalid={Boolean(errors.title)}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            autoComplete="off"
            {...register('title')}
          />
        </FormField>
        <div className="samenspel-workshop-setup__times">
          <FormField invalid={Boolean(errors.discussionMin)}>
            <FormLabel htmlFor={`${id}-discussion`}>{t('workshop.setup.discussionMin')}</FormLabel>
            <FormFieldDescription id={`${id}-discussion-help`}>{t('workshop.setup.timeHelp')}</FormFieldDescription>
            {errorMessage(errors.discussionMin?.message, `${id}-discussion-error`)}
            <Textbox
              id={`${id}-discussion`}
              type="number"
              inputMode="decimal"
              step="any"
              min={MIN_MINUTES}
              max={240}
              aria-describedby={
                errors.discussionMin ? `${id}-discussion-help ${id}-discussion-error` : `${id}-discussion-help`
              }
              invalid={Boolean(errors.discussionMin)}
              {...register('discussionMin')}
            />
          </FormField>
          <FormField invalid={Boolean(errors.roundMin)}>
            <FormLabel htmlFor={`${id}-round`}>{t('workshop.setup.roundMin')}</FormLabel>
            <FormFieldDescription id={`${id}-round-help`}>{t('workshop.setup.timeHelp')}</FormFieldDescription>
            {errorMessage(errors.roundMin?.message, `${id}-round-error`)}
            <Textbox
              id={`${id}-round`}
              type="number"
              inputMode="decimal"
              step="any"
              min={MIN_MINUTES}
              max={240}
              aria-describedby={errors.roundMin ? `${id}-round-help ${id}-round-error` : `${id}-round-help`}
              invalid={Boolean(errors.roundMin)}
              {...register('roundMin')}
            />
          </FormField>
        </div>
        <div className="samenspel-workshop-setup__checkbox">
          <Checkbox id={`${id}-advies`} {...register('showAdvice')} />
          <label htmlFor={`${id}-advies`}>{t('workshop.setup.showAdvice')}</label>
        </div>
        <div className="samenspel-workshop-setup__checkbox">
          <Checkbox id={`${id}-sound`} {...register('sound')} />
          <label htmlFor={`${id}-sound`}>{t('workshop.setup.sound')}</label>
        </div>
      </section>

      <section className="samenspel-card" aria-labelledby={`${id}-groups-heading`}>
        <Heading2 id={`${id}-groups-heading`}>{t('workshop.setup.groupsHeading')}</Heading2>
        <FormField>
          <FormLabel htmlFor={`${id}-count`}>{t('workshop.setup.groupCount')}</FormLabel>
          <FormFieldDescription id={`${id}-count-help`}>
            {t('workshop.setup.countHelp', { min: MIN_GROUPS, max: MAX_GROUPS })}
          </FormFieldDescription>
          <Textbox
            id={`${id}-count`}
            type="number"
            min={MIN_GROUPS}
            max={MAX_GROUPS}
            aria-describedby={`${id}-count-help`}
            value={groups.fields.length}
            onChange={(e) => setCount(Number(e.target.value))}
            className="samenspel-workshop-setup__count"
          />
        </FormField>
        {errors.groups?.root?.message && <FormFieldErrorMessage>{errors.groups.root.message}</FormFieldErrorMessage>}
        {errors.groups?.message && <FormFieldErrorMessage>{errors.groups.message}</FormFieldErrorMessage>}
        <ol className="samenspel-workshop-setup__groups">
          {groups.fields.map((field, i) => (
            <li key={field.id}>
              <FormField invalid={Boolean(errors.groups?.[i]?.name)}>
                <FormLabel htmlFor={`${id}-group-${i}`}>{t('workshop.setup.groupName', { number: i + 1 })}</FormLabel>
                {errorMessage(errors.groups?.[i]?.name?.message, `${id}-group-${i}-error`)}
                <Textbox
                  id={`${id}-group-${i}`}
                  autoComplete="off"
                  invalid={Boolean(errors.groups?.[i]?.name)}
                  {...register(`groups.${i}.name`)}
                />
              </FormField>
            </li>
          ))}
        </ol>
      </section>

      <section className="samenspel-card" aria-labelledby={`${id}-questions-heading`}>
        <Heading2 id={`${id}-questions-heading`}>{t('workshop.setup.questionsHeading')}</Heading2>
        <Paragraph>{t('workshop.setup.questionsIntro')}</Paragraph>
        {questions.fields.map((field, i) => (
          <Fieldset key={field.id} className="samenspel-workshop-setup__question">
            <FieldsetLegend>{t('workshop.setup.questionNumber', { number: i + 1 })}</FieldsetLegend>
            <FormField invalid={Boolean(errors.questions?.[i]?.title)}>
              <FormLabel htmlFor={`${id}-question-${i}`}>{t('workshop.setup.questionText')}</FormLabel>
              {errorMessage(errors.questions?.[i]?.title?.message, `${id}-question-${i}-error`)}
              <Textbox
                id={`${id}-question-${i}`}
                autoComplete="off"
                invalid={Boolean(errors.questions?.[i]?.title)}
                {...register(`questions.${i}.title`)}
              />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-explanation-${i}`}>{t('workshop.setup.questionExplanation')}</FormLabel>
              <Textarea id={`${id}-explanation-${i}`} rows={2} {...register(`questions.${i}.explanation`)} />
            </FormField>
            {questions.fields.length > 1 && (
              <Button appearance="subtle-button" onClick={() => questions.remove(i)}>
                {t('workshop.setup.removeQuestion', { number: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {questions.fields.length < MAX_QUESTIONS && (
          <Button
            appearance="secondary-action-button"
            onClick={() => questions.append({ title: '', explanation: '', kind: 'open' })}
          >
            {t('workshop.setup.addQuestion')}
          </Button>
        )}
      </section>

      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {button}
      </Button>
    </form>
  );
}
