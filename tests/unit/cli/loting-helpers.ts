import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextForCli } from '../../../main/cli/files';
import { runCli } from '../../../main/cli/run';

/** The small example pool every loting CLI test draws from. */
export const exampleDir = fileURLToPath(new URL('../../fixtures/sortition/example_small_20/', import.meta.url));
export const exampleRespondents = join(exampleDir, 'respondents.csv');
export const exampleCategories = join(exampleDir, 'categories.csv');

/** Runs the CLI with the real, checking reader (as index.ts does) and collects its output. */
export async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: readTextForCli,
  });
  return { code, stdout, stderr };
}
