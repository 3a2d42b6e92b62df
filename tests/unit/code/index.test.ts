import { describe, expect, it } from 'vitest';
import * as code from '../../../shared/code/index';

describe('the public API of the participatiecode (shared/code/index.ts)', () => {
  it('loads every export (no import cycle leaves one undefined)', () => {
    const missing = Object.entries(code)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('offers the schema, texts, file format, process, traject checks and the contract part', () => {
    const names = Object.keys(code);
    for (const name of [
      'ParticipatieCode',
      'defaultCode',
      'codeDocument',
      'parseCodeFile',
      'compareCodes',
      'exampleCodes',
      'standardProcess',
      'codeChecksForTraject',
      'checkTrajectAgainstCode',
      'codesContract',
      'CodeId',
    ])
      expect(names, name).toContain(name);
    const c = code.defaultCode('Teststad', 2027);
    expect(code.ParticipatieCode.safeParse(c).success).toBe(true);
    expect(code.standardProcess(c).nodes.length).toBeGreaterThan(0);
  });
});
