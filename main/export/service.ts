import { gunzipSync } from 'node:zlib';
import { ApiError } from '../../shared/api/errors';
import { buildDocument, prepareSource, type DocumentSource } from '../../shared/document/build';
import type { DocumentVariant } from '../../shared/document/variants';
import { localIsoDate } from '../../shared/format';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/document/formats';
import type { SectionId } from '../../shared/document/model';
import type { ExportResult } from '../../shared/document/api';
import { catalogue } from '../../shared/participatie/index';
import {
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FILE_EXTENSION,
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  parseProjectFile,
  serializeProjectFile,
  tooLargeMessage,
  type ProjectFile,
} from '../../shared/projectfile/index';
import type { Traject } from '../../shared/traject/traject';
import type { Services } from '../services';
import { CodesRepository } from '../db/repositories/codes';
import { renderDocument } from './render';
import { fileSlug } from './text';

/**
 * Export and import as domain operations on the services, shared by the API handlers and tests.
 * Nothing is written to disk here unless the host's save dialog returns a path.
 */

const notFound = () => new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');

function requireTraject(services: Services, trajectId: string): Traject {
  const traject = services.trajecten.get(trajectId);
  if (!traject) throw notFound();
  return traject;
}

/** The traject as a document source: stored answers, stored (or generated) procesplaat, edited spelregels. */
export async function loadSource(services: Services, trajectId: string): Promise<DocumentSource> {
  const traject = requireTraject(services, trajectId);
  const spelregels = services.spelregels.get(trajectId);
  // The participatiecode the traject follows (codes.linkTraject): the plan cites it and lists its checks.
  const code = traject.codeId ? new CodesRepository(services.db).get(traject.codeId)?.code : undefined;
  return prepareSource(
    {
      titel: traject.titel,
      gemeente: traject.gemeente,
      vraagstuk: traject.vraagstuk,
      answers: services.antwoorden.get(trajectId).answers,
      procesplaat: services.procesplaat.get(trajectId).plate,
      ...(spelregels ? { spelregels } : {}),
      ...(code ? { code } : {}),
    },
    catalogue,
  );
}

/** Today in the Netherlands (not UTC: between 00:00 and 02:00 that would be yesterday). */
export const today = (): string => localIsoDate();

/**
 * The one way a file leaves the app: through the host's save dialog when asked (`opslaan`, Electron),
 * otherwise as a download the renderer offers (browser mode).
 */
export async function deliver(
  services: Services,
  fileName: string,
  mimeType: string,
  bytes: Uint8Array,
  delivery: 'download' | 'opslaan',
): Promise<ExportResult> {
  const save = services.exportHost.saveFile;
  if (delivery === 'opslaan' && save) {
    const path = await save(fileName, bytes);
    return path ? { kind: 'opgeslagen', fileName, path } : { kind: 'geannuleerd' };
  }
  return { kind: 'download', fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}

export interface DocumentRequest {
  trajectId: string;
  format: ExportFormat;
  sections?: SectionId[];
  versie?: string;
  figurePng?: string;
  /** `plan` (default) or the one-page `paragraaf`; a traject without participation gets the motivering. */
  variant?: Extract<DocumentVariant, 'plan' | 'paragraaf'>;
  delivery: 'download' | 'opslaan';
}

export async function exportDocument(services: Services, request: DocumentRequest): Promise<ExportResult> {
  const source = await loadSource(services, request.trajectId);
  const doc = buildDocument(source, {
    datum: today(),
    ...(request.versie ? { versie: request.versie } : {}),
    ...(request.sections ? { sections: request.sections } : {}),
    ...(request.variant ? { variant: request.variant } : {}),
  });
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(doc, request.format, {
      host: services.exportHost,
      ...(request.figurePng ? { figurePng: new Uint8Array(Buffer.from(request.figurePng, 'base64')) } : {}),
    });
  } catch (error) {
    if (request.format === 'pdf') {
      throw new ApiError('INTERNAL', 'De PDF kon niet worden gemaakt. Kies Word of Markdown, of probeer het opnieuw.');
    }
    throw error;
  }
  const { extension, mimeType } = EXPORT_FORMATS[request.format];
  const prefix = {
    plan: 'participatieplan',
    paragraaf: 'participatieparagraaf',
    motivering: 'motivering-participatie',
  }[doc.variant ?? 'plan'];
  return deliver(services, `${prefix}-${fileSlug(source.titel)}${extension}`, mimeType, bytes, request.delivery);
}

/** The whole traject as a project file (procesplaat and spelregels only when they were stored). */
export function projectFor(services: Services, trajectId: string): ProjectFile {
  const traject = requireTraject(services, trajectId);
  const plate = services.procesplaat.get(trajectId).plate;
  const spelregels = services.spelregels.get(trajectId);
  return {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    app: { name: 'Samenspel', version: services.appVersion },
    traject: { titel: traject.titel, gemeente: traject.gemeente, vraagstuk: traject.vraagstuk },
    answers: services.antwoorden.get(trajectId).answers,
    ...(plate ? { procesplaat: plate } : {}),
    ...(spelregels ? { spelregels } : {}),
  };
}

export function exportProject(
  services: Services,
  trajectId: string,
  delivery: 'download' | 'opslaan',
): Promise<ExportResult> {
  const project = projectFor(services, trajectId);
  const bytes = new TextEncoder().encode(serializeProjectFile(project));
  return deliver(
    services,
    `${fileSlug(project.traject.titel)}${PROJECT_FILE_EXTENSION}`,
    'application/json',
    bytes,
    delivery,
  );
}

/** Decodes what the app sent; a gzip bomb stops at the size limit instead of filling memory. */
export function decodeProjectContent(
  content: { encoding: 'text'; text: string } | { encoding: 'gzip-base64'; data: string },
): string {
  if (content.encoding === 'text') return content.text;
  let raw: Buffer;
  try {
    raw = gunzipSync(Buffer.from(content.data, 'base64'), { maxOutputLength: MAX_PROJECT_FILE_BYTES + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ApiError('TOO_LARGE', tooLargeMessage(MAX_PROJECT_FILE_BYTES + 1));
    throw new ApiError('INVALID_INPUT', 'Het projectbestand kon niet worden gelezen: de verpakking is beschadigd.');
  }
  if (raw.length > MAX_PROJECT_FILE_BYTES) throw new ApiError('TOO_LARGE', tooLargeMessage(raw.length));
  return raw.toString('utf8');
}

/**
 * Creates a NEW traject from a project file, in one transaction: on any error nothing is written.
 * Errors are Dutch and name the field, as `issues` so the UI can list them.
 */
export function importProject(services: Services, text: string): { traject: Traject; migratedFrom?: number } {
  const parsed = parseProjectFile(text);
  if (!parsed.ok) {
    const issues = parsed.errors.map((message) => ({ path: [], message }));
    if (parsed.tooLarge) throw new ApiError('TOO_LARGE', parsed.errors[0]!);
    throw new ApiError('INVALID_INPUT', `Dit projectbestand kan niet worden geïmporteerd: ${parsed.errors[0]}`, issues);
  }
  const project = parsed.value;
  const traject = services.db.transaction(() => {
    const created = services.trajecten.create({ ...project.traject });
    services.antwoorden.save(created.id, project.answers);
    if (project.procesplaat) services.procesplaat.save(created.id, project.procesplaat);
    if (project.spelregels) services.spelregels.save(created.id, project.spelregels);
    return services.trajecten.get(created.id) ?? created;
  })();
  return parsed.migratedFrom ? { traject, migratedFrom: parsed.migratedFrom } : { traject };
}
