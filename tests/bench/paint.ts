import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { createDispatcher } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { startHost } from '../../main/host/server';
import { openServices } from '../../main/services';
import { summarise, type BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');

async function serveFolder(dir: string) {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : (req.url ?? ''));
    const body = await readFile(path).catch(() => undefined);
    res.writeHead(body ? 200 : 404, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/**
 * First contentful paint of each page, `runs` times, the pages taking turns in one browser so a
 * busy machine slows them alike (the ratio is what counts). A fresh context per load: no cache.
 */
async function firstContentfulPaints(
  urls: string[],
  runs: number,
  /** Per page, optionally: a selector whose appearance is measured too (the screen's own content). */
  ready: Array<string | undefined> = [],
): Promise<{ fcp: number[][]; ready: number[][] }> {
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const samples = urls.map(() => [] as number[]);
    const readySamples = urls.map(() => [] as number[]);
    for (let i = 0; i < runs + 1; i++) {
      for (const [j, url] of urls.entries()) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const fcp = await page.evaluate(
          () =>
            new Promise<number>((done) => {
              const seen = performance.getEntriesByName('first-contentful-paint')[0];
              if (seen) return done(seen.startTime);
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) done(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        const selector = ready[j];
        const shown = selector
          ? ((await (
              await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, {
                polling: 'raf',
                timeout: 30_000,
              })
            ).jsonValue()) as number)
          : undefined;
        // The first round warms up the browser and the servers.
        if (i > 0) {
          samples[j]!.push(fcp);
          if (shown !== undefined) readySamples[j]!.push(shown);
        }
        await context.close();
      }
    }
    return { fcp: samples, ready: readySamples };
  } finally {
    await browser.close();
  }
}

/** First contentful paint of the start screen, next to a blank Vite page built the same way. */
export async function benchPaint(runs = 15): Promise<BenchRow[]> {
  // BENCH_OUT: a build elsewhere (electron-vite build --outDir …), so a bench can run next to tests.
  const rendererDir = join(process.env.BENCH_OUT ?? join(root, 'out'), 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Bouw eerst de renderer: npm run build');
  const blankOut = mkdtempSync(join(tmpdir(), 'samenspel-blank-'));
  await build({
    root: join(root, 'tests/bench/blank'),
    logLevel: 'silent',
    build: { outDir: blankOut, emptyOutDir: true },
  });

  const services = openServices(mkdtempSync(join(tmpdir(), 'samenspel-bench-')), 'bench');
  const host = await startHost({ dispatch: createDispatcher(handlers, services), port: 0, rendererDir });
  const blank = await serveFolder(blankOut);
  try {
    // The start screen's own content: its first heading in the main area (the frame has none).
    const { fcp, ready } = await firstContentfulPaints([host.url, blank.url], runs, ['main h1, main h2']);
    const app = summarise(fcp[0]!);
    const floor = summarise(fcp[1]!);
    return [
      { name: 'First contentful paint: lege Vite-pagina (de bodem)', ...floor, runs },
      {
        name: 'First contentful paint: startscherm Samenspel',
        ...app,
        runs,
        targetMs: 2 * floor.medianMs,
        note: `verhouding ${(app.medianMs / floor.medianMs).toFixed(2)}× de bodem (doel: hoogstens 2×); het kader met kop en menu`,
      },
      {
        name: 'Startscherm Samenspel: inhoud getekend',
        ...summarise(ready[0]!),
        runs,
        note: 'navigatie → eerste kop van het startscherm in beeld (React en het startscherm geladen)',
      },
    ];
  } finally {
    blank.close();
    await host.close();
    services.close();
  }
}
