import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/participatie/catalogus/index';
import { recommendInstruments } from '../../../shared/participatie/recommend';
import {
  groepNaarTraject,
  keuzeNaarAntwoorden,
  rapportBestandsnaam,
  rapportNaarMarkdown,
  tekstNaarBlokken,
  workshopRapport,
} from '../../../shared/workshop/index';
import { sessie } from './fixtures';

describe('a group\u2019s work as a traject', () => {
  const s = sessie({
    groepen: [
      {
        id: 'groep-1',
        naam: 'Tafel Noord',
        keuze: {
          fase: 'agendering',
          goals: ['kennis-ophalen'],
          room: 'substantieel',
          level: 'raadplegen',
          reach: 'alle-inwoners',
          groups: ['ouderen'],
        },
      },
      { id: 'groep-2', naam: 'Tafel Zuid', keuze: null },
    ],
    antwoorden: {
      'groep-1': { doel: 'Zorgen ophalen', aanpak: 'Keukentafelgesprekken', organisatie: 'Een wijkregisseur' },
      'groep-2': { aanpak: 'Een enquête' },
    },
  });

  it('maps the compact choices onto one phase so the engine can run', () => {
    const answers = keuzeNaarAntwoorden(s.groepen[0]!.keuze!);
    expect(answers.phases.agendering).toMatchObject({
      goals: ['kennis-ophalen'],
      room: 'substantieel',
      level: 'raadplegen',
      reach: 'alle-inwoners',
      groups: ['ouderen'],
    });
    const advies = recommendInstruments(answers, catalogue);
    expect(advies.phases.find((p) => p.phase === 'agendering')?.ranking.length).toBeGreaterThan(0);
  });

  it('names the traject after casus and group and puts each answer where the question belongs', () => {
    const omgezet = groepNaarTraject(s, 'groep-1')!;
    expect(omgezet.traject).toEqual({
      titel: 'Aardgasvrij in De Horst – Tafel Noord',
      gemeente: 'Gemeente Dijkerveen (fictief)',
      vraagstuk: s.casus.vraagstuk,
    });
    expect(omgezet.answers.phases.agendering).toMatchObject({
      goalsInOwnWords: 'Zorgen ophalen',
      notes: 'Keukentafelgesprekken',
      level: 'raadplegen',
    });
    expect(omgezet.answers.organisatie).toEqual({ randvoorwaarden: 'Een wijkregisseur' });
  });

  it('uses the default phase for a group without choices, and refuses an unknown group', () => {
    expect(groepNaarTraject(s, 'groep-2')!.answers.phases.beleidsvoorbereiding?.notes).toBe('Een enquête');
    expect(groepNaarTraject(s, 'groep-9')).toBeUndefined();
  });
});

describe('session report', () => {
  const s = sessie({
    antwoorden: {
      'groep-1': { doel: 'Draagvlak\n- ouderen bereiken\n- jongeren bereiken' },
      'groep-3': { doel: '# geen kop *wel tekst*' },
    },
    rodeDraden: [
      { id: 'r1', tekst: 'De raad stelt vooraf de kaders vast', groepIds: ['groep-1', 'groep-3'] },
      { id: 'r2', tekst: '   ', groepIds: [] },
    ],
  });
  const md = rapportNaarMarkdown(workshopRapport(s, { datum: '12 maart 2025' }));

  it('has the casus, every group per question, and the rode draden with the groups that named them', () => {
    expect(md).toContain('# Verslag workshop: Democratie in Actie – Dijkerveen');
    expect(md).toContain('## De casus\n\nHoe betrek je de bewoners');
    expect(md).toContain(
      '## Vraag 1: Welk doel wil je bereiken?\n\n### Tafel Noord\n\nDraagvlak\n\n- ouderen bereiken\n- jongeren bereiken',
    );
    expect(md).toContain('### Tafel Zuid\n\n*Voor deze vraag is geen antwoord vastgelegd.*');
    expect(md).toContain('- De raad stelt vooraf de kaders vast (genoemd door: Tafel Noord, Tafel West)');
    // An empty rode draad is not reported.
    expect(md.match(/genoemd door/g)).toHaveLength(1);
  });

  it('escapes what people type so it cannot become Markdown formatting', () => {
    expect(md).toContain('\\# geen kop \\*wel tekst\\*');
  });

  it('turns dash lines into lists and keeps other lines as paragraphs', () => {
    expect(tekstNaarBlokken('Inleiding\n\n- een\n* twee\nSlot')).toEqual([
      { soort: 'alinea', tekst: 'Inleiding' },
      { soort: 'lijst', items: ['een', 'twee'] },
      { soort: 'alinea', tekst: 'Slot' },
    ]);
  });

  it('gives a safe file name', () => {
    expect(rapportBestandsnaam(s, '2025-03-12T10:00:00Z', 'docx')).toBe(
      'verslag-democratie-in-actie-dijkerveen-2025-03-12.docx',
    );
  });
});
