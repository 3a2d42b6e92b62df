/** Public API of the participatiecode: schema, defaults, texts, file format, comparison, examples. */
export * from './schema';
export { standaardCode, standaardBelofte, standaardBelofteKaart, kaartNiveauNaam } from './defaults';
export { nummer, verwijs, VerwijzingFout } from './artikelen';
export type { Artikel, Hoofdstuk, Lid, GenummerdArtikel, GenummerdHoofdstuk } from './artikelen';
export { citeertitel, grondslagen, onderwerpen, verordeningArtikelen, verordeningStructuur } from './verordening';
export {
  CODE_VARIANTEN,
  CodeVariant,
  codeDocument,
  verordeningDocument,
  toelichtingDocument,
  beleidDocument,
  kaartDocument,
} from './documenten';
export type { CodeDocumentOpties } from './documenten';
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
export { voorbeeldCodes } from './voorbeelden/index';
export type { VoorbeeldCodeId } from './voorbeelden/index';
