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

const opties = <T extends string>(ids: readonly T[], woorden: Record<T, CodeWording>): ChoiceOption<T>[] =>
  ids.map((id) => ({ id, label: woorden[id].label }));

/** The choices of one subject. Every change goes through `wijzig`: undoable and saved by itself. */
export function StepFields({ stap, code, wijzig }: { stap: StepId; code: ParticipatieCode; wijzig: Change }) {
  const { t: v } = useTranslation(undefined, { keyPrefix: 'code.veld' });
  // Sets one subject; text fields merge their keystrokes into one undo step.
  const zet = <K extends keyof ParticipatieCode>(
    key: K,
    recipe: (x: ParticipatieCode[K]) => ParticipatieCode[K],
    merge?: string,
  ) => wijzig((c) => ({ ...c, [key]: recipe(c[key]) }), merge);

  switch (stap) {
    case 'algemeen':
      return (
        <>
          <TextField
            id="code-gemeente"
            label={v('gemeente')}
            waarde={code.municipality}
            maxLength={80}
            onChange={(x) => wijzig((c) => ({ ...c, municipality: x }), 'gemeente')}
          />
          <NumberField
            id="code-jaar"
            label={v('jaar')}
            waarde={code.year}
            min={2024}
            max={2100}
            onChange={(x) => wijzig((c) => ({ ...c, year: x }), 'jaar')}
          />
          <TextField
            id="code-citeertitel"
            label={v('citeertitel')}
            maxLength={200}
            uitleg={v('citeertitelHelp', { gemeente: code.municipality, jaar: code.year })}
            waarde={code.citationTitle ?? ''}
            onChange={(x) =>
              wijzig(({ citationTitle: _, ...c }) => (x.trim() ? { ...c, citationTitle: x } : c), 'citeertitel')
            }
          />
          <TextField
            id="code-oude-regeling"
            label={v('oudeRegeling')}
            maxLength={200}
            waarde={code.replacedRegulation ?? ''}
            onChange={(x) =>
              wijzig(
                ({ replacedRegulation: _, ...c }) => (x.trim() ? { ...c, replacedRegulation: x } : c),
                'oudeRegeling',
              )
            }
          />
          <RadioGroup
            naam="code-inwerkingtreding"
            legend={v('inwerkingtreding')}
            opties={[
              { id: 'day-after-publication', label: v('dagNa') },
              { id: 'date', label: v('opDatum') },
            ]}
            waarde={code.entryIntoForce.kind}
            onChange={(soort) =>
              wijzig((c) => ({
                ...c,
                entryIntoForce:
                  soort === 'date' ? { kind: soort, date: `${c.year + 1}-01-01` } : { kind: 'day-after-publication' },
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
                  wijzig((c) => ({ ...c, entryIntoForce: { kind: 'date', date: e.target.value } }), 'datum')
                }
              />
            </div>
          )}
          <CheckboxGroup
            naam="code-begrippen"
            legend={v('begrippen')}
            opties={DEFINED_TERMS.map((id) => ({ id, label: termTexts[id].term }))}
            waarde={code.definedTerms}
            onChange={(x) => zet('definedTerms', () => x)}
          />
        </>
      );
    case 'toepassing': {
      const tp = code.scope;
      const z = (patch: Partial<typeof tp>) => zet('scope', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            naam="code-uitzonderingen"
            legend={v('uitzonderingen')}
            opties={opties(EXEMPTIONS, exceptionWords)}
            waarde={tp.exemptions}
            onChange={(x) => z({ exemptions: x })}
          />
          <OwnItemList
            id="code-eigen-uitzonderingen"
            legend={v('eigenUitzonderingen')}
            wat="uitzondering"
            items={tp.ownExemptions}
            onChange={(x) => z({ ownExemptions: x })}
          />
          <CheckboxGroup
            naam="code-impact"
            legend={v('impactCriteria')}
            opties={opties(IMPACT_CRITERIA, impactWords)}
            waarde={tp.impactCriteria}
            onChange={(x) => z({ impactCriteria: x })}
          />
          <OwnItemList
            id="code-eigen-impact"
            legend={v('eigenImpactCriteria')}
            wat="criterium"
            items={tp.ownImpactCriteria}
            onChange={(x) => z({ ownImpactCriteria: x })}
          />
          <YesNo
            id="code-norm"
            label={v('normBijGroteImpact')}
            waarde={tp.normForLargeImpact}
            onChange={(x) => z({ normForLargeImpact: x })}
          />
        </>
      );
    }
    case 'niveaus': {
      const gekozen = code.levels;
      return (
        <>
          <CheckboxGroup
            naam="code-niveaus"
            legend={v('niveaus')}
            opties={LEVELS.map((id) => ({ id, label: levelLabels[id].label }))}
            waarde={gekozen.map((n) => n.level)}
            onChange={(ids) =>
              zet('levels', (huidig) =>
                ids.map(
                  (niveau) =>
                    huidig.find((n) => n.level === niveau) ?? { level: niveau, promise: defaultPromise[niveau] },
                ),
              )
            }
          />
          {gekozen.map((n, i) => (
            <div key={n.level} className="samenspel-code-belofte">
              <TextField
                id={`code-belofte-${n.level}`}
                meerRegels
                label={v('belofte', { niveau: levelLabels[n.level].label.toLowerCase() })}
                waarde={n.promise}
                onChange={(x) =>
                  zet('levels', (l) => l.map((m, j) => (j === i ? { ...m, promise: x } : m)), `belofte-${n.level}`)
                }
              />
              <TextField
                id={`code-belofte-kaart-${n.level}`}
                meerRegels
                label={v('belofteKaart')}
                waarde={n.cardPromise ?? ''}
                onChange={(x) =>
                  zet(
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
      const z = (patch: Partial<typeof p>) => zet('participatieplan', (x) => ({ ...x, ...patch }));
      return (
        <>
          <RadioGroup
            naam="code-plan-verplicht"
            legend={v('verplicht')}
            waarde={p.required}
            opties={[
              { id: 'always', label: v('verplichtAltijd') },
              { id: 'large-impact', label: v('verplichtGroteImpact') },
            ]}
            onChange={(x) => z({ required: x })}
          />
          <CheckboxGroup
            naam="code-plan-onderdelen"
            legend={v('onderdelen')}
            opties={opties(PLAN_SECTIONS, planWords)}
            waarde={p.sections}
            onChange={(x) => z({ sections: x })}
          />
          <RadioGroup
            naam="code-plan-raad"
            legend={v('raadZiet')}
            waarde={p.raadSees}
            opties={[
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
      const z = (patch: Partial<typeof r>) => zet('roles', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            naam="code-raad-instrumenten"
            legend={v('raadInstrumenten')}
            opties={opties(RAAD_INSTRUMENTS, raadInstrumentWords)}
            waarde={r.raadInstruments}
            onChange={(x) => z({ raadInstruments: x })}
          />
          <YesNo
            id="code-griffie"
            label={v('griffieOndersteunt')}
            waarde={r.griffieSupports}
            onChange={(x) => z({ griffieSupports: x })}
          />
          <YesNo
            id="code-burgemeester"
            label={v('burgemeesterBewaakt')}
            waarde={r.burgemeesterMonitors}
            onChange={(x) => z({ burgemeesterMonitors: x })}
          />
          <YesNo
            id="code-adviseur"
            label={v('participatieadviseur')}
            waarde={r.participationAdviser}
            onChange={(x) => z({ participationAdviser: x })}
          />
        </>
      );
    }
    case 'verslag': {
      const tk = code.terugkoppeling;
      const z = (patch: Partial<typeof tk>, merge?: string) =>
        zet('terugkoppeling', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <CheckboxGroup
            naam="code-verslag"
            legend={v('verslagOnderdelen')}
            opties={opties(REPORT_SECTIONS, verslagWords)}
            waarde={tk.reportSections}
            onChange={(x) => z({ reportSections: x })}
          />
          <NumberField
            id="code-terugkoppeling-weken"
            label={v('terugkoppelingWeken')}
            waarde={tk.terugkoppelingWeeks}
            min={1}
            max={26}
            onChange={(x) => z({ terugkoppelingWeeks: x }, 'terugkoppelingWeken')}
          />
          <YesNo
            id="code-verslag-voorstel"
            label={v('verslagBijVoorstel')}
            waarde={tk.reportWithProposal}
            onChange={(x) => z({ reportWithProposal: x })}
          />
          <YesNo
            id="code-verslag-openbaar"
            label={v('verslagOpenbaar')}
            waarde={tk.reportPublic}
            onChange={(x) => z({ reportPublic: x })}
          />
        </>
      );
    }
    case 'inspraak': {
      const i = code.inspraak;
      const z = (patch: Partial<typeof i>, merge?: string) => zet('inspraak', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo id="code-awb" label={v('awbStandaard')} waarde={i.awbDefault} onChange={(x) => z({ awbDefault: x })} />
          <NumberField
            id="code-inspraak-weken"
            label={v('termijnWeken')}
            waarde={i.termWeeks}
            min={2}
            max={26}
            onChange={(x) => z({ termWeeks: x }, 'termijnWeken')}
          />
          <YesNo id="code-mondeling" label={v('mondeling')} waarde={i.oral} onChange={(x) => z({ oral: x })} />
        </>
      );
    }
    case 'uitdaagrecht': {
      const u = code.uitdaagrecht;
      const z = (patch: Partial<typeof u>, merge?: string) => zet('uitdaagrecht', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo
            id="code-uitdaagrecht"
            label={v('uitdaagrechtAan')}
            waarde={u.enabled}
            onChange={(x) => z({ enabled: x })}
          />
          {u.enabled && (
            <>
              <CheckboxGroup
                naam="code-ud-wie"
                legend={v('wie')}
                opties={opties(CHALLENGERS, challengerWords)}
                waarde={u.challengers}
                onChange={(x) => z({ challengers: x })}
              />
              <RadioGroup
                naam="code-ud-taken"
                legend={v('taken')}
                waarde={u.tasks}
                opties={[
                  { id: 'all-except-excluded', label: v('takenAlle') },
                  { id: 'only-listed', label: v('takenGenoemde') },
                ]}
                onChange={(x) => z({ tasks: x })}
              />
              {u.tasks === 'only-listed' ? (
                <OwnItemList
                  id="code-ud-genoemd"
                  legend={v('genoemdeTaken')}
                  wat="taak"
                  items={u.listedTasks}
                  onChange={(x) => z({ listedTasks: x })}
                />
              ) : (
                <OwnItemList
                  id="code-ud-uitgesloten"
                  legend={v('uitgeslotenTaken')}
                  wat="taak"
                  items={u.excludedTasks}
                  onChange={(x) => z({ excludedTasks: x })}
                />
              )}
              <CheckboxGroup
                naam="code-ud-verzoek"
                legend={v('verzoekOnderdelen')}
                opties={opties(REQUEST_SECTIONS, requestWords)}
                waarde={u.requestSections}
                onChange={(x) => z({ requestSections: x })}
              />
              <CheckboxGroup
                naam="code-ud-criteria"
                legend={v('criteria')}
                opties={opties(UITDAAGRECHT_CRITERIA, uitdaagrechtCriterionWords)}
                waarde={u.criteria}
                onChange={(x) => z({ criteria: x })}
              />
              <div className="samenspel-code-getallen">
                <NumberField
                  id="code-ud-gesprek"
                  label={v('gesprekWeken')}
                  waarde={u.conversationWeeks}
                  min={1}
                  max={12}
                  onChange={(x) => z({ conversationWeeks: x }, 'gesprekWeken')}
                />
                <NumberField
                  id="code-ud-besluit"
                  label={v('beslisWeken')}
                  waarde={u.decisionWeeks}
                  min={2}
                  max={26}
                  onChange={(x) => z({ decisionWeeks: x }, 'beslisWeken')}
                />
              </div>
              <RadioGroup
                naam="code-ud-beslisser"
                legend={v('beslisser')}
                waarde={u.decider}
                opties={[
                  { id: 'college', label: v('beslisserCollege') },
                  { id: 'competent-body', label: v('beslisserBevoegd') },
                ]}
                onChange={(x) => z({ decider: x })}
              />
              <RadioGroup
                naam="code-ud-budget"
                legend={v('budget')}
                waarde={u.budget}
                opties={[
                  { id: 'with-budget', label: v('budgetMet') },
                  { id: 'without-budget', label: v('budgetZonder') },
                  { id: 'per-request', label: v('budgetPerVerzoek') },
                ]}
                onChange={(x) => z({ budget: x })}
              />
              <CheckboxGroup
                naam="code-ud-overeenkomst"
                legend={v('overeenkomst')}
                opties={opties(AGREEMENT_SECTIONS, agreementWords)}
                waarde={u.agreementSections}
                onChange={(x) => z({ agreementSections: x })}
              />
              <YesNo
                id="code-ud-raad"
                label={v('raadGeinformeerd')}
                waarde={u.raadInformed}
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
        zet('governmentParticipation', (x) => ({ ...x, ...patch }), merge);
      const bi = o.citizensInitiative;
      const zb = (patch: Partial<typeof bi>, merge?: string) =>
        zet(
          'governmentParticipation',
          (x) => ({ ...x, citizensInitiative: { ...x.citizensInitiative, ...patch } }),
          merge,
        );
      return (
        <>
          <YesNo id="code-op" label={v('overheidAan')} waarde={o.enabled} onChange={(x) => z({ enabled: x })} />
          {o.enabled && (
            <>
              <CheckboxGroup
                naam="code-op-steun"
                legend={v('ondersteuning')}
                opties={opties(SUPPORT_FORMS, supportWords)}
                waarde={o.support}
                onChange={(x) => z({ support: x })}
              />
              <NumberField
                id="code-op-reactie"
                label={v('reactieWeken')}
                waarde={o.responseWeeks}
                min={1}
                max={26}
                onChange={(x) => z({ responseWeeks: x }, 'reactieWeken')}
              />
              <YesNo
                id="code-op-fonds"
                label={v('initiatievenfonds')}
                waarde={o.initiativeFund}
                onChange={(x) => z({ initiativeFund: x })}
              />
            </>
          )}
          <YesNo id="code-bi" label={v('burgerinitiatief')} waarde={bi.enabled} onChange={(x) => zb({ enabled: x })} />
          {bi.enabled && (
            <div className="samenspel-code-getallen">
              <NumberField
                id="code-bi-handtekeningen"
                label={v('handtekeningen')}
                waarde={bi.signatures}
                min={10}
                max={10000}
                onChange={(x) => zb({ signatures: x }, 'handtekeningen')}
              />
              <NumberField
                id="code-bi-leeftijd"
                label={v('minimumLeeftijd')}
                waarde={bi.minimumAge}
                min={12}
                max={18}
                onChange={(x) => zb({ minimumAge: x }, 'minimumLeeftijd')}
              />
            </div>
          )}
          <YesNo
            id="code-referendum"
            label={v('referendum')}
            waarde={o.referendum}
            onChange={(x) => z({ referendum: x })}
          />
        </>
      );
    }
    case 'evaluatie': {
      const e = code.evaluation;
      const z = (patch: Partial<typeof e>, merge?: string) => zet('evaluation', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <NumberField
            id="code-ev-jaren"
            label={v('jaren')}
            waarde={e.years}
            min={1}
            max={10}
            onChange={(x) => z({ years: x }, 'jaren')}
          />
          <RadioGroup
            naam="code-ev-door"
            legend={v('door')}
            waarde={e.by}
            opties={(['college', 'audit-office', 'independent', 'raad-working-group'] as const).map((id) => ({
              id,
              label: evaluatorWords[id].label,
            }))}
            onChange={(x) => z({ by: x })}
          />
          <YesNo
            id="code-ev-inwoners"
            label={v('metInwoners')}
            waarde={e.withInwoners}
            onChange={(x) => z({ withInwoners: x })}
          />
          <YesNo
            id="code-ev-traject"
            label={v('trajectEvaluatie')}
            waarde={e.trajectEvaluation}
            onChange={(x) => z({ trajectEvaluation: x })}
          />
        </>
      );
    }
    case 'initiatiefnemers': {
      const i = code.initiators;
      const z = (patch: Partial<typeof i>) => zet('initiators', (x) => ({ ...x, ...patch }));
      return (
        <>
          <YesNo id="code-in" label={v('initiatiefnemersAan')} waarde={i.enabled} onChange={(x) => z({ enabled: x })} />
          {i.enabled && (
            <>
              <OwnItemList
                id="code-in-gevallen"
                legend={v('verplichteGevallen')}
                wat="geval"
                items={i.mandatoryCases}
                onChange={(x) => z({ mandatoryCases: x })}
              />
              <CheckboxGroup
                naam="code-in-verslag"
                legend={v('initiatiefnemerVerslag')}
                opties={opties(INITIATOR_REPORT_ITEMS, initiatorReportWords)}
                waarde={i.report}
                onChange={(x) => z({ report: x })}
              />
              <YesNo
                id="code-in-vooroverleg"
                label={v('vooroverleg')}
                waarde={i.preliminaryConsultation}
                onChange={(x) => z({ preliminaryConsultation: x })}
              />
            </>
          )}
        </>
      );
    }
  }
}
