import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { TO_BE_FILLED_IN } from '@shared/document/texts';
import { PHASES, phaseLabels, type Phase } from '@shared/participatie/index';
import type { PlanDetails } from '@shared/participatie/plan-details';
import type { Traject } from '@shared/traject/traject';
import { useAnswersSession, useTrajectAnswers } from '../../lib/answers/AnswersSessionProvider';
import { RadioGroup } from './ChoiceGroups';
import { EMPTY_PLAN, usePlanDefaults } from './planDefaults';
import { PartiesList, TextList } from './PlanLists';
import './plan.css';

type Setter = (recipe: (plan: PlanDetails) => PlanDetails, mergeKey?: string) => void;

/** "" → undefined, so an emptied field is left out and the document uses its default again. */
const CONTACT_LABELS = {
  naam: 'flow.plan.contactName',
  functie: 'flow.plan.contactPosition',
  email: 'flow.plan.contactEmail',
  telefoon: 'flow.plan.contactPhone',
} as const;

const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/** A default from the document, without its "[nog in te vullen] …" marker: then there is none. */
const realDefault = (text: string) => (text.includes(TO_BE_FILLED_IN) ? undefined : text);

function TextField({
  id,
  label,
  explanation,
  value,
  placeholder,
  maxLength,
  multiline,
  onChange,
}: {
  id: string;
  label: string;
  explanation?: ReactNode;
  value: string | undefined;
  placeholder?: string | undefined;
  maxLength: number;
  multiline?: boolean;
  onChange(text: string): void;
}) {
  const props = {
    id,
    value: value ?? '',
    maxLength,
    placeholder,
    'aria-describedby': explanation ? `${id}-explanation` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {explanation && <FormFieldDescription id={`${id}-explanation`}>{explanation}</FormFieldDescription>}
      {multiline ? <Textarea rows={3} {...props} /> : <Textbox {...props} />}
    </FormField>
  );
}

/** A euro amount as typed: "12.500", "€ 12500" → 12500; "" → undefined; anything else is ignored. */
function euros(text: string): number | undefined | null {
  const clean = text.replace(/[.\s€]/g, '').replace(',', '.');
  if (clean === '') return undefined;
  const n = Number(clean);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * "Plan en raadsvoorstel": what a participatieplan needs besides the method (issue 13), stored as
 * `answers.plan` through the same answers session as every other answer (autosave, undo). Each
 * field shows what the document says when it is left empty, from the same derivation
 * (shared/document/details.ts), so nothing is silently missing.
 */
export function PlanQuestion({ traject }: { traject: Traject }) {
  const { t } = useTranslation();
  const store = useAnswersSession().answers;
  const answers = useTrajectAnswers();
  const plan = answers.plan ?? EMPTY_PLAN;
  const { defaults, current, facts } = usePlanDefaults(answers, traject.title);

  const set: Setter = (recipe, mergeKey) =>
    store.getState().change((a) => ({ ...a, plan: recipe(a.plan ?? EMPTY_PLAN) }), mergeKey);
  const text = (field: 'verordeningArtikel' | 'opdrachtgever' | 'klachten' | 'capaciteit') => (value: string) =>
    set((p) => ({ ...p, [field]: orUndefined(value) }), `plan-${field}`);

  const brpDerived = defaults.privacy.some((s) => s.includes('Basisregistratie Personen'));
  const brp = plan.privacy?.brp ?? brpDerived;
  const uitdaagrecht = plan.uitdaagrecht ? (plan.uitdaagrecht.vanToepassing ? 'ja' : 'nee') : 'open';
  const reportMoment = realDefault(defaults.reportMoment);
  const budgetDefault = realDefault(defaults.budgetTotal);
  const uitdaagrechtDefault = realDefault(defaults.uitdaagrecht);
  // The periods the user typed, checked for an end before its start.
  const planningError = (phase: Phase) => {
    const p = plan.planning[phase];
    return !!p?.start && !!p.end && p.end < p.start;
  };
  const setPlanning = (phase: Phase, key: 'start' | 'end', value: string) =>
    set((p) => {
      const period = { ...p.planning[phase], [key]: value || undefined };
      const planning = { ...p.planning };
      if (period.start || period.end) planning[phase] = period;
      else delete planning[phase];
      return { ...p, planning };
    });

  return (
    <section className="samenspel-card samenspel-plan" aria-labelledby="plan-heading" data-testid="plan">
      <Heading2 id="plan-heading" tabIndex={-1}>
        {t('flow.plan.title')}
      </Heading2>
      <Paragraph>{t('flow.plan.intro')}</Paragraph>
      {facts.noParticipation && (
        <Paragraph className="samenspel-plan__notice">{t('flow.plan.noParticipation')}</Paragraph>
      )}
      <Paragraph className="samenspel-plan__open" data-testid="plan-open">
        {current.missing.length === 0
          ? t('flow.plan.allFilledIn')
          : t('flow.plan.stillOpen', { count: current.missing.length, list: current.missing.join(', ') })}
      </Paragraph>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.assignment')}</Heading3>
        <RadioGroup
          name="plan-status"
          legend={t('flow.plan.status')}
          choices={[
            { id: 'concept', label: t('flow.plan.statusDraft'), explanation: t('flow.plan.statusDraftExplanation') },
            {
              id: 'vastgesteld',
              label: t('flow.plan.statusAdopted'),
              explanation: t('flow.plan.statusAdoptedExplanation'),
            },
          ]}
          value={plan.status ?? 'concept'}
          onChange={(status) => set((p) => ({ ...p, status }))}
        />
        <TextField
          id="plan-verordening"
          label={t('flow.plan.verordening')}
          explanation={`${t('flow.plan.verordeningExplanation')} ${t('flow.plan.emptyIsOpen')}`}
          value={plan.verordeningArtikel}
          placeholder={t('flow.plan.verordeningExample', { municipality: traject.municipality || 'Lindeveld' })}
          maxLength={300}
          onChange={text('verordeningArtikel')}
        />
        <TextField
          id="plan-client"
          label={t('flow.plan.client')}
          explanation={`${t('flow.plan.clientExplanation')} ${t('flow.plan.emptyIsOpen')}`}
          value={plan.opdrachtgever}
          placeholder={t('flow.plan.clientExample')}
          maxLength={300}
          onChange={text('opdrachtgever')}
        />
        <Fieldset aria-describedby="plan-contact-explanation">
          <FieldsetLegend>{t('flow.plan.contact')}</FieldsetLegend>
          <p className="samenspel-hint" id="plan-contact-explanation">
            {t('flow.plan.contactExplanation')} {t('flow.plan.emptyIsOpen')}
          </p>
          <div className="samenspel-plan__row">
            {(['naam', 'functie', 'email', 'telefoon'] as const).map((field) => (
              <TextField
                key={field}
                id={`plan-contact-${field}`}
                label={t(CONTACT_LABELS[field])}
                value={plan.contactpersoon?.[field]}
                maxLength={field === 'telefoon' ? 50 : 200}
                onChange={(value) =>
                  set((p) => {
                    const contactpersoon = { ...p.contactpersoon, [field]: orUndefined(value) };
                    const empty = Object.values(contactpersoon).every((v) => v === undefined);
                    return { ...p, contactpersoon: empty ? undefined : contactpersoon };
                  }, `plan-contact-${field}`)
                }
              />
            ))}
          </div>
        </Fieldset>
      </div>

      <div className="samenspel-plan__group">
        <Heading3 id="plan-parties-heading">{t('flow.plan.parties')}</Heading3>
        <p className="samenspel-hint">{t('flow.plan.partiesExplanation')}</p>
        <PartiesList
          items={plan.stakeholders}
          onChange={(stakeholders, key) => set((p) => ({ ...p, stakeholders }), key)}
        />
      </div>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.planning')}</Heading3>
        <p className="samenspel-hint">{t('flow.plan.planningExplanation')}</p>
        <div className="samenspel-plan__planning">
          {PHASES.map((phase) => {
            const phaseName = phaseLabels[phase].label;
            const error = planningError(phase);
            return (
              <Fieldset key={phase} aria-describedby={error ? `plan-planning-${phase}-error` : undefined}>
                <FieldsetLegend>{phaseName}</FieldsetLegend>
                <div className="samenspel-plan__dates">
                  {(['start', 'end'] as const).map((key) => (
                    <FormField key={key}>
                      <FormLabel htmlFor={`plan-planning-${phase}-${key}`}>
                        {t(key === 'start' ? 'flow.plan.planningStart' : 'flow.plan.planningEnd')}
                        <span className="samenspel-visually-hidden">
                          {' '}
                          {t('flow.plan.planningOf', { phase: phaseName })}
                        </span>
                      </FormLabel>
                      <Textbox
                        id={`plan-planning-${phase}-${key}`}
                        type="date"
                        invalid={error}
                        value={plan.planning[phase]?.[key] ?? ''}
                        onChange={(e) => setPlanning(phase, key, e.target.value)}
                      />
                    </FormField>
                  ))}
                </div>
                {error && (
                  <p id={`plan-planning-${phase}-error`} className="samenspel-plan__message">
                    {t('flow.plan.planningOrder')}
                  </p>
                )}
              </Fieldset>
            );
          })}
        </div>
      </div>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.weighing')}</Heading3>
        <Fieldset aria-describedby="plan-weighing-explanation">
          <FieldsetLegend>{t('flow.plan.weighingFramework')}</FieldsetLegend>
          <div id="plan-weighing-explanation" className="samenspel-hint">
            <p>{t('flow.plan.weighingFrameworkExplanation')}</p>
            {plan.wegingskader.length === 0 && (
              <DefaultItems intro={t('flow.plan.weighingFrameworkDefault')} items={defaults.weighingCriteria} />
            )}
          </div>
          {plan.wegingskader.length === 0 && (
            <Button
              appearance="subtle-button"
              onClick={() => set((p) => ({ ...p, wegingskader: [...defaults.weighingCriteria] }))}
            >
              {t('flow.plan.adoptWeighingFramework')}
            </Button>
          )}
          <TextList
            id="plan-weighing"
            items={plan.wegingskader}
            maxLength={500}
            labels={{
              item: (n) => t('flow.plan.criterion', { n }),
              remove: (n) => t('flow.plan.removeCriterion', { n }),
              newItem: t('flow.plan.newCriterion'),
              add: t('flow.plan.addCriterion'),
            }}
            onChange={(wegingskader, key) => set((p) => ({ ...p, wegingskader }), key)}
          />
        </Fieldset>
        <Fieldset aria-describedby="plan-report-explanation">
          <FieldsetLegend>{t('flow.plan.reportContents')}</FieldsetLegend>
          <div id="plan-report-explanation" className="samenspel-hint">
            <DefaultItems intro={t('flow.plan.reportContentsExplanation')} items={defaults.reportContents} />
          </div>
          <TextList
            id="plan-report"
            items={plan.participatieverslag?.inhoud ?? []}
            maxLength={500}
            labels={{
              item: (n) => t('flow.plan.reportItem', { n }),
              remove: (n) => t('flow.plan.removeReportItem', { n }),
              newItem: t('flow.plan.newReportItem'),
              add: t('flow.plan.addReportItem'),
            }}
            onChange={(inhoud, key) =>
              set((p) => ({ ...p, participatieverslag: { ...p.participatieverslag, inhoud } }), key)
            }
          />
        </Fieldset>
        <TextField
          id="plan-report-moment"
          label={t('flow.plan.reportMoment')}
          explanation={`${t('flow.plan.reportMomentExplanation')} ${
            reportMoment ? t('flow.plan.emptyIsDefault', { text: reportMoment }) : t('flow.plan.emptyIsOpen')
          }`}
          value={plan.participatieverslag?.moment}
          placeholder={reportMoment}
          maxLength={200}
          onChange={(value) =>
            set(
              (p) => ({
                ...p,
                participatieverslag: { inhoud: [], ...p.participatieverslag, moment: orUndefined(value) },
              }),
              'plan-report-moment',
            )
          }
        />
      </div>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.privacyComplaints')}</Heading3>
        <div className="samenspel-choice">
          <Checkbox
            id="plan-brp"
            checked={brp}
            aria-describedby="plan-brp-explanation"
            onChange={(e) => set((p) => ({ ...p, privacy: { ...p.privacy, brp: e.target.checked } }))}
          />
          <div>
            <FormLabel htmlFor="plan-brp" type="checkbox">
              {t('flow.plan.brp')}
            </FormLabel>
            <span id="plan-brp-explanation" className="samenspel-choice__explanation">
              {t('flow.plan.brpExplanation')}{' '}
              {brpDerived && plan.privacy?.brp === undefined && t('flow.plan.brpDerived')}
            </span>
          </div>
        </div>
        <TextField
          id="plan-privacy"
          label={t('flow.plan.privacyNote')}
          explanation={t('flow.plan.privacyNoteExplanation')}
          value={plan.privacy?.toelichting}
          maxLength={2000}
          multiline
          onChange={(value) =>
            set((p) => ({ ...p, privacy: { ...p.privacy, toelichting: orUndefined(value) } }), 'plan-privacy')
          }
        />
        <TextField
          id="plan-complaints"
          label={t('flow.plan.complaints')}
          explanation={t('flow.plan.complaintsExplanation')}
          value={plan.klachten}
          placeholder={defaults.complaints}
          maxLength={2000}
          multiline
          onChange={text('klachten')}
        />
      </div>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.resources')}</Heading3>
        <div className="samenspel-plan__row">
          <TextField
            id="plan-budget"
            label={t('flow.plan.budgetTotal')}
            explanation={
              budgetDefault
                ? t('flow.plan.budgetTotalExplanation', { text: budgetDefault })
                : t('flow.plan.emptyIsOpen')
            }
            value={plan.budgetTotaal === undefined ? undefined : String(plan.budgetTotaal)}
            placeholder={budgetDefault?.replace(/ \(.*$/, '')}
            maxLength={20}
            onChange={(value) => {
              const budgetTotaal = euros(value);
              if (budgetTotaal !== null) set((p) => ({ ...p, budgetTotaal }), 'plan-budget');
            }}
          />
          <TextField
            id="plan-capacity"
            label={t('flow.plan.capacity')}
            explanation={`${t('flow.plan.capacityExplanation')} ${t('flow.plan.emptyIsOpen')}`}
            value={plan.capaciteit}
            maxLength={500}
            onChange={text('capaciteit')}
          />
        </div>
      </div>

      <div className="samenspel-plan__group">
        <Heading3>{t('flow.plan.uitdaagrecht')}</Heading3>
        <RadioGroup
          name="plan-uitdaagrecht"
          legend={t('flow.plan.uitdaagrechtQuestion')}
          describedBy="plan-uitdaagrecht-explanation"
          choices={[
            { id: 'ja', label: t('flow.plan.uitdaagrechtYes') },
            { id: 'nee', label: t('flow.plan.uitdaagrechtNo') },
            { id: 'open', label: t('flow.plan.uitdaagrechtOpen') },
          ]}
          value={uitdaagrecht}
          onChange={(choice) =>
            set((p) => ({
              ...p,
              uitdaagrecht:
                choice === 'open'
                  ? undefined
                  : { vanToepassing: choice === 'ja', toelichting: p.uitdaagrecht?.toelichting },
            }))
          }
        />
        <p className="samenspel-hint" id="plan-uitdaagrecht-explanation">
          {uitdaagrecht === 'open' &&
            (uitdaagrechtDefault
              ? t('flow.plan.emptyIsDefault', { text: uitdaagrechtDefault })
              : t('flow.plan.emptyIsOpen'))}
        </p>
        {plan.uitdaagrecht && (
          <TextField
            id="plan-uitdaagrecht-toelichting"
            label={t('flow.plan.uitdaagrechtNote')}
            value={plan.uitdaagrecht.toelichting}
            maxLength={1000}
            multiline
            onChange={(value) =>
              set(
                (p) => ({
                  ...p,
                  uitdaagrecht: {
                    vanToepassing: p.uitdaagrecht?.vanToepassing ?? true,
                    toelichting: orUndefined(value),
                  },
                }),
                'plan-uitdaagrecht-toelichting',
              )
            }
          />
        )}
      </div>

      <div className="samenspel-plan__group">
        <Heading3 id="plan-decision-points-heading">{t('flow.plan.decisionPoints')}</Heading3>
        <div id="plan-decision-points-explanation" className="samenspel-hint">
          <p>{t('flow.plan.decisionPointsExplanation')}</p>
          {plan.beslispunten.length === 0 && (
            <DefaultItems intro={t('flow.plan.decisionPointsDefault')} items={defaults.decisionPoints} ordered />
          )}
        </div>
        {plan.beslispunten.length === 0 && (
          <Button
            appearance="subtle-button"
            onClick={() => set((p) => ({ ...p, beslispunten: [...defaults.decisionPoints] }))}
          >
            {t('flow.plan.adoptDecisionPoints')}
          </Button>
        )}
        <TextList
          id="plan-decision-point"
          items={plan.beslispunten}
          maxLength={1000}
          ordered
          describedBy="plan-decision-points-explanation"
          labels={{
            item: (n) => t('flow.plan.decisionPoint', { n }),
            remove: (n) => t('flow.plan.removeDecisionPoint', { n }),
            newItem: t('flow.plan.newDecisionPoint'),
            add: t('flow.plan.addDecisionPoint'),
          }}
          onChange={(beslispunten, key) => set((p) => ({ ...p, beslispunten }), key)}
        />
      </div>
    </section>
  );
}

function DefaultItems({ intro, items, ordered }: { intro: string; items: readonly string[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <p>{intro}</p>
      <List className="samenspel-plan__defaults">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </>
  );
}
