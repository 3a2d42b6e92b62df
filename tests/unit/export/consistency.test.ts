import { describe, expect, it } from 'vitest';
import {
  analysePlan,
  buildDocument,
  prepareSource,
  type DocumentModel,
  type DocumentSource,
} from '../../../shared/document/index';
import { checkFormal, warningFormal } from '../../../shared/document/texts';
import {
  catalogue,
  instrumentNames,
  TrajectAnswers,
  exampleCasussen,
  type PhaseAnswersInput,
  type TrajectAnswersInput,
} from '../../../shared/participatie/index';
import { PARTICIPATION_TYPES } from '../../../shared/procesplaat/order';
import { allText, DATE } from './helpers';

/**
 * One source of truth: for every bundled casus and a set of answers built to break promises, no
 * exported document promises what its own annex says is missing, and every warning of the
 * engine and every failed check of the procesplaat is in the annex.
 */

const phase = (extra: PhaseAnswersInput): PhaseAnswersInput => extra;

const EXTRA: Record<string, TrajectAnswersInput> = {
  'geen participatie': {
    competentBody: 'raad',
    phases: {
      agendering: { geenParticipatie: { reden: 'De wet laat geen keuze.' } },
      besluitvorming: { geenParticipatie: { reden: 'Het gaat om de begroting.' } },
    },
  },
  collegebesluit: {
    competentBody: 'college',
    domain: 'fysiek',
    phases: {
      agendering: phase({
        goals: ['kennis-ophalen'],
        room: 'substantieel',
        level: 'raadplegen',
        reach: ['belanghebbenden'],
        instruments: ['wijkgesprek', 'nieuwsbrief-projectwebsite'],
        councilRoles: ['kaderstellend'],
        kaders: ['Het budget ligt vast.'],
      }),
      besluitvorming: phase({
        goals: ['informeren-uitleggen'],
        room: 'geen',
        level: 'informeren',
        instruments: ['informatiebijeenkomst'],
        formalProcedure: true,
      }),
      evaluatie: phase({
        goals: ['kennis-ophalen'],
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['evaluatiesessie'],
      }),
    },
  },
  mandaat: {
    competentBody: 'raad',
    phases: {
      beleidsvoorbereiding: phase({
        goals: ['ideeen-ontwikkelen'],
        room: 'substantieel',
        level: 'adviseren',
        instruments: ['ontwerpatelier'],
        councilRoles: ['kaderstellend'],
      }),
      besluitvorming: phase({
        goals: ['besluit-nemen', 'prioriteren'],
        room: 'substantieel',
        level: 'meebeslissen',
        mandate: true,
        instruments: ['burgerbegroting', 'nieuwsbrief-projectwebsite'],
      }),
      uitvoering: phase({
        goals: ['initiatief-ondersteunen'],
        room: 'groot',
        level: 'zelfbeheer',
        mandate: true,
        instruments: ['wijkbudget'],
      }),
      evaluatie: phase({
        goals: ['kennis-ophalen'],
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['evaluatiesessie'],
      }),
    },
  },
  'burgerberaad niet haalbaar': {
    competentBody: 'raad',
    scale: 'gemeente',
    impact: 'groot',
    phases: {
      beleidsvoorbereiding: phase({
        goals: ['representatief-beeld', 'ideeen-ontwikkelen'],
        room: 'groot',
        level: 'adviseren',
        reach: ['alle-inwoners'],
        instruments: ['burgerberaad'],
        budget: 20000,
        time: { weeks: 8 },
        councilRoles: ['kaderstellend'],
      }),
      besluitvorming: phase({
        goals: ['draagvlak'],
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['rondetafelgesprek'],
      }),
      evaluatie: phase({
        goals: ['kennis-ophalen'],
        room: 'beperkt',
        level: 'raadplegen',
        instruments: ['evaluatiesessie'],
      }),
    },
  },
  'zonder evaluatie en terugkoppeling': {
    competentBody: 'raad',
    phases: {
      agendering: phase({
        goals: ['kennis-ophalen'],
        room: 'groot',
        level: 'raadplegen',
        reach: ['alle-inwoners'],
        groups: ['jongeren'],
        instruments: ['enquete', 'straatgesprek'],
      }),
      besluitvorming: phase({
        goals: ['besluit-nemen'],
        room: 'beperkt',
        level: 'meebeslissen',
        instruments: ['preferendum'],
      }),
    },
  },
};

async function source(titel: string, answers: TrajectAnswersInput): Promise<DocumentSource> {
  return prepareSource({
    title: titel,
    municipality: 'Gemeente Lindeveld',
    vraagstuk: 'Een vraagstuk.',
    answers: TrajectAnswers.parse(answers),
  });
}

const cases: [string, () => Promise<DocumentSource>][] = [
  ...Object.entries(exampleCasussen).map(
    ([id, c]) => [id, () => source(c.titel, c.answers)] as [string, () => Promise<DocumentSource>],
  ),
  ...Object.entries(EXTRA).map(([id, a]) => [id, () => source(id, a)] as [string, () => Promise<DocumentSource>]),
];

const section = (doc: DocumentModel, id: string) => {
  const s = doc.sections.filter((x) => x.id === id);
  return allText({ ...doc, sections: s }).join('\n');
};
const rulesOf = (doc: DocumentModel) => {
  const list = doc.sections.find((s) => s.id === 'spelregels')?.blocks.find((b) => b.kind === 'list');
  return list?.kind === 'list' ? list.items : [];
};

describe('one source of truth: spelregels, chapters and annex agree', () => {
  it.each(cases)('%s', async (_, make) => {
    const src = await make();
    const facts = analysePlan(src.answers, src.procesplaat, catalogue);
    const names = instrumentNames(catalogue);
    const plan = buildDocument(src, { date: DATE, variant: 'plan' });
    const paragraaf = buildDocument(src, { date: DATE, variant: 'paragraaf' });
    const annex = section(plan, 'open-points');
    const rules = rulesOf(plan);
    const everything = [allText(plan).join('\n'), allText(paragraaf).join('\n')];
    const checks = new Set(facts.issues.map((i) => i.check));
    const warned = new Set(facts.warnings.map((w) => w.id));

    if (facts.noParticipation) {
      // The motivering, whatever was asked; nothing about participation on the plate or in the text.
      expect(plan.title.documentTitle).toBe('Motivering afzien van participatie');
      expect(paragraaf.title.documentTitle).toBe('Motivering afzien van participatie');
      expect(src.procesplaat.nodes.filter((n) => PARTICIPATION_TYPES.has(n.type))).toEqual([]);
      for (const text of everything)
        expect(text).not.toMatch(/participatieverslag|Na elke activiteit|Evaluatie van de participatie/);
      for (const w of facts.warnings) expect(allText(plan).join('\n')).toContain(warningFormal[w.id](w, names));
      return;
    }
    expect(plan.title.documentTitle).toBe('Participatieplan en spelregels');
    expect(paragraaf.title.documentTitle).toBe('Participatieparagraaf');

    // Every warning and every failed check is an open point in the annex, in formal words.
    for (const w of facts.warnings) expect(annex).toContain(warningFormal[w.id](w, names));
    const byId = new Map(src.procesplaat.nodes.map((n) => [n.id, n]));
    for (const i of facts.issues) expect(annex).toContain(checkFormal[i.check](i.nodeIds.map((id) => byId.get(id)!)));

    // No promise the annex contradicts.
    if (warned.has('geen-terugkoppeling') || checks.has('activiteit-zonder-terugkoppeling'))
      for (const text of everything) expect(text).not.toMatch(/Na elke activiteit/);
    if (warned.has('geen-evaluatie') || checks.has('geen-evaluatie'))
      for (const text of everything) expect(text).not.toMatch(/Na afloop wordt de participatie geëvalueerd/);
    if (warned.has('geen-kaderstelling-vooraf') || checks.has('geen-kaderstelling-vooraf'))
      expect(rules.join('\n')).not.toMatch(/stelt de raad de kaders vast/);
    if (checks.has('besluit-niet-teruggekoppeld'))
      for (const text of everything) expect(text).not.toMatch(/Na elk besluit horen alle deelnemers/);
    if (checks.has('besluit-zonder-informatie'))
      expect(rules.join('\n')).not.toMatch(/ontvangt hij een participatieverslag/);

    // The raad explains its weighing only where the raad decides: not where residents or the college decide.
    const councilPhases = new Set(facts.decisions.filter((d) => d.by === 'raad').map((d) => d.phase));
    const weighing = rules.filter((r) => /legt de raad uit hoe de inbreng/.test(r));
    if (councilPhases.size === 0) expect(weighing).toEqual([]);
    for (const r of weighing)
      for (const ph of ['agendering', 'beleidsvoorbereiding', 'besluitvorming', 'uitvoering', 'evaluatie'] as const)
        if (r.includes(ph)) expect(councilPhases.has(ph), r).toBe(true);
    if (facts.decisions.some((d) => d.by === 'college' && !d.request))
      expect(rules.join('\n')).toMatch(/legt het college uit hoe de inbreng/);

    // The mandate rule once, with what happens to choices that cannot be carried out.
    const mandateRules = rules.filter((r) => /mandaat/.test(r));
    expect(mandateRules.length).toBeLessThanOrEqual(1);
    if (facts.mandate.length)
      expect(mandateRules[0]).toMatch(/niet uitvoerbaar .* in strijd is met wet- of regelgeving/);

    // A promise of a level the annex questions is not made.
    for (const ph of facts.promiseOpen) {
      const rule = rules.find((r) => r.startsWith(`In de fase ${ph}`)) ?? '';
      expect(rule).not.toMatch(/De belofte aan deelnemers luidt/);
    }

    // Reasons read as a document, not as tool output; chosen instruments are never "Past niet".
    for (const text of everything) expect(text).not.toMatch(/Past( niet)?:|Let op:/);
    const mixRows = plan.sections
      .find((s) => s.id === 'mix')!
      .children.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])));
    for (const rec of facts.recommendation.phases)
      for (const item of rec.mix.items.filter((i) => i.why === 'terugkoppeling')) {
        const row = mixRows.find((r) => r[0]!.startsWith(`${names(item.instrumentId)}:`));
        if (row && src.answers.phases[rec.phase]?.instruments.length === 0)
          expect(row[1]).toBe('Informeert en koppelt terug');
      }
    // Infeasible choices are open points and say so in the mix.
    for (const w of facts.warnings.filter((x) => x.id === 'gekozen-instrument-niet-haalbaar'))
      expect(
        mixRows.some((r) => r[0]!.startsWith(names(w.instrumentIds![0]!)) && r[1] === 'Gekozen; niet haalbaar'),
      ).toBe(true);
  });

  it('the infeasible burgerberaad is named with what it lacks', async () => {
    const src = await source('b', EXTRA['burgerberaad niet haalbaar']!);
    const annex = section(buildDocument(src, { date: DATE }), 'open-points');
    expect(annex).toMatch(/Burgerberaad is met het beschikbare budget of de beschikbare tijd niet haalbaar/);
    expect(annex).toMatch(/er zijn minstens \d+ weken nodig en er zijn er 8/);
  });

  it('a college decision: no raadsbesluit promised, the raad is informed, afdeling 3.4 Awb and the Omgevingsbesluit cited', async () => {
    const src = await source('c', EXTRA['collegebesluit']!);
    const text = allText(buildDocument(src, { date: DATE })).join('\n');
    expect(text).not.toMatch(/legt de raad uit hoe de inbreng/);
    expect(text).toMatch(
      /legt het college uit hoe de inbreng van inwoners is gewogen; de raad wordt daarover met een raadsinformatiebrief geïnformeerd/,
    );
    expect(text).toContain('Afdeling 3.4 van de Algemene wet bestuursrecht');
    expect(text).toContain('Artikelen 10.2, 10.7 en 10.8 van het Omgevingsbesluit');
    expect(text).toContain('Het college van burgemeester en wethouders (fase besluitvorming)');
  });

  it('plan details fill the sections; missing ones are marked, never silent', async () => {
    const answers = TrajectAnswers.parse({
      ...exampleCasussen['herindeling-aaldorp-zeevenen'].answers,
      domain: 'sociaal',
      plan: {
        verordeningArtikel: 'artikel 4 van de Participatieverordening Lindeveld 2026',
        opdrachtgever: 'Wethouder Bestuur',
        contactpersoon: { naam: 'A. de Vries', email: 'participatie@lindeveld.example' },
        stakeholders: [{ partij: 'Dorpsraad Aaldorp', belang: 'Behoud van de eigen voorzieningen' }],
        wegingskader: ['bestuurskracht', 'nabijheid van voorzieningen'],
        participatieverslag: { moment: '2027-03-01' },
        capaciteit: '0,8 fte projectleider',
        uitdaagrecht: { vanToepassing: false, toelichting: 'Een herindeling is geen uitvoerende taak.' },
        planning: { agendering: { start: '2027-01-10', end: '2027-03-15' } },
        status: 'vastgesteld',
      },
    });
    const src = await prepareSource({ title: 'Herindeling', municipality: 'G', vraagstuk: 'V', answers });
    const doc = buildDocument(src, { date: DATE });
    const text = allText(doc).join('\n');
    expect(doc.title.status).toBe('Vastgesteld');
    for (const s of [
      'artikel 4 van de Participatieverordening Lindeveld 2026',
      'Wethouder Bestuur',
      'A. de Vries, participatie@lindeveld.example',
      'Dorpsraad Aaldorp',
      'bestuurskracht',
      'uiterlijk 1 maart 2027',
      '0,8 fte projectleider',
      'Het uitdaagrecht is niet van toepassing. Een herindeling is geen uitvoerende taak.',
      '10 januari 2027 – 15 maart 2027',
      'Artikel 2.1.3, derde lid, van de Wet maatschappelijke ondersteuning 2015 en artikel 2.10 van de Jeugdwet',
      'Basisregistratie Personen (BRP)',
      'hoofdstuk 9 van de Algemene wet bestuursrecht',
      'De raad wordt gevraagd:',
    ])
      expect(text).toContain(s);
    expect(text).not.toMatch(/Nog in te vullen: .*opdrachtgever/);
    // Without details the same sections say what is still to be filled in.
    const bare = allText(buildDocument({ ...src, answers: { ...answers, plan: undefined } }, { date: DATE })).join(
      '\n',
    );
    expect(bare).toMatch(/\[nog in te vullen\] de opdrachtgever/);
    expect(bare).toMatch(/Nog in te vullen: artikel participatieverordening, opdrachtgever, contactpersoon/);
    expect(bare).toMatch(/€\s175\.000 \(de som van de budgetten per fase/);
  });
});
