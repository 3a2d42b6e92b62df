import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { catalogue } from '@shared/participatie/catalogus/index';
import { suggestOverlap, type OverlapSuggestion, type RodeDraad, type WorkshopSession } from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { useDraftRodeDraden } from './sync';
import { SaveStatusText, useWorkshopDocument } from './useWorkshopDocument';

/** A fresh id for a rode draad that does not clash with the ones already in the list. */
function newId(threads: RodeDraad[]): string {
  let n = threads.length + 1;
  while (threads.some((d) => d.id === `draad-${n}`)) n++;
  return `draad-${n}`;
}

/**
 * The trainer writes the common threads; the app points at overlaps between groups (same
 * instrument, goal, warning or word) that can be taken over with one click and then reworded.
 */
export function RodeDradenView({ session }: { session: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = (s: WorkshopSession) => ({ value: s.rodeDraden, revision: s.rodeDradenRevision });
  // The list is saved as a whole, on top of the list's revision this window started from.
  const doc = useWorkshopDocument(session.id, {
    initial: list(session),
    pick: list,
    save: (rodeDraden: RodeDraad[], expectedRevision) =>
      api.call('workshop.saveRodeDraden', { sessionId: session.id, rodeDraden, expectedRevision }),
    patch: (s, _threads, saved) => ({ ...s, rodeDraden: saved.rodeDraden, rodeDradenRevision: saved.revision }),
  });
  const threads = useStore(doc.document, (d) => d.value) ?? session.rodeDraden;
  const setThreads = (change: (d: RodeDraad[]) => RodeDraad[]) =>
    doc.set(change(doc.document.getState().value ?? threads));
  const suggestions = useMemo(() => suggestOverlap(session, { catalogue }), [session]);
  const groupName = new Map(session.groups.map((g) => [g.id, g.name]));
  const taken = new Set(threads.map((d) => d.source).filter(Boolean));
  // An open presenter shows what is typed here at once, before it is saved.
  useDraftRodeDraden(session.id, threads);

  const takeOver = (s: OverlapSuggestion) =>
    setThreads((d) => [
      ...d,
      {
        id: newId(d),
        text: t(`workshop.rodeDraden.template.${s.kind}`, { label: s.label }),
        groupIds: s.groupIds,
        source: s.key,
      },
    ]);
  const change = (id: string, part: Partial<RodeDraad>) =>
    setThreads((d) => d.map((x) => (x.id === id ? { ...x, ...part } : x)));

  return (
    <div className="samenspel-workshop-rode-draden">
      <section className="samenspel-card" aria-labelledby="suggestions-heading">
        <Heading2 id="suggestions-heading">{t('workshop.rodeDraden.suggestionsHeading')}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.rodeDraden.suggestionsIntro')}</Paragraph>
        {suggestions.length === 0 ? (
          <Paragraph>{t('workshop.rodeDraden.noSuggestions')}</Paragraph>
        ) : (
          <ul className="samenspel-workshop-suggestions">
            {suggestions.map((s) => (
              <li key={s.key}>
                <span className={`samenspel-workshop-kind samenspel-workshop-kind--${s.kind}`}>
                  {t(`workshop.rodeDraden.kind.${s.kind}`)}
                </span>
                <span className="samenspel-workshop-suggestions__label">{s.label}</span>
                <span className="samenspel-meta">
                  {t('workshop.rodeDraden.namedBy', {
                    count: s.groupIds.length,
                    groups: s.groupIds.map((g) => groupName.get(g)).join(', '),
                  })}
                </span>
                <Button
                  appearance="secondary-action-button"
                  disabled={taken.has(s.key)}
                  onClick={() => takeOver(s)}
                  aria-label={t('workshop.rodeDraden.takeNamed', { label: s.label })}
                >
                  {taken.has(s.key) ? t('workshop.rodeDraden.taken') : t('workshop.rodeDraden.take')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="samenspel-card" aria-labelledby="rode-draden-heading">
        <Heading2 id="rode-draden-heading">{t('workshop.rodeDraden.heading')}</Heading2>
        {threads.length === 0 && <Paragraph>{t('workshop.rodeDraden.empty')}</Paragraph>}
        <ol className="samenspel-workshop-thread-list">
          {threads.map((d, i) => (
            <li key={d.id}>
              <FormField>
                <FormLabel htmlFor={`draad-${d.id}`}>{t('workshop.rodeDraden.thread', { number: i + 1 })}</FormLabel>
                <Textarea
                  id={`draad-${d.id}`}
                  rows={2}
                  value={d.text}
                  onChange={(e) => change(d.id, { text: e.target.value })}
                />
              </FormField>
              <Fieldset className="samenspel-workshop-thread-list__groups">
                <FieldsetLegend>{t('workshop.rodeDraden.namedByLabel', { number: i + 1 })}</FieldsetLegend>
                {session.groups.map((g) => (
                  <span key={g.id} className="samenspel-workshop-choice__option">
                    <Checkbox
                      id={`draad-${d.id}-${g.id}`}
                      checked={d.groupIds.includes(g.id)}
                      onChange={() =>
                        change(d.id, {
                          groupIds: d.groupIds.includes(g.id)
                            ? d.groupIds.filter((x) => x !== g.id)
                            : [...d.groupIds, g.id],
                        })
                      }
                    />
                    <label htmlFor={`draad-${d.id}-${g.id}`}>{g.name}</label>
                  </span>
                ))}
              </Fieldset>
              <Button
                appearance="subtle-button"
                onClick={() => setThreads((list) => list.filter((x) => x.id !== d.id))}
              >
                {t('workshop.rodeDraden.remove', { number: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          appearance="secondary-action-button"
          onClick={() => setThreads((d) => [...d, { id: newId(d), text: '', groupIds: [] }])}
        >
          {t('workshop.rodeDraden.add')}
        </Button>
        <SaveStatusText session={doc} />
        <SessionConflictDialog
          session={doc}
          mine={() => (doc.document.getState().value ?? []).map((d) => d.text).join('\n\n')}
        />
      </section>
    </div>
  );
}
