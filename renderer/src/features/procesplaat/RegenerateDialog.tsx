import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { TrajectAnswers } from '@shared/participatie/answers';
import { catalogue } from '@shared/participatie/catalogus/index';
import { generateProcesplaat } from '@shared/procesplaat/generate';
import { layoutRows } from '@shared/procesplaat/layout-rows';
import { mergeGenerated } from '@shared/procesplaat/merge';
import type { PlateStore } from './store';

/**
 * Regenerating never silently drops hand edits: the user chooses between adding what is new
 * (merge, the default and the safe choice) and starting over. Both can be undone.
 */
export function RegenerateDialog({
  open,
  store,
  answers,
  onDone,
}: {
  open: boolean;
  store: PlateStore;
  answers: TrajectAnswers;
  onDone(message: string | null): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);

  const run = async (mode: 'merge' | 'replace') => {
    setBusy(true);
    // One frame for the busy state to show before the work starts.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      const generated = layoutRows(generateProcesplaat(answers, { catalogue }), {
        aspect: window.innerWidth / Math.max(200, window.innerHeight - 56),
      });
      const state = store.getState();
      if (mode === 'replace') {
        state.commit(() => ({ nodes: generated.nodes, edges: generated.edges, generatedIds: generated.generatedIds }));
        onDone(t('procesplaat.regenerate.replaced'));
        return;
      }
      const { plate, added, stale } = mergeGenerated({ ...state.doc }, generated);
      state.commit(() => ({ nodes: plate.nodes, edges: plate.edges, generatedIds: plate.generatedIds }));
      onDone(
        [
          t('procesplaat.regenerate.merged', { count: added.length }),
          stale.length ? t('procesplaat.regenerate.stale', { count: stale.length }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="samenspel-dialog"
      aria-labelledby="pp-regen-heading"
      onCancel={(e) => {
        e.preventDefault();
        onDone(null);
      }}
    >
      <Heading2 id="pp-regen-heading">{t('procesplaat.regenerate.title')}</Heading2>
      <Paragraph>{t('procesplaat.regenerate.body')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={busy} onClick={() => void run('merge')} autoFocus>
          {t('procesplaat.regenerate.merge')}
        </Button>
        <Button appearance="secondary-action-button" hint="danger" disabled={busy} onClick={() => void run('replace')}>
          {t('procesplaat.regenerate.replace')}
        </Button>
        <Button appearance="subtle-button" disabled={busy} onClick={() => onDone(null)}>
          {t('procesplaat.regenerate.cancel')}
        </Button>
      </ButtonGroup>
      <p role="status" className="samenspel-status pp-busy">
        {busy && (
          <>
            <span className="pp-spinner" aria-hidden="true" /> {t('procesplaat.busy.generating')}
          </>
        )}
      </p>
    </dialog>
  );
}
