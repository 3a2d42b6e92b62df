/**
 * Public API of the participatiecode: schema, defaults, texts, file format, comparison, examples,
 * the standard process, the checks on a traject and the API contract part. Code outside
 * shared/code/ imports from here; the files behind it may move or be renamed.
 */
export * from './schema';
export { standaardCode, standaardBelofte, standaardBelofteKaart, kaartNiveauNaam } from './defaults';
export {
  nummer,
  verwijs,
  VerwijzingFout,
  artikelBlokken,
  artikelKop,
  hoofdstukKop,
  hoofdstukSecties,
} from './articles';
export type { Artikel, Hoofdstuk, Lid, GenummerdArtikel, GenummerdHoofdstuk } from './articles';
export { citeertitel, grondslagen, onderwerpen, verordeningArtikelen, verordeningStructuur } from './verordening';
export {
  CODE_VARIANTEN,
  CodeVariant,
  codeDocument,
  verordeningDocument,
  toelichtingDocument,
  beleidDocument,
  kaartDocument,
} from './documents';
export type { CodeDocumentOpties } from './documents';
export {
  CODE_FORMAT,
  CODE_FILE_EXTENSION,
  MAX_CODE_FILE_BYTES,
  codeTooLargeMessage,
  parseCodeData,
  parseCodeFile,
  serializeCodeFile,
} from './file';
export type { CodeParseResult } from './file';
export { vergelijkCodes, KEUZES, NVT } from './compare';
export type { KeuzeVergelijking } from './compare';
export { voorbeeldCodes } from './examples/index';
export type { VoorbeeldCodeId } from './examples/index';
export { CODE_PROCES_IDS, standaardProces } from './process';
export {
  CODE_CHECK_IDS,
  CODE_CHECK_SEVERITY,
  CodeArtikel,
  CodeCheck,
  CodeCheckId,
  checkTrajectTegenCode,
  codeArtikel,
  codeChecksForTraject,
  heeftGroteImpact,
  planGrondslag,
} from './traject-checks';
export {
  CodeBron,
  CodeExportSoort,
  CodeId,
  CodeNaam,
  CodeSamenvatting,
  KeuzeVergelijkingSchema,
  OpgeslagenCode,
  VOORBEELD_CODE_IDS,
  VoorbeeldCodeKeuze,
  codesContract,
} from './api';
export { letter, ordinaal, telwoord, opsomming } from './labels';
