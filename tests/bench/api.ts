import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { startHost } from '../../main/host/server';
import { openServices } from '../../main/services';
import { summarise, type BenchRow } from './types';

export async function benchApi(): Promise<BenchRow[]> {
  const services = openServices(mkdtempSync(join(tmpdir(), 'samenspel-bench-')), 'bench');
  const dispatch = createDispatcher(handlers, services);
  const host = await startHost({ dispatch, port: 0 });
  try {
    const { id } = services.trajecten.create({ title: 'Meetpunt', municipality: 'Bench', vraagstuk: '' });
    const call = async () => {
      const res = await fetch(`${host.url}rpc/trajecten.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      const body = (await res.json()) as { ok: boolean };
      if (!body.ok) throw new Error('bench-aanroep mislukt');
    };
    for (let i = 0; i < 50; i++) await call(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now();
      await call();
      samples.push(performance.now() - t0);
    }

    const createSamples: number[] = [];
    const start = performance.now();
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now();
      const result = await dispatch('trajecten.create', { title: `Traject ${i}`, municipality: 'Bench' }, 'http');
      if (!result.ok) throw new Error(result.error.message);
      createSamples.push(performance.now() - t0);
    }
    const total = performance.now() - start;

    return [
      { name: 'API-rondreis over HTTP (trajecten.get)', ...summarise(samples), runs: samples.length },
      {
        name: '1000 trajecten aanmaken (dispatcher + SQLite-bestand)',
        ...summarise(createSamples),
        runs: createSamples.length,
        note: `totaal ${total.toFixed(0)} ms`,
      },
    ];
  } finally {
    await host.close();
    services.close();
  }
}
