import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '../../../shared/loting/model';
import type { JobStatus } from '../../../shared/loting/api';
import { memoryBackend } from '../../support/services';
import { voorbeeld } from './helpers';
import type { LotingResult } from '../../../shared/loting/result';
import { verifyPublication } from '../../../shared/loting/verification';

type Backend = ReturnType<typeof memoryBackend>;
let backend: Backend | undefined;
afterEach(() => backend?.services.close());

async function call<T>(b: Backend, method: string, input: unknown): Promise<T> {
  const r = await b.dispatch(method, input, 'http');
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as T;
}

async function wachtOp(b: Backend, taakId: string): Promise<JobStatus> {
  for (let i = 0; i < 200; i++) {
    const s = await call<JobStatus>(b, 'loting.computeStatus', { taakId });
    if (s.status !== 'bezig') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('te langzaam');
}

describe('loting API', () => {
  it('stores a pool, computes in the background, exports only chosen columns and deletes everything', async () => {
    backend = memoryBackend();
    const { gegevens, quota } = voorbeeld();
    const kolommen = [
      { naam: 'id', rol: 'id' as const },
      { naam: 'naam', rol: 'meenemen' as const },
      ...gegevens.kolommen,
    ];
    const rijen = gegevens.rijen.map((r, i) => [`R${i + 1}`, `Persoon ${i + 1}`, ...r]);
    const pool = await call<{ id: string; aantal: number }>(backend, 'loting.pools.create', {
      naam: 'Burgerberaad',
      kolommen,
      rijen,
    });
    expect(pool.aantal).toBe(200);

    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    expect(await call(backend, 'loting.validate', { poolId: pool.id, instellingen })).toEqual([]);
    const { taakId, seed } = await call<{ taakId: string; seed: number }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen,
      seed: 99,
    });
    expect(seed).toBe(99);
    expect((await wachtOp(backend, taakId)).status).toBe('klaar');

    const detail = await call<{
      trekking: { panel: number[]; minimum: number; seed: number };
      personen: Record<string, string[]>;
      instellingen: unknown;
    }>(backend, 'loting.pools.get', { id: pool.id });
    expect(detail.trekking.seed).toBe(99);
    expect(detail.trekking.minimum).toBeCloseTo(0.1, 3);
    expect(detail.instellingen).toEqual(instellingen);
    expect(detail.personen[String(detail.trekking.panel[0])]![0]).toMatch(/^R\d+$/);

    const csv = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'panel-csv',
      kolommen: [],
    });
    const tekst = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(tekst.split('\r\n')[0]).toBe('\uFEFFid;kans;nummer');
    expect(tekst).not.toContain('Persoon');
    const metNaam = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'panel-csv',
      kolommen: ['naam'],
    });
    expect(Buffer.from(metNaam.base64, 'base64').toString('utf8')).toContain('Persoon');
    // The comma variant on request: commas and a decimal point, still with the BOM.
    const komma = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'kansen-csv',
      kolommen: [],
      csvVariant: 'comma',
    });
    const kommaRegels = Buffer.from(komma.base64, 'base64').toString('utf8').split('\r\n');
    expect(kommaRegels[0]).toBe('\uFEFFid,kans_leximin,kans_gretig,in_panel');
    expect(kommaRegels[1]).toMatch(/^R1,0\.\d+,0\.\d+,[01]$/);
    const puntkomma = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'kansen-csv',
      kolommen: [],
    });
    expect(Buffer.from(puntkomma.base64, 'base64').toString('utf8').split('\r\n')[1]).toMatch(/^R1;0,\d+;0,\d+;[01]$/);
    await expect(
      call(backend, 'loting.export', { poolId: pool.id, soort: 'kansen-csv', kolommen: [], csvVariant: 'tab' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const docx = await call<{ base64: string; bestandsnaam: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'docx',
      kolommen: [],
    });
    expect(docx.bestandsnaam).toMatch(/^burgerberaad-\d{4}-\d{2}-\d{2}-verslag-loting\.docx$/);
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const md = await call<{ base64: string }>(backend, 'loting.export', { poolId: pool.id, soort: 'md', kolommen: [] });
    expect(Buffer.from(md.base64, 'base64').toString()).toContain('| Startgetal (seed) | 99 |');

    await call(backend, 'loting.pools.delete', { id: pool.id });
    await expect(call(backend, 'loting.pools.get', { id: pool.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(backend.services.db.prepare('SELECT count(*) AS n FROM loting_trekkingen').get()).toEqual({ n: 0 });
  });

  it('draws verifiably in two steps, shows proefpanels without recording them, and names files after the pool', async () => {
    backend = memoryBackend();
    const { gegevens, quota } = voorbeeld();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', { naam: 'Burgerberaad Zuid', ...gegevens });
    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    await expect(call(backend, 'loting.trialDraw', { poolId: pool.id, aantal: 2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { taakId } = await call<{ taakId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen,
      toezegging: { soort: 'openbare-bron', beschrijving: 'Staatsloterij 10 januari 2027, eerste prijs' },
    });
    expect((await wachtOp(backend, taakId)).status).toBe('klaar');
    const stap1 = await call<{ trekking: LotingResult; vingerafdruk: string }>(backend, 'loting.pools.get', {
      id: pool.id,
    });
    expect(stap1.trekking.controle?.fase).toBe('gepubliceerd');
    expect(stap1.trekking.panel).toEqual([]);
    expect(stap1.trekking.poolVingerafdruk).toBe(stap1.vingerafdruk);
    const json = await call<{ base64: string; bestandsnaam: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'verdeling-json',
      kolommen: [],
    });
    expect(json.bestandsnaam).toMatch(/^burgerberaad-zuid-\d{4}-\d{2}-\d{2}-verdeling\.json$/);
    const publicatie: unknown = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));

    const proef = await call<{ panels: Array<{ leden: number[] }>; personen: Record<string, string[]> }>(
      backend,
      'loting.trialDraw',
      { poolId: pool.id, aantal: 3 },
    );
    expect(proef.panels).toHaveLength(3);
    expect(proef.panels.every((p) => p.leden.length === 20)).toBe(true);
    const naProef = await call<{ trekking: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(naProef.trekking.controle?.fase).toBe('gepubliceerd');

    await call(backend, 'loting.draw', { poolId: pool.id, waarde: '1 7 23 31 40 45' });
    const stap2 = await call<{ trekking: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(stap2.trekking.panel).toHaveLength(20);
    expect(stap2.trekking.controle).toMatchObject({ fase: 'getrokken', waarde: '1 7 23 31 40 45' });
    expect(
      verifyPublication(
        publicatie,
        '1 7 23 31 40 45',
        stap2.trekking.panel.map((p) => p + 1),
      ).ok,
    ).toBe(true);
    expect(
      verifyPublication(
        publicatie,
        '1 7 23 31 40 46',
        stap2.trekking.panel.map((p) => p + 1),
      ).ok,
    ).toBe(false);
    await expect(call(backend, 'loting.draw', { poolId: pool.id, waarde: '2' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    // A value announced before the pool closed: published and drawn in one go.
    const vooraf = await call<{ taakId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen,
      toezegging: { soort: 'vooraf', beschrijving: 'Gemeenteblad 1 maart', waarde: '8812' },
    });
    expect((await wachtOp(backend, vooraf.taakId)).status).toBe('klaar');
    const direct = await call<{ trekking: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(direct.trekking.controle).toMatchObject({ fase: 'getrokken', waarde: '8812' });
    expect(direct.trekking.panel).toHaveLength(20);
    const json2 = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      soort: 'verdeling-json',
      kolommen: [],
    });
    const publicatie2: unknown = JSON.parse(Buffer.from(json2.base64, 'base64').toString('utf8'));
    expect(verifyPublication(publicatie2, '8812').ok).toBe(true);
    expect(verifyPublication(publicatie2, '8813').ok).toBe(false);
    await expect(
      call(backend, 'loting.compute', {
        poolId: pool.id,
        instellingen,
        toezegging: { soort: 'vooraf', beschrijving: 'Gemeenteblad 1 maart' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  }, 30_000);

  it('refuses pools with duplicate ids, ignored columns or too many rows, storing nothing', async () => {
    backend = memoryBackend();
    const kolommen = [
      { naam: 'id', rol: 'id' },
      { naam: 'wijk', rol: 'kenmerk' },
    ];
    await expect(
      call(backend, 'loting.pools.create', {
        naam: 'x',
        kolommen,
        rijen: [
          ['a', 'N'],
          ['a', 'Z'],
        ],
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Dubbele id'),
    });
    await expect(
      call(backend, 'loting.pools.create', {
        naam: 'x',
        kolommen: [...kolommen, { naam: 'mail', rol: 'negeren' }],
        rijen: [['a', 'N', 'm']],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const teVeel = Array.from({ length: limits.maxRespondenten + 1 }, (_, i) => [String(i), 'N']);
    await expect(call(backend, 'loting.pools.create', { naam: 'x', kolommen, rijen: teVeel })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await call(backend, 'loting.pools.list', {})).toEqual([]);
  });

  it('refuses NUL and other control characters in a cell, naming the row and the column, storing nothing', async () => {
    backend = memoryBackend();
    const kolommen = [
      { naam: 'id', rol: 'id' },
      { naam: 'wijk', rol: 'kenmerk' },
      { naam: 'opmerking', rol: 'meenemen' },
    ];
    for (const teken of ['\u0000', '\u0007', '\u001b', '\u000b']) {
      const r = await backend.dispatch(
        'loting.pools.create',
        {
          naam: 'x',
          kolommen,
          rijen: [
            ['a', 'Noord', 'ok'],
            ['b', 'Zuid', `tekst${teken}met teken`],
          ],
        },
        'http',
      );
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.issues).toEqual([
        {
          path: ['rijen', 1, 2],
          message:
            'Rij 3, kolom “opmerking” bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg in het bestand en lees het opnieuw in.',
        },
      ]);
    }
    // Tab, line feed and carriage return are ordinary text in a cell.
    const pool = await call<{ aantal: number }>(backend, 'loting.pools.create', {
      naam: 'x',
      kolommen,
      rijen: [['a', 'Noord', 'regel 1\r\nregel 2\tmet tab']],
    });
    expect(pool.aantal).toBe(1);
    expect(await call<unknown[]>(backend, 'loting.pools.list', {})).toHaveLength(1);
  });

  it('reports quota that cannot be met as a failed job with the reason', async () => {
    backend = memoryBackend();
    const { gegevens, quota } = voorbeeld();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', { naam: 'p', ...gegevens });
    const onhaalbaar = quota.map((q) =>
      q.waarde === 'female' ? { ...q, min: 15 } : q.waarde === 'male' ? { ...q, min: 15 } : q,
    );
    const { taakId } = await call<{ taakId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen: { panelgrootte: 20, quota: onhaalbaar, huishoudensUitsluiten: false },
    });
    const status = await wachtOp(backend, taakId);
    expect(status.status).toBe('fout');
    expect(status.meldingen.join(' ')).toMatch(
      /gender: de minima vragen samen 30 plaatsen, maar het panel heeft er 20/,
    );
  });

  it('runs a re-selection round for the members who dropped out and stores it as the last draw', async () => {
    backend = memoryBackend();
    const { gegevens, quota } = voorbeeld();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', { naam: 'p', ...gegevens });
    const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
    const eerste = await call<{ taakId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      instellingen,
      seed: 5,
    });
    expect((await wachtOp(backend, eerste.taakId)).status).toBe('klaar');
    const detail = await call<{ trekking: { panel: number[]; reserves: number[] } }>(backend, 'loting.pools.get', {
      id: pool.id,
    });
    const [a, b] = detail.trekking.panel;
    await expect(
      call(backend, 'loting.reselect', { poolId: pool.id, afvallers: [detail.trekking.reserves[0]] }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Alleen panelleden kunnen afvallen.' });
    const { taakId, seed } = await call<{ taakId: string; seed: number }>(backend, 'loting.reselect', {
      poolId: pool.id,
      afvallers: [a, b],
      seed: 6,
    });
    expect(seed).toBe(6);
    expect((await wachtOp(backend, taakId)).status).toBe('klaar');
    const na = await call<{
      trekking: {
        panel: number[];
        kansen: number[];
        seed: number;
        herselectie: { openPlaatsen: number; vorigeSeed: number };
      };
    }>(backend, 'loting.pools.get', { id: pool.id });
    expect(na.trekking.seed).toBe(6);
    expect(na.trekking.herselectie).toMatchObject({ openPlaatsen: 2, vorigeSeed: 5 });
    expect(na.trekking.panel).toHaveLength(20);
    expect(na.trekking.panel).not.toContain(a);
    expect(na.trekking.panel).not.toContain(b);
    expect(na.trekking.kansen.reduce((x, y) => x + y, 0)).toBeCloseTo(2, 6);
  });
});
