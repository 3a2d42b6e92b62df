/** Public API of the workshop domain: session model, timer from timestamps, overlap suggestions, report. */
export * from './session';
export * from './timer';
export * from './overlap';
export * from './naar-traject';
export * from './rapport';
export { normaliseer, woordenIn } from './woorden';
