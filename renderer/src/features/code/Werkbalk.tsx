import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useCodeSession, useCodeState } from './CodeSessionProvider';
import { useCodeHelp } from './helpStore';

/** Text fields keep the browser's own undo: there Ctrl+Z takes back typing, not a whole choice. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** Undo and redo of choices: the buttons' state, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) everywhere but in text. */
export function useCodeUndo() {
  const history = useCodeSession().choices.temporal;
  const canUndo = useStore(history, (s) => s.pastStates.length > 0);
  const canRedo = useStore(history, (s) => s.futureStates.length > 0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        history.getState().undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        history.getState().redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [history]);
  return { canUndo, canRedo, undo: () => history.getState().undo(), redo: () => history.getState().redo() };
}

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
  const { canUndo, canRedo, undo, redo } = useCodeUndo();
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
