/** Public API of the workshop domain: session model, timer from timestamps, overlap suggestions, report. */
export * from './session';
export * from './timer';
export * from './overlap';
export * from './to-traject';
export * from './report';
export { normalizeText, wordsIn } from './words';
export * from './texts';
