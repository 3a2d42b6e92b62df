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
export function GroupChoiceForm({ session, group }: { session: WorkshopSession; group: WorkshopGroup }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const cell = (s: WorkshopSession) => ({
    value: s.groups.find((g) => g.id === group.id)?.choice ?? { phase: DEFAULT_PHASE, goals: [], groups: [] },
    revision: choiceRevision(s, group.id),
  });
  const doc = useWorkshopDocument(session.id, {
    initial: cell(session),
    pick: cell,
    save: (choice: GroupChoice, expectedRevision) =>
      api.call('workshop.saveChoice', { sessionId: session.id, groupId: group.id, choice, expectedRevision }),
    patch: (s, choice, { revision }) => ({
      ...s,
      groups: s.groups.map((g) => (g.id === group.id ? { ...g, choice } : g)),
      choiceRevisions: { ...s.choiceRevisions, [group.id]: revision },
    }),
  });
  const choice = useStore(doc.document, (d) => d.value) ?? cell(session).value;
  const setChoice = (change: (k: GroupChoice) => GroupChoice) =>
    doc.set(change(doc.document.getState().value ?? choice));

  const toggle = <K extends 'goals' | 'groups'>(field: K, value: GroupChoice[K][number]) =>
    setChoice((k) => {
      const list = k[field] as string[];
      return { ...k, [field]: list.includes(value) ? list.filter((x) => x !== value) : [...list, value] };
    });
  const choose = <K extends 'room' | 'level' | 'reach'>(field: K, value: GroupChoice[K]) =>
    setChoice((k) => ({ ...k, [field]: value }));

  const radio = <K extends 'room' | 'level' | 'reach'>(
    field: K,
    options: readonly NonNullable<GroupChoice[K]>[],
    label: (o: NonNullable<GroupChoice[K]>) => string,
    legend: string,
  ) => (
    <Fieldset className="samenspel-workshop-choice__group">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((o) => (
        <div key={o} className="samenspel-workshop-choice__option">
          <RadioButton
            id={`${id}-${field}-${o}`}
            name={`${id}-${field}`}
            checked={choice[field] === o}
            onChange={() => choose(field, o)}
          />
          <label htmlFor={`${id}-${field}-${o}`}>{label(o)}</label>
        </div>
      ))}
    </Fieldset>
  );

  return (
    <section className="samenspel-card samenspel-workshop-choice" aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`}>{t('workshop.choice.heading', { group: group.name })}</Heading2>
      <Paragraph className="samenspel-meta">{t('workshop.choice.intro')}</Paragraph>
      <div className="samenspel-workshop-choice__fields">
        <div className="samenspel-workshop-choice__group">
          <label htmlFor={`${id}-phase`} className="utrecht-form-label">
            {t('workshop.choice.phase')}
          </label>
          <select
            id={`${id}-phase`}
            className="utrecht-select utrecht-select--html-select"
            value={choice.phase}
            onChange={(e) => setChoice((k) => ({ ...k, phase: e.target.value as GroupChoice['phase'] }))}
          >
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {phaseLabels[p].label}
              </option>
            ))}
          </select>
        </div>
        <Fieldset className="samenspel-workshop-choice__group">
          <FieldsetLegend>{t('workshop.choice.goals')}</FieldsetLegend>
          {GOALS.map((g) => (
            <div key={g} className="samenspel-workshop-choice__option">
              <Checkbox id={`${id}-goal-${g}`} checked={choice.goals.includes(g)} onChange={() => toggle('goals', g)} />
              <label htmlFor={`${id}-goal-${g}`}>{goalLabels[g].label}</label>
            </div>
          ))}
        </Fieldset>
        {radio('room', ROOMS, (r) => roomLabels[r].label, t('workshop.choice.room'))}
        {radio('level', LEVELS, (l) => levelLabels[l].label, t('workshop.choice.level'))}
        {radio('reach', REACHES, (r) => reachLabels[r].label, t('workshop.choice.reach'))}
        <Fieldset className="samenspel-workshop-choice__group">
          <FieldsetLegend>{t('workshop.choice.groups')}</FieldsetLegend>
          {GROUPS.map((g) => (
            <div key={g} className="samenspel-workshop-choice__option">
              <Checkbox
                id={`${id}-group-${g}`}
                checked={choice.groups.includes(g)}
                onChange={() => toggle('groups', g)}
              />
              <label htmlFor={`${id}-group-${g}`}>{groupLabels[g].label}</label>
            </div>
          ))}
        </Fieldset>
      </div>
      <SaveStatusText session={doc} />
      <SessionConflictDialog session={doc} />
      <AdvicePanel choice={choice} />
    </section>
  );
}

function AdvicePanel({ choice }: { choice: GroupChoice }) {
  const { t } = useTranslation();
  const usable = isUsableChoice(choice);
  // The same pure engine the flow and the rode-draden suggestions use: instant and offline, no round trip.
  const advice = useMemo(
    () => (usable ? recommendInstruments(choiceToAnswers(choice), catalogue) : undefined),
    [usable, choice],
  );
  if (!usable) return <Paragraph className="samenspel-meta">{t('workshop.choice.noAdviceYet')}</Paragraph>;
  const phase = advice?.phases.find((p) => p.phase === choice.phase);
  return (
    <div className="samenspel-workshop-advice" aria-live="polite">
      <Heading3>
        {t('workshop.choice.adviceHeading', { phase: phaseLabels[choice.phase].label.toLowerCase() })}
      </Heading3>
      {phase && phase.mix.items.length > 0 && (
        <ul>
          {phase.mix.items.map((item) => (
            <li key={item.instrumentId}>{describeMixItem(item, names)}</li>
          ))}
        </ul>
      )}
      {advice && advice.warnings.length > 0 && (
        <>
          <Heading3>{t('workshop.choice.warnings')}</Heading3>
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
