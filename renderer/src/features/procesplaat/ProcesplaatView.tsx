import { usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Traject } from '@shared/traject/traject';
import { catalogue } from '@shared/participatie/catalogus/index';
import { generateProcesplaat } from '@shared/procesplaat/generate';
import { layoutRows } from '@shared/procesplaat/layout-rows';
import { useApi } from '../../api/context';
import { useSessionState, useTrajectAnswers } from '../../lib/answers/AnswersSessionProvider';
import { loadEditor, useEditorModule } from './lazyEditor';
import { apiKey, apiQuery } from '../../api/queries';
import { procesplaatQuery } from './queries';
import { listedCodeChecks, plateFromCodeProcess } from './startFromCode';
import { createPlateStore } from './store';
import { trajectPlateSaver } from './useSave';
import './procesplaat.css';

// The editor chunk starts loading as soon as this tab's code runs, while the plate is fetched.
loadEditor();

/** The "Procesplaat" tab of a traject: make one from the answers, or edit the stored one. */
export function ProcesplaatView({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  // Fetch while rendering: React shows a tab that was loading (Suspense) only after a short pause,
  // and a query would otherwise start only then. The plate is kept a moment for that wait and
  // dropped when the tab closes, as before (the editor owns it once loaded).
  usePrefetchQuery({ ...procesplaatQuery(api, traject.id), gcTime: 2_000 });
  useEffect(
    () => () =>
      queryClient.removeQueries({ queryKey: apiKey('procesplaat.get', { trajectId: traject.id }), exact: true }),
    [queryClient, traject.id],
  );
  const stored = useQuery(procesplaatQuery(api, traject.id));
  // The answers from the traject's one session (what the flow edits and saves), never a second copy:
  // generating or updating the plate uses the newest answers, also those still waiting to be saved.
  const sessionAnswers = useTrajectAnswers();
  const answersLoading = useSessionState((s) => s.status === 'loading' || s.status === 'loadError');
  const answers = answersLoading ? undefined : sessionAnswers;
  // A traject that follows a participatiecode: the code's rules as checks beside the plate's own.
  const codeId = traject.codeId;
  const codeChecks = useQuery({
    ...apiQuery(api, 'codes.checkTraject', { trajectId: traject.id }),
    enabled: codeId !== undefined,
  });
  const [creating, setCreating] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useFocusedPreference();
  const editor = useEditorModule();
  // Closed for this load only: a new load with repairs shows its own notice.
  const [dismissed, setDismissed] = useState<unknown>(null);

  // One store per loaded revision: a reload after a conflict starts a fresh history.
  const store = useMemo(
    () =>
      stored.data?.plate
        ? createPlateStore(stored.data.plate, { repairedOnLoad: stored.data.repairs.length > 0 })
        : null,
    [stored.data],
  );

  // One saver per loaded revision, like the store: it carries the revision on from save to save.
  const saver = useMemo(
    () => (stored.data ? trajectPlateSaver(api, traject.id, stored.data.revision) : null),
    [api, traject.id, stored.data],
  );

  const reload = () =>
    void queryClient.invalidateQueries({ queryKey: apiKey('procesplaat.get', { trajectId: traject.id }) });

  const codeTitle = codeChecks.data?.citeertitel ?? '';
  const moreChecks = useMemo(
    () =>
      codeId !== undefined && codeChecks.data?.codeId
        ? [
            {
              key: 'code',
              title: t('procesplaat.codeChecks.title', { count: codeChecks.data.checks.length }),
              none: t('procesplaat.codeChecks.none', { citationTitle: codeChecks.data.citeertitel ?? '' }),
              issues: listedCodeChecks(codeChecks.data.checks, t),
            },
          ]
        : undefined,
    [codeId, codeChecks.data, t],
  );
  // The code's checks read the saved plate: asked again after every save.
  const onSaved = useCallback(() => {
    if (codeId !== undefined)
      void queryClient.invalidateQueries({ queryKey: apiKey('codes.checkTraject', { trajectId: traject.id }) });
  }, [codeId, queryClient, traject.id]);

  /** The first plate: from the answers, empty (lanes only), or the participatiecode's standard process. */
  const create = async (from: 'answers' | 'empty' | 'code') => {
    setCreating(null);
    setBusy(true);
    // One frame for the busy state to show before the work starts.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      const empty = from === 'empty';
      const base = generateProcesplaat(empty ? { phases: {} } : (answers ?? { phases: {} }), {
        catalogue,
      });
      // An empty plate keeps the lanes only: the user draws the process.
      const plate =
        from === 'code' && codeId !== undefined
          ? plateFromCodeProcess((await api.call('codes.process', { id: codeId })).plate)
          : layoutRows(
              empty ? { nodes: base.nodes.filter((n) => n.type === 'fase'), edges: [], generatedIds: [] } : base,
              { aspect: window.innerWidth / Math.max(200, window.innerHeight - 56) },
            );
      await api.call('procesplaat.save', {
        trajectId: traject.id,
        plate,
        expectedRevision: stored.data?.revision ?? 0,
      });
      reload();
    } catch (error) {
      setCreating((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (stored.isPending) return <Paragraph>{t('app.loading')}</Paragraph>;
  if (stored.isError)
    return (
      <Alert type="error">
        <Paragraph>{stored.error.message}</Paragraph>
      </Alert>
    );

  if (!stored.data.plate || !store || !saver) {
    const phasesWithMix = Object.values(answers?.phases ?? {}).filter((p) => p.instruments.length > 0).length;
    return (
      <section className="samenspel-card pp-empty" aria-labelledby="pp-empty-heading" aria-busy={busy}>
        <Heading2 id="pp-empty-heading">{t('procesplaat.empty.title')}</Heading2>
        <Paragraph>{t('procesplaat.empty.body')}</Paragraph>
        <Paragraph className="samenspel-meta">{t('procesplaat.empty.mix', { count: phasesWithMix })}</Paragraph>
        {codeId !== undefined && codeTitle && (
          <Paragraph>{t('procesplaat.empty.code', { citationTitle: codeTitle })}</Paragraph>
        )}
        <ButtonGroup>
          {codeId !== undefined && (
            <Button
              appearance="primary-action-button"
              onClick={() => void create('code')}
              disabled={codeChecks.isPending || busy}
            >
              {t('procesplaat.empty.fromCode')}
            </Button>
          )}
          <Button
            appearance={codeId !== undefined ? 'secondary-action-button' : 'primary-action-button'}
            onClick={() => void create('answers')}
            disabled={answers === undefined || busy}
          >
            {t('procesplaat.empty.generate')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void create('empty')} disabled={busy}>
            {t('procesplaat.empty.blank')}
          </Button>
        </ButtonGroup>
        <p role="status" className="samenspel-status pp-busy">
          {busy && (
            <>
              <span className="pp-spinner" aria-hidden="true" /> {t('procesplaat.busy.generating')}
            </>
          )}
        </p>
        {creating && (
          <Alert type="error">
            <Paragraph>{creating}</Paragraph>
          </Alert>
        )}
      </section>
    );
  }

  const repairs =
    stored.data.repairs.length > 0 && dismissed !== stored.data ? (
      <Alert type="warning">
        <Paragraph>{t('procesplaat.repaired')}</Paragraph>
        <UnorderedList>
          {stored.data.repairs.map((note) => (
            <UnorderedListItem key={`${note.kind}-${note.id}`}>{note.message}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Paragraph>{t('procesplaat.repairedNext')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => setDismissed(stored.data)}>
          {t('procesplaat.repairedClose')}
        </Button>
      </Alert>
    ) : null;

  return (
    <FocusShell focused={focused} label={t('procesplaat.focusLabel')}>
      {!editor ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        <editor.EditorScreen
          key={stored.data.revision}
          title={traject.title}
          store={store}
          saver={saver}
          viewport={stored.data.plate.viewport}
          answers={answers}
          onReload={reload}
          focused={focused}
          onFocusedChange={setFocused}
          notices={repairs}
          moreChecks={moreChecks}
          onSaved={onSaved}
        />
      )}
    </FocusShell>
  );
}

const FOCUS_KEY = 'samenspel.procesplaat.focused';
/** The same preference as stored before the English names ('ja' or 'nee'); read when the new key is absent. */
const FORMER_FOCUS_KEY = 'samenspel.procesplaat.groot';

/** Whether the editor fills the window: on by default, remembered on this computer. */
function useFocusedPreference(): [boolean, (focused: boolean) => void] {
  const [focused, setFocused] = useState(() => {
    try {
      const stored = window.localStorage.getItem(FOCUS_KEY);
      return stored === null ? window.localStorage.getItem(FORMER_FOCUS_KEY) !== 'nee' : stored !== 'false';
    } catch {
      return true;
    }
  });
  return [
    focused,
    (next) => {
      setFocused(next);
      try {
        window.localStorage.setItem(FOCUS_KEY, String(next));
      } catch {
        // Private mode: the choice lasts until the tab closes.
      }
    },
  ];
}

/**
 * The focused editing mode: the editor over the whole window, the rest of the app inert (not
 * reachable by Tab or a screen reader) until the user goes back. Not focused: in the page.
 * The editor always renders into one container that moves between the two places, so switching
 * never remounts it (its save state and history stay).
 */
function FocusShell({ focused, label, children }: { focused: boolean; label: string; children: ReactNode }) {
  const [container] = useState(() => {
    const element = document.createElement('section');
    element.className = 'pp-shell';
    return element;
  });
  const placeholder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    if (focused) {
      container.classList.add('pp-focus');
      container.setAttribute('aria-label', label);
      document.body.appendChild(container);
      if (root) root.inert = true;
      document.body.classList.add('pp-focus-open');
    } else {
      container.classList.remove('pp-focus');
      container.removeAttribute('aria-label');
      placeholder.current?.appendChild(container);
    }
    return () => {
      if (root) root.inert = false;
      document.body.classList.remove('pp-focus-open');
    };
  }, [focused, container, label]);
  useLayoutEffect(() => () => container.remove(), [container]);
  return (
    <div ref={placeholder} className="pp-inline">
      {createPortal(children, container)}
    </div>
  );
}
