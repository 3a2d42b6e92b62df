import { BrowserWindow, dialog } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { ExportHost } from '../export/render';

/**
 * The desktop app's export host: PDF through Electron's own Chromium (printToPDF, no separate
 * browser needed) and the native save dialog. Kept thin; all document logic lives in main/export.
 */
const filters: Record<string, Electron.FileFilter> = {
  '.docx': { name: 'Word-document', extensions: ['docx'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.samenspel': { name: 'Samenspel-project', extensions: ['samenspel'] },
};

export function electronExportHost(
  parent: () => BrowserWindow | undefined,
  rasterize?: ExportHost['rasterize'],
): ExportHost {
  return {
    ...(rasterize ? { rasterize } : {}),
    async printPdf(html) {
      const dir = await mkdtemp(join(tmpdir(), 'samenspel-pdf-'));
      // Offscreen, no preload, no script: the page is static HTML with data: images only.
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, javascript: false, contextIsolation: true },
      });
      try {
        const file = join(dir, 'document.html');
        await writeFile(file, html, 'utf8');
        await win.loadFile(file);
        return new Uint8Array(await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
    async saveFile(suggestedName, bytes) {
      const filter = filters[extname(suggestedName)];
      const owner = parent();
      const options: Electron.SaveDialogOptions = {
        defaultPath: suggestedName,
        ...(filter ? { filters: [filter] } : {}),
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return undefined;
      await writeFile(result.filePath, bytes);
      return result.filePath;
    },
  };
}
