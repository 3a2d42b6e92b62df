import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import {
  catalogue,
  describeMixItem,
  describeWarning,
  goalLabels,
  groupLabels,
  instrumentNames,
  levelLabels,
  phaseLabels,
  reachLabels,
  recommendInstruments,
  roomLabels,
  GOALS,
  GROUPS,
  LEVELS,
  PHASES,
  REACHES,
  ROOMS,
} from '@shared/participatie/index';
import {
  choiceRevision,
  isUsableChoice,
  choiceToAnswers,
  DEFAULT_PHASE,
  type GroupChoice,
  type WorkshopGroup,
  type WorkshopSession,
} from '@shared/workshop/index';
import { useApi } from '../../api/context';
import { SessionConflictDialog } from '../../components/SessionConflictDialog';
import { SaveStatusText, useWorkshopDocument } from './useWorkshopDocument';

const names = instrumentNames(catalogue);

/**
 * Optional: a group picks goals, room, level and whom to reach for one phase, and the engine's
 * advice appears next to it as food for discussion. Not the workshop's point (that is the talk),
 * so it stays compact and below the answers.
 */
export function GroupChoiceForm({ sessie, groep }: { sessie: WorkshopSession; groep: WorkshopGroup }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const choice = (s: WorkshopSession) => ({
    value: s.groepen.find((g) => g.id === groep.id)?.keuze ?? { fase: DEFAULT_PHASE, goals: [], groups: [] },
    revision: choiceRevision(s, groep.id),
  });
  const session = useWorkshopDocument(sessie.id, {
    initial: choice(sessie),
    pick: choice,
    save: (keuze: GroupChoice, expectedRevision) =>
      api.call('workshop.saveChoice', { sessieId: sessie.id, groepId: groep.id, keuze, expectedRevision }),
    patch: (s, keuze, { revision }) => ({
      ...s,
      groepen: s.groepen.map((g) => (g.id === groep.id ? { ...g, keuze } : g)),
      choiceRevisions: { ...s.choiceRevisions, [groep.id]: revision },
    }),
  });
  const keuze = useStore(session.document, (d) => d.value) ?? choice(sessie).value;
  const setKeuze = (change: (k: GroupChoice) => GroupChoice) =>
    session.set(change(session.document.getState().value ?? keuze));

  const toggle = <K extends 'goals' | 'groups'>(veld: K, waarde: GroupChoice[K][number]) =>
    setKeuze((k) => {
      const lijst = k[veld] as string[];
      return { ...k, [veld]: lijst.includes(waarde) ? lijst.filter((x) => x !== waarde) : [...lijst, waarde] };
    });
  const choose = <K extends 'room' | 'level' | 'reach'>(veld: K, waarde: GroupChoice[K]) =>
    setKeuze((k) => ({ ...k, [veld]: waarde }));

  const radio = <K extends 'room' | 'level' | 'reach'>(
    veld: K,
    opties: readonly NonNullable<GroupChoice[K]>[],
    label: (o: NonNullable<GroupChoice[K]>) => string,
    legend: string,
  ) => (
    <Fieldset className="samenspel-workshop-keuze__groep">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {opties.map((o) => (
        <div key={o} className="samenspel-workshop-keuze__optie">
          <RadioButton
            id={`${id}-${veld}-${o}`}
            name={`${id}-${veld}`}
            checked={keuze[veld] === o}
            onChange={() => choose(veld, o)}
          />
          <label htmlFor={`${id}-${veld}-${o}`}>{label(o)}</label>
        </div>
      ))}
    </Fieldset>
  );

  return (
    <section className="samenspel-card samenspel-workshop-keuze" aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>{t('workshop.keuze.kop', { groep: groep.naam })}</Heading2>
      <Paragraph className="samenspel-meta">{t('workshop.keuze.uitleg')}</Paragraph>
      <div className="samenspel-workshop-keuze__velden">
        <div className="samenspel-workshop-keuze__groep">
          <label htmlFor={`${id}-fase`} className="utrecht-form-label">
            {t('workshop.keuze.fase')}
          </label>
          <select
            id={`${id}-fase`}
            className="utrecht-select utrecht-select--html-select"
            value={keuze.fase}
            onChange={(e) => setKeuze((k) => ({ ...k, fase: e.target.value as GroupChoice['fase'] }))}
          >
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {phaseLabels[p].label}
              </option>
            ))}
          </select>
        </div>
        <Fieldset className="samenspel-workshop-keuze__groep">
          <FieldsetLegend>{t('workshop.keuze.doelen')}</FieldsetLegend>
          {GOALS.map((g) => (
            <div key={g} className="samenspel-workshop-keuze__optie">
              <Checkbox id={`${id}-goal-${g}`} checked={keuze.goals.includes(g)} onChange={() => toggle('goals', g)} />
              <label htmlFor={`${id}-goal-${g}`}>{goalLabels[g].label}</label>
            </div>
          ))}
        </Fieldset>
        {radio('room', ROOMS, (r) => roomLabels[r].label, t('workshop.keuze.ruimte'))}
        {radio('level', LEVELS, (l) => levelLabels[l].label, t('workshop.keuze.niveau'))}
        {radio('reach', REACHES, (r) => reachLabels[r].label, t('workshop.keuze.bereik'))}
        <Fieldset className="samenspel-workshop-keuze__groep">
          <FieldsetLegend>{t('workshop.keuze.groepen')}</FieldsetLegend>
          {GROUPS.map((g) => (
            <div key={g} className="samenspel-workshop-keuze__optie">
              <Checkbox
                id={`${id}-group-${g}`}
                checked={keuze.groups.includes(g)}
                onChange={() => toggle('groups', g)}
              />
              <label htmlFor={`${id}-group-${g}`}>{groupLabels[g].label}</label>
            </div>
          ))}
        </Fieldset>
      </div>
      <SaveStatusText session={session} />
      <SessionConflictDialog session={session} />
      <AdvicePanel keuze={keuze} />
    </section>
  );
}

function AdvicePanel({ keuze }: { keuze: GroupChoice }) {
  const { t } = useTranslation();
  const usable = isUsableChoice(keuze);
  // The same pure engine the flow and the rode-draden suggestions use: instant and offline, no round trip.
  const advice = useMemo(
    () => (usable ? recommendInstruments(choiceToAnswers(keuze), catalogue) : undefined),
    [usable, keuze],
  );
  if (!usable) return <Paragraph className="samenspel-meta">{t('workshop.keuze.nogGeenAdvies')}</Paragraph>;
  const phase = advice?.phases.find((p) => p.phase === keuze.fase);
  return (
    <div className="samenspel-workshop-advies" aria-live="polite">
      <Heading3>{t('workshop.keuze.adviesKop', { fase: phaseLabels[keuze.fase].label.toLowerCase() })}</Heading3>
      {phase && phase.mix.items.length > 0 && (
        <ul>
          {phase.mix.items.map((item) => (
            <li key={item.instrumentId}>{describeMixItem(item, names)}</li>
          ))}
        </ul>
      )}
      {advice && advice.warnings.length > 0 && (
        <>
          <Heading3>{t('workshop.keuze.waarschuwingen')}</Heading3>
          <ul>
            {advice.warnings.map((w, i) => (
              <li key={`${w.id}-${i}`}>{describeWarning(w, names)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
