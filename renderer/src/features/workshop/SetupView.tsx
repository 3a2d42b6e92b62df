import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiClientError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { apiKey, invalidateMethods } from '../../api/queries';
import { toSeconds, SessionSetupForm, type SetupValuesOut } from './SessionSetupForm';
import { StatusMessages } from '../../components/StatusMessages';
import { ConflictDialog } from '../../components/ConflictDialog';
import { errorMessage } from '../../lib/errorMessage';

/** The form's values as text, so the dialog can show what was not stored. */
function asText(w: SetupValuesOut): string {
  return [w.titel, ...w.groepen.map((g) => `– ${g.naam}`), ...w.vragen.map((v) => `${v.titel}\n${v.toelichting}`)]
    .filter((regel) => regel.trim() !== '')
    .join('\n');
}

/**
 * Changing groups, questions or timings of a running session; answers of kept groups and questions
 * stay. The form saves on top of the revision it was filled from: when another window changed the
 * setup meanwhile (a group added), the save is refused (CONFLICT) instead of deleting that group,
 * and the conflict dialog loads the newest setup into the form.
 */
export function SetupView({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  // The form keeps what the user typed when the session refreshes in the background, so it keeps
  // the revision it was filled from too (not the newest one, which it has not seen).
  const [vorm, setVorm] = useState({ sleutel: 0, sessie });
  const revisie = useRef(sessie.revision);
  const [conflict, setConflict] = useState<{ message: string; mine: string } | null>(null);
  const [laden, setLaden] = useState(false);
  const save = useMutation({
    mutationFn: (w: SetupValuesOut) =>
      api.call('workshop.update', {
        id: sessie.id,
        expectedRevision: revisie.current,
        titel: w.titel,
        groepen: w.groepen.map((g) => (g.id ? { id: g.id, naam: g.naam } : { naam: g.naam })),
        vragen: w.vragen.map(({ id, ...v }) => (id ? { id, ...v } : v)),
        tijden: { gesprekSec: toSeconds(w.gesprekMin), rondgangSec: toSeconds(w.rondgangMin) },
        showAdvice: w.showAdvice,
        sound: w.sound,
      }),
    onSuccess: async (nieuw) => {
      revisie.current = nieuw.revision;
      setFout(null);
      setStatus(t('workshop.opzet.opgeslagen'));
      queryClient.setQueryData(apiKey('workshop.get', { id: sessie.id }), nieuw);
      await invalidateMethods(queryClient, 'workshop.list');
    },
    onError: (e, w) => {
      if (e instanceof ApiClientError && e.code === 'CONFLICT') setConflict({ message: e.message, mine: asText(w) });
      else setFout(errorMessage(e));
    },
  });
  const loadNewest = async () => {
    setLaden(true);
    try {
      const nieuw = await api.call('workshop.get', { id: sessie.id });
      queryClient.setQueryData(apiKey('workshop.get', { id: sessie.id }), nieuw);
      revisie.current = nieuw.revision;
      // A fresh form with the newest setup.
      setVorm((v) => ({ sleutel: v.sleutel + 1, sessie: nieuw }));
      setConflict(null);
      setFout(null);
    } catch (e) {
      setFout(errorMessage(e));
    } finally {
      setLaden(false);
    }
  };
  const basis = vorm.sessie;
  return (
    <>
      <Paragraph>{t('workshop.opzet.wijzigUitleg')}</Paragraph>
      <StatusMessages status={status} error={fout} />
      <ConflictDialog
        message={conflict?.message ?? null}
        mine={conflict?.mine}
        busy={laden}
        onLoadNewest={() => void loadNewest()}
      />
      <SessionSetupForm
        key={vorm.sleutel}
        knop={t('workshop.opzet.opslaan')}
        busy={save.isPending}
        onOpslaan={(w) => save.mutateAsync(w)}
        standaard={{
          titel: basis.titel,
          casus: '',
          groepen: basis.groepen.map((g) => ({ id: g.id, naam: g.naam })),
          vragen: basis.vragen,
          gesprekMin: basis.tijden.gesprekSec / 60,
          rondgangMin: basis.tijden.rondgangSec / 60,
          showAdvice: basis.showAdvice,
          sound: basis.sound,
        }}
      />
    </>
  );
}
