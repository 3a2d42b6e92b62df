import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { serializeCodeFile } from '@shared/code/file';
import { useApi } from '../../api/context';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { useCodeSession, useCodeState } from './CodeSessionProvider';
import { invalidateMethods } from '../../api/queries';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useCodeHelp } from './helpStore';

/**
 * Save status; on the choices also undo/redo and the help toggle. There is no save button:
 * everything saves by itself.
 */
export function CodeToolbar({
  withUndo = true,
  onOpenCopy,
}: {
  withUndo?: boolean;
  /** After a conflict the user kept their version as a copy: open that code. */
  onOpenCopy?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const session = useCodeSession();
  const status = useCodeState((s) => s.status);
  const message = useCodeState((s) => s.message);
  const help = useCodeHelp();
  return (
    <>
      <div className="samenspel-code-toolbar">
        <p role="status" aria-live="polite" className="samenspel-status samenspel-code-toolbar__status">
          {t(`code.save.${status}`)}
        </p>
        {withUndo && <UndoButtons />}
        {withUndo && (
          <Button
            appearance="secondary-action-button"
            aria-expanded={help.open}
            aria-controls={help.open ? 'code-uitleg' : undefined}
            onClick={help.toggle}
          >
            {help.open ? t('code.help.close') : t('code.help.open')}
          </Button>
        )}
      </div>
      {/* The one conflict dialog: load the newest version, or keep these choices as a new code. */}
      <SessionConflictDialog
        session={session}
        onKeepAsCopy={async () => {
          const mine = session.choices.getState().value;
          const stored = session.state.getState().stored;
          if (!mine) throw new Error('no choices');
          const copy = await api.call('codes.import', {
            text: serializeCodeFile(mine),
            naam: t('conflict.copyTitle', { title: stored?.naam ?? '' }).slice(0, 200),
          });
          await invalidateMethods(queryClient, 'codes.list');
          return copy.id;
        }}
        onOpenCopy={onOpenCopy}
      />
      {(status === 'error' || status === 'loadError') && (
        <Alert type="error" className="samenspel-code-alert">
          <Paragraph>{message}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void (status === 'loadError' ? session.reload() : session.flush())}
          >
            {t('code.retry')}
          </Button>
        </Alert>
      )}
    </>
  );
}

function UndoButtons() {
  const { t } = useTranslation();
  const { canUndo, canRedo, undo, redo } = useUndoShortcuts(useCodeSession().choices.temporal);
  return (
    <>
      <Button appearance="secondary-action-button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('code.undo')}
      </Button>
      <Button appearance="secondary-action-button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
        {t('code.redo')}
      </Button>
    </>
  );
}
