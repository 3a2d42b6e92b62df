import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useCodeSession, useCodeState } from './CodeSessionProvider';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useCodeHelp } from './helpStore';

/**
 * Save status; on the choices also undo/redo and the help toggle. There is no save button:
 * everything saves by itself.
 */
export function Werkbalk({ metUndo = true }: { metUndo?: boolean }) {
  const { t } = useTranslation();
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
        {metUndo && <UndoKnoppen />}
        {metUndo && (
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
      {status === 'conflict' && (
        <Alert type="error" className="samenspel-code-alert">
          <Paragraph>
            <strong>{t('code.conflict.title')}</strong> {message}
          </Paragraph>
          <Paragraph>{t('code.conflict.body')}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => void session.reload()}>
            {t('code.conflict.reload')}
          </Button>
        </Alert>
      )}
      {(status === 'fout' || status === 'laadfout') && (
        <Alert type="error" className="samenspel-code-alert">
          <Paragraph>{message}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void (status === 'laadfout' ? session.reload() : session.flush())}
          >
            {t('code.retry')}
          </Button>
        </Alert>
      )}
    </>
  );
}

function UndoKnoppen() {
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
