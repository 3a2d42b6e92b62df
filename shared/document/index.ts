/** Public API of the document model: build a participatieplan from a traject, render it in main/export. */
export * from './model';
export { buildDocument, prepareSource, spelregelsFor, DOCUMENT_TITLE } from './build';
export type { DocumentSource, DocumentOptions } from './build';
export { generateSpelregels, Spelregel, Spelregels } from './spelregels';
export { defaultProcesplaatPicture, describeProcesplaat, procesplaatForDocument } from './procesplaat-figure';
export type { ProcesplaatPicture, ProcesplaatImage } from './procesplaat-figure';
export { formatIsoDate } from '../format';
export * from './formats';
export { exportContract, ExportResult, ProjectContent } from './api';
export { resolveVariant, sectionContext } from './build';
export { DOCUMENT_VARIANTS, DocumentVariant, VARIANT_TITLES } from './variants';
export { analysePlan, openPoints } from './analysis';
export type { PlanFacts, OpenPoint, Decision } from './analysis';
export { resolveDetails } from './details';
