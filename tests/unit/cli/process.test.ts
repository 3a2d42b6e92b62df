import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The real process (index.ts): a Dutch sentence and exit 1, never a Node stack. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(root, 'tests/fixtures/sortition/example_small_20/');

function samenspel(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('samenspel cli as a process', () => {
  it('an unwritable loting --out: Dutch message, exit 1, no stack', () => {
    const d = mkdtempSync(join(tmpdir(), 'cli-process-'));
    writeFileSync(join(d, 'bestand'), 'x');
    const r = samenspel(
      'loting',
      '--respondents',
      join(example, 'respondents.csv'),
      '--categories',
      join(example, 'categories.csv'),
      '--panel',
      '20',
      '--out',
      join(d, 'bestand', 'uit'),
    );
    expect(r.stderr).toBe(
      `Kan de map ${join(d, 'bestand', 'uit')} niet maken: een deel van het pad is een bestand, geen map.\n`,
    );
    expect(r.code).toBe(1);
  }, 60_000);

  it.skipIf(!existsSync('/dev/zero'))(
    'recommend /dev/zero is refused at once, not read',
    () => {
      const r = samenspel('recommend', '/dev/zero');
      expect(r.stderr).toBe('Kan /dev/zero niet lezen: dit is een apparaat, geen gewoon bestand.\n');
      expect(r.code).toBe(1);
    },
    60_000,
  );
});
