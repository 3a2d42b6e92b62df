import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = new URL('../..', import.meta.url).pathname;
// The files below do not exist, so TypeScript cannot build them: the import rules need no types,
// and the type-aware rules are switched off here (they are tested on a real file at the end).
const eslint = new ESLint({
  cwd,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
});

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  // A file ESLint could not parse has no rule results at all: never count that as "allowed".
  if (!result || result.messages.some((m) => m.fatal)) return -1;
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
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
    // One way to reach shared/ from the renderer: the @shared alias, never '../../shared'.
    ['renderer/src/x.ts', "import { contract } from '../../shared/api/contract'; export const a = contract;"],
    [
      'renderer/src/features/flow/x.ts',
      "import { formatList } from '../../../../shared/format'; export const a = formatList;",
    ],
    ['main/db/x.ts', "import { formatList } from '@shared/format'; export const a = formatList;"],
  ])('forbids %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThan(0);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod'; export const a = z;"],
    ['renderer/src/x.ts', "import { contract } from '@shared/api/contract'; export const a = contract;"],
    ['main/electron/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['main/db/x.ts', "import Database from 'better-sqlite3'; export const a = Database;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});

describe('feature imports in the renderer (the table in eslint.config.js)', () => {
  it.each([
    // Back-edges into the trajecten page and sideways between features.
    [
      'renderer/src/features/flow/x.ts',
      "import { trajectKeys } from '../trajecten/queries'; export const a = trajectKeys;",
    ],
    ['renderer/src/features/workshop/x.ts', "import { Kaart } from '../flow/ExampleCard'; export const a = Kaart;"],
    [
      'renderer/src/features/export/x.ts',
      "import { svgToPng } from '../procesplaat/exportImage'; export const a = svgToPng;",
    ],
    [
      'renderer/src/features/code/sub/x.ts',
      "import { FlowView } from '../../flow/FlowView'; export const a = FlowView;",
    ],
    ['renderer/src/features/loting/x.ts', "import { F } from '../../features/workshop/F'; export const a = F;"],
    // lib/ and components/ serve every feature, so they import none.
    ['renderer/src/lib/x.ts', "import { FlowView } from '../features/flow/FlowView'; export const a = FlowView;"],
    ['renderer/src/components/x.tsx', "import { H } from '../features/flow/help/HelpPanel'; export const a = H;"],
    // The participatiecode's checks reach the flow through the traject page (a slot), not by import.
    [
      'renderer/src/features/flow/x.ts',
      "import { CodeChecksOverview } from '../code/CodeChecks'; export const a = CodeChecksOverview;",
    ],
    // The start screen and the traject page live in app/: trajecten itself composes nothing.
    ['renderer/src/features/trajecten/x.ts', "import { FlowView } from '../flow/FlowView'; export const a = FlowView;"],
    // A feature block keeps the renderer's own rules.
    ['renderer/src/features/flow/x.ts', "import Database from 'better-sqlite3'; export const a = Database;"],
  ])('forbids %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThan(0);
  });

  it.each([
    [
      'renderer/src/features/flow/x.ts',
      "import { useAnswers } from '../../lib/answers/AnswersSessionProvider'; export const a = useAnswers;",
    ],
    ['renderer/src/features/flow/x.ts', "import { Veld } from './Veld'; export const a = Veld;"],
    [
      'renderer/src/features/code/x.ts',
      "import { ConflictDialog } from '../../components/ConflictDialog'; export const a = ConflictDialog;",
    ],
    // app/ is the composition root: its pages import features.
    [
      'renderer/src/app/pages/x.ts',
      "import { FlowView } from '../../features/flow/FlowView'; export const a = FlowView;",
    ],
    ['renderer/src/app/x.ts', "import { W } from '../features/workshop/WorkshopScreen'; export const a = W;"],
    // The help panel is part of the flow (features/flow/help).
    ['renderer/src/features/flow/x.ts', "import { HelpLink } from './help/HelpButtons'; export const a = HelpLink;"],
    ['renderer/src/lib/x.ts', "import { errorMessage } from './errorMessage'; export const a = errorMessage;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});

// The first typed lint starts a TypeScript project service: seconds on a quiet machine, more on a busy one.
describe('type-aware rules in the lint config', { timeout: 120_000 }, () => {
  const typed = new ESLint({ cwd });
  // Linted as the text of an existing file, so TypeScript checks it inside that file's project.
  const lint = async (code: string) => {
    const [result] = await typed.lintText(code, { filePath: 'shared/format.ts' });
    return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
  };

  it('forbids a promise that nobody awaits, and allows one marked with void', async () => {
    const save = 'export async function save(): Promise<void> {}\n';
    expect(await lint(`${save}export function f() {\n  save();\n}\n`)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    expect(await lint(`${save}export function f() {\n  void save();\n}\n`)).toEqual([]);
  });

  it('forbids a switch over a union that forgets a member', async () => {
    const head = "export function f(s: 'a' | 'b'): number {\n  switch (s) {\n    case 'a':\n      return 1;\n";
    expect(await lint(`${head}  }\n  return 0;\n}\n`)).toContain('@typescript-eslint/switch-exhaustiveness-check');
    expect(await lint(`${head}    case 'b':\n      return 2;\n  }\n}\n`)).toEqual([]);
  });
});
