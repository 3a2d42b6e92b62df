/** Public API of the `.samenspel` project file format. */
export * from './schema';
export { parseProjectData, parseProjectFile, serializeProjectFile, tooLargeMessage, utf8Bytes } from './parse';
export type { ProjectParseResult } from './parse';
export { projectCodeLink } from './code-link';
export type { ProjectCodeLink, StoredCodeRef } from './code-link';
