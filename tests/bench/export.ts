import { buildDocument, prepareSource } from '../../shared/document/index';
import { exampleCasussen } from '../../shared/participatie/index';
import { svgToPng } from '../../main/export/chromium';
import { chromiumExportHost, renderDocument } from '../../main/export/render';
import { type BenchRow, summarise } from './types';

/** The workshop casus answers all five phases with the most instruments: the largest example. */
const largest = exampleCasussen['aardgasvrij-de-horst'];

async function measure(
  name: string,
  runs: number,
  work: () => Promise<unknown>,
  targetMs?: number,
  note?: string,
): Promise<BenchRow> {
  await work(); // warm-up: module loading and JIT are not what a user waits for on the second export
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return {
    name,
    ...summarise(samples),
    runs,
    ...(targetMs === undefined ? {} : { targetMs }),
    ...(note ? { note } : {}),
  };
}

export async function benchExport(): Promise<BenchRow[]> {
  const source = () => prepareSource({ ...largest, title: largest.titel, municipality: largest.gemeente });
  const fixed = await source();
  const doc = buildDocument(fixed, { date: '2026-11-22' });
  const figure = doc.sections.find((s) => s.id === 'procesplaat')!.blocks.find((b) => b.kind === 'figure')!;
  // The app draws the PNG on a canvas before it asks for a .docx; here Chromium draws it once.
  const png = figure.kind === 'figure' ? await svgToPng(figure.svg, figure.width, figure.height) : undefined;
  const host = chromiumExportHost;
  const whole = async (format: 'docx' | 'md' | 'pdf') => {
    const d = buildDocument(await source(), { date: '2026-11-22' });
    return renderDocument(d, format, { host, ...(png ? { figurePng: png } : {}) });
  };
  return [
    await measure('export: procesplaat genereren + layout (aardgasvrij)', 20, source),
    await measure(
      'export: .docx, van traject tot bestand (aardgasvrij)',
      20,
      () => whole('docx'),
      500,
      'met PNG van de procesplaat',
    ),
    await measure('export: Markdown, van traject tot bestand (aardgasvrij)', 20, () => whole('md')),
    await measure(
      'export: PDF via Chromium, van traject tot bestand (aardgasvrij)',
      5,
      () => whole('pdf'),
      2000,
      'start elke keer een Chromium',
    ),
  ];
}
