// Setup file of the projects that run without isolation (node, component): all test files in a
// worker share one module cache and one global scope, so nothing one file leaves behind may reach
// the next.
import { afterEach, vi } from 'vitest';
import { catalogue, exampleCasussen } from '../../shared/participatie/index';
import { deepFreeze } from './freeze';

// The bundled examples and the catalogue: a test that changes one throws at that line. A test that
// needs its own changeable copy takes a `structuredClone` first.
deepFreeze(exampleCasussen);
deepFreeze(catalogue);

// A test that fails halfway through would otherwise leave fake timers on for the next file.
afterEach(() => {
  vi.useRealTimers();
});
