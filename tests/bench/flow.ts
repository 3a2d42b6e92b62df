import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { createDispatcher } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { startHost } from '../../main/host/server';
import { openServices } from '../../main/services';
import { summarise, type BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');
const CHANGES = 50;

/**
 * Time from an answer change (a click on a goal or a room) to the advice panel being updated and
 * painted: the click happens in the page, a MutationObserver sees the panel change, and two
 * animation frames later the new advice is on screen.
 */
export async function benchFlow(): Promise<BenchRow[]> {
  const rendererDir = join(root, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Bouw eerst de renderer: npm run build');
  const services = openServices(mkdtempSync(join(tmpdir(), 'samenspel-bench-flow-')), 'bench');
  const traject = services.trajecten.create({ title: 'Bench', municipality: '', vraagstuk: '' });
  const host = await startHost({ dispatch: createDispatcher(handlers, services), port: 0, rendererDir });
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${host.url}#/traject/${traject.id}/phases/agendering`);
    await page.getByRole('heading', { name: 'Fase: Agendering' }).waitFor();
    const inputs = [
      '#agendering-doel-kennis-ophalen',
      '#agendering-doel-draagvlak',
      '#agendering-ruimte-beperkt',
      '#agendering-ruimte-groot',
      '#agendering-doelgroep-groepen-jongeren',
    ];
    const samples: number[] = [];
    for (let i = 0; i < CHANGES + 5; i++) {
      const ms = await page.evaluate(
        (selector) => {
          const panel = document.querySelector('[data-testid="advies"]')!;
          const input = document.querySelector<HTMLInputElement>(selector)!;
          return new Promise<number>((done) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
            });
            observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
            input.click();
          });
        },
        inputs[i % inputs.length]!,
      );
      if (i >= 5) samples.push(ms); // the first few warm up the JIT
    }
    const { medianMs, p95Ms } = summarise(samples);
    return [
      { name: 'Change an answer → advice panel updated and painted', medianMs, p95Ms, runs: CHANGES, targetMs: 50 },
    ];
  } finally {
    await browser.close();
    await host.close();
    services.close();
  }
}
