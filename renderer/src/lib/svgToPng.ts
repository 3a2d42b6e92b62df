import { errorText } from './errorText';

/** A4 landscape at 200 dpi: sharp in print, small enough for a Word document. */
export const PNG_SIZE = { width: 2339, height: 1654 };

/** PNG from an SVG, drawn on a canvas: no second drawing code, and it stays offline. */
export async function svgToPng(svg: string, size = PNG_SIZE): Promise<Blob> {
  const sized = svg.replace(/width="[\d.]+mm" height="[\d.]+mm"/, `width="${size.width}" height="${size.height}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image(size.width, size.height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(errorText('errors.imageFailed')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(errorText('errors.imageFailed'));
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(errorText('errors.imageFailed')))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
