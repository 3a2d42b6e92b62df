import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/export/docx';
import { renderHtml } from '../../../main/export/html';
import { renderMarkdown } from '../../../main/export/markdown';
import { catalogue } from '../../../shared/participatie/catalogus/index';
import { recommendInstruments } from '../../../shared/participatie/recommend';
import {
  groupToTraject,
  choiceToAnswers,
  reportFileName,
  textToBlocks,
  workshopReport,
} from '../../../shared/workshop/index';
import { session } from './fixtures';

describe('a group\u2019s work as a traject', () => {
  const s = session({
    groups: [
      {
        id: 'groep-1',
        name: 'Tafel Noord',
        choice: {
          phase: 'agendering',
          goals: ['kennis-ophalen'],
          room: 'substantieel',
          level: 'raadplegen',
          reach: 'alle-inwoners',
          groups: ['ouderen'],
        },
      },
      { id: 'groep-2', name: 'Tafel Zuid', choice: null },
    ],
    answers: {
      'groep-1': { doel: 'Zorgen ophalen', aanpak: 'Keukentafelgesprekken', organisatie: 'Een wijkregisseur' },
      'groep-2': { aanpak: 'Een enquête' },
    },
  });

  it('maps the compact choices onto one phase so the engine can run', () => {
    const answers = choiceToAnswers(s.groups[0]!.choice!);
    expect(answers.phases.agendering).toMatchObject({
      goals: ['kennis-ophalen'],
      room: 'substantieel',
      level: 'raadplegen',
      reach: ['alle-inwoners'],
      groups: ['ouderen'],
    });
    const advice = recommendInstruments(answers, catalogue);
    expect(advice.phases.find((p) => p.phase === 'agendering')?.ranking.length).toBeGreaterThan(0);
  });

  it('names the traject after casus and group and puts each answer where the question belongs', () => {
    const converted = groupToTraject(s, 'groep-1')!;
    expect(converted.traject).toEqual({
      title: 'Aardgasvrij in De Horst – Tafel Noord',
      municipality: 'Gemeente Dijkerveen (fictief)',
      vraagstuk: s.casus.vraagstuk,
    });
    expect(converted.answers.phases.agendering).toMatchObject({
      goalsInOwnWords: 'Zorgen ophalen',
      notes: 'Keukentafelgesprekken',
      level: 'raadplegen',
    });
    expect(converted.answers.organisatie).toEqual({ randvoorwaarden: 'Een wijkregisseur' });
  });

  it('uses the default phase for a group without choices, and refuses an unknown group', () => {
    expect(groupToTraject(s, 'groep-2')!.answers.phases.beleidsvoorbereiding?.notes).toBe('Een enquête');
    expect(groupToTraject(s, 'groep-9')).toBeUndefined();
  });
});

describe('session report', () => {
  const s = session({
    answers: {
      'groep-1': {
        doel: 'Draagvlak\n- ouderen bereiken\n- jongeren bereiken',
        aanpak: 'Keukentafelgesprekken',
        organisatie: 'Een wijkregisseur',
      },
      'groep-2': { aanpak: 'Een enquête onder alle huishoudens' },
      'groep-3': { doel: '# geen kop *wel tekst*', organisatie: 'Raadsleden schuiven aan' },
    },
    rodeDraden: [
      { id: 'r1', text: 'De raad stelt vooraf de kaders vast', groupIds: ['groep-1', 'groep-3'] },
      { id: 'r2', text: 'Terugkoppelen aan de wijk', groupIds: ['groep-2'] },
      { id: 'r3', text: '   ', groupIds: [] },
    ],
  });
  const doc = workshopReport(s, { date: '2025-03-12' });
  const md = renderMarkdown(doc);

  it('is one document model: a title page without a version, the casus, one chapter per question, the rode draden', () => {
    expect(doc.title).toEqual({
      documentTitle: 'Verslag workshop',
      trajectTitle: 'Democratie in Actie – Dijkerveen',
      municipality: 'Gemeente Dijkerveen (fictief)',
      date: '12 maart 2025',
      details: [{ label: 'Casus', value: 'Aardgasvrij in De Horst' }],
    });
    expect(doc.sections.map((sec) => sec.title)).toEqual([
      'Over deze sessie',
      'De casus',
      ...s.questions.map((v, i) => `Vraag ${i + 1}: ${v.title}`),
      'Rode draden',
    ]);
    for (const question of doc.sections.filter((sec) => sec.id.startsWith('question:'))) {
      expect(question.children.map((c) => c.title)).toEqual(['Tafel Noord', 'Tafel Zuid', 'Tafel West']);
    }
  });

  it('has the casus, every group per question, and the rode draden with the groups that named them (Markdown)', () => {
    expect(md).toContain(
      '# Verslag workshop: Democratie in Actie – Dijkerveen\n\n**Casus:** Aardgasvrij in De Horst  \n**Gemeente:** Gemeente Dijkerveen (fictief)  \n**Datum:** 12 maart 2025\n\n',
    );
    expect(md).not.toContain('Versie');
    expect(md).toContain('**Groepen:** Tafel Noord, Tafel Zuid en Tafel West');
    expect(md).toContain('## De casus\n\nHoe betrek je de bewoners');
    expect(md).toContain(
      '## Vraag 1: Welk doel wil je bereiken?\n\n**Toelichting:** Zijn er fases met verschillende doelen?\n\n### Tafel Noord\n\nDraagvlak\n\n- ouderen bereiken\n- jongeren bereiken',
    );
    expect(md).toContain('### Tafel Zuid\n\nVoor deze vraag is geen antwoord vastgelegd.');
    expect(md).toContain('### Tafel Zuid\n\nEen enquête onder alle huishoudens');
    expect(md).toContain('### Tafel West\n\nRaadsleden schuiven aan');
    expect(md).toContain(
      '- De raad stelt vooraf de kaders vast (genoemd door: Tafel Noord en Tafel West)\n- Terugkoppelen aan de wijk (genoemd door: Tafel Zuid)',
    );
    // An empty rode draad is not reported.
    expect(md.match(/genoemd door/g)).toHaveLength(2);
  });

  it('has the same text in the Word file', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(doc)) });
    for (const expected of [
      'Verslag workshop',
      'Casus: Aardgasvrij in De Horst',
      'Datum: 12 maart 2025',
      s.casus.vraagstuk,
      'Keukentafelgesprekken',
      'Een wijkregisseur',
      'Een enquête onder alle huishoudens',
      '# geen kop *wel tekst*',
      'Raadsleden schuiven aan',
      'De raad stelt vooraf de kaders vast (genoemd door: Tafel Noord en Tafel West)',
      'Terugkoppelen aan de wijk (genoemd door: Tafel Zuid)',
    ]) {
      expect(text).toContain(expected);
    }
    // Per question, every group appears with its answer or the note that there is none.
    // lastIndexOf: the table of contents lists the same headings before the body.
    const question1 = text.slice(text.lastIndexOf('Vraag 1:'), text.lastIndexOf('Vraag 2:'));
    expect(question1).toMatch(
      /Tafel Noord\s+Draagvlak\s+ouderen bereiken\s+jongeren bereiken\s+Tafel Zuid\s+Voor deze vraag is geen antwoord vastgelegd\.\s+Tafel West\s+# geen kop \*wel tekst\*/,
    );
    expect(text).not.toContain('Versie');
  });

  describe('what people type stays text', () => {
    const hostile = session({
      casus: { ...s.casus, vraagstuk: '<img src=x onerror=alert(1)> & [link](http://evil.example)' },
      groups: [
        { id: 'groep-1', name: '<script>alert("x")</script>', choice: null },
        { id: 'groep-2', name: 'Tafel Zuid', choice: null },
      ],
      answers: { 'groep-1': { doel: '# geen kop *wel tekst*\u0007\n1. geen lijst' } },
      rodeDraden: [{ id: 'r1', text: '**vet** | pijp', groupIds: ['groep-1'] }],
    });
    const hdoc = workshopReport(hostile, { date: '2025-03-12' });

    it('in Markdown', () => {
      const hmd = renderMarkdown(hdoc);
      expect(hmd).toContain(
        '### \\<script\\>alert("x")\\</script\\>\n\n\\# geen kop \\*wel tekst\\*\n\n1\\. geen lijst',
      );
      expect(hmd).toContain('\\<img src=x onerror=alert(1)\\> \\& \\[link\\](http://evil.example)');
      expect(hmd).toContain('- \\*\\*vet\\*\\* \\| pijp (genoemd door: \\<script\\>alert("x")\\</script\\>)');
      // eslint-disable-next-line no-control-regex -- the point: no control characters may reach the file
      expect(hmd).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    });

    it('in HTML (the PDF is printed from it)', () => {
      const html = renderHtml(hdoc);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      expect(html).toContain('<h3>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h3>');
    });

    it('in Word', async () => {
      const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(hdoc)) });
      expect(text).toContain('<script>alert("x")</script>');
      expect(text).toContain('# geen kop *wel tekst*\n');
      expect(text).toContain('<img src=x onerror=alert(1)> & [link](http://evil.example)');
      // eslint-disable-next-line no-control-regex -- the point: no control characters may reach the file
      expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    });
  });

  it('turns dash lines into lists and keeps other lines as paragraphs', () => {
    expect(textToBlocks('Inleiding\n\n- een\n* twee\nSlot')).toEqual([
      { kind: 'paragraph', text: 'Inleiding' },
      { kind: 'list', ordered: false, items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Slot' },
    ]);
  });

  it('gives a safe file name per format', () => {
    expect(reportFileName(s, '2025-03-12', 'docx')).toBe('verslag-democratie-in-actie-dijkerveen-2025-03-12.docx');
    expect(reportFileName(session({ title: '***' }), '2025-03-12', 'md')).toBe('verslag-workshop-2025-03-12.md');
  });
});
