import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { trajectMessages } from '@shared/traject/messages';
import { useApi } from '../../api/context';
import { apiKey, invalidateMethods } from '../../api/queries';
import { createValueSession, useAutosaveDelay, useDocumentSession } from '../../lib/documentSession';
import { StatusMessages } from '../../components/StatusMessages';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';

type Details = Pick<Traject, 'title' | 'municipality' | 'vraagstuk'>;

const details = (t: Details): Details => ({ title: t.title, municipality: t.municipality, vraagstuk: t.vraagstuk });

export interface VraagstukViewProps {
  traject: Traject;
  onNext(): void;
  /** After a conflict the user kept their version as a copy: open that traject. */
  onOpenCopy?(id: string): void;
}

/** The traject's title, municipality and vraagstuk: a document session without undo (lib/documentSession.ts). */
function useDetailsSession(traject: Traject) {
  const api = useApi();
  const queryClient = useQueryClient();
  const delayMs = useAutosaveDelay();
  const [session] = useState(() =>
    createValueSession({
      delayMs,
      initial: { value: details(traject), revision: traject.revision },
      async load() {
        const newest = await api.call('trajecten.get', { id: traject.id });
        queryClient.setQueryData(apiKey('trajecten.get', { id: traject.id }), newest);
        return { value: details(newest), revision: newest.revision };
      },
      // An empty title is not saved; the message below the field says why.
      isValid: (value) => value.title.trim() !== '',
      save: (value, expectedRevision) => api.call('trajecten.update', { id: traject.id, expectedRevision, ...value }),
      onSaved(updated) {
        queryClient.setQueryData(apiKey('trajecten.get', { id: traject.id }), updated);
        void invalidateMethods(queryClient, 'trajecten.list');
      },
    }),
  );
  useDocumentSession(session);
  return session;
}

export function VraagstukView({ traject, onNext, onOpenCopy }: VraagstukViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const session = useDetailsSession(traject);
  const value = useStore(session.document, (d) => d.value) ?? details(traject);
  const status = useStore(session.state, (s) => s.status);
  const message = useStore(session.state, (s) => s.message);
  const titleEmpty = value.title.trim() === '';

  const keepAsCopy = async () => {
    const mine = session.document.getState().value ?? value;
    const copy = await api.call('trajecten.create', {
      title: t('conflict.copyTitle', { title: mine.title.trim() || traject.title }).slice(0, 200),
      municipality: mine.municipality,
      vraagstuk: mine.vraagstuk,
    });
    await invalidateMethods(queryClient, 'trajecten.list');
    return copy.id;
  };

  const set = (field: keyof Details) => (e: { target: { value: string } }) =>
    session.set({ ...value, [field]: e.target.value });

  return (
    <form className="samenspel-card" aria-labelledby="details-heading" onSubmit={(e) => e.preventDefault()}>
      <Heading2 id="details-heading">{t('traject.details')}</Heading2>
      <FormField invalid={titleEmpty}>
        <FormLabel htmlFor="traject-title">{t('newTraject.title')}</FormLabel>
        {titleEmpty && (
          <FormFieldErrorMessage id="traject-title-error">{trajectMessages.titleMissing}</FormFieldErrorMessage>
        )}
        <Textbox id="traject-title" value={value.title} invalid={titleEmpty} onChange={set('title')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-municipality">{t('newTraject.municipality')}</FormLabel>
        <Textbox id="traject-municipality" value={value.municipality} onChange={set('municipality')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="traject-vraagstuk">{t('newTraject.vraagstuk')}</FormLabel>
        <Textarea id="traject-vraagstuk" rows={6} value={value.vraagstuk} onChange={set('vraagstuk')} />
      </FormField>
      <StatusMessages
        status={
          status === 'saving' || status === 'pending'
            ? t('traject.saving')
            : status === 'saved'
              ? t('traject.saved')
              : status === 'error' || status === 'invalid'
                ? t('traject.notSaved')
                : ''
        }
        error={status === 'error' ? message : null}
      />
      <SessionConflictDialog
        session={session}
        mine={() => {
          const mine = session.document.getState().value;
          return mine ? [mine.title, mine.municipality, mine.vraagstuk].filter(Boolean).join('\n\n') : '';
        }}
        onKeepAsCopy={keepAsCopy}
        onOpenCopy={onOpenCopy}
      />
      <div className="samenspel-next">
        <Button appearance="primary-action-button" onClick={onNext}>
          {t('traject.next', { step: t('traject.views.phases') })} →
        </Button>
      </div>
    </form>
  );
}
