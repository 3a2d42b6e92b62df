import { describe, expect, it } from 'vitest';
import { buildDocument, generateSpelregels, SECTION_IDS } from '../../../shared/document/index';
import { PHASES, catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { allText, casusIds, DATE, documentOf, sourceOf } from './helpers';

describe('document model', () => {
  it.each(casusIds)(
    '%s: has every section of a participatieplan, numbered in order, the annexes last (open points, then sources)',
    async (id) => {
      const doc = await documentOf(id);
      expect(doc.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
      expect(doc.sections[0]!.title).toBe('1 Begrippen');
      expect(doc.sections.at(-2)!.title).toBe('Bijlage A. Open aandachtspunten');
      expect(doc.sections.at(-1)!.title).toBe('Bijlage B. Instrumenten: kosten en bronnen');
      // Every instrument the plan names is in the sources annex, with its public sources.
      const sourcesText = JSON.stringify(doc.sections.at(-1)!.blocks);
      for (const p of Object.values(exampleCasussen[id].answers.phases))
        for (const instrumentId of p?.instruments ?? []) {
          const instrument = catalogue.instruments.find((i) => i.id === instrumentId)!;
          expect(sourcesText, instrumentId).toContain(instrument.name);
          expect(sourcesText, instrumentId).toContain(instrument.sources[0]!);
        }
      expect(doc.title.date).toBe('22 november 2026');
      expect(doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure')).toHaveLength(1);
    },
  );

  it.each(casusIds)('%s: is written formally; "je" only appears in user text and in the quoted promise', async (id) => {
    const casus = exampleCasussen[id];
    const doc = await documentOf(id);
    // Text the user typed may say anything; everything the app wrote must be impersonal.
    const userText = [
      casus.vraagstuk,
      ...PHASES.flatMap((p) => [
        ...(casus.answers.phases[p]?.kaders ?? []),
        casus.answers.phases[p]?.goalsInOwnWords ?? '',
        casus.answers.phases[p]?.geenParticipatie?.reden ?? '',
      ]),
      ...Object.values(casus.answers.organisatie ?? {}),
      'Hebben we onze beloftes aan deelnemers waargemaakt?',
    ].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    for (let text of allText(doc)) {
      for (const u of userText) text = text.split(u.trim()).join('');
      text = text.replace(/“[^”]*”/g, '');
      expect(text, text).not.toMatch(/\b(je|jij|jou|jouw|jullie)\b/i);
    }
  });

  it('states the promise of each level and a motivering for a phase without participation', async () => {
    const source = await sourceOf(exampleCasussen['aardgasvrij-de-horst']);
    source.answers.phases.uitvoering = {
      ...source.answers.phases.uitvoering!,
      geenParticipatie: { reden: 'De uitvoering ligt bij de netbeheerder.' },
    };
    const text = allText(buildDocument(source, { date: DATE })).join('\n');
    expect(text).toContain('“We vragen je advies. Wijken we ervan af, dan leggen we uit waarom.”');
    expect(text).toContain('De uitvoering ligt bij de netbeheerder.');
    expect(text).toMatch(
      /In de fase uitvoering worden inwoners niet betrokken\. Motivering: De uitvoering ligt bij de netbeheerder\./,
    );
  });

  it('takes the council moments from the procesplaat into the roles and the spelregels', async () => {
    const source = await sourceOf(exampleCasussen['aardgasvrij-de-horst']);
    const councilMoments = source.procesplaat.nodes.filter((n) => n.type === 'raadsmoment');
    expect(councilMoments.length).toBeGreaterThan(0);
    const doc = buildDocument(source, { date: DATE });
    const roles = allText({ ...doc, sections: doc.sections.filter((s) => s.id === 'roles') }).join('\n');
    for (const n of councilMoments) expect(roles).toContain(n.data.title);
    const ids = generateSpelregels(source.answers, source.procesplaat).map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['kaders-vooraf', 'terugkoppeling', 'verslag-aan-raad', 'weging', 'niveau:agendering']),
    );
  });

  it('uses edited spelregels instead of generated ones', async () => {
    const source = await sourceOf(exampleCasussen['burgerbegroting-oosterpark']);
    const doc = buildDocument(
      { ...source, spelregels: [{ id: 'eigen-1', tekst: 'De wijkraad telt de stemmen.' }] },
      { date: DATE },
    );
    const list = doc.sections.find((s) => s.id === 'spelregels')!.blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', ordered: true, items: ['De wijkraad telt de stemmen.'] });
  });

  it('keeps only the chosen sections and renumbers them', async () => {
    const source = await sourceOf(exampleCasussen['uitdaagrecht-de-schakel']);
    const doc = buildDocument(source, { date: DATE, sections: ['spelregels', 'vraagstuk', 'open-points'] });
    expect(doc.sections.map((s) => s.title)).toEqual([
      '1 Vraagstuk en motivering',
      '2 Spelregels',
      'Bijlage A. Open aandachtspunten',
    ]);
  });

  it('says so when there are no open warnings, and lists them when there are', async () => {
    const source = await sourceOf(exampleCasussen['aardgasvrij-de-horst']);
    const annex = (answers: typeof source.answers) =>
      allText({
        ...buildDocument({ ...source, answers }, { date: DATE }),
        sections: buildDocument({ ...source, answers }, { date: DATE }).sections.filter((s) => s.id === 'open-points'),
      }).join('\n');
    const complete = {
      verordeningArtikel: 'artikel 3 van de Participatieverordening',
      opdrachtgever: 'Wethouder',
      contactpersoon: { naam: 'B. Jansen' },
      stakeholders: [{ partij: 'Bewonersvereniging', belang: 'Woonlasten' }],
      wegingskader: [],
      beslispunten: [],
      planning: {},
      capaciteit: '0,5 fte',
      budgetTotaal: 1000,
      participatieverslag: { inhoud: [], moment: 'bij het raadsvoorstel' },
      uitdaagrecht: { vanToepassing: false },
    };
    expect(annex({ phases: {}, competentBody: 'raad', plan: complete })).toContain(
      'Er zijn geen open aandachtspunten.',
    );
    // Without plan details the annex names what is still to be filled in, in one line.
    expect(annex({ phases: {} })).toMatch(
      /Nog in te vullen: artikel participatieverordening, opdrachtgever, contactpersoon/,
    );
    expect(
      annex({
        phases: {
          besluitvorming: {
            goals: ['besluit-nemen'],
            room: 'geen',
            kaders: [],
            level: 'meebeslissen',
            reach: [],
            werving: {},
            groups: [],
            instruments: [],
            councilRoles: [],
          },
        },
      }),
    ).toMatch(/geen ruimte voor invloed/i);
  });
});
