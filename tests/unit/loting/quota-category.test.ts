import { describe, expect, it } from 'vitest';
import { makeReport } from '../../../shared/loting/report';
import { renderMarkdown } from '../../../main/export/markdown';
import { validateLoting } from '../../../shared/loting/validation';
import { asPublished, drawWithValue } from '../../../shared/loting/verification';
import { compute, example } from './helpers';

describe('quota and the report in plain Dutch', () => {
  it('a quotum for a feature the pool does not have is an error that names it', () => {
    const { pool, quota } = example();
    const messages = validateLoting(
      pool,
      {
        panelSize: 20,
        quota: [...quota, { category: 'leeftijd', value: '16-24', min: 1, max: 5 }],
        excludeHouseholds: false,
      },
      false,
    );
    expect(messages).toContainEqual({
      severity: 'error',
      text: 'De quota noemen het kenmerk “leeftijd”, maar de pool heeft geen kenmerk met die naam. Kenmerken in de pool: “gender”, “leaning”. Controleer de schrijfwijze, of kies bij het inlezen die kolom als kenmerk.',
    });
  });

  it('the report explains the terms once, and the two steps of a verifiable draw without a panel before step 2', async () => {
    const { pool, quota, poolData } = example();
    const u = await compute(pool, { panelSize: 20, quota, excludeHouseholds: false }, 2, 200);
    if (!u.ok) throw new Error('berekening');
    const ordinary = renderMarkdown(makeReport(u.result, pool, poolData, { columns: [] }));
    expect(ordinary).toContain('Begrippen. De pool: alle mensen die op de uitnodiging reageerden');
    expect(ordinary).toContain('sfc32 (Small Fast Counting');
    expect(ordinary).toContain('Controleerbare trekking');
    expect(ordinary).toContain('Getrokken panel');

    const step1 = asPublished(
      u.result,
      pool,
      { kind: 'public-source', description: 'Staatsloterij 10 januari 2027' },
      'Proef',
      new Date('2027-01-02T10:00:00Z'),
    );
    const md1 = renderMarkdown(makeReport(step1, pool, poolData, { columns: [] }));
    expect(md1).toContain('stap 1: gepubliceerde verdeling');
    expect(md1).toContain(step1.verification!.fingerprint);
    expect(md1).toContain('Er is nog niemand getrokken');
    expect(md1).not.toContain('Getrokken panel');
    expect(md1).not.toContain('Reservelijst');

    const step2 = drawWithValue(step1, pool, '77 12', new Date('2027-01-10T20:00:00Z'));
    const md2 = renderMarkdown(makeReport(step2, pool, poolData, { columns: [] }));
    expect(md2).toContain('met de waarde “77 12” en de vingerafdruk is het startgetal');
    expect(md2).toContain('Getrokken panel');
  });
});
