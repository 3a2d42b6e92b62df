import { ApiError } from '../../../shared/api/errors';
import type { CodeSummary, SavedCode } from '../../../shared/code/api';
import { compareCodes } from '../../../shared/code/compare';
import { defaultCode } from '../../../shared/code/defaults';
import { codeDocument, type CodeVariant } from '../../../shared/code/documents';
import { CODE_FILE_EXTENSION, parseCodeFile, serializeCodeFile } from '../../../shared/code/file';
import { standardProcess } from '../../../shared/code/process';
import type { ParticipatieCode } from '../../../shared/code/schema';
import { codeChecksForTraject } from '../../../shared/code/traject-checks';
import { citationTitle } from '../../../shared/code/verordening';
import { exampleCodes } from '../../../shared/code/examples/index';
import { EXPORT_FORMATS } from '../../../shared/document/formats';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import { localIsoDate } from '../../../shared/format';
import type { StoredCode } from '../../db/repositories/codes';
import { deliver, renderForExport } from '../../export/deliver';
import { fileSlug } from '../../export/text';
import type { Services } from '../../services';
import type { DomainHandlers } from '../types';

/**
 * The participatiecode methods. A missing code or traject throws NotFound from its repository
 * (`require`, or the write itself): NOT_FOUND, mapped once in the dispatcher.
 */

function summary(s: StoredCode): CodeSummary {
  return {
    id: s.id,
    naam: s.naam,
    gemeente: s.gemeente,
    jaar: s.code.year,
    citeertitel: citationTitle(s.code),
    revision: s.revision,
    trajecten: s.trajectIds.length,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function opgeslagen(s: StoredCode): SavedCode {
  return { ...summary(s), code: s.code, trajectIds: s.trajectIds, procesBewerkt: s.proces !== null };
}

const DOCUMENT_FILE_NAME: Record<CodeVariant, string> = {
  verordening: 'participatieverordening',
  toelichting: 'toelichting-participatieverordening',
  beleid: 'participatiebeleid',
  kaart: 'spelregelkaart',
};

/** The code's checks on a traject's stored answers and procesplaat. */
function codeChecks(services: Services, trajectId: string, codeId?: string) {
  services.trajecten.require(trajectId);
  const id = codeId ?? services.codes.codeIdOfTraject(trajectId);
  if (id === null) return { codeId: null, citeertitel: null, checks: [] };
  const { code } = services.codes.require(id);
  // The same plate as the participatieplan (the stored one, else generated), so both list the same checks.
  const checks = codeChecksForTraject(
    code,
    services.answers.get(trajectId).answers,
    services.procesplaat.get(trajectId).plate,
  );
  return { codeId: id, citeertitel: citationTitle(code), checks };
}

export const codesHandlers: DomainHandlers<'codes'> = {
  'codes.list': (_input, { services }) => services.codes.list().map(summary),

  'codes.get': ({ id }, { services }) => opgeslagen(services.codes.require(id)),

  'codes.create': ({ bron, naam }, { services }) => {
    const code: ParticipatieCode =
      bron.soort === 'standaard' ? defaultCode(bron.gemeente, bron.jaar) : structuredClone(exampleCodes[bron.id]);
    return opgeslagen(services.codes.create(naam ?? citationTitle(code), code));
  },

  'codes.update': ({ id, expectedRevision, naam, code }, { services }) =>
    opgeslagen(services.codes.update(id, expectedRevision, { naam, code })),

  'codes.delete': ({ id }, { services }) => ({ id, ontkoppeld: services.codes.delete(id) }),

  'codes.import': ({ text, naam }, { services }) => {
    const parsed = parseCodeFile(text);
    if (!parsed.ok) {
      if (parsed.tooLarge) throw new ApiError('TOO_LARGE', parsed.errors[0]!);
      throw new ApiError(
        'INVALID_INPUT',
        `Deze participatiecode kan niet worden geïmporteerd: ${parsed.errors[0]}`,
        parsed.errors.map((message) => ({ path: [], message })),
      );
    }
    return opgeslagen(services.codes.create(naam ?? citationTitle(parsed.value), parsed.value));
  },

  'codes.export': async ({ id, soort, delivery }, { services }) => {
    const { code } = services.codes.require(id);
    const slug = fileSlug(`${code.municipality} ${code.year}`);
    if (soort.wat === 'bestand') {
      const bytes = new TextEncoder().encode(serializeCodeFile(code, { version: services.appVersion }));
      const fileName = `participatiecode-${slug}${CODE_FILE_EXTENSION}`;
      return deliver(services.exportHost, fileName, 'application/json', bytes, delivery);
    }
    const doc = codeDocument(code, soort.variant, {
      date: localIsoDate(),
      ...(soort.versie ? { version: soort.versie } : {}),
    });
    const bytes = await renderForExport(doc, soort.format, { host: services.exportHost });
    const { extension, mimeType } = EXPORT_FORMATS[soort.format];
    return deliver(
      services.exportHost,
      `${DOCUMENT_FILE_NAME[soort.variant]}-${slug}${extension}`,
      mimeType,
      bytes,
      delivery,
    );
  },

  'codes.compare': ({ a, b }, { services }) => {
    const ca = services.codes.require(a);
    const cb = services.codes.require(b);
    const keuzes = compareCodes(ca.code, cb.code);
    return {
      a: summary(ca),
      b: summary(cb),
      keuzes,
      verschillen: keuzes.filter((k) => k.differs).length,
    };
  },

  'codes.linkTraject': ({ trajectId, codeId }, { services }) => {
    services.trajecten.require(trajectId);
    if (codeId !== null) services.codes.require(codeId);
    services.codes.link(trajectId, codeId);
    return services.trajecten.require(trajectId);
  },

  'codes.checkTraject': ({ trajectId, codeId }, { services }) => codeChecks(services, trajectId, codeId),

  'codes.process': ({ id }, { services }) => {
    const stored = services.codes.require(id);
    const plate = stored.proces ?? standardProcess(stored.code);
    return { id, plate, bewerkt: stored.proces !== null, revision: stored.revision, checks: checkProcesplaat(plate) };
  },

  'codes.saveProcess': ({ id, plate, expectedRevision }, { services }) => {
    const stored = services.codes.saveProcess(id, expectedRevision, plate);
    return { id, revision: stored.revision, bewerkt: stored.proces !== null };
  },
};
