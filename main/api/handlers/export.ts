import { gunzipSync } from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';
import { buildDocument, prepareSource, spelregelsFor, type DocumentSource } from '../../../shared/document/build';
import { EXPORT_FORMATS } from '../../../shared/document/formats';
import { exportMessages } from '../../../shared/document/messages';
import { SectionId } from '../../../shared/document/model';
import { defaultProcesplaatPicture } from '../../../shared/document/procesplaat-figure';
import { localIsoDate } from '../../../shared/format';
import { catalogue } from '../../../shared/participatie/index';
import {
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FILE_EXTENSION,
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  parseProjectFile,
  projectCodeLink,
  serializeProjectFile,
  tooLargeMessage,
  type ProjectCode,
  type ProjectFile,
} from '../../../shared/projectfile/index';
import { createWithContent } from '../../db/repositories/traject-content';
import { deliver, renderForExport } from '../../export/deliver';
import { fileSlug } from '../../export/text';
import type { Services } from '../../services';
import type { DomainHandlers } from '../types';

/**
 * Export and import of a traject: the participatieplan (and its paragraaf and motivering), the
 * edited spelregels and the project file. The document itself is built in shared/document; here
 * the stored traject is read, rendered and delivered.
 */

/** The traject as a document source: stored answers, stored (or generated) procesplaat, edited spelregels. */
function loadSource(services: Services, trajectId: string): Promise<DocumentSource> {
  const traject = services.trajecten.require(trajectId);
  const spelregels = services.spelregels.get(trajectId);
  // The participatiecode the traject follows (codes.linkTraject): the plan cites it and lists its checks.
  const code = traject.codeId ? services.codes.get(traject.codeId)?.code : undefined;
  return prepareSource(
    {
      title: traject.title,
      municipality: traject.municipality,
      vraagstuk: traject.vraagstuk,
      answers: services.answers.get(trajectId).answers,
      procesplaat: services.procesplaat.get(trajectId).plate,
      ...(spelregels ? { spelregels } : {}),
      ...(code ? { code } : {}),
    },
    catalogue,
  );
}

/** The whole traject as a project file (procesplaat and spelregels only when they were stored). */
function projectFor(services: Services, trajectId: string): ProjectFile {
  const traject = services.trajecten.require(trajectId);
  const plate = services.procesplaat.get(trajectId).plate;
  const spelregels = services.spelregels.get(trajectId);
  // The participatiecode the traject follows travels with it (id, revision, name and a copy).
  const codeId = services.codes.codeIdOfTraject(trajectId);
  const code = codeId ? services.codes.get(codeId) : undefined;
  return {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    app: { name: 'Samenspel', version: services.appVersion },
    traject: { title: traject.title, municipality: traject.municipality, vraagstuk: traject.vraagstuk },
    answers: services.answers.get(trajectId).answers,
    ...(plate ? { procesplaat: plate } : {}),
    ...(spelregels ? { spelregels } : {}),
    ...(code ? { code: { id: code.id, revision: code.revision, name: code.naam, choices: code.code } } : {}),
  };
}

/**
 * Links an imported traject to the participatiecode its file carries: the same code when this
 * database has it (same choices), otherwise a new code made from the file's copy.
 */
function linkProjectCode(services: Services, trajectId: string, file: ProjectCode): void {
  const choice = projectCodeLink(
    file,
    services.codes.list().map((c) => ({ id: c.id, code: c.code })),
  );
  const codeId = choice.kind === 'link' ? choice.codeId : services.codes.create(choice.name, choice.code).id;
  services.codes.link(trajectId, codeId);
}

/** Decodes what the app sent; a gzip bomb stops at the size limit instead of filling memory. */
function decodeProjectContent(
  content: { encoding: 'text'; text: string } | { encoding: 'gzip-base64'; data: string },
): string {
  if (content.encoding === 'text') return content.text;
  let raw: Buffer;
  try {
    raw = gunzipSync(Buffer.from(content.data, 'base64'), { maxOutputLength: MAX_PROJECT_FILE_BYTES + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ApiError('TOO_LARGE', tooLargeMessage(MAX_PROJECT_FILE_BYTES + 1));
    throw new ApiError('INVALID_INPUT', exportMessages.projectPackageDamaged);
  }
  if (raw.length > MAX_PROJECT_FILE_BYTES) throw new ApiError('TOO_LARGE', tooLargeMessage(raw.length));
  return raw.toString('utf8');
}

const documentPrefix = {
  plan: 'participatieplan',
  paragraaf: 'participatieparagraaf',
  motivering: 'motivering-participatie',
} as const;

export const exportHandlers: DomainHandlers<'export'> = {
  'export.preview': async ({ trajectId }, { services }) => {
    const source = await loadSource(services, trajectId);
    // The document date is the Dutch calendar date (between 00:00 and 02:00 UTC is still yesterday).
    const doc = buildDocument(source, { date: localIsoDate() });
    return {
      // The sections a user can choose: the plan's. A motivering (no participation at all) has its
      // own fixed sections, which are not offered as choices.
      sections: doc.sections.flatMap((s) => {
        const id = SectionId.safeParse(s.id);
        return id.success ? [{ id: id.data, title: s.title }] : [];
      }),
      spelregels: spelregelsFor(source),
      edited: source.spelregels !== undefined,
      revision: services.spelregels.revision(trajectId),
      figure: defaultProcesplaatPicture(source.procesplaat),
    };
  },

  'export.saveSpelregels': async ({ trajectId, spelregels, expectedRevision }, { services }) => {
    services.trajecten.require(trajectId);
    // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
    const revision = services.spelregels.save(trajectId, spelregels, expectedRevision);
    const source = await loadSource(services, trajectId);
    return { spelregels: spelregelsFor(source), edited: source.spelregels !== undefined, revision };
  },

  'export.document': async (request, { services }) => {
    const source = await loadSource(services, request.trajectId);
    const doc = buildDocument(source, {
      date: localIsoDate(),
      ...(request.version ? { version: request.version } : {}),
      ...(request.sections ? { sections: request.sections } : {}),
      ...(request.variant ? { variant: request.variant } : {}),
    });
    const bytes = await renderForExport(doc, request.format, {
      host: services.exportHost,
      ...(request.figurePng ? { figurePng: new Uint8Array(Buffer.from(request.figurePng, 'base64')) } : {}),
    });
    const { extension, mimeType } = EXPORT_FORMATS[request.format];
    const fileName = `${documentPrefix[doc.variant ?? 'plan']}-${fileSlug(source.title)}${extension}`;
    return deliver(services.exportHost, fileName, mimeType, bytes, request.delivery);
  },

  'export.project': ({ trajectId, delivery }, { services }) => {
    const project = projectFor(services, trajectId);
    const bytes = new TextEncoder().encode(serializeProjectFile(project));
    const fileName = `${fileSlug(project.traject.title)}${PROJECT_FILE_EXTENSION}`;
    return deliver(services.exportHost, fileName, 'application/json', bytes, delivery);
  },

  /**
   * Creates a NEW traject from a project file, in one transaction: on any error nothing is written.
   * Errors are Dutch and name the field, as `issues` so the UI can list them.
   */
  'export.importProject': ({ content }, { services }) => {
    const parsed = parseProjectFile(decodeProjectContent(content));
    if (!parsed.ok) {
      const issues = parsed.errors.map((message) => ({ path: [], message }));
      if (parsed.tooLarge) throw new ApiError('TOO_LARGE', parsed.errors[0]!);
      throw new ApiError('INVALID_INPUT', exportMessages.projectNotImportable(parsed.errors[0] ?? ''), issues);
    }
    const project = parsed.value;
    // One transaction with the link to its code: on any error nothing is written.
    const traject = services.db.transaction(() => {
      const created = createWithContent(services, {
        details: project.traject,
        answers: project.answers,
        procesplaat: project.procesplaat,
        spelregels: project.spelregels,
      }).traject;
      if (!project.code) return created;
      linkProjectCode(services, created.id, project.code);
      return services.trajecten.require(created.id);
    })();
    return parsed.migratedFrom ? { traject, migratedFrom: parsed.migratedFrom } : { traject };
  },
};
