import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { TrajectAnswers } from '@shared/participatie/index';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { HelpToggle } from './help/HelpButtons';
import { useAnswersSession, useSessionState } from '../../lib/answers/AnswersSessionProvider';

/** The free text among the answers, so the conflict dialog can show what the user typed. */
function freeText(answers: TrajectAnswers): string {
  const lines: string[] = [];
  for (const [phase, a] of Object.entries(answers.phases)) {
    if (!a) continue;
    for (const text of [a.goalsInOwnWords, a.notes, a.geenParticipatie?.reden, ...a.kaders]) {
      if (text?.trim()) lines.push(`${phase}: ${text.trim()}`);
    }
  }
  for (const text of Object.values(answers.organisatie ?? {})) if (text?.trim()) lines.push(text.trim());
  return lines.join('\n');
}

/**
 * Save status, undo/redo and the help toggle, above the workspace and the overview. There is no
 * save button: everything saves by itself; this only says so.
 */
export function Toolbar() {
  const { t } = useTranslation();
  const session = useAnswersSession();
  const status = useSessionState((s) => s.status);
  const message = useSessionState((s) => s.message);
  const repaired = useSessionState((s) => s.repaired);
  const notes = useSessionState((s) => s.notes);
  const { canUndo, canRedo, undo, redo } = useUndoShortcuts(session.answers.temporal);

  return (
    <>
      <div className="samenspel-toolbar">
        <p role="status" aria-live="polite" className="samenspel-status samenspel-toolbar__status">
          {t(`flow.save.${status}`)}
        </p>
        <Button appearance="secondary-action-button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          {t('flow.undo')}
        </Button>
        <Button appearance="secondary-action-button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
          {t('flow.redo')}
        </Button>
        <HelpToggle />
      </div>
      {/* The one conflict dialog; the user's own text stays readable until the newest answers load. */}
      <SessionConflictDialog session={session} mine={() => freeText(session.answers.getState().value)} />
      {(status === 'error' || status === 'loadError') && (
        <Alert type="error" className="samenspel-flow-alert">
          <Paragraph>{message}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void (status === 'loadError' ? session.reload() : session.flush())}
          >
            {t('flow.retry')}
          </Button>
        </Alert>
      )}
      {notes.length > 0 && (
        <Alert type="info" className="samenspel-flow-alert samenspel-notes" data-testid="notes">
          <Paragraph>
            <strong>{t('flow.notes.title')}</strong>
          </Paragraph>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <Button appearance="secondary-action-button" onClick={() => session.state.setState({ notes: [] })}>
            {t('flow.notes.close')}
          </Button>
        </Alert>
      )}
      {repaired && (
        <Alert type="warning" className="samenspel-flow-alert">
          <Paragraph>{t('flow.repaired')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
