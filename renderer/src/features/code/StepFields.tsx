import { useTranslation } from 'react-i18next';
import { defaultPromise } from '@shared/code/defaults';
import {
  termTexts,
  evaluatorWords,
  impactWords,
  initiatorReportWords,
  supportWords,
  agreementWords,
  planWords,
  raadInstrumentWords,
  uitdaagrechtCriterionWords,
  challengerWords,
  exceptionWords,
  verslagWords,
  requestWords,
  type CodeWording,
} from '@shared/code/labels';
import {
  DEFINED_TERMS,
  IMPACT_CRITERIA,
  SUPPORT_FORMS,
  AGREEMENT_SECTIONS,
  PLAN_SECTIONS,
  RAAD_INSTRUMENTS,
  UITDAAGRECHT_CRITERIA,
  CHALLENGERS,
  EXEMPTIONS,
  INITIATOR_REPORT_ITEMS,
  REPORT_SECTIONS,
  REQUEST_SECTIONS,
  type ParticipatieCode,
} from '@shared/code/schema';
import { levelLabels } from '@shared/participatie/labels';
import { LEVELS } from '@shared/participatie/vocabulary';
import type { StepId } from './steps';
import { OwnItemList, NumberField, YesNo, RadioGroup, CheckboxGroup, TextField, type ChoiceOption } from './fields';

export type Change = (recipe: (code: ParticipatieCode) => ParticipatieCode, mergeKey?: string) => void;

const choiceOptions = <T extends string>(ids: readonly T[], words: Record<T, CodeWording>): ChoiceOption<T>[] =>
  ids.map((id) => ({ id, label: words[id].label }));

/** The choices of one subject. Every change goes through `change`: undoable and saved by itself. */
export function StepFields({ step, code, change }: { step: StepId; code: ParticipatieCode; change: Change }) {
  const { t: v } = useTranslation(undefined, { keyPrefix: 'code.field' });
  // Sets one subject; text fields merge their keystrokes into one undo step.
  const set = <K extends keyof ParticipatieCode>(
    key: K,
    recipe: (x: ParticipatieCode[K]) => ParticipatieCode[K],
    merge?: string,
  ) => change((c) => ({ ...c, [key]: recipe(c[key]) }), merge);

  switch (step) {
    case 'algemeen':
      return (
        <>
          <TextField
            id="code-gemeente"
            label={v('gemeente')}
            value={code.municipality}
            maxLength={80}
            onChange={(x) => change((c) => ({ ...c, municipality: x }), 'gemeente')}
          />
          <NumberField
            id="code-jaar"
            label={v('jaar')}
            value={code.year}
            min={2024}
            max={2100}
            onChange={(x) => change((c) => ({ ...c, year: x }), 'jaar')}
          />
          <TextField
            id="code-citeertitel"
            label={v('citeertitel')}
            maxLength={200}
            help={v('citeertitelHelp', { gemeente: code.municipality, jaar: code.year })}
            value={code.citationTitle ?? ''}
            onChange={(x) =>
              change(({ citationTitle: _, ...c }) => (x.trim() ? { ...c, citationTitle: x } : c), 'citeertitel')
            }
          />
          <TextField
            id="code-oude-regeling"
            label={v('oudeRegeling')}
            maxLength={200}
            value={code.replacedRegulation ?? ''}
            onChange={(x) =>
              change(
                ({ replacedRegulation: _, ...c }) => (x.trim() ? { ...c, replacedRegulation: x } : c),
                'oudeRegeling',
              )
            }
          />
          <RadioGroup
            name="code-inwerkingtreding"
            legend={v('inwerkingtreding')}
            options={[
              { id: 'day-after-publication', label: v('dagNa') },
              { id: 'date', label: v('opDatum') },
            ]}
            value={code.entryIntoForce.kind}
            onChange={(kind) =>
              change((c) => ({
                ...c,
                entryIntoForce:
                  kind === 'date' ? { kind: kind, date: `${c.year + 1}-01-01` } : { kind: 'day-after-publication' },
              }))
            }
          />
          {code.entryIntoForce.kind === 'date' && (
            <div className="samenspel-code-datum">
              <label htmlFor="code-datum" className="utrecht-form-label">
                {v('datum')}
              </label>
              <input
                id="code-datum"
                type="date"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={code.entryIntoForce.date}
                onChange={(e) =>
                  e.target.value &&
                  change((c) => ({ ...c, entryIntoForce: { kind: 'date', date: e.target.value } }), 'datum')
                }
              />
            </div>
          )}
          <CheckboxGroup
            name="code-begrippen"
            legend={v('begrippen')}
            options={DEFINED_TERMS.map((id) => ({ id, label: termTexts[id].term }))}
            value={code.definedTerms}
            onChange={(x) => set('definedTerms', () => x)}
          />
        </>
      );
    case 'toepassing': {
      const tp = code.scope;
      const z = (patch: Partial<typeof tp>) => set('scope', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            name="code-uitzonderingen"
            legend={v('uitzonderingen')}
            options={choiceOptions(EXEMPTIONS, exceptionWords)}
            value={tp.exemptions}
            onChange={(x) => z({ exemptions: x })}
          />
          <OwnItemList
            id="code-eigen-uitzonderingen"
            legend={v('eigenUitzonderingen')}
            what="uitzondering"
            items={tp.ownExemptions}
            onChange={(x) => z({ ownExemptions: x })}
          />
          <CheckboxGroup
            name="code-impact"
            legend={v('impactCriteria')}
            options={choiceOptions(IMPACT_CRITERIA, impactWords)}
            value={tp.impactCriteria}
            onChange={(x) => z({ impactCriteria: x })}
          />
          <OwnItemList
            id="code-eigen-impact"
            legend={v('eigenImpactCriteria')}
            what="criterium"
            items={tp.ownImpactCriteria}
            onChange={(x) => z({ ownImpactCriteria: x })}
          />
          <YesNo
            id="code-norm"
            label={v('normBijGroteImpact')}
            value={tp.normForLargeImpact}
            onChange={(x) => z({ normForLargeImpact: x })}
          />
        </>
      );
    }
    case 'niveaus': {
      const chosen = code.levels;
      return (
        <>
          <CheckboxGroup
            name="code-niveaus"
            legend={v('niveaus')}
            options={LEVELS.map((id) => ({ id, label: levelLabels[id].label }))}
            value={chosen.map((n) => n.level)}
            onChange={(ids) =>
              set('levels', (current) =>
                ids.map(
                  (niveau) =>
                    current.find((n) => n.level === niveau) ?? { level: niveau, promise: defaultPromise[niveau] },
                ),
              )
            }
          />
          {chosen.map((n, i) => (
            <div key={n.level} className="samenspel-code-belofte">
              <TextField
                id={`code-belofte-${n.level}`}
                multiline
                label={v('belofte', { niveau: levelLabels[n.level].label.toLowerCase() })}
                value={n.promise}
                onChange={(x) =>
                  set('levels', (l) => l.map((m, j) => (j === i ? { ...m, promise: x } : m)), `belofte-${n.level}`)
                }
              />
              <TextField
                id={`code-belofte-kaart-${n.level}`}
                multiline
                label={v('belofteKaart')}
                value={n.cardPromise ?? ''}
                onChange={(x) =>
                  set(
                    'levels',
                    (l) =>
                      l.map((m, j) => {
                        if (j !== i) return m;
                        const { cardPromise: _, ...rest } = m;
                        return x.trim() ? { ...rest, belofteKaart: x } : rest;
                      }),
                    `kaart-${n.level}`,
                  )
                }
              />
            </div>
          ))}
        </>
      );
    }
    case 'participatieplan': {
      const p = code.participatieplan;
      const z = (patch: Partial<typeof p>) => set('participatieplan', (x) => ({ ...x, ...patch }));
      return (
        <>
          <RadioGroup
            name="code-plan-verplicht"
            legend={v('verplicht')}
            value={p.required}
            options={[
              { id: 'always', label: v('verplichtAltijd') },
              { id: 'large-impact', label: v('verplichtGroteImpact') },
            ]}
            onChange={(x) => z({ required: x })}
          />
          <CheckboxGroup
            name="code-plan-onderdelen"
            legend={v('onderdelen')}
            options={choiceOptions(PLAN_SECTIONS, planWords)}
            value={p.sections}
            onChange={(x) => z({ sections: x })}
          />
          <RadioGroup
            name="code-plan-raad"
            legend={v('raadZiet')}
            value={p.raadSees}
            options={[
              { id: 'before-if-large-impact', label: v('raadZietVoorafGroteImpact') },
              { id: 'before-always', label: v('raadZietVoorafAltijd') },
              { id: 'afterwards-for-information', label: v('raadZietTerInformatie') },
            ]}
            onChange={(x) => z({ raadSees: x })}
          />
        </>
      );
    }
    case 'rollen': {
      const r = code.roles;
      const z = (patch: Partial<typeof r>) => set('roles', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            name="code-raad-instrumenten"
            legend={v('raadInstrumenten')}
            options={choiceOptions(RAAD_INSTRUMENTS, raadInstrumentWords)}
            value={r.raadInstruments}
            onChange={(x) => z({ raadInstruments: x })}
          />
          <YesNo
            id="code-griffie"
            label={v('griffieOndersteunt')}
            value={r.griffieSupports}
            onChange={(x) => z({ griffieSupports: x })}
          />
          <YesNo
            id="code-burgemeester"
            label={v('burgemeesterBewaakt')}
            value={r.burgemeesterMonitors}
            onChange={(x) => z({ burgemeesterMonitors: x })}
          />
          <YesNo
            id="code-adviseur"
            label={v('participatieadviseur')}
            value={r.participationAdviser}
            onChange={(x) => z({ participationAdviser: x })}
          />
        </>
      );
    }
    case 'verslag': {
      const tk = code.terugkoppeling;
      const z = (patch: Partial<typeof tk>, merge?: string) =>
        set('terugkoppeling', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <CheckboxGroup
            name="code-verslag"
            legend={v('verslagOnderdelen')}
            options={choiceOptions(REPORT_SECTIONS, verslagWords)}
            value={tk.reportSections}
            onChange={(x) => z({ reportSections: x })}
          />
          <NumberField
            id="code-terugkoppeling-weken"
            label={v('terugkoppelingWeken')}
            value={tk.terugkoppelingWeeks}
            min={1}
            max={26}
            onChange={(x) => z({ terugkoppelingWeeks: x }, 'terugkoppelingWeken')}
          />
          <YesNo
            id="code-verslag-voorstel"
            label={v('verslagBijVoorstel')}
            value={tk.reportWithProposal}
            onChange={(x) => z({ reportWithProposal: x })}
          />
          <YesNo
            id="code-verslag-openbaar"
            label={v('verslagOpenbaar')}
            value={tk.reportPublic}
            onChange={(x) => z({ reportPublic: x })}
          />
        </>
      );
    }
    case 'inspraak': {
      const i = code.inspraak;
      const z = (patch: Partial<typeof i>, merge?: string) => set('inspraak', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo id="code-awb" label={v('awbStandaard')} value={i.awbDefault} onChange={(x) => z({ awbDefault: x })} />
          <NumberField
            id="code-inspraak-weken"
            label={v('termijnWeken')}
            value={i.termWeeks}
            min={2}
            max={26}
            onChange={(x) => z({ termWeeks: x }, 'termijnWeken')}
          />
          <YesNo id="code-mondeling" label={v('mondeling')} value={i.oral} onChange={(x) => z({ oral: x })} />
        </>
      );
    }
    case 'uitdaagrecht': {
      const u = code.uitdaagrecht;
      const z = (patch: Partial<typeof u>, merge?: string) => set('uitdaagrecht', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo
            id="code-uitdaagrecht"
            label={v('uitdaagrechtAan')}
            value={u.enabled}
            onChange={(x) => z({ enabled: x })}
          />
          {u.enabled && (
            <>
              <CheckboxGroup
                name="code-ud-wie"
                legend={v('wie')}
                options={choiceOptions(CHALLENGERS, challengerWords)}
                value={u.challengers}
                onChange={(x) => z({ challengers: x })}
              />
              <RadioGroup
                name="code-ud-taken"
                legend={v('taken')}
                value={u.tasks}
                options={[
                  { id: 'all-except-excluded', label: v('takenAlle') },
                  { id: 'only-listed', label: v('takenGenoemde') },
                ]}
                onChange={(x) => z({ tasks: x })}
              />
              {u.tasks === 'only-listed' ? (
                <OwnItemList
                  id="code-ud-genoemd"
                  legend={v('genoemdeTaken')}
                  what="taak"
                  items={u.listedTasks}
                  onChange={(x) => z({ listedTasks: x })}
                />
              ) : (
                <OwnItemList
                  id="code-ud-uitgesloten"
                  legend={v('uitgeslotenTaken')}
                  what="taak"
                  items={u.excludedTasks}
                  onChange={(x) => z({ excludedTasks: x })}
                />
              )}
              <CheckboxGroup
                name="code-ud-verzoek"
                legend={v('verzoekOnderdelen')}
                options={choiceOptions(REQUEST_SECTIONS, requestWords)}
                value={u.requestSections}
                onChange={(x) => z({ requestSections: x })}
              />
              <CheckboxGroup
                name="code-ud-criteria"
                legend={v('criteria')}
                options={choiceOptions(UITDAAGRECHT_CRITERIA, uitdaagrechtCriterionWords)}
                value={u.criteria}
                onChange={(x) => z({ criteria: x })}
              />
              <div className="samenspel-code-getallen">
                <NumberField
                  id="code-ud-gesprek"
                  label={v('gesprekWeken')}
                  value={u.conversationWeeks}
                  min={1}
                  max={12}
                  onChange={(x) => z({ conversationWeeks: x }, 'gesprekWeken')}
                />
                <NumberField
                  id="code-ud-besluit"
                  label={v('beslisWeken')}
                  value={u.decisionWeeks}
                  min={2}
                  max={26}
                  onChange={(x) => z({ decisionWeeks: x }, 'beslisWeken')}
                />
              </div>
              <RadioGroup
                name="code-ud-beslisser"
                legend={v('beslisser')}
                value={u.decider}
                options={[
                  { id: 'college', label: v('beslisserCollege') },
                  { id: 'competent-body', label: v('beslisserBevoegd') },
                ]}
                onChange={(x) => z({ decider: x })}
              />
              <RadioGroup
                name="code-ud-budget"
                legend={v('budget')}
                value={u.budget}
                options={[
                  { id: 'with-budget', label: v('budgetMet') },
                  { id: 'without-budget', label: v('budgetZonder') },
                  { id: 'per-request', label: v('budgetPerVerzoek') },
                ]}
                onChange={(x) => z({ budget: x })}
              />
              <CheckboxGroup
                name="code-ud-overeenkomst"
                legend={v('overeenkomst')}
                options={choiceOptions(AGREEMENT_SECTIONS, agreementWords)}
                value={u.agreementSections}
                onChange={(x) => z({ agreementSections: x })}
              />
              <YesNo
                id="code-ud-raad"
                label={v('raadGeinformeerd')}
                value={u.raadInformed}
                onChange={(x) => z({ raadInformed: x })}
              />
            </>
          )}
        </>
      );
    }
    case 'overheidsparticipatie': {
      const o = code.governmentParticipation;
      const z = (patch: Partial<typeof o>, merge?: string) =>
        set('governmentParticipation', (x) => ({ ...x, ...patch }), merge);
      const bi = o.citizensInitiative;
      const zb = (patch: Partial<typeof bi>, merge?: string) =>
        set(
          'governmentParticipation',
          (x) => ({ ...x, citizensInitiative: { ...x.citizensInitiative, ...patch } }),
          merge,
        );
      return (
        <>
          <YesNo id="code-op" label={v('overheidAan')} value={o.enabled} onChange={(x) => z({ enabled: x })} />
          {o.enabled && (
            <>
              <CheckboxGroup
                name="code-op-steun"
                legend={v('ondersteuning')}
                options={choiceOptions(SUPPORT_FORMS, supportWords)}
                value={o.support}
                onChange={(x) => z({ support: x })}
              />
              <NumberField
                id="code-op-reactie"
                label={v('reactieWeken')}
                value={o.responseWeeks}
                min={1}
                max={26}
                onChange={(x) => z({ responseWeeks: x }, 'reactieWeken')}
              />
              <YesNo
                id="code-op-fonds"
                label={v('initiatievenfonds')}
                value={o.initiativeFund}
                onChange={(x) => z({ initiativeFund: x })}
              />
            </>
          )}
          <YesNo id="code-bi" label={v('burgerinitiatief')} value={bi.enabled} onChange={(x) => zb({ enabled: x })} />
          {bi.enabled && (
            <div className="samenspel-code-getallen">
              <NumberField
                id="code-bi-handtekeningen"
                label={v('handtekeningen')}
                value={bi.signatures}
                min={10}
                max={10000}
                onChange={(x) => zb({ signatures: x }, 'handtekeningen')}
              />
              <NumberField
                id="code-bi-leeftijd"
                label={v('minimumLeeftijd')}
                value={bi.minimumAge}
                min={12}
                max={18}
                onChange={(x) => zb({ minimumAge: x }, 'minimumLeeftijd')}
              />
            </div>
          )}
          <YesNo
            id="code-referendum"
            label={v('referendum')}
            value={o.referendum}
            onChange={(x) => z({ referendum: x })}
          />
        </>
      );
    }
    case 'evaluatie': {
      const e = code.evaluation;
      const z = (patch: Partial<typeof e>, merge?: string) => set('evaluation', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <NumberField
            id="code-ev-jaren"
            label={v('jaren')}
            value={e.years}
            min={1}
            max={10}
            onChange={(x) => z({ years: x }, 'jaren')}
          />
          <RadioGroup
            name="code-ev-door"
            legend={v('door')}
            value={e.by}
            options={(['college', 'audit-office', 'independent', 'raad-working-group'] as const).map((id) => ({
              id,
              label: evaluatorWords[id].label,
            }))}
            onChange={(x) => z({ by: x })}
          />
          <YesNo
            id="code-ev-inwoners"
            label={v('metInwoners')}
            value={e.withInwoners}
            onChange={(x) => z({ withInwoners: x })}
          />
          <YesNo
            id="code-ev-traject"
            label={v('trajectEvaluatie')}
            value={e.trajectEvaluation}
            onChange={(x) => z({ trajectEvaluation: x })}
          />
        </>
      );
    }
    case 'initiatiefnemers': {
      const i = code.initiators;
      const z = (patch: Partial<typeof i>) => set('initiators', (x) => ({ ...x, ...patch }));
      return (
        <>
          <YesNo id="code-in" label={v('initiatiefnemersAan')} value={i.enabled} onChange={(x) => z({ enabled: x })} />
          {i.enabled && (
            <>
              <OwnItemList
                id="code-in-gevallen"
                legend={v('verplichteGevallen')}
                what="geval"
                items={i.mandatoryCases}
                onChange={(x) => z({ mandatoryCases: x })}
              />
              <CheckboxGroup
                name="code-in-verslag"
                legend={v('initiatiefnemerVerslag')}
                options={choiceOptions(INITIATOR_REPORT_ITEMS, initiatorReportWords)}
                value={i.report}
                onChange={(x) => z({ report: x })}
              />
              <YesNo
                id="code-in-vooroverleg"
                label={v('vooroverleg')}
                value={i.preliminaryConsultation}
                onChange={(x) => z({ preliminaryConsultation: x })}
              />
            </>
          )}
        </>
      );
    }
  }
}
