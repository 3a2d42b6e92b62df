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
  canonical,
  readPublication,
  type DistributionPublication,
} from '../../../shared/loting/verification';
import { readFileSync } from 'node:fs';
import { compute, example } from './helpers';

/** Files written by the CLI of format version 1 (Dutch keys), kept as they were. */
const v1 = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sortition/v1/${path}`, import.meta.url), 'utf8'));

describe('SHA-256 and the seeded generator (known answers)', () => {
  it('SHA-256 matches FIPS 180-4 and Node for short, long and non-ASCII text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const text of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), 'é€😀 Zoë']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
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
    const large = createRandom(2 ** 32 + 5);
    expect([large.next(), large.next(), large.int(1000), large.int(7)]).toEqual([
      0.015205263392999768, 0.19195307069458067, 538, 5,
    ]);
  });
});

/** A hand-made distribution, independent of the solver: 3 profiles, 2 panels of 3. */
function handPublication(): DistributionPublication {
  return makePublication(
    {
      computedAt: '2026-11-29T10:00:00.000Z',
      exact: true,
      poolSize: 10,
      panelSize: 3,
      distribution: {
        panels: [
          [1, 1, 1],
          [2, 0, 1],
        ],
        weights: [0.625, 0.375],
      },
    } as Parameters<typeof makePublication>[0],
    {
      panelSize: 3,
      features: [],
      householdGroups: [],
      types: [
        { features: [], members: [0, 3, 5, 8] },
        { features: [], members: [1, 4] },
        { features: [], members: [2, 6, 7, 9] },
      ],
    },
    { kind: 'public-source', description: 'Staatsloterij, trekking van 10 januari 2027, eerste prijs' },
    'Burgerberaad proef',
  );
}

describe('verifiable draws', () => {
  it('pins seed and panel for a fixed distribution and value (golden)', () => {
    const p = handPublication();
    expect(p.profiles).toEqual([
      [1, 4, 6, 9],
      [2, 5],
      [3, 7, 8, 10],
    ]);
    // The fingerprint covers the text of publication format 1, frozen: the seed below is the one
    // this distribution and value gave before the file format moved to English keys.
    expect(p.fingerprint).toBe(sha256Hex(canonical(p)));
    expect(canonical(p)).toMatch(/^\{"formaat":"samenspel-loting-verdeling","versie":1,"titel":"Burgerberaad proef",/);
    const seed = seedFromValue(p.commitment, p.fingerprint, ' 1234567 ');
    expect(seed).toBe(seedFromValue(p.commitment, p.fingerprint, '1234567'));
    const v = verifyPublication(p, '1234567');
    expect(v).toMatchObject({ ok: true, seed, compared: false });
    if (!v.ok) throw new Error(v.error);
    expect({ seed: v.seed, panelNumber: v.panelNumber, panel: v.panel }).toMatchInlineSnapshot(`
      {
        "panel": [
          4,
          5,
          10,
        ],
        "panelNumber": 1,
        "seed": 136880216919829,
      }
    `);
  });

  it('rejects a changed distribution (fingerprint), a changed seed source and a wrong value', () => {
    const p = handPublication();
    const v = verifyPublication(p, '1234567');
    if (!v.ok) throw new Error(v.error);
    // A tampered weight: the fingerprint no longer matches.
    const otherwise = structuredClone(p);
    otherwise.panels[0]!.probability = 0.375;
    otherwise.panels[1]!.probability = 0.625;
    const r1 = verifyPublication(otherwise, '1234567', v.panel);
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.error).toMatch(/^De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie\./);
    // A swapped seed source after publication: also the fingerprint.
    const source = structuredClone(p);
    source.commitment.description = 'Een ander getal';
    expect(verifyPublication(source, '1234567').ok).toBe(false);
    // A wrong value gives another panel (for at least one of these values): rejected, with what differs.
    const error = ['1234568', '7654321', '42', 'abc', '99']
      .map((w) => verifyPublication(p, w, v.panel))
      .find((x) => !x.ok);
    expect(error).toBeDefined();
    expect(!error!.ok && error!.error).toMatch(
      /^Het panel klopt niet met een trekking uit deze verdeling met het getal/,
    );
    expect(verifyPublication({ format: 'iets anders' }, '1').ok).toBe(false);
    expect(verifyPublication(p, '   ')).toEqual({ ok: false, error: 'Vul het getal in waarmee getrokken is.' });
  });

  it('a value announced in advance must be that value', () => {
    const base = handPublication();
    const content = {
      ...base,
      commitment: { kind: 'announced' as const, description: 'Gemeenteblad 1 maart', value: '8812' },
    };
    const p = { ...content, fingerprint: contentFingerprint(content) };
    expect(verifyPublication(p, '8812').ok).toBe(true);
    const r = verifyPublication(p, '8813');
    expect(!r.ok && r.error).toBe('Het getal “8813” is niet het getal dat vooraf is aangekondigd (“8812”).');
  });

  it('step 1 publishes without drawing, step 2 draws exactly what verify replays, and a trial draw uses the same rule', async () => {
    const { pool, quota } = example();
    const outcome = await compute(pool, { panelSize: 20, quota, excludeHouseholds: false }, 3, 200);
    if (!outcome.ok) throw new Error('berekening');
    const r = outcome.result;
    expect(r.poolFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const step1 = asPublished(
      r,
      pool,
      { kind: 'public-source', description: 'Eurojackpot 9 januari 2027' },
      'Voorbeeld',
      new Date('2027-01-02T09:00:00Z'),
    );
    expect(step1.panel).toEqual([]);
    expect(step1.reserves).toEqual([]);
    expect(step1.verification?.phase).toBe('published');
    expect(drawNotice(step1)).toBeNull();
    expect(drawNotice(r)).not.toBeNull();
    const publication = publicationOf(step1, pool, 'Voorbeeld');
    expect(publication.draw).toBeUndefined();
    expect(JSON.stringify(publication)).not.toMatch(/female|male|conservative/);

    const step2 = drawWithValue(step1, pool, '5 12 19 33 41', new Date('2027-01-10T20:00:00Z'));
    expect(step2.panel).toHaveLength(20);
    expect(step2.verification).toMatchObject({ phase: 'drawn', value: '5 12 19 33 41' });
    expect(step2.reserves.length).toBeGreaterThan(0);
    const v = verifyPublication(
      publication,
      '5  12 19 33 41',
      step2.panel.map((p) => p + 1),
    );
    expect(v).toMatchObject({ ok: true, compared: true, seed: step2.seed });
    // The published file after the draw carries the panel; verify checks it on its own.
    const after = publicationOf(step2, pool, 'Voorbeeld');
    expect(after.fingerprint).toBe(publication.fingerprint);
    expect(verifyPublication(after, '5 12 19 33 41').ok).toBe(true);
    // An ordinary draw publishes its own number as the seed source.
    const ordinary = publicationOf(r, pool, 'Voorbeeld');
    expect(ordinary.commitment).toMatchObject({ kind: 'own-seed', seed: 3 });
    expect(verifyPublication(ordinary, '3')).toMatchObject({ ok: true, panel: r.panel.map((p) => p + 1) });
    expect(verifyPublication(ordinary, '4').ok).toBe(false);

    const trial = trialPanels(instanceOf(r, pool), r.distribution, [3, 11]);
    expect(trial[0]!.members).toEqual(r.panel);
    expect(trial[1]!.members).toHaveLength(20);
  });

  it('reads panel numbers from a CSV with a column ‘nummer’', () => {
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
      error: 'Het panelbestand heeft geen kolom ‘nummer’ (het nummer van de respondent in de pool).',
    });
  });

  it('the draw in the app replays under the generator used by verify', () => {
    expect(createRandom(seedFromValue({ kind: 'own-seed', description: 'x' }, '', '17')).next()).toBe(
      createRandom(17).next(),
    );
  });
});

describe('publications of format version 1 (Dutch keys)', () => {
  it('reads a version-1 file as the current format with the same fingerprint', () => {
    const old = v1('drawn/verdeling.json') as { vingerafdruk: string; toezegging: { soort: string } };
    const p = readPublication(old)!;
    expect(p).toMatchObject({ format: 'samenspel-loting-distribution', version: 2, commitment: { kind: 'own-seed' } });
    expect(p.fingerprint).toBe(old.vingerafdruk);
    expect(contentFingerprint(p)).toBe(old.vingerafdruk);
    expect(readPublication(v1('published/verdeling.json'))?.commitment.kind).toBe('public-source');
  });

  it('verifies the draw recorded in a version-1 file, and refuses a changed one', () => {
    const old = v1('drawn/verdeling.json') as { panels: Array<{ kans: number }> };
    const v = verifyPublication(old, '7');
    // compared: the panel recorded in the old file is the one the replay draws.
    expect(v).toMatchObject({ ok: true, seed: 7, compared: true });
    old.panels[0]!.kans += 1e-9;
    expect(verifyPublication(old, '7')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^De vingerafdruk klopt niet/),
    });
  });
});
