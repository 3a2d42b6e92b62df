/**
 * Public API of the participatiecode: schema, defaults, texts, file format, comparison, examples,
 * the standard process, the checks on a traject and the API contract part. Code outside
 * shared/code/ imports from here; the files behind it may move or be renamed.
 */
export * from './schema';
export { defaultCode, defaultPromise, defaultCardPromise, cardLevelName } from './defaults';
export {
  numberChapters,
  resolveReference,
  UnknownReference,
  articleBlocks,
  articleHeading,
  chapterHeading,
  chapterSections,
} from './articles';
export type { Article, Chapter, ArticleParagraph, NumberedArticle, NumberedChapter } from './articles';
export {
  citationTitle as citeertitel,
  legalBases as grondslagen,
  subjects as onderwerpen,
  verordeningArticles,
  verordeningStructure,
} from './verordening';
export {
  CODE_VARIANTS,
  CodeVariant,
  codeDocument,
  verordeningDocument,
  toelichtingDocument,
  policyDocument,
  spelregelkaartDocument,
} from './documents';
export type { CodeDocumentOptions } from './documents';
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
export { compareCodes, COMPARED_CHOICES, NVT } from './compare';
export type { ChoiceComparison } from './compare';
export { exampleCodes } from './examples/index';
export type { ExampleCodeId } from './examples/index';
export { CODE_PROCESS_IDS, standardProcess } from './process';
export {
  CODE_CHECK_IDS,
  CODE_CHECK_SEVERITY,
  CodeArticle,
  CodeCheck,
  CodeCheckId,
  checkTrajectAgainstCode,
  codeArticle,
  codeChecksForTraject,
  hasLargeImpact,
  planLegalBasis,
} from './traject-checks';
export {
  CodeSource,
  CodeExportKind,
  CodeId,
  StoredCodeName,
  CodeSummary,
  ChoiceComparisonSchema,
  SavedCode,
  EXAMPLE_CODE_IDS,
  ExampleCodeChoice,
  codesContract,
} from './api';
export { listLetter, ordinal, numberWord } from './labels';
