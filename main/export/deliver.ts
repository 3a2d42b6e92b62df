import { ApiError } from '../../shared/api/errors';
import type { ExportResult } from '../../shared/document/api';
import type { ExportFormat } from '../../shared/document/formats';
import { exportMessages } from '../../shared/document/messages';
import type { DocumentModel } from '../../shared/document/model';
import { renderDocument, type ExportHost, type RenderOptions } from './render';

/**
 * The one way a file leaves the app: through the host's save dialog when asked (`save`, Electron),
 * otherwise as a download the renderer offers (browser mode). Nothing is written to disk here
 * unless the host's save dialog returns a path.
 */
export async function deliver(
  host: ExportHost,
  fileName: string,
  mimeType: string,
  bytes: Uint8Array,
  delivery: 'download' | 'save',
): Promise<ExportResult> {
  if (delivery === 'save' && host.saveFile) {
    const path = await host.saveFile(fileName, bytes);
    return path ? { kind: 'saved', fileName, path } : { kind: 'cancelled' };
  }
  return { kind: 'download', fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}

/** Renders a document for the user; a failed PDF says what to do instead of the generic INTERNAL text. */
export async function renderForExport(
  doc: DocumentModel,
  format: ExportFormat,
  options: RenderOptions,
): Promise<Uint8Array> {
  try {
    return await renderDocument(doc, format, options);
  } catch (error) {
    if (format === 'pdf') throw new ApiError('INTERNAL', exportMessages.pdfFailed);
    throw error;
  }
}
