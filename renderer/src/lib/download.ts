/**
 * The one download helper of the renderer: a file handed to the browser's (or Electron's) download,
 * nothing leaves the machine. Files from the API come base64 in the envelope.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Late enough for a slow disk to have started reading; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file that came back base64 in the API envelope. */
export function downloadBase64(base64: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mimeType }), fileName);
}

/** A text made in the renderer (UTF-8). */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** In the desktop app main shows the native save dialog; in the browser the file is downloaded. */
export const delivery = (): 'save' | 'download' =>
  typeof window !== 'undefined' && window.samenspel ? 'save' : 'download';

/**
 * Gzip + base64 of a project file's text: up to 10 MB of JSON then fits the browser mode's
 * 5 MB request cap (JSON compresses about tenfold). Main unpacks it with a size limit.
 */
export async function gzipBase64(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return blobToBase64(await new Response(stream).blob());
}
