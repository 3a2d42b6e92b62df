/** Public API of the procesplaat: model, generation, layout, checks, repair, merge and SVG export. */
export * from './model';
export * from './labels';
export { genId } from './ids';
export { generateProcesplaat, type GenerateOptions } from './generate';
export { layoutProcesplaat, phaseAt } from './layout';
export { checkProcesplaat, CHECK_IDS, type CheckId, type CheckIssue } from './checks';
export { applyPatch, diffPlate, isEmptyPatch, ProcesplaatPatch } from './patch';
export { mergeGenerated, type MergeResult } from './merge';
export { restoreProcesplaat, type RawEdge, type RawNode, type RepairNote } from './repair';
export { renderProcesplaatSvg, type SvgOptions } from './svg';
export { shapePath, shapeStyle } from './shapes';
