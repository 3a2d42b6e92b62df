import { mkdtempSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { createDispatcher } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { startHost } from '../../main/host/server';
import { openServices } from '../../main/services';
import { catalogue, exampleCasussen } from '../../shared/participatie/index';
import { generateProcesplaat } from '../../shared/procesplaat/generate';
import { layoutRows } from '../../shared/procesplaat/layout-rows';
import { syntheticPlate } from './procesplaat/synthetic';
import { summarise, type BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');
const NODES = 500;

async function serveFolder(dir: string) {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0]!);
    const body = await readFile(path).catch(() => undefined);
    res.writeHead(body ? 200 : 404, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/** Navigation start → all nodes in the DOM and a frame painted. */
async function timeToFirstRender(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, NODES, {
    timeout: 60_000,
    polling: 'raf',
  });
  return page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))));
}

/** Median frame time while the pane is dragged around for two seconds. */
async function panFrameTime(page: Page): Promise<number> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    let last = performance.now();
    const tick = (t) => {
      window.frames_.push(t - last);
      last = t;
      if (!window.stop_) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height - 30;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < 2000) {
    const phase = (i++ % 120) / 120;
    await page.mouse.move(
      cx + Math.sin(phase * 2 * Math.PI) * 200,
      cy - 10 - Math.abs(Math.cos(phase * 2 * Math.PI)) * 60,
    );
  }
  await page.mouse.up();
  const frames = (await page.evaluate(
    '(() => { window.stop_ = true; return window.frames_.slice(1); })()',
  )) as number[];
  return summarise(frames).medianMs;
}

/**
 * Drop → saved, measured in the page so the remote-control round trips of Playwright do not
 * count: from the pointerup event to the end of the save's response (the server answers after its
 * transaction committed). The same node is dragged a little each time.
 */
async function dragSaveTimes(page: Page, drags: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < drags; i++) {
    const target = page.locator('.react-flow__node[data-id="n3"]');
    const box = (await target.boundingBox())!;
    await page.evaluate(`(() => {
      window.drop_ = undefined;
      window.addEventListener('pointerup', (e) => { window.drop_ = e.timeStamp; }, { capture: true, once: true });
      performance.clearResourceTimings();
    })()`);
    await page.mouse.move(box.x + 40, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 90, box.y + 30 + (i % 2 ? -20 : 20), { steps: 5 });
    const saved = page.waitForResponse((r) => /\/rpc\/procesplaat\.(patch|save)$/.test(r.url()));
    await page.mouse.up();
    await saved;
    await expectText(page, 'Alle wijzigingen zijn opgeslagen.');
    times.push(
      (await page.evaluate(`(() => {
        const save = performance.getEntriesByType('resource').find((r) => /\\/rpc\\/procesplaat\\.(patch|save)$/.test(r.name));
        return save.responseEnd - window.drop_;
      })()`)) as number,
    );
  }
  return times;
}

/** The bundled casus with the most steps: the plate people will find slowest. */
const LARGEST = 'aardgasvrij-de-horst';
const LAPTOP = 1366 / (768 - 56);

/** Generating and laying out the largest casus's plate, as the editor's "Procesplaat maken" does. */
function generateTimes(runs: number): number[] {
  const answers = exampleCasussen[LARGEST].answers;
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    layoutRows(generateProcesplaat(answers, { catalogue }), { aspect: LAPTOP });
    if (i >= 3) times.push(performance.now() - start);
  }
  return times;
}

/**
 * Opening the procesplaat tab of a traject with the largest casus's plate, from another tab of
 * the traject: click → all steps drawn. A new browser context per run, so nothing is cached.
 * `settled`: the click comes when the traject page has finished loading (as a person reads the
 * page first), so the editor chunk that the page preloads when idle is in; otherwise the click
 * comes as soon as the tab link shows and the chunk may still be on its way.
 */
async function openTabTime(page: Page, url: string, nodes: number, settled: boolean): Promise<number> {
  await page.goto(url);
  const tab = page.getByRole('link', { name: 'Procesplaat' });
  await tab.waitFor();
  if (settled) await page.waitForLoadState('networkidle');
  await page.evaluate(`(() => {
    window.tabStart_ = undefined;
    document.addEventListener('click', (e) => { window.tabStart_ = e.timeStamp; }, { capture: true, once: true });
  })()`);
  await tab.click();
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, nodes, {
    timeout: 30_000,
    polling: 'raf',
  });
  return (await page.evaluate(
    '(new Promise((done) => requestAnimationFrame(() => done(performance.now() - window.tabStart_))))',
  )) as number;
}

async function expectText(page: Page, text: string) {
  await page.getByText(text).waitFor({ state: 'visible' });
}

/**
 * The editor with a 500-node, 700-edge procesplaat in Chromium, against bare React Flow with the
 * same nodes: first render, frame time while panning, and (editor only) drag stop → saved.
 */
export async function benchProcesplaat(runs = 3): Promise<BenchRow[]> {
  // BENCH_OUT: a build elsewhere (electron-vite build --outDir …), so a bench can run next to tests.
  const rendererDir = join(process.env.BENCH_OUT ?? join(root, 'out'), 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const bareOut = mkdtempSync(join(tmpdir(), 'samenspel-bare-flow-'));
  await build({
    root: join(root, 'tests/bench/procesplaat'),
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: bareOut, emptyOutDir: true },
  });

  const services = openServices(mkdtempSync(join(tmpdir(), 'samenspel-bench-')), 'bench');
  const casus = services.trajecten.create({ title: 'Aardgasvrij', municipality: '', vraagstuk: '' });
  const casusPlate = layoutRows(generateProcesplaat(exampleCasussen[LARGEST].answers, { catalogue }), {
    aspect: LAPTOP,
  });
  services.procesplaat.save(casus.id, casusPlate);
  const traject = services.trajecten.create({ title: 'Grote procesplaat', municipality: '', vraagstuk: '' });
  const plate = syntheticPlate(NODES, 700);
  services.procesplaat.save(traject.id, { ...plate, viewport: { x: 20, y: 100, zoom: 0.6 } });
  const host = await startHost({ dispatch: createDispatcher(handlers, services), port: 0, rendererDir });
  const bare = await serveFolder(bareOut);
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  const appUrl = `${host.url}#/traject/${traject.id}/procesplaat`;
  const samples = {
    app: [] as number[],
    bare: [] as number[],
    appPan: [] as number[],
    barePan: [] as number[],
    save: [] as number[],
    openTab: [] as number[],
    openTabCold: [] as number[],
  };
  try {
    for (let i = 0; i < Math.max(runs, 5); i++) {
      for (const settled of [true, false]) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        samples[settled ? 'openTab' : 'openTabCold'].push(
          await openTabTime(
            await context.newPage(),
            `${host.url}#/traject/${casus.id}/overview`,
            casusPlate.nodes.length,
            settled,
          ),
        );
        await context.close();
      }
    }
    for (let i = 0; i < runs; i++) {
      for (const [kind, url] of [
        ['app', appUrl],
        ['bare', bare.url],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
        const page = await context.newPage();
        samples[kind].push(await timeToFirstRender(page, url));
        samples[kind === 'app' ? 'appPan' : 'barePan'].push(await panFrameTime(page));
        if (kind === 'app') samples.save.push(...(await dragSaveTimes(page, 5)));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    bare.close();
    await host.close();
    services.close();
  }
  const app = summarise(samples.app);
  const floor = summarise(samples.bare);
  const appPan = summarise(samples.appPan);
  const barePan = summarise(samples.barePan);
  const generated = generateTimes(20);
  return [
    {
      name: 'Procesplaat, largest casus: generate and lay out',
      ...summarise(generated),
      runs: generated.length,
      targetMs: 300,
      note: `${LARGEST}, ${casusPlate.nodes.length} nodes; in Node, without a layout engine`,
    },
    {
      name: 'Procesplaat, largest casus: open the tab (with the editor chunk)',
      ...summarise(samples.openTab),
      runs: samples.openTab.length,
      targetMs: 300,
      note: 'click on the tab → all nodes drawn, 1366×768, empty cache; click once the traject page has loaded',
    },
    {
      name: 'Procesplaat, largest casus: open the tab, click at once',
      ...summarise(samples.openTabCold),
      runs: samples.openTabCold.length,
      note: 'click as soon as the tab is visible: the editor chunk may still be loading',
    },
    { name: `Procesplaat, ${NODES} nodes: bare React Flow, first render`, ...floor, runs },
    {
      name: `Procesplaat, ${NODES} nodes: editor, first render`,
      ...app,
      runs,
      targetMs: 1500,
      note: `ratio ${(app.medianMs / floor.medianMs).toFixed(2)}× bare React Flow`,
    },
    { name: 'Procesplaat: bare React Flow, frame time while panning (2 s)', ...barePan, runs },
    {
      name: 'Procesplaat: editor, frame time while panning (2 s)',
      ...appPan,
      runs,
      targetMs: 20,
      note: `ratio ${(appPan.medianMs / barePan.medianMs).toFixed(2)}× bare React Flow`,
    },
    {
      name: 'Procesplaat: drag released → saved',
      ...summarise(samples.save),
      runs: samples.save.length,
      targetMs: 50,
      note: 'measured in the page: pointerup → end of the procesplaat.patch response (only the changed node)',
    },
  ];
}
