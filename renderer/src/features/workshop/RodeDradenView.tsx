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
function newId(draden: RodeDraad[]): string {
  let n = draden.length + 1;
  while (draden.some((d) => d.id === `draad-${n}`)) n++;
  return `draad-${n}`;
}

/**
 * The trainer writes the common threads; the app points at overlaps between groups (same
 * instrument, goal, warning or word) that can be taken over with one click and then reworded.
 */
export function RodeDradenView({ sessie }: { sessie: WorkshopSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = (s: WorkshopSession) => ({ value: s.rodeDraden, revision: s.rodeDradenRevision });
  // The list is saved as a whole, on top of the list's revision this window started from.
  const session = useWorkshopDocument(sessie.id, {
    initial: list(sessie),
    pick: list,
    save: (rodeDraden: RodeDraad[], expectedRevision) =>
      api.call('workshop.saveRodeDraden', { sessieId: sessie.id, rodeDraden, expectedRevision }),
    patch: (s, _draden, saved) => ({ ...s, rodeDraden: saved.rodeDraden, rodeDradenRevision: saved.revision }),
  });
  const draden = useStore(session.document, (d) => d.value) ?? sessie.rodeDraden;
  const setDraden = (change: (d: RodeDraad[]) => RodeDraad[]) =>
    session.set(change(session.document.getState().value ?? draden));
  const suggesties = useMemo(() => suggestOverlap(sessie, { catalogue }), [sessie]);
  const naam = new Map(sessie.groepen.map((g) => [g.id, g.naam]));
  const overgenomen = new Set(draden.map((d) => d.bron).filter(Boolean));
  // An open presenter shows what is typed here at once, before it is saved.
  useDraftRodeDraden(sessie.id, draden);

  const takeOver = (s: OverlapSuggestion) =>
    setDraden((d) => [
      ...d,
      {
        id: newId(d),
        tekst: t(`workshop.rodeDraden.sjabloon.${s.kind}`, { label: s.label }),
        groepIds: s.groupIds,
        bron: s.key,
      },
    ]);
  const change = (id: string, deel: Partial<RodeDraad>) =>
    setDraden((d) => d.map((x) => (x.id === id ? { ...x, ...deel } : x)));

  return (
    <div className="samenspel-workshop-draden">
      <section className="samenspel-card" aria-labelledby="suggesties-kop">
        <Heading2 id="suggesties-kop">{t('workshop.rodeDraden.suggestiesKop')}</Heading2>
        <Paragraph className="samenspel-meta">{t('workshop.rodeDraden.suggestiesUitleg')}</Paragraph>
        {suggesties.length === 0 ? (
          <Paragraph>{t('workshop.rodeDraden.geenSuggesties')}</Paragraph>
        ) : (
          <ul className="samenspel-workshop-suggesties">
            {suggesties.map((s) => (
              <li key={s.key}>
                <span className={`samenspel-workshop-kind samenspel-workshop-kind--${s.kind}`}>
                  {t(`workshop.rodeDraden.kind.${s.kind}`)}
                </span>
                <span className="samenspel-workshop-suggesties__label">{s.label}</span>
                <span className="samenspel-meta">
                  {t('workshop.rodeDraden.bij', {
                    count: s.groupIds.length,
                    groepen: s.groupIds.map((g) => naam.get(g)).join(', '),
                  })}
                </span>
                <Button
                  appearance="secondary-action-button"
                  disabled={overgenomen.has(s.key)}
                  onClick={() => takeOver(s)}
                  aria-label={t('workshop.rodeDraden.overnemenNamed', { label: s.label })}
                >
                  {overgenomen.has(s.key) ? t('workshop.rodeDraden.overgenomen') : t('workshop.rodeDraden.overnemen')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="samenspel-card" aria-labelledby="draden-kop">
        <Heading2 id="draden-kop">{t('workshop.rodeDraden.kop')}</Heading2>
        {draden.length === 0 && <Paragraph>{t('workshop.rodeDraden.leeg')}</Paragraph>}
        <ol className="samenspel-workshop-dradenlijst">
          {draden.map((d, i) => (
            <li key={d.id}>
              <FormField>
                <FormLabel htmlFor={`draad-${d.id}`}>{t('workshop.rodeDraden.draad', { nummer: i + 1 })}</FormLabel>
                <Textarea
                  id={`draad-${d.id}`}
                  rows={2}
                  value={d.tekst}
                  onChange={(e) => change(d.id, { tekst: e.target.value })}
                />
              </FormField>
              <Fieldset className="samenspel-workshop-dradenlijst__groepen">
                <FieldsetLegend>{t('workshop.rodeDraden.genoemdDoor', { nummer: i + 1 })}</FieldsetLegend>
                {sessie.groepen.map((g) => (
                  <span key={g.id} className="samenspel-workshop-keuze__optie">
                    <Checkbox
                      id={`draad-${d.id}-${g.id}`}
                      checked={d.groepIds.includes(g.id)}
                      onChange={() =>
                        change(d.id, {
                          groepIds: d.groepIds.includes(g.id)
                            ? d.groepIds.filter((x) => x !== g.id)
                            : [...d.groepIds, g.id],
                        })
                      }
                    />
                    <label htmlFor={`draad-${d.id}-${g.id}`}>{g.naam}</label>
                  </span>
                ))}
              </Fieldset>
              <Button
                appearance="subtle-button"
                onClick={() => setDraden((lijst) => lijst.filter((x) => x.id !== d.id))}
              >
                {t('workshop.rodeDraden.verwijder', { nummer: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          appearance="secondary-action-button"
          onClick={() => setDraden((d) => [...d, { id: newId(d), tekst: '', groepIds: [] }])}
        >
          {t('workshop.rodeDraden.toevoegen')}
        </Button>
        <SaveStatusText session={session} />
        <SessionConflictDialog
          session={session}
          mine={() => (session.document.getState().value ?? []).map((d) => d.tekst).join('\n\n')}
        />
      </section>
    </div>
  );
}
