import { buildDocument, spelregelsFor } from '../../../shared/document/build';
import { defaultProcesplaatPicture } from '../../../shared/document/procesplaat-figure';
import { ApiError } from '../../../shared/api/errors';
import { SectionId } from '../../../shared/document/model';
import {
  decodeProjectContent,
  exportDocument,
  exportProject,
  importProject,
  loadSource,
  today,
} from '../../export/service';
import type { Handler } from '../types';

export const exportPreview: Handler<'export.preview'> = async ({ trajectId }, { services }) => {
  const source = await loadSource(services, trajectId);
  const doc = buildDocument(source, { datum: today() });
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
};

export const saveSpelregels: Handler<'export.saveSpelregels'> = async (
  { trajectId, spelregels, expectedRevision },
  { services },
) => {
  if (!services.trajecten.get(trajectId))
    throw new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');
  // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
  const revision = services.spelregels.save(trajectId, spelregels, expectedRevision);
  const source = await loadSource(services, trajectId);
  return { spelregels: spelregelsFor(source), edited: source.spelregels !== undefined, revision };
};

export const exportDocumentHandler: Handler<'export.document'> = (input, { services }) =>
  exportDocument(services, input);

export const exportProjectHandler: Handler<'export.project'> = ({ trajectId, delivery }, { services }) =>
  exportProject(services, trajectId, delivery);

export const importProjectHandler: Handler<'export.importProject'> = ({ content }, { services }) =>
  importProject(services, decodeProjectContent(content));
