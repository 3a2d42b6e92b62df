import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApi } from '../../api/context';
import { errorMessage } from '../../lib/errorMessage';
import { createPlateStore, useEditorModule, type PlateSaver } from '../procesplaat/index';
import { useCodeSession, useCodeState } from './CodeSessionProvider';
import { apiKey, apiQuery, invalidateMethods } from '../../api/queries';

/**
 * The code's standard process in the procesplaat editor: edited like a traject's procesplaat,
 * stored with the code (`codes.saveProcess`). The code's choices and its process share one
 * revision, so a save here starts from the session's revision and hands the new one back to it;
 * another window's save in between is a CONFLICT, shown in the shared conflict dialog.
 */
export function StandardProcessView({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const session = useCodeSession();
  const citeertitel = useCodeState((s) => s.stored?.citeertitel ?? '');
  const editor = useEditorModule();
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  // The editor owns the process once loaded; a save of the choices refetches it (CodeSessionProvider).
  const proces = useQuery({
    ...apiQuery(api, 'codes.process', { id }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  // One store per loaded plate (a refetch with the same plate keeps it, and the undo history).
  const plate = proces.data?.plate;
  const store = useMemo(() => (plate ? createPlateStore(plate) : null), [plate]);

  // The editor's session times the saves, the code's session holds the one revision: a new name
  // or choice saved meanwhile moved it on, and the process is saved on top of that.
  const saver = useMemo<PlateSaver>(
    () => ({
      get revision() {
        return session.state.getState().revision;
      },
      async save({ doc, viewport }) {
        const result = await api.call('codes.saveProcess', {
          id,
          plate: { ...doc, viewport },
          expectedRevision: session.state.getState().revision,
        });
        const { stored } = session.state.getState();
        session.state.setState({
          revision: result.revision,
          ...(stored ? { stored: { ...stored, revision: result.revision, procesBewerkt: result.bewerkt } } : {}),
        });
        void invalidateMethods(queryClient, 'codes.list');
        return result;
      },
    }),
    [api, id, session, queryClient],
  );

  const loadNewest = async () => {
    await session.reload();
    await queryClient.invalidateQueries({ queryKey: apiKey('codes.process', { id }) });
  };

  /** Back to the process that follows from the choices: the edited one is dropped. */
  const reset = async () => {
    setConfirmReset(false);
    setResetError(null);
    try {
      const result = await api.call('codes.saveProcess', {
        id,
        plate: null,
        expectedRevision: session.state.getState().revision,
      });
      const { stored } = session.state.getState();
      session.state.setState({
        revision: result.revision,
        ...(stored ? { stored: { ...stored, revision: result.revision, procesBewerkt: false } } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: apiKey('codes.process', { id }) });
    } catch (error) {
      setResetError(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="code-proces-kop" className="samenspel-code-proces">
      <Heading2 id="code-proces-kop">{t('code.process.title')}</Heading2>
      <Paragraph>{t('code.process.uitleg')}</Paragraph>
      <Paragraph className="samenspel-meta">
        {proces.data?.bewerkt ? t('procesplaat.codeProcess.edited') : t('procesplaat.codeProcess.generated')}
      </Paragraph>
      {proces.data?.bewerkt && (
        <Button appearance="secondary-action-button" onClick={() => setConfirmReset(true)}>
          {t('procesplaat.codeProcess.reset')}
        </Button>
      )}
      {resetError && (
        <Alert type="error">
          <Paragraph>{resetError}</Paragraph>
        </Alert>
      )}
      {proces.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(proces.error)}</Paragraph>
        </Alert>
      )}
      {(proces.isPending || (store && !editor)) && <Paragraph>{t('code.loading')}</Paragraph>}
      {store && editor && proces.data && (
        <editor.EditorScreen
          key={proces.data.revision}
          title={citeertitel || t('code.process.title')}
          store={store}
          saver={saver}
          viewport={proces.data.plate.viewport}
          onReload={() => void loadNewest()}
        />
      )}
      <ConfirmDialog
        open={confirmReset}
        title={t('procesplaat.codeProcess.resetTitle')}
        confirmLabel={t('procesplaat.codeProcess.resetConfirm')}
        cancelLabel={t('procesplaat.codeProcess.resetCancel')}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      >
        {t('procesplaat.codeProcess.resetBody')}
      </ConfirmDialog>
    </section>
  );
}
