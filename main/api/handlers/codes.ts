import { ApiError } from '../../../shared/api/errors';
import type { CodeSamenvatting, OpgeslagenCode } from '../../../shared/code/api';
import { vergelijkCodes } from '../../../shared/code/compare';
import { standaardCode } from '../../../shared/code/defaults';
import { codeDocument, type CodeVariant } from '../../../shared/code/documenten';
import { CODE_FILE_EXTENSION, parseCodeFile, serializeCodeFile } from '../../../shared/code/file';
import { standaardProces } from '../../../shared/code/process';
import type { ParticipatieCode } from '../../../shared/code/schema';
import { codeChecksForTraject } from '../../../shared/code/traject-checks';
import { citeertitel } from '../../../shared/code/verordening';
import { voorbeeldCodes } from '../../../shared/code/voorbeelden/index';
import { EXPORT_FORMATS } from '../../../shared/document/formats';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import type { Db } from '../../db/open';
import { CodesRepository, type StoredCode } from '../../db/repositories/codes';
import { deliver, today } from '../../export/service';
import { renderDocument } from '../../export/render';
import { fileSlug } from '../../export/text';
import type { Services } from '../../services';
import type { Handler } from '../types';

/**
 * The participatiecode methods. The repository is made per database here (one per open
 * database, kept as long as the database lives), so the services need no new field.
 */
const repositories = new WeakMap<Db, CodesRepository>();
export function codesRepository(services: Pick<Services, 'db'>): CodesRepository {
  let repo = repositories.get(services.db);
  if (!repo) {
    repo = new CodesRepository(services.db);
    repositories.set(services.db, repo);
  }
  return repo;
}

const codeNotFound = () =>
  new ApiError('NOT_FOUND', 'Deze participatiecode bestaat niet (meer). Misschien is ze verwijderd.');
const trajectNotFound = () =>
  new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');

function samenvatting(s: StoredCode): CodeSamenvatting {
  return {
    id: s.id,
    naam: s.naam,
    gemeente: s.gemeente,
    jaar: s.code.jaar,
    citeertitel: citeertitel(s.code),
    revision: s.revision,
    trajecten: s.trajectIds.length,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function opgeslagen(s: StoredCode): OpgeslagenCode {
  return { ...samenvatting(s), code: s.code, trajectIds: s.trajectIds, procesBewerkt: s.proces !== null };
}

function requireCode(services: Services, id: string): StoredCode {
  const stored = codesRepository(services).get(id);
  if (!stored) throw codeNotFound();
  return stored;
}

export const listCodes: Handler<'codes.list'> = (_input, { services }) =>
  codesRepository(services).list().map(samenvatting);

export const getCode: Handler<'codes.get'> = ({ id }, { services }) => opgeslagen(requireCode(services, id));

export const createCode: Handler<'codes.create'> = ({ bron, naam }, { services }) => {
  const code: ParticipatieCode =
    bron.soort === 'standaard' ? standaardCode(bron.gemeente, bron.jaar) : structuredClone(voorbeeldCodes[bron.id]);
  return opgeslagen(codesRepository(services).create(naam ?? citeertitel(code), code));
};

export const updateCode: Handler<'codes.update'> = ({ id, expectedRevision, naam, code }, { services }) => {
  const stored = codesRepository(services).update(id, expectedRevision, { naam, code });
  if (!stored) throw codeNotFound();
  return opgeslagen(stored);
};

export const deleteCode: Handler<'codes.delete'> = ({ id }, { services }) => {
  const ontkoppeld = codesRepository(services).delete(id);
  if (ontkoppeld === undefined) throw codeNotFound();
  return { id, ontkoppeld };
};

export const importCode: Handler<'codes.import'> = ({ text, naam }, { services }) => {
  const parsed = parseCodeFile(text);
  if (!parsed.ok) {
    if (parsed.tooLarge) throw new ApiError('TOO_LARGE', parsed.errors[0]!);
    throw new ApiError(
      'INVALID_INPUT',
      `Deze participatiecode kan niet worden geïmporteerd: ${parsed.errors[0]}`,
      parsed.errors.map((message) => ({ path: [], message })),
    );
  }
  return opgeslagen(codesRepository(services).create(naam ?? citeertitel(parsed.value), parsed.value));
};

const DOCUMENT_NAAM: Record<CodeVariant, string> = {
  verordening: 'participatieverordening',
  toelichting: 'toelichting-participatieverordening',
  beleid: 'participatiebeleid',
  kaart: 'spelregelkaart',
};

export const exportCode: Handler<'codes.export'> = async ({ id, soort, delivery }, { services }) => {
  const { code } = requireCode(services, id);
  const slug = fileSlug(`${code.gemeente} ${code.jaar}`);
  if (soort.wat === 'bestand') {
    const bytes = new TextEncoder().encode(serializeCodeFile(code, { version: services.appVersion }));
    return deliver(services, `participatiecode-${slug}${CODE_FILE_EXTENSION}`, 'application/json', bytes, delivery);
  }
  const doc = codeDocument(code, soort.variant, { datum: today(), ...(soort.versie ? { versie: soort.versie } : {}) });
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(doc, soort.format, { host: services.exportHost });
  } catch (error) {
    if (soort.format === 'pdf')
      throw new ApiError('INTERNAL', 'De PDF kon niet worden gemaakt. Kies Word of Markdown, of probeer het opnieuw.');
    throw error;
  }
  const { extension, mimeType } = EXPORT_FORMATS[soort.format];
  return deliver(services, `${DOCUMENT_NAAM[soort.variant]}-${slug}${extension}`, mimeType, bytes, delivery);
};

export const compareCodes: Handler<'codes.compare'> = ({ a, b }, { services }) => {
  const ca = requireCode(services, a);
  const cb = requireCode(services, b);
  const keuzes = vergelijkCodes(ca.code, cb.code);
  return {
    a: samenvatting(ca),
    b: samenvatting(cb),
    keuzes,
    verschillen: keuzes.filter((k) => k.verschilt).length,
  };
};

export const linkTraject: Handler<'codes.linkTraject'> = ({ trajectId, codeId }, { services }) => {
  if (!services.trajecten.get(trajectId)) throw trajectNotFound();
  if (codeId !== null) requireCode(services, codeId);
  codesRepository(services).link(trajectId, codeId);
  const traject = services.trajecten.get(trajectId);
  if (!traject) throw trajectNotFound();
  return traject;
};

/** The code's checks on a traject's stored answers and procesplaat; shared with the export. */
export function codeChecksVoorTraject(services: Services, trajectId: string, codeId?: string) {
  if (!services.trajecten.get(trajectId)) throw trajectNotFound();
  const id = codeId ?? codesRepository(services).codeIdVanTraject(trajectId);
  if (id === null) return { codeId: null, citeertitel: null, checks: [] };
  const { code } = requireCode(services, id);
  // The same plate as the participatieplan (the stored one, else generated), so both list the same checks.
  const checks = codeChecksForTraject(
    code,
    services.antwoorden.get(trajectId).answers,
    services.procesplaat.get(trajectId).plate,
  );
  return { codeId: id, citeertitel: citeertitel(code), checks };
}

export const checkTraject: Handler<'codes.checkTraject'> = ({ trajectId, codeId }, { services }) =>
  codeChecksVoorTraject(services, trajectId, codeId);

export const getProces: Handler<'codes.proces'> = ({ id }, { services }) => {
  const stored = requireCode(services, id);
  const plate = stored.proces ?? standaardProces(stored.code);
  return { id, plate, bewerkt: stored.proces !== null, revision: stored.revision, checks: checkProcesplaat(plate) };
};

export const saveProces: Handler<'codes.saveProces'> = ({ id, plate, expectedRevision }, { services }) => {
  const stored = codesRepository(services).saveProces(id, expectedRevision, plate);
  if (!stored) throw codeNotFound();
  return { id, revision: stored.revision, bewerkt: stored.proces !== null };
};

export const codesHandlers = {
  'codes.list': listCodes,
  'codes.get': getCode,
  'codes.create': createCode,
  'codes.update': updateCode,
  'codes.delete': deleteCode,
  'codes.import': importCode,
  'codes.export': exportCode,
  'codes.compare': compareCodes,
  'codes.linkTraject': linkTraject,
  'codes.checkTraject': checkTraject,
  'codes.proces': getProces,
  'codes.saveProces': saveProces,
};
