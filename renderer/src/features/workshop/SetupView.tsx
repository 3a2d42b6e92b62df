import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiClientError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { apiKey, invalidateMethods } from '../../api/queries';
import { setupInput, SessionSetupForm, type SetupValuesOut } from './SessionSetupForm';
import { StatusMessages } from '../../components/StatusMessages';
import { ConflictDialog } from '../../components/ConflictDialog';
import { errorMessage } from '../../lib/errorMessage';

/** The form's values as text, so the dialog can show what was not stored. */
function asText(w: SetupValuesOut): string {
  return [w.title, ...w.groups.map((g) => `– ${g.name}`), ...w.questions.map((q) => `${q.title}\n${q.explanation}`)]
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * Changing groups, questions or timings of a running session; answers of kept groups and questions
 * stay. The form saves on top of the revision it was filled from: when another window changed the
 * setup meanwhile (a group added), the save is refused (CONFLICT) instead of deleting that group,
 * and the conflict dialog loads the newest setup into the form.
 */
export function SetupView({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // The form keeps what the user typed when the session refreshes in the background, so it keeps
  // the revision it was filled from too (not the newest one, which it has not seen).
  const [layout, setLayout] = useState({ key: 0, session });
  const revision = useRef(session.revision);
  const [conflict, setConflict] = useState<{ message: string; mine: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const save = useMutation({
    mutationFn: (w: SetupValuesOut) =>
      api.call('workshop.update', {
        id: session.id,
        expectedRevision: revision.current,
        ...setupInput(w),
      }),
    onSuccess: async (created) => {
      revision.current = created.revision;
      setFailure(null);
      setStatus(t('workshop.setup.saved'));
      queryClient.setQueryData(apiKey('workshop.get', { id: session.id }), created);
      await invalidateMethods(queryClient, 'workshop.list');
    },
    onError: (e, w) => {
      if (e instanceof ApiClientError && e.code === 'CONFLICT') setConflict({ message: e.message, mine: asText(w) });
      else setFailure(errorMessage(e));
    },
  });
  const loadNewest = async () => {
    setLoading(true);
    try {
      const created = await api.call('workshop.get', { id: session.id });
      queryClient.setQueryData(apiKey('workshop.get', { id: session.id }), created);
      revision.current = created.revision;
      // A fresh form with the newest setup.
      setLayout((v) => ({ key: v.key + 1, session: created }));
      setConflict(null);
      setFailure(null);
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  const base = layout.session;
  return (
    <>
      <Paragraph>{t('workshop.setup.changeIntro')}</Paragraph>
      <StatusMessages status={status} error={failure} />
      <ConflictDialog
        message={conflict?.message ?? null}
        mine={conflict?.mine}
        busy={loading}
        onLoadNewest={() => void loadNewest()}
      />
      <SessionSetupForm
        key={layout.key}
        button={t('workshop.setup.save')}
        busy={save.isPending}
        onSave={(w) => save.mutateAsync(w)}
        defaults={{
          title: base.title,
          casus: '',
          groups: base.groups.map((g) => ({ id: g.id, name: g.name })),
          questions: base.questions,
          discussionMin: base.durations.discussionSec / 60,
          roundMin: base.durations.roundSec / 60,
          showAdvice: base.showAdvice,
          sound: base.sound,
        }}
      />
    </>
  );
}
