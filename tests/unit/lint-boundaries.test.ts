import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? -1;
}

describe('layer boundaries in the lint config', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['shared/x.ts', "import { openDatabase } from '../main/db/open'; export const a = openDatabase;"],
    ['shared/x.ts', "import { useState } from 'react'; export const a = useState;"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3'; export const a = Database;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['renderer/src/x.ts', "import { handlers } from '../../main/api/handlers'; export const a = handlers;"],
    ['main/services/x.ts', "import { app } from 'electron'; export const a = app;"],
  ])('forbids %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThan(0);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod'; export const a = z;"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/api/contract'; export const a = contract;"],
    ['main/electron/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['main/db/x.ts', "import Database from 'better-sqlite3'; export const a = Database;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
