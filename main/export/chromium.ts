import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumProcesses } from './queue';

/**
 * PDF and PNG through a headless Chromium process (browser mode and CLI; the desktop app prints
 * with Electron's own Chromium instead, see main/electron/export.ts). Debian's Chromium by
 * default; CHROMIUM_PATH points elsewhere. Work happens in a private temp folder that is always
 * removed, so nothing is left behind on error.
 */
export class ChromiumMissing extends Error {}

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--mute-audio',
  // The page is self-contained (data: URLs only); this keeps it from ever reaching the network.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** Starts Chromium once it has a place in the queue; the timeout counts from its start, not from the wait. */
function run(args: string[], timeoutMs: number): Promise<void> {
  return chromiumProcesses(() => runNow(args, timeoutMs));
}

async function runNow(args: string[], timeoutMs: number): Promise<void> {
  const path = chromiumPath();
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new ChromiumMissing(`Chromium niet gevonden op ${path}. Installeer Chromium of zet CHROMIUM_PATH.`);
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Chromium stopte met code ${code}: ${stderr}`));
    });
  });
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'samenspel-export-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints an HTML document to PDF; page size, margins and page numbers come from its @page CSS. */
export function htmlToPdf(html: string, timeoutMs = 30_000): Promise<Uint8Array> {
  return inTempDir(async (dir) => {
    const input = join(dir, 'document.html');
    const output = join(dir, 'document.pdf');
    await writeFile(input, html, 'utf8');
    await run(
      [
        ...FLAGS,
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        pathToFileURL(input).href,
      ],
      timeoutMs,
    );
    return new Uint8Array(await readFile(output));
  });
}

/** Draws an SVG as a PNG at twice its size (sharp enough for print), for the docx fallback image. */
export function svgToPng(svg: string, width: number, height: number, timeoutMs = 30_000): Promise<Uint8Array> {
  return inTempDir(async (dir) => {
    const input = join(dir, 'figuur.html');
    const output = join(dir, 'figuur.png');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    await writeFile(
      input,
      `<!doctype html><html><body style="margin:0;background:#fff"><img src="${src}" width="${width}" height="${height}" style="display:block"></body></html>`,
    );
    await run(
      [
        ...FLAGS,
        `--user-data-dir=${join(dir, 'profile')}`,
        '--hide-scrollbars',
        '--force-device-scale-factor=2',
        `--window-size=${Math.ceil(width)},${Math.ceil(height)}`,
        `--screenshot=${output}`,
        pathToFileURL(input).href,
      ],
      timeoutMs,
    );
    return new Uint8Array(await readFile(output));
  });
}
