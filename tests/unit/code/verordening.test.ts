import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberChapters, UnknownReference } from '../../../shared/code/articles';
import { ParticipatieCode } from '../../../shared/code/schema';
import { legalBases, verordeningArticles, verordeningStructure } from '../../../shared/code/verordening';
import { exampleCodes } from '../../../shared/code/examples/index';
import { artikelTekst, code, hfd, nr, tekst } from './helpers';

type Code = ParticipatieCode;

/** Each choice: a change, and what the verordening says with and without it. */
const keuzes: [string, (c: Code) => void, RegExp | string][] = [
  [
    'exemption spoed removed',
    (c) => (c.scope.exemptions = c.scope.exemptions.filter((u) => u !== 'spoed')),
    'zo dringend',
  ],
  [
    'own exemption',
    (c) => (c.scope.ownExemptions = [{ id: 'x', text: 'bij een besluit over de kermis' }]),
    'over de kermis',
  ],
  [
    'impact criterion',
    (c) => (c.scope.impactCriteria = c.scope.impactCriteria.filter((x) => x !== 'veel-inwoners')),
    'het aantal inwoners dat de gevolgen merkt',
  ],
  ['norm at large impact', (c) => (c.scope.normForLargeImpact = false), 'is participatie het uitgangspunt'],
  ['level meebeslissen', (c) => (c.levels = c.levels.filter((n) => n.level !== 'meebeslissen')), /^meebeslissen: /m],
  [
    'own promise',
    (c) => (c.levels[0]!.promise = 'de gemeente zet alles op de website'),
    'informeren: de gemeente zet alles op de website',
  ],
  ['plan always', (c) => (c.participatieplan.required = 'always'), 'voor elk participatietraject een participatieplan'],
  ['plan: section budget', (c) => c.participatieplan.sections.push('budget'), 'het budget voor de participatie'],
  [
    'raad always sees the plan',
    (c) => (c.participatieplan.raadSees = 'before-always'),
    'participatieplan van elk traject over beleid waarover de raad besluit',
  ],
  [
    'raad sees the plan for information',
    (c) => (c.participatieplan.raadSees = 'afterwards-for-information'),
    'ter informatie aan de raad',
  ],
  ['raad on location', (c) => c.roles.raadInstruments.push('raad-op-locatie'), 'op locatie in wijken en kernen'],
  ['no griffie', (c) => (c.roles.griffieSupports = false), 'De griffie ondersteunt'],
  ['no burgemeester', (c) => (c.roles.burgemeesterMonitors = false), 'De burgemeester ziet toe'],
  ['participation adviser', (c) => (c.roles.participationAdviser = true), 'participatieadviseur aan'],
  [
    'report: reach',
    (c) => c.terugkoppeling.reportSections.push('bereik'),
    'in hoeverre de beoogde groepen zijn bereikt',
  ],
  [
    'terugkoppeling in three weeks',
    (c) => (c.terugkoppeling.terugkoppelingWeeks = 3),
    'Binnen drie weken na het besluit',
  ],
  [
    'report not with the proposal',
    (c) => (c.terugkoppeling.reportWithProposal = false),
    'wordt gevoegd bij het voorstel',
  ],
  ['report not public', (c) => (c.terugkoppeling.reportPublic = false), 'wordt openbaar gemaakt'],
  [
    'inspraak without the Awb',
    (c) => (c.inspraak.awbDefault = false),
    'is afdeling 3.4 van de Algemene wet bestuursrecht van toepassing',
  ],
  ['inspraak eight weeks', (c) => (c.inspraak.termWeeks = 8), 'binnen acht weken na de terinzagelegging'],
  ['inspraak in writing only', (c) => (c.inspraak.oral = false), 'schriftelijk of mondeling'],
  [
    'only inwoners challenge',
    (c) => (c.uitdaagrecht.challengers = ['inwoners']),
    'Inwoners kunnen het college verzoeken',
  ],
  [
    'listed tasks',
    (c) => (
      (c.uitdaagrecht.tasks = 'only-listed'),
      (c.uitdaagrecht.listedTasks = [{ id: 'groen', text: 'het onderhoud van openbaar groen' }])
    ),
    'op de volgende taken:\nhet onderhoud van openbaar groen',
  ],
  [
    'excluded task',
    (c) => (c.uitdaagrecht.excludedTasks = [{ id: 'afval', text: 'de inzameling van huishoudelijk afval' }]),
    'de inzameling van huishoudelijk afval',
  ],
  ['request: duration', (c) => c.uitdaagrecht.requestSections.push('looptijd'), 'de gewenste looptijd'],
  ['criterion social value', (c) => c.uitdaagrecht.criteria.push('sociale-waarde'), 'de maatschappelijke meerwaarde'],
  ['conversation within two weeks', (c) => (c.uitdaagrecht.conversationWeeks = 2), 'Binnen twee weken na ontvangst'],
  ['decision within eight weeks', (c) => (c.uitdaagrecht.decisionWeeks = 8), 'beslist binnen acht weken'],
  ['competent body decides', (c) => (c.uitdaagrecht.decider = 'competent-body'), 'Het bevoegde bestuursorgaan beslist'],
  ['budget goes along', (c) => (c.uitdaagrecht.budget = 'with-budget'), 'gaat mee naar de uitvoerder voor het deel'],
  ['budget does not go along', (c) => (c.uitdaagrecht.budget = 'without-budget'), 'geeft geen aanspraak op het budget'],
  [
    'agreement: liability',
    (c) => c.uitdaagrecht.agreementSections.push('aansprakelijkheid'),
    'de aansprakelijkheid en de verzekering',
  ],
  [
    'raad not informed',
    (c) => (c.uitdaagrecht.raadInformed = false),
    'informeert de raad over elk besluit op een verzoek',
  ],
  ['support with money', (c) => c.governmentParticipation.support.push('geld'), 'een financiële bijdrage'],
  [
    'response within two weeks',
    (c) => (c.governmentParticipation.responseWeeks = 2),
    'Binnen twee weken nadat een initiatief is gemeld',
  ],
  ['initiative fund', (c) => (c.governmentParticipation.initiativeFund = true), 'initiatievenfonds'],
  [
    'citizens initiative',
    (c) => (c.governmentParticipation.citizensInitiative = { enabled: true, signatures: 300, minimumAge: 18 }),
    'ten minste 300 inwoners van 18 jaar of ouder',
  ],
  ['referendum', (c) => (c.governmentParticipation.referendum = true), 'raadgevend referendum'],
  [
    'evaluation every two years by the rekenkamer',
    (c) => ((c.evaluation.years = 2), (c.evaluation.by = 'audit-office')),
    'De rekenkamer evalueert de werking van deze verordening binnen twee jaar',
  ],
  ['evaluation without inwoners', (c) => (c.evaluation.withInwoners = false), 'worden bij de evaluatie betrokken'],
  ['evaluation per traject', (c) => (c.evaluation.trajectEvaluation = true), 'wordt na afloop geëvalueerd'],
  ['replaces nothing', (c) => delete c.replacedRegulation, 'wordt ingetrokken'],
  [
    'entry into force on a date',
    (c) => (c.entryIntoForce = { kind: 'date', date: '2027-01-01' }),
    'treedt in werking op 1 januari 2027',
  ],
  [
    'own citation title',
    (c) => (c.citationTitle = 'Verordening samenspel Teststad'),
    'aangehaald als: Verordening samenspel Teststad.',
  ],
  ['term beleid removed', (c) => (c.definedTerms = c.definedTerms.filter((b) => b !== 'beleid')), /^beleid: /m],
  [
    'own term',
    (c) =>
      (c.ownDefinedTerms = [
        { id: 'dorpsraad', term: 'dorpsraad', description: 'een vereniging van bewoners van een kern' },
      ]),
    'dorpsraad: een vereniging van bewoners van een kern',
  ],
];

describe('verordening: every choice is reflected in the text', () => {
  it.each(keuzes)('%s changes the text', (_, change, pattern) => {
    const voor = code();
    const na = code();
    change(na);
    const geldig = ParticipatieCode.safeParse(na);
    expect(geldig.success, JSON.stringify(geldig.error?.issues)).toBe(true);
    const heeft = (c: Code) => (typeof pattern === 'string' ? tekst(c).includes(pattern) : pattern.test(tekst(c)));
    // Exactly one of the two codes says it.
    expect(heeft(voor)).not.toBe(heeft(na));
  });

  it('switching off the uitdaagrecht drops its chapter and term; later chapters and articles renumber, references follow', () => {
    const voor = structuredClone(exampleCodes.bremerveld);
    const na = structuredClone(exampleCodes.bremerveld);
    na.uitdaagrecht.enabled = false;
    expect(hfd(voor, 'uitdaagrecht')).toBe(4);
    expect(hfd(na, 'uitdaagrecht')).toBeUndefined();
    expect(hfd(na, 'initiatieven')).toBe(hfd(voor, 'initiatieven')! - 1);
    for (const key of ['ud-recht', 'ud-verzoek', 'ud-beoordeling', 'ud-besluit', 'ud-overeenkomst'])
      expect(nr(na, key)).toBeUndefined();
    // Five uitdaagrecht articles fewer: everything after them moves up by five.
    for (const key of [
      'op-ondersteuning',
      'burgerinitiatief',
      'in-verplicht',
      'in-verslag',
      'evaluatie',
      'citeertitel',
    ])
      expect(nr(na, key)).toBe(nr(voor, key)! - 5);
    expect(artikelTekst(na, 'in-verslag')).toContain(`in een geval als bedoeld in artikel ${nr(na, 'in-verplicht')},`);
    expect(artikelTekst(na, 'onderwerp')).toContain(`initiatieven van inwoners (hoofdstuk ${hfd(na, 'initiatieven')})`);
    expect(artikelTekst(na, 'onderwerp')).not.toContain('uitdaagrecht');
    expect(artikelTekst(na, 'begrippen')).not.toMatch(/^uitdaagrecht:/m);
    expect(artikelTekst(voor, 'begrippen')).toContain('uitdaagrecht: ');
  });

  it('dropping the high-impact criteria removes their article and renumbers the rest', () => {
    const voor = code();
    const na = code();
    na.scope.impactCriteria = [];
    na.scope.normForLargeImpact = false;
    na.participatieplan.required = 'always';
    na.participatieplan.raadSees = 'before-always';
    expect(nr(voor, 'grote-impact')).toBe(5);
    expect(nr(na, 'grote-impact')).toBeUndefined();
    expect(nr(na, 'niveaus')).toBe(nr(voor, 'niveaus')! - 1);
    expect(tekst(na)).not.toContain('grote maatschappelijke impact');
    expect(artikelTekst(na, 'begrippen')).toContain(`als bedoeld in artikel ${nr(na, 'participatieplan')}`);
  });

  it('dropping all exceptions removes that article; the motivering lid is still referred to where it exists', () => {
    const na = code();
    na.scope.exemptions = [];
    expect(nr(na, 'uitzonderingen')).toBeUndefined();
    expect(nr(na, 'grote-impact')).toBe(4);
    expect(artikelTekst(code(), 'uitzonderingen')).toContain(
      `artikel ${nr(code(), 'toepassing')}, eerste lid, is van overeenkomstige toepassing`,
    );
  });

  it('initiatiefnemer rules add the Omgevingswet to the aanhef and name the cases; without cases the raad may name them later', () => {
    const c = code();
    expect(legalBases(c).join(' ')).not.toContain('Omgevingswet');
    c.initiators.enabled = true;
    expect(legalBases(c).join(' ')).toContain('16.55, zevende lid, van de Omgevingswet');
    expect(artikelTekst(c, 'in-verplicht')).toContain('De raad kan bij afzonderlijk besluit gevallen aanwijzen');
    c.initiators.mandatoryCases = [{ id: 'wonen', text: 'het bouwen van meer dan twintig woningen' }];
    expect(artikelTekst(c, 'in-verplicht')).toContain('wijst de raad aan het bouwen van meer dan twintig woningen.');
    c.inspraak.awbDefault = false;
    expect(legalBases(c).join(' ')).not.toContain('afdeling 3.4');
  });

  it('property: for any combination of subjects, numbering runs 1..n and every reference points at the right article', () => {
    fc.assert(
      fc.property(
        fc.record({
          uitdaag: fc.boolean(),
          op: fc.boolean(),
          fonds: fc.boolean(),
          bi: fc.boolean(),
          ref: fc.boolean(),
          init: fc.boolean(),
          uitz: fc.boolean(),
          impact: fc.boolean(),
          oud: fc.boolean(),
          instrumenten: fc.boolean(),
        }),
        (k) => {
          const c = code();
          c.uitdaagrecht.enabled = k.uitdaag;
          c.governmentParticipation.enabled = k.op;
          c.governmentParticipation.initiativeFund = k.fonds;
          c.governmentParticipation.citizensInitiative.enabled = k.bi;
          c.governmentParticipation.referendum = k.ref;
          c.initiators.enabled = k.init;
          if (!k.uitz) c.scope.exemptions = [];
          if (!k.impact) {
            c.scope.impactCriteria = [];
            c.scope.normForLargeImpact = false;
            c.participatieplan.required = 'always';
            c.participatieplan.raadSees = 'afterwards-for-information';
          }
          if (!k.oud) delete c.replacedRegulation;
          if (!k.instrumenten) c.roles.raadInstruments = [];
          ParticipatieCode.parse(c);
          const hoofdstukken = verordeningArticles(c);
          const artikelen = hoofdstukken.flatMap((h) => h.articles);
          expect(artikelen.map((a) => a.number)).toEqual(artikelen.map((_, i) => i + 1));
          expect(hoofdstukken.map((h) => h.number)).toEqual(hoofdstukken.map((_, i) => i + 1));
          // Every "artikel N" and "hoofdstuk N" names one that exists; no placeholder survives.
          const t = tekst(c);
          expect(t).not.toMatch(/\{\{|\}\}/);
          // Citations of laws ("artikel 150, tweede lid, van de Gemeentewet") are not ours: left out.
          const eigen = t.replace(/artikel(?:en)? [\d.:, en]+?(, \S+ lid,)? van (de|het) [A-Z][^;.,]*/g, '');
          const verwijzingen = [...eigen.matchAll(/artikel (\d+)/g)];
          expect(verwijzingen.length).toBeGreaterThan(0);
          for (const m of verwijzingen)
            expect(Number(m[1]), eigen.slice(Math.max(0, m.index - 80), m.index + 40)).toBeLessThanOrEqual(
              artikelen.length,
            );
          for (const m of t.matchAll(/hoofdstuk (\d+)/g)) expect(Number(m[1])).toBeLessThanOrEqual(hoofdstukken.length);
          // The references that exist point at the article with the right key.
          const verwacht: [string, string, string][] = [
            ['begrippen', 'participatieplan', `als bedoeld in artikel ${nr(c, 'participatieplan')}`],
            ['begrippen', 'verslag', `als bedoeld in artikel ${nr(c, 'verslag')}`],
            ['inspraak', 'verslag', `als bedoeld in artikel ${nr(c, 'verslag')}.`],
            ['uitzonderingen', 'toepassing', `artikel ${nr(c, 'toepassing')}, eerste lid, is`],
            ['toepassing', 'grote-impact', `als bedoeld in artikel ${nr(c, 'grote-impact')} is`],
            ['ud-beoordeling', 'ud-recht', `niet onder artikel ${nr(c, 'ud-recht')}, tweede lid, valt`],
            ['ud-besluit', 'ud-beoordeling', `aan de criteria van artikel ${nr(c, 'ud-beoordeling')} is getoetst`],
            ['in-verslag', 'in-verplicht', `als bedoeld in artikel ${nr(c, 'in-verplicht')},`],
          ];
          for (const [in_, naar, zin] of verwacht) {
            if (nr(c, in_) === undefined || nr(c, naar) === undefined) continue;
            if (in_ === 'toepassing' && !k.impact) continue;
            expect(artikelTekst(c, in_), `${in_} → ${naar}`).toContain(zin);
          }
          if (k.uitdaag)
            expect(artikelTekst(c, 'onderwerp')).toContain(`het uitdaagrecht (hoofdstuk ${hfd(c, 'uitdaagrecht')})`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a reference to an article that is not there is a programming error', () => {
    expect(() =>
      numberChapters([
        { key: 'a', title: 'A', articles: [{ key: 'x', title: 'X', paragraphs: [{ text: 'zie {{art:weg}}' }] }] },
      ]),
    ).toThrow(UnknownReference);
    expect(() =>
      numberChapters([
        { key: 'a', title: 'A', articles: [{ key: 'x', title: 'X', paragraphs: [{ text: 'zie {{art:x#weg}}' }] }] },
      ]),
    ).toThrow(UnknownReference);
  });

  it('within its own article a lid is "het tweede lid"; an article of one lid is referred to as a whole', () => {
    const [h] = numberChapters([
      {
        key: 'h',
        title: 'H',
        articles: [
          { key: 'een', title: 'Een', paragraphs: [{ key: 'enig', text: 'Enig lid.' }] },
          {
            key: 'twee',
            title: 'Twee',
            paragraphs: [{ text: 'Zie {{art:twee#b}} en {{art:een#enig}}.' }, { key: 'b', text: 'B.' }],
          },
        ],
      },
    ]);
    expect(h!.articles[1]!.paragraphs[0]!.text).toBe('Zie het tweede lid en artikel 1.');
  });

  it('structure follows real verordeningen: general provisions first, slotbepalingen last with citeertitel as the last article', () => {
    const s = verordeningStructure(exampleCodes.bremerveld);
    expect(s[0]!.title).toBe('Algemene bepalingen');
    expect(s[0]!.articles[0]!.title).toBe('Begripsbepalingen');
    expect(s.at(-1)!.articles.map((a) => a.key)).toEqual([
      'evaluatie',
      'intrekking',
      'inwerkingtreding',
      'citeertitel',
    ]);
    const begrippen = artikelTekst(exampleCodes.bremerveld, 'begrippen').split('\n').slice(1);
    const termen = begrippen.map((b) => b.split(':')[0]!);
    expect(termen).toEqual([...termen].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
