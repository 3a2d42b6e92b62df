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
  BEGRIPPEN,
  IMPACT_CRITERIA,
  ONDERSTEUNING,
  OVEREENKOMST_ONDERDELEN,
  PLAN_ONDERDELEN,
  RAAD_INSTRUMENTEN,
  UITDAAG_CRITERIA,
  UITDAGERS,
  UITZONDERINGEN,
  VERSLAG_INITIATIEFNEMER,
  VERSLAG_ONDERDELEN,
  VERZOEK_ONDERDELEN,
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
            waarde={code.gemeente}
            maxLength={80}
            onChange={(x) => wijzig((c) => ({ ...c, gemeente: x }), 'gemeente')}
          />
          <NumberField
            id="code-jaar"
            label={v('jaar')}
            waarde={code.jaar}
            min={2024}
            max={2100}
            onChange={(x) => wijzig((c) => ({ ...c, jaar: x }), 'jaar')}
          />
          <TextField
            id="code-citeertitel"
            label={v('citeertitel')}
            maxLength={200}
            uitleg={v('citeertitelHelp', { gemeente: code.gemeente, jaar: code.jaar })}
            waarde={code.citeertitel ?? ''}
            onChange={(x) =>
              wijzig(({ citeertitel: _, ...c }) => (x.trim() ? { ...c, citeertitel: x } : c), 'citeertitel')
            }
          />
          <TextField
            id="code-oude-regeling"
            label={v('oudeRegeling')}
            maxLength={200}
            waarde={code.oudeRegeling ?? ''}
            onChange={(x) =>
              wijzig(({ oudeRegeling: _, ...c }) => (x.trim() ? { ...c, oudeRegeling: x } : c), 'oudeRegeling')
            }
          />
          <RadioGroup
            naam="code-inwerkingtreding"
            legend={v('inwerkingtreding')}
            opties={[
              { id: 'dag-na-bekendmaking', label: v('dagNa') },
              { id: 'datum', label: v('opDatum') },
            ]}
            waarde={code.inwerkingtreding.soort}
            onChange={(soort) =>
              wijzig((c) => ({
                ...c,
                inwerkingtreding:
                  soort === 'datum' ? { soort, datum: `${c.jaar + 1}-01-01` } : { soort: 'dag-na-bekendmaking' },
              }))
            }
          />
          {code.inwerkingtreding.soort === 'datum' && (
            <div className="samenspel-code-datum">
              <label htmlFor="code-datum" className="utrecht-form-label">
                {v('datum')}
              </label>
              <input
                id="code-datum"
                type="date"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={code.inwerkingtreding.datum}
                onChange={(e) =>
                  e.target.value &&
                  wijzig((c) => ({ ...c, inwerkingtreding: { soort: 'datum', datum: e.target.value } }), 'datum')
                }
              />
            </div>
          )}
          <CheckboxGroup
            naam="code-begrippen"
            legend={v('begrippen')}
            opties={BEGRIPPEN.map((id) => ({ id, label: termTexts[id].term }))}
            waarde={code.begrippen}
            onChange={(x) => zet('begrippen', () => x)}
          />
        </>
      );
    case 'toepassing': {
      const tp = code.toepassing;
      const z = (patch: Partial<typeof tp>) => zet('toepassing', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            naam="code-uitzonderingen"
            legend={v('uitzonderingen')}
            opties={opties(UITZONDERINGEN, exceptionWords)}
            waarde={tp.uitzonderingen}
            onChange={(x) => z({ uitzonderingen: x })}
          />
          <OwnItemList
            id="code-eigen-uitzonderingen"
            legend={v('eigenUitzonderingen')}
            wat="uitzondering"
            items={tp.eigenUitzonderingen}
            onChange={(x) => z({ eigenUitzonderingen: x })}
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
            items={tp.eigenImpactCriteria}
            onChange={(x) => z({ eigenImpactCriteria: x })}
          />
          <YesNo
            id="code-norm"
            label={v('normBijGroteImpact')}
            waarde={tp.normBijGroteImpact}
            onChange={(x) => z({ normBijGroteImpact: x })}
          />
        </>
      );
    }
    case 'niveaus': {
      const gekozen = code.niveaus;
      return (
        <>
          <CheckboxGroup
            naam="code-niveaus"
            legend={v('niveaus')}
            opties={LEVELS.map((id) => ({ id, label: levelLabels[id].label }))}
            waarde={gekozen.map((n) => n.niveau)}
            onChange={(ids) =>
              zet('niveaus', (huidig) =>
                ids.map(
                  (niveau) => huidig.find((n) => n.niveau === niveau) ?? { niveau, belofte: defaultPromise[niveau] },
                ),
              )
            }
          />
          {gekozen.map((n, i) => (
            <div key={n.niveau} className="samenspel-code-belofte">
              <TextField
                id={`code-belofte-${n.niveau}`}
                meerRegels
                label={v('belofte', { niveau: levelLabels[n.niveau].label.toLowerCase() })}
                waarde={n.belofte}
                onChange={(x) =>
                  zet('niveaus', (l) => l.map((m, j) => (j === i ? { ...m, belofte: x } : m)), `belofte-${n.niveau}`)
                }
              />
              <TextField
                id={`code-belofte-kaart-${n.niveau}`}
                meerRegels
                label={v('belofteKaart')}
                waarde={n.belofteKaart ?? ''}
                onChange={(x) =>
                  zet(
                    'niveaus',
                    (l) =>
                      l.map((m, j) => {
                        if (j !== i) return m;
                        const { belofteKaart: _, ...rest } = m;
                        return x.trim() ? { ...rest, belofteKaart: x } : rest;
                      }),
                    `kaart-${n.niveau}`,
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
            waarde={p.verplicht}
            opties={[
              { id: 'altijd', label: v('verplichtAltijd') },
              { id: 'grote-impact', label: v('verplichtGroteImpact') },
            ]}
            onChange={(x) => z({ verplicht: x })}
          />
          <CheckboxGroup
            naam="code-plan-onderdelen"
            legend={v('onderdelen')}
            opties={opties(PLAN_ONDERDELEN, planWords)}
            waarde={p.onderdelen}
            onChange={(x) => z({ onderdelen: x })}
          />
          <RadioGroup
            naam="code-plan-raad"
            legend={v('raadZiet')}
            waarde={p.raadZiet}
            opties={[
              { id: 'vooraf-grote-impact', label: v('raadZietVoorafGroteImpact') },
              { id: 'vooraf-altijd', label: v('raadZietVoorafAltijd') },
              { id: 'ter-informatie', label: v('raadZietTerInformatie') },
            ]}
            onChange={(x) => z({ raadZiet: x })}
          />
        </>
      );
    }
    case 'rollen': {
      const r = code.rollen;
      const z = (patch: Partial<typeof r>) => zet('rollen', (x) => ({ ...x, ...patch }));
      return (
        <>
          <CheckboxGroup
            naam="code-raad-instrumenten"
            legend={v('raadInstrumenten')}
            opties={opties(RAAD_INSTRUMENTEN, raadInstrumentWords)}
            waarde={r.raadInstrumenten}
            onChange={(x) => z({ raadInstrumenten: x })}
          />
          <YesNo
            id="code-griffie"
            label={v('griffieOndersteunt')}
            waarde={r.griffieOndersteunt}
            onChange={(x) => z({ griffieOndersteunt: x })}
          />
          <YesNo
            id="code-burgemeester"
            label={v('burgemeesterBewaakt')}
            waarde={r.burgemeesterBewaakt}
            onChange={(x) => z({ burgemeesterBewaakt: x })}
          />
          <YesNo
            id="code-adviseur"
            label={v('participatieadviseur')}
            waarde={r.participatieadviseur}
            onChange={(x) => z({ participatieadviseur: x })}
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
            opties={opties(VERSLAG_ONDERDELEN, verslagWords)}
            waarde={tk.verslagOnderdelen}
            onChange={(x) => z({ verslagOnderdelen: x })}
          />
          <NumberField
            id="code-terugkoppeling-weken"
            label={v('terugkoppelingWeken')}
            waarde={tk.terugkoppelingWeken}
            min={1}
            max={26}
            onChange={(x) => z({ terugkoppelingWeken: x }, 'terugkoppelingWeken')}
          />
          <YesNo
            id="code-verslag-voorstel"
            label={v('verslagBijVoorstel')}
            waarde={tk.verslagBijVoorstel}
            onChange={(x) => z({ verslagBijVoorstel: x })}
          />
          <YesNo
            id="code-verslag-openbaar"
            label={v('verslagOpenbaar')}
            waarde={tk.verslagOpenbaar}
            onChange={(x) => z({ verslagOpenbaar: x })}
          />
        </>
      );
    }
    case 'inspraak': {
      const i = code.inspraak;
      const z = (patch: Partial<typeof i>, merge?: string) => zet('inspraak', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo
            id="code-awb"
            label={v('awbStandaard')}
            waarde={i.awbStandaard}
            onChange={(x) => z({ awbStandaard: x })}
          />
          <NumberField
            id="code-inspraak-weken"
            label={v('termijnWeken')}
            waarde={i.termijnWeken}
            min={2}
            max={26}
            onChange={(x) => z({ termijnWeken: x }, 'termijnWeken')}
          />
          <YesNo
            id="code-mondeling"
            label={v('mondeling')}
            waarde={i.mondeling}
            onChange={(x) => z({ mondeling: x })}
          />
        </>
      );
    }
    case 'uitdaagrecht': {
      const u = code.uitdaagrecht;
      const z = (patch: Partial<typeof u>, merge?: string) => zet('uitdaagrecht', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <YesNo id="code-uitdaagrecht" label={v('uitdaagrechtAan')} waarde={u.aan} onChange={(x) => z({ aan: x })} />
          {u.aan && (
            <>
              <CheckboxGroup
                naam="code-ud-wie"
                legend={v('wie')}
                opties={opties(UITDAGERS, challengerWords)}
                waarde={u.wie}
                onChange={(x) => z({ wie: x })}
              />
              <RadioGroup
                naam="code-ud-taken"
                legend={v('taken')}
                waarde={u.taken}
                opties={[
                  { id: 'alle-tenzij-uitgesloten', label: v('takenAlle') },
                  { id: 'alleen-genoemde', label: v('takenGenoemde') },
                ]}
                onChange={(x) => z({ taken: x })}
              />
              {u.taken === 'alleen-genoemde' ? (
                <OwnItemList
                  id="code-ud-genoemd"
                  legend={v('genoemdeTaken')}
                  wat="taak"
                  items={u.genoemdeTaken}
                  onChange={(x) => z({ genoemdeTaken: x })}
                />
              ) : (
                <OwnItemList
                  id="code-ud-uitgesloten"
                  legend={v('uitgeslotenTaken')}
                  wat="taak"
                  items={u.uitgeslotenTaken}
                  onChange={(x) => z({ uitgeslotenTaken: x })}
                />
              )}
              <CheckboxGroup
                naam="code-ud-verzoek"
                legend={v('verzoekOnderdelen')}
                opties={opties(VERZOEK_ONDERDELEN, requestWords)}
                waarde={u.verzoekOnderdelen}
                onChange={(x) => z({ verzoekOnderdelen: x })}
              />
              <CheckboxGroup
                naam="code-ud-criteria"
                legend={v('criteria')}
                opties={opties(UITDAAG_CRITERIA, uitdaagrechtCriterionWords)}
                waarde={u.criteria}
                onChange={(x) => z({ criteria: x })}
              />
              <div className="samenspel-code-getallen">
                <NumberField
                  id="code-ud-gesprek"
                  label={v('gesprekWeken')}
                  waarde={u.gesprekWeken}
                  min={1}
                  max={12}
                  onChange={(x) => z({ gesprekWeken: x }, 'gesprekWeken')}
                />
                <NumberField
                  id="code-ud-besluit"
                  label={v('beslisWeken')}
                  waarde={u.beslisWeken}
                  min={2}
                  max={26}
                  onChange={(x) => z({ beslisWeken: x }, 'beslisWeken')}
                />
              </div>
              <RadioGroup
                naam="code-ud-beslisser"
                legend={v('beslisser')}
                waarde={u.beslisser}
                opties={[
                  { id: 'college', label: v('beslisserCollege') },
                  { id: 'bevoegd-bestuursorgaan', label: v('beslisserBevoegd') },
                ]}
                onChange={(x) => z({ beslisser: x })}
              />
              <RadioGroup
                naam="code-ud-budget"
                legend={v('budget')}
                waarde={u.budget}
                opties={[
                  { id: 'met-budget', label: v('budgetMet') },
                  { id: 'zonder-budget', label: v('budgetZonder') },
                  { id: 'per-verzoek', label: v('budgetPerVerzoek') },
                ]}
                onChange={(x) => z({ budget: x })}
              />
              <CheckboxGroup
                naam="code-ud-overeenkomst"
                legend={v('overeenkomst')}
                opties={opties(OVEREENKOMST_ONDERDELEN, agreementWords)}
                waarde={u.overeenkomst}
                onChange={(x) => z({ overeenkomst: x })}
              />
              <YesNo
                id="code-ud-raad"
                label={v('raadGeinformeerd')}
                waarde={u.raadGeinformeerd}
                onChange={(x) => z({ raadGeinformeerd: x })}
              />
            </>
          )}
        </>
      );
    }
    case 'overheidsparticipatie': {
      const o = code.overheidsparticipatie;
      const z = (patch: Partial<typeof o>, merge?: string) =>
        zet('overheidsparticipatie', (x) => ({ ...x, ...patch }), merge);
      const bi = o.burgerinitiatief;
      const zb = (patch: Partial<typeof bi>, merge?: string) =>
        zet('overheidsparticipatie', (x) => ({ ...x, burgerinitiatief: { ...x.burgerinitiatief, ...patch } }), merge);
      return (
        <>
          <YesNo id="code-op" label={v('overheidAan')} waarde={o.aan} onChange={(x) => z({ aan: x })} />
          {o.aan && (
            <>
              <CheckboxGroup
                naam="code-op-steun"
                legend={v('ondersteuning')}
                opties={opties(ONDERSTEUNING, supportWords)}
                waarde={o.ondersteuning}
                onChange={(x) => z({ ondersteuning: x })}
              />
              <NumberField
                id="code-op-reactie"
                label={v('reactieWeken')}
                waarde={o.reactieWeken}
                min={1}
                max={26}
                onChange={(x) => z({ reactieWeken: x }, 'reactieWeken')}
              />
              <YesNo
                id="code-op-fonds"
                label={v('initiatievenfonds')}
                waarde={o.initiatievenfonds}
                onChange={(x) => z({ initiatievenfonds: x })}
              />
            </>
          )}
          <YesNo id="code-bi" label={v('burgerinitiatief')} waarde={bi.aan} onChange={(x) => zb({ aan: x })} />
          {bi.aan && (
            <div className="samenspel-code-getallen">
              <NumberField
                id="code-bi-handtekeningen"
                label={v('handtekeningen')}
                waarde={bi.handtekeningen}
                min={10}
                max={10000}
                onChange={(x) => zb({ handtekeningen: x }, 'handtekeningen')}
              />
              <NumberField
                id="code-bi-leeftijd"
                label={v('minimumLeeftijd')}
                waarde={bi.minimumLeeftijd}
                min={12}
                max={18}
                onChange={(x) => zb({ minimumLeeftijd: x }, 'minimumLeeftijd')}
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
      const e = code.evaluatie;
      const z = (patch: Partial<typeof e>, merge?: string) => zet('evaluatie', (x) => ({ ...x, ...patch }), merge);
      return (
        <>
          <NumberField
            id="code-ev-jaren"
            label={v('jaren')}
            waarde={e.jaren}
            min={1}
            max={10}
            onChange={(x) => z({ jaren: x }, 'jaren')}
          />
          <RadioGroup
            naam="code-ev-door"
            legend={v('door')}
            waarde={e.door}
            opties={(['college', 'rekenkamer', 'onafhankelijk', 'raadswerkgroep'] as const).map((id) => ({
              id,
              label: evaluatorWords[id].label,
            }))}
            onChange={(x) => z({ door: x })}
          />
          <YesNo
            id="code-ev-inwoners"
            label={v('metInwoners')}
            waarde={e.metInwoners}
            onChange={(x) => z({ metInwoners: x })}
          />
          <YesNo
            id="code-ev-traject"
            label={v('trajectEvaluatie')}
            waarde={e.trajectEvaluatie}
            onChange={(x) => z({ trajectEvaluatie: x })}
          />
        </>
      );
    }
    case 'initiatiefnemers': {
      const i = code.initiatiefnemers;
      const z = (patch: Partial<typeof i>) => zet('initiatiefnemers', (x) => ({ ...x, ...patch }));
      return (
        <>
          <YesNo id="code-in" label={v('initiatiefnemersAan')} waarde={i.aan} onChange={(x) => z({ aan: x })} />
          {i.aan && (
            <>
              <OwnItemList
                id="code-in-gevallen"
                legend={v('verplichteGevallen')}
                wat="geval"
                items={i.verplichteGevallen}
                onChange={(x) => z({ verplichteGevallen: x })}
              />
              <CheckboxGroup
                naam="code-in-verslag"
                legend={v('initiatiefnemerVerslag')}
                opties={opties(VERSLAG_INITIATIEFNEMER, initiatorReportWords)}
                waarde={i.verslag}
                onChange={(x) => z({ verslag: x })}
              />
              <YesNo
                id="code-in-vooroverleg"
                label={v('vooroverleg')}
                waarde={i.vooroverleg}
                onChange={(x) => z({ vooroverleg: x })}
              />
            </>
          )}
        </>
      );
    }
  }
}
