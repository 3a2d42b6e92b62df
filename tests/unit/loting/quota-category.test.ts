import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../shared/loting/report';
import { renderMarkdown } from '../../../main/export/markdown';
import { validateLoting } from '../../../shared/loting/validation';
import { asPublished, drawWithValue } from '../../../shared/loting/verification';
import { bereken, voorbeeld } from './helpers';

describe('quota and the report in plain Dutch', () => {
  it('a quotum for a kenmerk the pool does not have is an error that names it', () => {
    const { pool, quota } = voorbeeld();
    const meldingen = validateLoting(
      pool,
      {
        panelgrootte: 20,
        quota: [...quota, { categorie: 'leeftijd', waarde: '16-24', min: 1, max: 5 }],
        huishoudensUitsluiten: false,
      },
      false,
    );
    expect(meldingen).toContainEqual({
      ernst: 'fout',
      tekst:
        'De quota noemen het kenmerk “leeftijd”, maar de pool heeft geen kenmerk met die naam. Kenmerken in de pool: “gender”, “leaning”. Controleer de schrijfwijze, of kies bij het inlezen die kolom als kenmerk.',
    });
  });

  it('the report explains the terms once, and the two steps of a verifiable draw without a panel before step 2', async () => {
    const { pool, quota, gegevens } = voorbeeld();
    const u = await bereken(pool, { panelgrootte: 20, quota, huishoudensUitsluiten: false }, 2, 200);
    if (!u.ok) throw new Error('berekening');
    const gewoon = renderMarkdown(makeReport(u.resultaat, pool, gegevens, { kolommen: [] }));
    expect(gewoon).toContain('Begrippen. De pool: alle mensen die op de uitnodiging reageerden');
    expect(gewoon).toContain('sfc32 (Small Fast Counting');
    expect(gewoon).toContain('Controleerbare trekking');
    expect(gewoon).toContain('Getrokken panel');

    const stap1 = asPublished(
      u.resultaat,
      pool,
      { soort: 'openbare-bron', beschrijving: 'Staatsloterij 10 januari 2027' },
      'Proef',
      new Date('2027-01-02T10:00:00Z'),
    );
    const md1 = renderMarkdown(makeReport(stap1, pool, gegevens, { kolommen: [] }));
    expect(md1).toContain('stap 1: gepubliceerde verdeling');
    expect(md1).toContain(stap1.controle!.vingerafdruk);
    expect(md1).toContain('Er is nog niemand getrokken');
    expect(md1).not.toContain('Getrokken panel');
    expect(md1).not.toContain('Reservelijst');

    const stap2 = drawWithValue(stap1, pool, '77 12', new Date('2027-01-10T20:00:00Z'));
    const md2 = renderMarkdown(makeReport(stap2, pool, gegevens, { kolommen: [] }));
    expect(md2).toContain('met de waarde “77 12” en de vingerafdruk is het startgetal');
    expect(md2).toContain('Getrokken panel');
  });
});
