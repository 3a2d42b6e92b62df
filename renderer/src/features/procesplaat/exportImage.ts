import { renderProcesplaatSvg } from '@shared/procesplaat/svg';
import type { Procesplaat } from '@shared/procesplaat/model';
import { downloadBlob } from '../../lib/download';
import { svgToPng } from '../../lib/svgToPng';

const fileName = (title: string, ext: string) =>
  `procesplaat-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'traject'
  }.${ext}`;

export function downloadSvg(plate: Procesplaat, title: string) {
  downloadBlob(new Blob([renderProcesplaatSvg(plate, { title })], { type: 'image/svg+xml' }), fileName(title, 'svg'));
}

export async function downloadPng(plate: Procesplaat, title: string) {
  downloadBlob(await svgToPng(renderProcesplaatSvg(plate, { title })), fileName(title, 'png'));
}
