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
import { MAX_GROUPS, MAX_QUESTIONS, MIN_GROUPS, defaultGroupNames, QuestionKind } from '@shared/workshop/index';

/**
 * The setup of a session: casus (only when starting), groups, questions, timings. Durations are
 * typed in minutes; half a minute (0.5) is the shortest, for a quick try-out.
 */

/** At least half a minute (a quick try-out), at most four hours. */
export const MIN_MINUTES = 0.5;
const minutes = z.coerce
  .number({ error: 'Vul een aantal minuten in, bijvoorbeeld 15.' })
  .min(MIN_MINUTES, { error: 'Vul minstens een halve minuut in (0,5).' })
  .max(240, { error: 'Vul hoogstens 240 minuten in (4 uur).' });

export const SetupValues = z.object({
  titel: z
    .string()
    .trim()
    .min(1, { error: 'Geef de sessie een titel.' })
    .max(200, { error: 'De titel is te lang (hoogstens 200 tekens).' }),
  casus: z.string(),
  groepen: z
    .array(
      z.object({
        id: z.string().optional(),
        naam: z.string().trim().min(1, { error: 'Geef deze groep een naam.' }).max(80),
      }),
    )
    .min(MIN_GROUPS)
    .max(MAX_GROUPS)
    .refine((g) => new Set(g.map((x) => x.naam.trim().toLowerCase())).size === g.length, {
      error: 'Geef elke groep een eigen naam.',
    }),
  vragen: z
    .array(
      z.object({
        id: z.string().optional(),
        titel: z.string().trim().min(1, { error: 'Vul de vraag in of verwijder hem.' }).max(300),
        toelichting: z.string().trim().max(1000),
        soort: QuestionKind,
      }),
    )
    .min(1)
    .max(MAX_QUESTIONS),
  gesprekMin: minutes,
  rondgangMin: minutes,
  showAdvice: z.boolean(),
  sound: z.boolean(),
});
export type SetupValuesIn = z.input<typeof SetupValues>;
export type SetupValuesOut = z.output<typeof SetupValues>;

export const toSeconds = (min: number) => Math.max(1, Math.round(min * 60));

export interface CasusOption {
  value: string;
  titel: string;
  group: 'voorbeeld' | 'traject';
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
  const groepen = useFieldArray({ control, name: 'groepen' });
  const vragen = useFieldArray({ control, name: 'vragen' });
  const casusValue = useWatch({ control, name: 'casus' });
  const chosen = casussen?.find((c) => c.value === casusValue);

  // Until someone types a title of their own, the title follows the chosen casus.
  useEffect(() => {
    if (chosen && !getFieldState('titel').isDirty) setValue('titel', chosen.titel);
  }, [chosen, getFieldState, setValue]);

  const setCount = (count: number) => {
    if (!Number.isInteger(count) || count < MIN_GROUPS || count > MAX_GROUPS) return;
    const nu = groepen.fields.length;
    if (count > nu) {
      const existing = new Set(groepen.fields.map((g) => g.naam));
      const created = defaultGroupNames(MAX_GROUPS * 2)
        .filter((n) => !existing.has(n))
        .slice(0, count - nu);
      groepen.append(created.map((naam) => ({ naam })));
    } else if (count < nu) {
      groepen.remove(Array.from({ length: nu - count }, (_v, i) => nu - 1 - i));
    }
  };

  const errorMessage = (tekst: string | undefined, errorId: string) =>
    tekst && <FormFieldErrorMessage id={errorId}>{tekst}</FormFieldErrorMessage>;

  return (
    <form onSubmit={handleSubmit(onSave)} noValidate className="samenspel-workshop-opzet">
      {casussen && (
        <section className="samenspel-card" aria-labelledby={`${id}-casus-kop`}>
          <Heading2 id={`${id}-casus-kop`}>{t('workshop.setup.casusHeading')}</Heading2>
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
                  .filter((c) => c.group === 'voorbeeld')
                  .map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.titel}
                    </option>
                  ))}
              </optgroup>
              {casussen.some((c) => c.group === 'traject') && (
                <optgroup label={t('workshop.setup.trajecten')}>
                  {casussen
                    .filter((c) => c.group === 'traject')
                    .map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.titel}
                      </option>
                    ))}
                </optgroup>
              )}
            </select>
          </FormField>
          {chosen?.vraagstuk && (
            <Paragraph className="samenspel-workshop-opzet__vraagstuk">{chosen.vraagstuk}</Paragraph>
          )}
        </section>
      )}

      <section className="samenspel-card" aria-labelledby={`${id}-sessie-kop`}>
        <Heading2 id={`${id}-sessie-kop`}>{t('workshop.setup.sessionHeading')}</Heading2>
        <FormField invalid={Boolean(errors.titel)}>
          <FormLabel htmlFor={`${id}-titel`}>{t('workshop.setup.title')}</FormLabel>
          {errorMessage(errors.titel?.message, `${id}-titel-fout`)}
          <Textbox
            id={`${id}-titel`}
            invalid={Boolean(errors.titel)}
            aria-describedby={errors.titel ? `${id}-titel-fout` : undefined}
            autoComplete="off"
            {...register('titel')}
          />
        </FormField>
        <div className="samenspel-workshop-opzet__tijden">
          <FormField invalid={Boolean(errors.gesprekMin)}>
            <FormLabel htmlFor={`${id}-gesprek`}>{t('workshop.setup.discussionMin')}</FormLabel>
            <FormFieldDescription id={`${id}-gesprek-help`}>{t('workshop.setup.timeHelp')}</FormFieldDescription>
            {errorMessage(errors.gesprekMin?.message, `${id}-gesprek-fout`)}
            <Textbox
              id={`${id}-gesprek`}
              type="number"
              inputMode="decimal"
              step="any"
              min={MIN_MINUTES}
              max={240}
              aria-describedby={errors.gesprekMin ? `${id}-gesprek-help ${id}-gesprek-fout` : `${id}-gesprek-help`}
              invalid={Boolean(errors.gesprekMin)}
              {...register('gesprekMin')}
            />
          </FormField>
          <FormField invalid={Boolean(errors.rondgangMin)}>
            <FormLabel htmlFor={`${id}-rondgang`}>{t('workshop.setup.roundMin')}</FormLabel>
            <FormFieldDescription id={`${id}-rondgang-help`}>{t('workshop.setup.timeHelp')}</FormFieldDescription>
            {errorMessage(errors.rondgangMin?.message, `${id}-rondgang-fout`)}
            <Textbox
              id={`${id}-rondgang`}
              type="number"
              inputMode="decimal"
              step="any"
              min={MIN_MINUTES}
              max={240}
              aria-describedby={errors.rondgangMin ? `${id}-rondgang-help ${id}-rondgang-fout` : `${id}-rondgang-help`}
              invalid={Boolean(errors.rondgangMin)}
              {...register('rondgangMin')}
            />
          </FormField>
        </div>
        <div className="samenspel-workshop-opzet__vinkje">
          <Checkbox id={`${id}-advies`} {...register('showAdvice')} />
          <label htmlFor={`${id}-advies`}>{t('workshop.setup.showAdvice')}</label>
        </div>
        <div className="samenspel-workshop-opzet__vinkje">
          <Checkbox id={`${id}-sound`} {...register('sound')} />
          <label htmlFor={`${id}-sound`}>{t('workshop.setup.sound')}</label>
        </div>
      </section>

      <section className="samenspel-card" aria-labelledby={`${id}-groepen-kop`}>
        <Heading2 id={`${id}-groepen-kop`}>{t('workshop.setup.groupsHeading')}</Heading2>
        <FormField>
          <FormLabel htmlFor={`${id}-aantal`}>{t('workshop.setup.groupCount')}</FormLabel>
          <FormFieldDescription id={`${id}-aantal-help`}>
            {t('workshop.setup.countHelp', { min: MIN_GROUPS, max: MAX_GROUPS })}
          </FormFieldDescription>
          <Textbox
            id={`${id}-aantal`}
            type="number"
            min={MIN_GROUPS}
            max={MAX_GROUPS}
            aria-describedby={`${id}-aantal-help`}
            value={groepen.fields.length}
            onChange={(e) => setCount(Number(e.target.value))}
            className="samenspel-workshop-opzet__aantal"
          />
        </FormField>
        {errors.groepen?.root?.message && <FormFieldErrorMessage>{errors.groepen.root.message}</FormFieldErrorMessage>}
        {errors.groepen?.message && <FormFieldErrorMessage>{errors.groepen.message}</FormFieldErrorMessage>}
        <ol className="samenspel-workshop-opzet__groepen">
          {groepen.fields.map((field, i) => (
            <li key={field.id}>
              <FormField invalid={Boolean(errors.groepen?.[i]?.naam)}>
                <FormLabel htmlFor={`${id}-groep-${i}`}>{t('workshop.setup.groupName', { number: i + 1 })}</FormLabel>
                {errorMessage(errors.groepen?.[i]?.naam?.message, `${id}-groep-${i}-fout`)}
                <Textbox
                  id={`${id}-groep-${i}`}
                  autoComplete="off"
                  invalid={Boolean(errors.groepen?.[i]?.naam)}
                  {...register(`groepen.${i}.naam`)}
                />
              </FormField>
            </li>
          ))}
        </ol>
      </section>

      <section className="samenspel-card" aria-labelledby={`${id}-vragen-kop`}>
        <Heading2 id={`${id}-vragen-kop`}>{t('workshop.setup.questionsHeading')}</Heading2>
        <Paragraph>{t('workshop.setup.questionsIntro')}</Paragraph>
        {vragen.fields.map((field, i) => (
          <Fieldset key={field.id} className="samenspel-workshop-opzet__vraag">
            <FieldsetLegend>{t('workshop.setup.questionNumber', { number: i + 1 })}</FieldsetLegend>
            <FormField invalid={Boolean(errors.vragen?.[i]?.titel)}>
              <FormLabel htmlFor={`${id}-vraag-${i}`}>{t('workshop.setup.questionText')}</FormLabel>
              {errorMessage(errors.vragen?.[i]?.titel?.message, `${id}-vraag-${i}-fout`)}
              <Textbox
                id={`${id}-vraag-${i}`}
                autoComplete="off"
                invalid={Boolean(errors.vragen?.[i]?.titel)}
                {...register(`vragen.${i}.titel`)}
              />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-toelichting-${i}`}>{t('workshop.setup.questionExplanation')}</FormLabel>
              <Textarea id={`${id}-toelichting-${i}`} rows={2} {...register(`vragen.${i}.toelichting`)} />
            </FormField>
            {vragen.fields.length > 1 && (
              <Button appearance="subtle-button" onClick={() => vragen.remove(i)}>
                {t('workshop.setup.removeQuestion', { number: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {vragen.fields.length < MAX_QUESTIONS && (
          <Button
            appearance="secondary-action-button"
            onClick={() => vragen.append({ titel: '', toelichting: '', soort: 'vrij' })}
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
