import { afterEach, describe, expect, it } from 'vitest';
import { buildDocument, prepareSource } from '../../../shared/document/build';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import { memoryBackend } from '../../support/services';
import { apiCaller, alleTekst, code, DATUM, nr } from './helpers';

const answers = TrajectAnswers.parse({
  impact: 'groot',
  competentBody: 'raad',
  phases: {
    beleidsvoorbereiding: { level: 'meebeslissen', instruments: ['wijkgesprek'], room: 'groot' },
    uitvoering: { geenParticipatie: { reden: '' } },
  },
});

const source = (withCode: boolean, plan?: { verordeningArtikel: string }) =>
  prepareSource({
    title: 'Herinrichting Stationsplein',
    municipality: 'Teststad',
    vraagstuk: 'Hoe richten we het plein in?',
    answers: plan ? { ...answers, plan: TrajectAnswers.parse({ plan }).plan! } : answers,
    ...(withCode ? { code: { ...code(), levels: code().levels.slice(0, 3) } } : {}),
  });

describe('the participatieplan of a traject that follows a code', () => {
  it('cites the article of the code it rests on', async () => {
    const c = code();
    const tekst = alleTekst(buildDocument(await source(true), { date: DATUM }));
    const citaat = `artikel ${nr(c, 'participatieplan')} van de Participatieverordening Teststad 2026`;
    expect(tekst).toContain(`Dit participatieplan is opgesteld op grond van ${citaat}.`);
    expect(tekst).toContain(`Participatieverordening van de gemeente: ${citaat}.`);
    expect(tekst).not.toContain('het artikel van de participatieverordening van de gemeente waarop dit plan berust');
  });

  it('keeps an article the user named himself', async () => {
    const tekst = alleTekst(
      buildDocument(await source(true, { verordeningArtikel: 'artikel 9 van de Inspraakverordening Teststad' }), {
        date: DATUM,
      }),
    );
    expect(tekst).toContain('Participatieverordening van de gemeente: artikel 9 van de Inspraakverordening Teststad.');
  });

  it('lists the code checks among the open points, and nothing of the code without one', async () => {
    const met = alleTekst(buildDocument(await source(true), { date: DATUM }));
    expect(met).toContain('Participatiecode');
    expect(met).toMatch(
      /het niveau meebeslissen gekozen, maar artikel \d+ van de Participatieverordening Teststad 2026/,
    );
    expect(met).toMatch(/In de fase uitvoering worden inwoners niet betrokken, maar de motivering ontbreekt/);
    const zonder = alleTekst(buildDocument(await source(false), { date: DATUM }));
    expect(zonder).not.toContain('Participatieverordening Teststad');
    expect(zonder).not.toContain('opgesteld op grond van');
  });
});

describe('export of a linked traject', () => {
  const backends: Array<ReturnType<typeof memoryBackend>> = [];
  afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

  it('cites the linked code in the exported plan and stops when unlinked', async () => {
    const backend = memoryBackend();
    backends.push(backend);
    const call = apiCaller(backend);
    const traject = await call('trajecten.create', { title: 'Stationsplein', municipality: 'Lindewaard' });
    await call('answers.save', { trajectId: traject.id, answers, expectedRevision: 0 });
    const c = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    await call('codes.linkTraject', { trajectId: traject.id, codeId: c.id });
    const md = async () => {
      const result = await call('export.document', { trajectId: traject.id, format: 'md' });
      return result.kind === 'download' ? Buffer.from(result.base64, 'base64').toString('utf8') : '';
    };
    const linked = await md();
    expect(linked).toMatch(/opgesteld op grond van artikel \d+ van de Participatieverordening Lindewaard 2026/);
    expect(linked).toContain('Participatiecode');
    await call('codes.linkTraject', { trajectId: traject.id, codeId: null });
    expect(await md()).not.toContain('Participatieverordening Lindewaard');
  });
});
