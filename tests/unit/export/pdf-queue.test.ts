import { describe, expect, it } from 'vitest';
import { createLimiter, MAX_PDF_RENDERS, pdfRenders } from '../../../main/export/queue';
import { renderDocument, type ExportHost } from '../../../main/export/render';
import { workshopReport } from '../../../shared/workshop/report';
import { session } from '../workshop/fixtures';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PDF queue', () => {
  it('runs at most two PDF renders at once; the rest wait and all finish', async () => {
    let running = 0;
    let peak = 0;
    let done = 0;
    const host: ExportHost = {
      async printPdf(html) {
        running++;
        peak = Math.max(peak, running);
        await wait(20);
        running--;
        done++;
        return new TextEncoder().encode(`%PDF ${html.length}`);
      },
    };
    const doc = workshopReport(session(), { date: '2025-03-12' });
    const renders = Array.from({ length: 12 }, () => renderDocument(doc, 'pdf', { host }));
    // renderDocument queues synchronously: two run, ten wait.
    expect(pdfRenders.running).toBe(MAX_PDF_RENDERS);
    expect(pdfRenders.waiting).toBe(10);
    const pdfs = await Promise.all(renders);
    expect(pdfs).toHaveLength(12);
    expect(done).toBe(12);
    expect(peak).toBe(2);
    expect(pdfRenders.running).toBe(0);
  });

  it('a failed render frees its place, and the order is first come, first served', async () => {
    const limiter = createLimiter(2);
    const order: number[] = [];
    const taken = Array.from({ length: 6 }, (_, i) =>
      limiter(async () => {
        order.push(i);
        await wait(5);
        if (i % 2 === 0) throw new Error(`taak ${i} mislukt`);
        return i;
      }).catch((e: Error) => e.message),
    );
    expect(await Promise.all(taken)).toEqual(['taak 0 mislukt', 1, 'taak 2 mislukt', 3, 'taak 4 mislukt', 5]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
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
