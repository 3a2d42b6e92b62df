import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { NewTraject } from '@shared/traject/traject';
import type { z } from 'zod';

type Values = z.input<typeof NewTraject>;

export interface NewTrajectFormProps {
  onCreate(values: z.output<typeof NewTraject>): Promise<unknown>;
  busy?: boolean;
}

export function NewTrajectForm({ onCreate, busy = false }: NewTrajectFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof NewTraject>>({
    resolver: zodResolver(NewTraject),
    defaultValues: { title: '', municipality: '', vraagstuk: '' },
  });

  const submit = handleSubmit(async (values) => {
    try {
      await onCreate(values);
    } catch {
      // The caller shows the error; keep what the user typed.
      return;
    }
    reset();
    setFocus('title');
  });

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate className="samenspel-card">
      <Heading2 id={`${id}-heading`}>{t('newTraject.heading')}</Heading2>
      <FormField invalid={Boolean(errors.title)}>
        <FormLabel htmlFor={`${id}-title`}>{t('newTraject.title')}</FormLabel>
        <FormFieldDescription id={`${id}-title-help`}>{t('newTraject.titleHelp')}</FormFieldDescription>
        {errors.title && <FormFieldErrorMessage id={`${id}-title-error`}>{errors.title.message}</FormFieldErrorMessage>}
        <Textbox
          id={`${id}-title`}
          invalid={Boolean(errors.title)}
          aria-describedby={errors.title ? `${id}-title-help ${id}-title-error` : `${id}-title-help`}
          autoComplete="off"
          {...register('title')}
        />
      </FormField>
      <FormField invalid={Boolean(errors.municipality)}>
        <FormLabel htmlFor={`${id}-municipality`}>{t('newTraject.municipality')}</FormLabel>
        {errors.municipality && <FormFieldErrorMessage>{errors.municipality.message}</FormFieldErrorMessage>}
        <Textbox id={`${id}-municipality`} autoComplete="address-level2" {...register('municipality')} />
      </FormField>
      <FormField invalid={Boolean(errors.vraagstuk)}>
        <FormLabel htmlFor={`${id}-vraagstuk`}>{t('newTraject.vraagstuk')}</FormLabel>
        <FormFieldDescription id={`${id}-vraagstuk-help`}>{t('newTraject.vraagstukHelp')}</FormFieldDescription>
        {errors.vraagstuk && <FormFieldErrorMessage>{errors.vraagstuk.message}</FormFieldErrorMessage>}
        <Textarea
          id={`${id}-vraagstuk`}
          rows={4}
          aria-describedby={`${id}-vraagstuk-help`}
          {...register('vraagstuk')}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('newTraject.submit')}
      </Button>
    </form>
  );
}
