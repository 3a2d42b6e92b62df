import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ExportResult } from '@shared/document/api';
import type { ExportFormat } from '@shared/document/formats';
import type { SectionId } from '@shared/document/model';
import type { Spelregel } from '@shared/document/spelregels';
import type { TrajectAnswers } from '@shared/participatie/index';
import type { Traject } from '@shared/traject/traject';
import { ApiClientError } from '../../api/client';
import { useApi } from '../../api/context';
import { apiKey, apiQuery } from '../../api/queries';
import { svgToPng } from '../../lib/svgToPng';
import { blobToBase64, delivery, downloadBase64 } from '../../lib/download';
import './export.css';
import { useAnswersSession, useTrajectAnswers } from '../../lib/answers/AnswersSessionProvider';
import { StatusMessages } from '../../components/StatusMessages';
import { ConflictDialog } from '../../components/ConflictDialog';
import { errorMessage } from '../../lib/errorMessage';

const FORMATS: ExportFormat[] = ['docx', 'pdf', 'md'];
const VARIANTS = ['plan', 'paragraaf'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * No phase with participation: the export makes the motivering whatever is asked. The same rule
 * as resolveVariant (shared/document/build.ts), which is not imported here because it brings the
 * layout engine along into the first screen's bundle.
 */
export function hasNoParticipation(answers: TrajectAnswers): boolean {
  const answered = Object.values(answers.phases).filter((a) => a !== undefined);
  return answered.length > 0 && answered.every((a) => a.geenParticipatie !== undefined);
}

export interface ExportDialogProps {
  traject: Traject;
  onClose(): void;
}

/** Rendered only while open; a modal <dialog> so focus stays inside and Escape closes it. */
export function ExportDialog({ traject, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const previewKey = apiKey('export.preview', { trajectId: traject.id });
  const motivering = hasNoParticipation(useTrajectAnswers());
  // The motivering has no sections, spelregels or figure to choose: it needs no preview.
  const preview = useQuery({
    ...apiQuery(api, 'export.preview', { trajectId: traject.id }),
    enabled: !motivering,
  });
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [variant, setVariant] = useState<Variant>('plan');
  // Sections and spelregels only belong to the full plan.
  const fullPlan = variant === 'plan' && !motivering;
  const [excluded, setExcluded] = useState<Set<SectionId>>(new Set());
  const [version, setVersion] = useState('1.0');
  const [rules, setRules] = useState<Spelregel[] | null>(null);
  const [status, setStatus] = useState('');
  const [errorText, setErrorText] = useState<string | null>(null);
  // The spelregels revision the user's edit started from (the preview may refresh meanwhile).
  const baseRevision = useRef<number | null>(null);
  const [conflict, setConflict] = useState<{ message: string; mine: string } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
  }, []);
  // The user's working copy once they edit; until then what the server generated or stored.
  const shown = rules ?? preview.data?.spelregels ?? null;

  const report = (result: ExportResult) => {
    setErrorText(null);
    if (result.kind === 'download') {
      downloadBase64(result.base64, result.fileName, result.mimeType);
      setStatus(t('export.downloaded', { file: result.fileName }));
    } else if (result.kind === 'saved') setStatus(t('export.saved', { path: result.path }));
    else setStatus(t('export.cancelled'));
  };
  const onError = (error: Error) => {
    setStatus('');
    if (error instanceof ApiClientError && error.code === 'CONFLICT') {
      // Saved elsewhere meanwhile: nothing was overwritten; the dialog shows the user's text.
      setConflict({ message: error.message, mine: (rules ?? []).map((r) => r.tekst).join('\n\n') });
      return;
    }
    setErrorText(errorMessage(error));
  };
  const expectedRevision = () => baseRevision.current ?? preview.data?.revision ?? 0;
  const loadNewest = () => {
    setConflict(null);
    setRules(null);
    baseRevision.current = null;
    return queryClient.invalidateQueries({ queryKey: previewKey });
  };

  const saveRules = useMutation({
    mutationFn: (spelregels: Spelregel[] | null) =>
      api.call('export.saveSpelregels', { trajectId: traject.id, spelregels, expectedRevision: expectedRevision() }),
    onSuccess: (data) => {
      baseRevision.current = data.edited ? data.revision : null;
      setRules(data.edited ? data.spelregels : null);
      setStatus(t('export.spelregelsSaved'));
      return queryClient.invalidateQueries({ queryKey: previewKey });
    },
    onError,
  });

  const exportDoc = useMutation({
    mutationFn: async () => {
      setStatus(t('export.busy'));
      // Edited spelregels are stored first: the document is made from what is saved.
      if (rules && preview.data && JSON.stringify(rules) !== JSON.stringify(preview.data.spelregels)) {
        const saved = await api.call('export.saveSpelregels', {
          trajectId: traject.id,
          spelregels: rules.filter((r) => r.tekst.trim() !== ''),
          expectedRevision: expectedRevision(),
        });
        baseRevision.current = saved.revision;
      }
      let figurePng: string | undefined;
      const figure = preview.data?.figure;
      if (format === 'docx' && figure && fullPlan) {
        // Drawn here on a canvas so the browser mode needs no Chromium on the server side.
        figurePng = await svgToPng(figure.svg, { width: figure.width * 2, height: figure.height * 2 })
          .then(blobToBase64)
          .catch(() => undefined);
      }
      const sections = preview.data?.sections.map((s) => s.id).filter((id) => !excluded.has(id));
      return api.call('export.document', {
        trajectId: traject.id,
        format,
        version: version,
        delivery: delivery(),
        ...(fullPlan && sections && excluded.size > 0 ? { sections } : {}),
        ...(motivering ? {} : { variant }),
        ...(figurePng ? { figurePng } : {}),
      });
    },
    onSuccess: report,
    onError,
  });
  const exportProject = useMutation({
    mutationFn: () => api.call('export.project', { trajectId: traject.id, delivery: delivery() }),
    onSuccess: report,
    onError,
  });

  // The first change starts an edit on top of the revision shown.
  const change = (next: Spelregel[]) => {
    if (rules === null) baseRevision.current = preview.data?.revision ?? 0;
    setRules(next);
  };
  const edit = (i: number, text: string) => change((shown ?? []).map((x, j) => (j === i ? { ...x, tekst: text } : x)));
  const busy = exportDoc.isPending || exportProject.isPending;

  return (
    <dialog
      ref={ref}
      className="samenspel-dialog samenspel-export"
      aria-labelledby="export-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <Heading2 id="export-title">{t('export.title')}</Heading2>
      <Paragraph>{t('export.intro')}</Paragraph>
      <StatusMessages status={status} error={errorText} />
      {preview.isError && (
        <Alert type="error">
          <Paragraph>{errorMessage(preview.error)}</Paragraph>
        </Alert>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          exportDoc.mutate();
        }}
      >
        {motivering ? (
          <p className="samenspel-export__motivering" data-testid="export-motivering">
            {t('export.motivering')}
          </p>
        ) : (
          <fieldset className="samenspel-export__group">
            <legend>{t('export.variant')}</legend>
            {VARIANTS.map((v) => (
              // The explanation is a description, not part of the radio's name.
              <div key={v} className="samenspel-export__choice">
                <input
                  id={`export-variant-${v}`}
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  name="variant"
                  value={v}
                  checked={variant === v}
                  aria-describedby={`export-variant-${v}-explanation`}
                  onChange={() => setVariant(v)}
                />
                <span>
                  <label htmlFor={`export-variant-${v}`}>{t(`export.variants.${v}`)}</label>
                  <span id={`export-variant-${v}-explanation`} className="samenspel-export__explanation">
                    {t(`export.variants.${v}Explanation`)}
                  </span>
                </span>
              </div>
            ))}
          </fieldset>
        )}
        <fieldset className="samenspel-export__group">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="samenspel-export__choice">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </fieldset>
        <label className="samenspel-export__field">
          {t('export.version')}
          <input type="text" value={version} maxLength={40} onChange={(e) => setVersion(e.target.value)} />
        </label>
        {preview.data && fullPlan && (
          <fieldset className="samenspel-export__group">
            <legend>{t('export.sections')}</legend>
            <p className="samenspel-export__hint">{t('export.sectionsHint')}</p>
            {preview.data.sections.map((s) => (
              <label key={s.id} className="samenspel-export__choice">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={!excluded.has(s.id)}
                  onChange={(e) =>
                    setExcluded((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.delete(s.id);
                      else next.add(s.id);
                      return next;
                    })
                  }
                />
                {s.title}
              </label>
            ))}
          </fieldset>
        )}
        {shown && fullPlan && (
          <section aria-labelledby="export-spelregels" className="samenspel-export__spelregels">
            <Heading3 id="export-spelregels">{t('export.spelregels')}</Heading3>
            <p className="samenspel-export__hint">
              {preview.data?.edited ? t('export.spelregelsEdited') : t('export.spelregelsGenerated')}
            </p>
            <ol>
              {shown.map((r, i) => (
                <li key={r.id}>
                  <label className="samenspel-visually-hidden" htmlFor={`spelregel-${r.id}`}>
                    {t('export.spelregel', { n: i + 1 })}
                  </label>
                  <textarea
                    id={`spelregel-${r.id}`}
                    rows={3}
                    value={r.tekst}
                    maxLength={2000}
                    onChange={(e) => edit(i, e.target.value)}
                  />
                  <button
                    type="button"
                    className="samenspel-link-button"
                    onClick={() => change(shown.filter((_, j) => j !== i))}
                  >
                    {t('export.remove', { n: i + 1 })}
                  </button>
                </li>
              ))}
            </ol>
            <ButtonGroup>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => change([...shown, { id: `eigen-${Date.now().toString(36)}`, tekst: '' }])}
              >
                {t('export.add')}
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={saveRules.isPending}
                onClick={() => saveRules.mutate(shown.filter((r) => r.tekst.trim() !== ''))}
              >
                {t('export.saveSpelregels')}
              </Button>
              {preview.data?.edited && (
                <Button type="button" appearance="subtle-button" onClick={() => saveRules.mutate(null)}>
                  {t('export.reset')}
                </Button>
              )}
            </ButtonGroup>
          </section>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy || (!preview.data && !motivering)}>
            {exportDoc.isPending ? t('export.busy') : t('export.export')}
          </Button>
        </ButtonGroup>
      </form>
      <section aria-labelledby="export-project" className="samenspel-export__project">
        <Heading3 id="export-project">{t('export.project')}</Heading3>
        <p className="samenspel-export__hint">{t('export.projectHint')}</p>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => exportProject.mutate()}
        >
          {t('export.exportProject')}
        </Button>
      </section>
      <ButtonGroup>
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('export.close')}
        </Button>
      </ButtonGroup>
      <ConflictDialog
        message={conflict?.message ?? null}
        mine={conflict?.mine}
        onLoadNewest={() => void loadNewest()}
      />
    </dialog>
  );
}

/** The button on the traject page; the dialog is only mounted while open. */
export function ExportButton({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const session = useAnswersSession();
  const [open, setOpen] = useState(false);
  // The export reads the stored answers: save what is still waiting for the autosave first.
  const openDialog = () => {
    void session.flush().finally(() => setOpen(true));
  };
  return (
    <>
      <Button type="button" appearance="secondary-action-button" onClick={openDialog}>
        {t('export.open')}
      </Button>
      {open && <ExportDialog traject={traject} onClose={() => setOpen(false)} />}
    </>
  );
}
