import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '../../../shared/loting/model';
import type { JobStatus } from '../../../shared/loting/api';
import { memoryBackend } from '../../support/services';
import { example } from './helpers';
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

async function waitForJob(b: Backend, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 200; i++) {
    const s = await call<JobStatus>(b, 'loting.computeStatus', { jobId });
    if (s.status !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('te langzaam');
}

describe('loting API', () => {
  it('stores a pool, computes in the background, exports only chosen columns and deletes everything', async () => {
    backend = memoryBackend();
    const { poolData, quota } = example();
    const columns = [{ name: 'id', role: 'id' as const }, { name: 'naam', role: 'keep' as const }, ...poolData.columns];
    const rows = poolData.rows.map((r, i) => [`R${i + 1}`, `Persoon ${i + 1}`, ...r]);
    const pool = await call<{ id: string; size: number }>(backend, 'loting.pools.create', {
      name: 'Burgerberaad',
      columns,
      rows: rows,
    });
    expect(pool.size).toBe(200);

    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    expect(await call(backend, 'loting.validate', { poolId: pool.id, settings })).toEqual([]);
    const { jobId, seed } = await call<{ jobId: string; seed: number }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings,
      seed: 99,
    });
    expect(seed).toBe(99);
    expect((await waitForJob(backend, jobId)).status).toBe('done');

    const detail = await call<{
      draw: { panel: number[]; minimum: number; seed: number };
      people: Record<string, string[]>;
      settings: unknown;
    }>(backend, 'loting.pools.get', { id: pool.id });
    expect(detail.draw.seed).toBe(99);
    expect(detail.draw.minimum).toBeCloseTo(0.1, 3);
    expect(detail.settings).toEqual(settings);
    expect(detail.people[String(detail.draw.panel[0])]![0]).toMatch(/^R\d+$/);

    const csv = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'panel-csv',
      columns: [],
    });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFid;kans;nummer');
    expect(text).not.toContain('Persoon');
    const withName = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'panel-csv',
      columns: ['naam'],
    });
    expect(Buffer.from(withName.base64, 'base64').toString('utf8')).toContain('Persoon');
    // The comma variant on request: commas and a decimal point, still with the BOM.
    const comma = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'probabilities-csv',
      columns: [],
      csvVariant: 'comma',
    });
    const commaLines = Buffer.from(comma.base64, 'base64').toString('utf8').split('\r\n');
    expect(commaLines[0]).toBe('\uFEFFid,kans_leximin,kans_gretig,in_panel');
    expect(commaLines[1]).toMatch(/^R1,0\.\d+,0\.\d+,[01]$/);
    const semicolon = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'probabilities-csv',
      columns: [],
    });
    expect(Buffer.from(semicolon.base64, 'base64').toString('utf8').split('\r\n')[1]).toMatch(/^R1;0,\d+;0,\d+;[01]$/);
    await expect(
      call(backend, 'loting.export', { poolId: pool.id, kind: 'probabilities-csv', columns: [], csvVariant: 'tab' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const docx = await call<{ base64: string; fileName: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'docx',
      columns: [],
    });
    expect(docx.fileName).toMatch(/^burgerberaad-\d{4}-\d{2}-\d{2}-verslag-loting\.docx$/);
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const md = await call<{ base64: string }>(backend, 'loting.export', { poolId: pool.id, kind: 'md', columns: [] });
    expect(Buffer.from(md.base64, 'base64').toString()).toContain('| Startgetal (seed) | 99 |');

    await call(backend, 'loting.pools.delete', { id: pool.id });
    await expect(call(backend, 'loting.pools.get', { id: pool.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(backend.services.db.prepare('SELECT count(*) AS n FROM loting_draws').get()).toEqual({ n: 0 });
  });

  it('draws verifiably in two steps, shows trial panels without recording them, and names files after the pool', async () => {
    backend = memoryBackend();
    const { poolData, quota } = example();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', {
      name: 'Burgerberaad Zuid',
      columns: poolData.columns,
      rows: poolData.rows,
    });
    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    await expect(call(backend, 'loting.trialDraw', { poolId: pool.id, count: 2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { jobId } = await call<{ jobId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings,
      commitment: { kind: 'public-source', description: 'Staatsloterij 10 januari 2027, eerste prijs' },
    });
    expect((await waitForJob(backend, jobId)).status).toBe('done');
    const step1 = await call<{ draw: LotingResult; fingerprint: string }>(backend, 'loting.pools.get', {
      id: pool.id,
    });
    expect(step1.draw.verification?.phase).toBe('published');
    expect(step1.draw.panel).toEqual([]);
    expect(step1.draw.poolFingerprint).toBe(step1.fingerprint);
    const json = await call<{ base64: string; fileName: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'distribution-json',
      columns: [],
    });
    expect(json.fileName).toMatch(/^burgerberaad-zuid-\d{4}-\d{2}-\d{2}-verdeling\.json$/);
    const publication: unknown = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));

    const trial = await call<{ panels: Array<{ members: number[] }>; people: Record<string, string[]> }>(
      backend,
      'loting.trialDraw',
      { poolId: pool.id, count: 3 },
    );
    expect(trial.panels).toHaveLength(3);
    expect(trial.panels.every((p) => p.members.length === 20)).toBe(true);
    const afterTrial = await call<{ draw: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(afterTrial.draw.verification?.phase).toBe('published');

    await call(backend, 'loting.draw', { poolId: pool.id, value: '1 7 23 31 40 45' });
    const step2 = await call<{ draw: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(step2.draw.panel).toHaveLength(20);
    expect(step2.draw.verification).toMatchObject({ phase: 'drawn', value: '1 7 23 31 40 45' });
    expect(
      verifyPublication(
        publication,
        '1 7 23 31 40 45',
        step2.draw.panel.map((p) => p + 1),
      ).ok,
    ).toBe(true);
    expect(
      verifyPublication(
        publication,
        '1 7 23 31 40 46',
        step2.draw.panel.map((p) => p + 1),
      ).ok,
    ).toBe(false);
    await expect(call(backend, 'loting.draw', { poolId: pool.id, value: '2' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    // A value announced before the pool closed: published and drawn in one go.
    const announced = await call<{ jobId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings,
      commitment: { kind: 'announced', description: 'Gemeenteblad 1 maart', value: '8812' },
    });
    expect((await waitForJob(backend, announced.jobId)).status).toBe('done');
    const direct = await call<{ draw: LotingResult }>(backend, 'loting.pools.get', { id: pool.id });
    expect(direct.draw.verification).toMatchObject({ phase: 'drawn', value: '8812' });
    expect(direct.draw.panel).toHaveLength(20);
    const json2 = await call<{ base64: string }>(backend, 'loting.export', {
      poolId: pool.id,
      kind: 'distribution-json',
      columns: [],
    });
    const publication2: unknown = JSON.parse(Buffer.from(json2.base64, 'base64').toString('utf8'));
    expect(verifyPublication(publication2, '8812').ok).toBe(true);
    expect(verifyPublication(publication2, '8813').ok).toBe(false);
    await expect(
      call(backend, 'loting.compute', {
        poolId: pool.id,
        settings,
        commitment: { kind: 'announced', description: 'Gemeenteblad 1 maart' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  }, 30_000);

  it('refuses pools with duplicate ids, ignored columns or too many rows, storing nothing', async () => {
    backend = memoryBackend();
    const columns = [
      { name: 'id', role: 'id' },
      { name: 'wijk', role: 'feature' },
    ];
    await expect(
      call(backend, 'loting.pools.create', {
        name: 'x',
        columns,
        rows: [
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
        name: 'x',
        columns: [...columns, { name: 'mail', role: 'ignore' }],
        rows: [['a', 'N', 'm']],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const tooMany = Array.from({ length: limits.maxRespondents + 1 }, (_, i) => [String(i), 'N']);
    await expect(call(backend, 'loting.pools.create', { name: 'x', columns, rows: tooMany })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await call(backend, 'loting.pools.list', {})).toEqual([]);
  });

  it('refuses NUL and other control characters in a cell, naming the row and the column, storing nothing', async () => {
    backend = memoryBackend();
    const columns = [
      { name: 'id', role: 'id' },
      { name: 'wijk', role: 'feature' },
      { name: 'opmerking', role: 'keep' },
    ];
    for (const char of ['\u0000', '\u0007', '\u001b', '\u000b']) {
      const r = await backend.dispatch(
        'loting.pools.create',
        {
          name: 'x',
          columns,
          rows: [
            ['a', 'Noord', 'ok'],
            ['b', 'Zuid', `tekst${char}met teken`],
          ],
        },
        'http',
      );
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.issues).toEqual([
        {
          path: ['rows', 1, 2],
          message:
            'Rij 3, kolom “opmerking” bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg in het bestand en lees het opnieuw in.',
        },
      ]);
    }
    // Tab, line feed and carriage return are ordinary text in a cell.
    const pool = await call<{ size: number }>(backend, 'loting.pools.create', {
      name: 'x',
      columns,
      rows: [['a', 'Noord', 'regel 1\r\nregel 2\tmet tab']],
    });
    expect(pool.size).toBe(1);
    expect(await call<unknown[]>(backend, 'loting.pools.list', {})).toHaveLength(1);
  });

  it('reports quota that cannot be met as a failed job with the reason', async () => {
    backend = memoryBackend();
    const { poolData, quota } = example();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', {
      name: 'p',
      columns: poolData.columns,
      rows: poolData.rows,
    });
    const infeasible = quota.map((q) =>
      q.value === 'female' ? { ...q, min: 15 } : q.value === 'male' ? { ...q, min: 15 } : q,
    );
    const { jobId } = await call<{ jobId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings: { panelSize: 20, quota: infeasible, excludeHouseholds: false },
    });
    const status = await waitForJob(backend, jobId);
    expect(status.status).toBe('error');
    expect(status.messages.join(' ')).toMatch(/gender: de minima vragen samen 30 plaatsen, maar het panel heeft er 20/);
  });

  it('runs a re-selection round for the members who dropped out and stores it as the last draw', async () => {
    backend = memoryBackend();
    const { poolData, quota } = example();
    const pool = await call<{ id: string }>(backend, 'loting.pools.create', {
      name: 'p',
      columns: poolData.columns,
      rows: poolData.rows,
    });
    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    const first = await call<{ jobId: string }>(backend, 'loting.compute', {
      poolId: pool.id,
      settings,
      seed: 5,
    });
    expect((await waitForJob(backend, first.jobId)).status).toBe('done');
    const detail = await call<{ draw: { panel: number[]; reserves: number[] } }>(backend, 'loting.pools.get', {
      id: pool.id,
    });
    const [a, b] = detail.draw.panel;
    await expect(
      call(backend, 'loting.reselect', { poolId: pool.id, dropouts: [detail.draw.reserves[0]] }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Alleen panelleden kunnen afvallen.' });
    const { jobId, seed } = await call<{ jobId: string; seed: number }>(backend, 'loting.reselect', {
      poolId: pool.id,
      dropouts: [a, b],
      seed: 6,
    });
    expect(seed).toBe(6);
    expect((await waitForJob(backend, jobId)).status).toBe('done');
    const after = await call<{
      draw: {
        panel: number[];
        probabilities: number[];
        seed: number;
        reselection: { openSeats: number; previousSeed: number };
      };
    }>(backend, 'loting.pools.get', { id: pool.id });
    expect(after.draw.seed).toBe(6);
    expect(after.draw.reselection).toMatchObject({ openSeats: 2, previousSeed: 5 });
    expect(after.draw.panel).toHaveLength(20);
    expect(after.draw.panel).not.toContain(a);
    expect(after.draw.panel).not.toContain(b);
    expect(after.draw.probabilities.reduce((x, y) => x + y, 0)).toBeCloseTo(2, 6);
  });
});
