import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCasus } from '../../../shared/participatie/casus';

describe('the casus example in the README', () => {
  it('is a valid casus file', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The casus file format'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const parsed = parseCasus(json!);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
});
