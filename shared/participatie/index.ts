/** Public API of the participatie domain: model, catalogue, engine, texts and the casus format. */
export * from './vocabulary';
export * from './labels';
export * from './answers';
export * from './instrument';
export { catalogue, CATALOGUE_VERSION } from './catalogus/index';
export { SOURCES } from './catalogus/sources';
export * from './types';
export { ROOM_MAX_LEVEL, WEIGHTS, WARNING_IDS, WARNING_SEVERITY } from './rules';
export type { WarningId, WarningSeverity } from './rules';
export { recommendInstruments } from './recommend';
export * from './texts';
export * from './zod-dutch';
export * from './casus';
export { exampleCasussen } from './casussen/index';
export { migrateInstrumentIds, renameInstrumentIds, RENAMED_INSTRUMENTS } from './catalogue-migration';
