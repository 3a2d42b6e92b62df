import { describe, expect, it } from 'vitest';
import { createLimiter, MAX_PDF_RENDERS, pdfRenders } from '../../../main/export/queue';
import { renderDocument, type ExportHost } from '../../../main/export/render';
import { workshopReport } from '../../../shared/workshop/report';
import { sessie } from '../workshop/fixtures';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PDF queue', () => {
  it('runs at most two PDF renders at once; the rest wait and all finish', async () => {
    let bezig = 0;
    let piek = 0;
    let klaar = 0;
    const host: ExportHost = {
      async printPdf(html) {
        bezig++;
        piek = Math.max(piek, bezig);
        await wacht(20);
        bezig--;
        klaar++;
        return new TextEncoder().encode(`%PDF ${html.length}`);
      },
    };
    const doc = workshopReport(sessie(), { datum: '2025-03-12' });
    const renders = Array.from({ length: 12 }, () => renderDocument(doc, 'pdf', { host }));
    // renderDocument queues synchronously: two run, ten wait.
    expect(pdfRenders.running).toBe(MAX_PDF_RENDERS);
    expect(pdfRenders.waiting).toBe(10);
    const pdfs = await Promise.all(renders);
    expect(pdfs).toHaveLength(12);
    expect(klaar).toBe(12);
    expect(piek).toBe(2);
    expect(pdfRenders.running).toBe(0);
  });

  it('a failed render frees its place, and the order is first come, first served', async () => {
    const limiter = createLimiter(2);
    const volgorde: number[] = [];
    const taken = Array.from({ length: 6 }, (_, i) =>
      limiter(async () => {
        volgorde.push(i);
        await wacht(5);
        if (i % 2 === 0) throw new Error(`taak ${i} mislukt`);
        return i;
      }).catch((e: Error) => e.message),
    );
    expect(await Promise.all(taken)).toEqual(['taak 0 mislukt', 1, 'taak 2 mislukt', 3, 'taak 4 mislukt', 5]);
    expect(volgorde).toEqual([0, 1, 2, 3, 4, 5]);
    expect(limiter.running).toBe(0);
    // A job that throws synchronously frees its place too.
    await expect(
      limiter(() => {
        throw new Error('meteen');
      }),
    ).rejects.toThrow('meteen');
    expect(limiter.running).toBe(0);
  });
});
