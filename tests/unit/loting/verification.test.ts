import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../shared/loting/prng';
import { trialPanels } from '../../../shared/loting/trial-draw';
import { sha256Hex } from '../../../shared/loting/sha256';
import {
  asPublished,
  instanceOf,
  makePublication,
  panelNumbersFromTable,
  publicationOf,
  seedFromValue,
  drawNotice,
  drawWithValue,
  verifyPublication,
  contentFingerprint,
  type DistributionPublication,
} from '../../../shared/loting/verification';
import { bereken, voorbeeld } from './helpers';

describe('SHA-256 and the seeded generator (known answers)', () => {
  it('SHA-256 matches FIPS 180-4 and Node for short, long and non-ASCII text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const tekst of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'é€😀 Zoë']) {
      expect(sha256Hex(tekst)).toBe(createHash('sha256').update(tekst).digest('hex'));
    }
  });

  it('sfc32 seeded by splitmix32 gives these first outputs (pinned: a replay elsewhere must match)', () => {
    const uint32 = (seed: number) => {
      const r = createRandom(seed);
      return [r.next(), r.next(), r.next()].map((x) => x * 2 ** 32);
    };
    expect(uint32(0)).toEqual([3047368389, 387095348, 2506032770]);
    const r = createRandom(42);
    expect([r.next(), r.next(), r.int(1000), r.int(7)]).toEqual([0.19866962218657136, 0.44710162095725536, 744, 2]);
    const groot = createRandom(2 ** 32 + 5);
    expect([groot.next(), groot.next(), groot.int(1000), groot.int(7)]).toEqual([
      0.015205263392999768, 0.19195307069458067, 538, 5,
    ]);
  });
});

/** A hand-made distribution, independent of the solver: 3 profiles, 2 panels of 3. */
function handPublicatie(): DistributionPublication {
  return makePublication(
    {
      berekendOp: '2026-11-29T10:00:00.000Z',
      exact: true,
      poolgrootte: 10,
      panelgrootte: 3,
      verdeling: {
        panels: [
          [1, 1, 1],
          [2, 0, 1],
        ],
        gewichten: [0.625, 0.375],
      },
    } as Parameters<typeof makePublication>[0],
    {
      panelgrootte: 3,
      kenmerken: [],
      huishoudGroepen: [],
      types: [
        { kenmerken: [], leden: [0, 3, 5, 8] },
        { kenmerken: [], leden: [1, 4] },
        { kenmerken: [], leden: [2, 6, 7, 9] },
      ],
    },
    { soort: 'openbare-bron', beschrijving: 'Staatsloterij, trekking van 10 januari 2027, eerste prijs' },
    'Burgerberaad proef',
  );
}

describe('verifiable draws', () => {
  it('pins seed and panel for a fixed distribution and value (golden)', () => {
    const p = handPublicatie();
    expect(p.profielen).toEqual([
      [1, 4, 6, 9],
      [2, 5],
      [3, 7, 8, 10],
    ]);
    expect(p.vingerafdruk).toBe(
      sha256Hex(JSON.stringify(JSON.parse(JSON.stringify(p)), (k, v) => (k === 'vingerafdruk' ? undefined : v))),
    );
    const seed = seedFromValue(p.toezegging, p.vingerafdruk, ' 1234567 ');
    expect(seed).toBe(seedFromValue(p.toezegging, p.vingerafdruk, '1234567'));
    const v = verifyPublication(p, '1234567');
    expect(v).toMatchObject({ ok: true, seed, vergeleken: false });
    if (!v.ok) throw new Error(v.fout);
    expect({ seed: v.seed, panelnummer: v.panelnummer, panel: v.panel }).toMatchInlineSnapshot(`
      {
        "panel": [
          4,
          5,
          10,
        ],
        "panelnummer": 1,
        "seed": 136880216919829,
      }
    `);
  });

  it('rejects a changed distribution (fingerprint), a changed seed source and a wrong value', () => {
    const p = handPublicatie();
    const v = verifyPublication(p, '1234567');
    if (!v.ok) throw new Error(v.fout);
    // A tampered weight: the fingerprint no longer matches.
    const anders = structuredClone(p);
    anders.panels[0]!.kans = 0.375;
    anders.panels[1]!.kans = 0.625;
    const r1 = verifyPublication(anders, '1234567', v.panel);
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.fout).toMatch(/^De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie\./);
    // A swapped seed source after publication: also the fingerprint.
    const bron = structuredClone(p);
    bron.toezegging.beschrijving = 'Een ander getal';
    expect(verifyPublication(bron, '1234567').ok).toBe(false);
    // A wrong value gives another panel (for at least one of these values): rejected, with what differs.
    const fout = ['1234568', '7654321', '42', 'abc', '99']
      .map((w) => verifyPublication(p, w, v.panel))
      .find((x) => !x.ok);
    expect(fout).toBeDefined();
    expect(!fout!.ok && fout!.fout).toMatch(/^Het panel klopt niet met een trekking uit deze verdeling met het getal/);
    expect(verifyPublication({ formaat: 'iets anders' }, '1').ok).toBe(false);
    expect(verifyPublication(p, '   ')).toEqual({ ok: false, fout: 'Vul het getal in waarmee getrokken is.' });
  });

  it('a value announced in advance must be that value', () => {
    const basis = handPublicatie();
    const inhoud = {
      ...basis,
      toezegging: { soort: 'vooraf' as const, beschrijving: 'Gemeenteblad 1 maart', waarde: '8812' },
    };
    const p = { ...inhoud, vingerafdruk: contentFingerprint(inhoud) };
    expect(verifyPublication(p, '8812').ok).toBe(true);
    const r = verifyPublication(p, '8813');
    expect(!r.ok && r.fout).toBe('Het getal “8813” is niet het getal dat vooraf is aangekondigd (“8812”).');
  });

  it('step 1 publishes without drawing, step 2 draws exactly what verify replays, and a proeftrekking uses the same rule', async () => {
    const { pool, quota } = voorbeeld();
    const uitkomst = await bereken(pool, { panelgrootte: 20, quota, huishoudensUitsluiten: false }, 3, 200);
    if (!uitkomst.ok) throw new Error('berekening');
    const r = uitkomst.resultaat;
    expect(r.poolVingerafdruk).toMatch(/^[0-9a-f]{64}$/);
    const stap1 = asPublished(
      r,
      pool,
      { soort: 'openbare-bron', beschrijving: 'Eurojackpot 9 januari 2027' },
      'Voorbeeld',
      new Date('2027-01-02T09:00:00Z'),
    );
    expect(stap1.panel).toEqual([]);
    expect(stap1.reserves).toEqual([]);
    expect(stap1.controle?.fase).toBe('gepubliceerd');
    expect(drawNotice(stap1)).toBeNull();
    expect(drawNotice(r)).not.toBeNull();
    const publicatie = publicationOf(stap1, pool, 'Voorbeeld');
    expect(publicatie.trekking).toBeUndefined();
    expect(JSON.stringify(publicatie)).not.toMatch(/female|male|conservative/);

    const stap2 = drawWithValue(stap1, pool, '5 12 19 33 41', new Date('2027-01-10T20:00:00Z'));
    expect(stap2.panel).toHaveLength(20);
    expect(stap2.controle).toMatchObject({ fase: 'getrokken', waarde: '5 12 19 33 41' });
    expect(stap2.reserves.length).toBeGreaterThan(0);
    const v = verifyPublication(
      publicatie,
      '5  12 19 33 41',
      stap2.panel.map((p) => p + 1),
    );
    expect(v).toMatchObject({ ok: true, vergeleken: true, seed: stap2.seed });
    // The published file after the draw carries the panel; verify checks it on its own.
    const na = publicationOf(stap2, pool, 'Voorbeeld');
    expect(na.vingerafdruk).toBe(publicatie.vingerafdruk);
    expect(verifyPublication(na, '5 12 19 33 41').ok).toBe(true);
    // An ordinary draw publishes its own number as the seed source.
    const gewoon = publicationOf(r, pool, 'Voorbeeld');
    expect(gewoon.toezegging).toMatchObject({ soort: 'startgetal', seed: 3 });
    expect(verifyPublication(gewoon, '3')).toMatchObject({ ok: true, panel: r.panel.map((p) => p + 1) });
    expect(verifyPublication(gewoon, '4').ok).toBe(false);

    const proef = trialPanels(instanceOf(r, pool), r.verdeling, [3, 11]);
    expect(proef[0]!.leden).toEqual(r.panel);
    expect(proef[1]!.leden).toHaveLength(20);
  });

  it('reads panel numbers from a CSV with a column nummer', () => {
    expect(
      panelNumbersFromTable(
        ['id', 'Nummer'],
        [
          ['a', '3'],
          ['b', '12'],
        ],
      ),
    ).toEqual([3, 12]);
    expect(panelNumbersFromTable(['id'], [['a']])).toEqual({
      fout: 'Het panelbestand heeft geen kolom ‘nummer’ (het nummer van de respondent in de pool).',
    });
  });

  it('the draw in the app replays under the generator used by verify', () => {
    expect(createRandom(seedFromValue({ soort: 'startgetal', beschrijving: 'x' }, '', '17')).next()).toBe(
      createRandom(17).next(),
    );
  });
});
