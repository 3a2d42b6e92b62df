// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Layer rules (VS Code style): arrows only point inward, to shared/. */
const layer = (/** @type {{ paths?: string[], patterns?: object[] }} */ restricted) => ({
  'no-restricted-imports': ['error', { paths: restricted.paths ?? [], patterns: restricted.patterns ?? [] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      ...layer({
        paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom'].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript + zod: no Node, DOM, React or Electron.',
        })),
        patterns: [
          { group: ['**/main/**', '**/renderer/**', 'node:*'], message: 'shared/ may not import main/ or renderer/.' },
        ],
      }),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'fetch', '__dirname'].map((name) => ({
          name,
          message: 'shared/ runs everywhere: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer({
        paths: [...nodeBuiltins, 'electron', 'better-sqlite3'].map((name) => ({
          name,
          message: 'The renderer only talks to the API contract; Node, Electron and SQLite live in main/.',
        })),
        patterns: [
          { group: ['**/main/**', 'node:*'], message: 'The renderer may not import main/: use the API client.' },
        ],
      }),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/preload.ts', 'main/electron/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer({
      paths: [
        {
          name: 'electron',
          message:
            'Only main/index.ts, main/preload.ts and main/electron/ may import electron; the rest runs in plain Node.',
        },
      ],
      patterns: [
        {
          group: ['**/renderer/**', 'electron/*'],
          message: 'main/ may not import the renderer or Electron internals.',
        },
      ],
    }),
  },
  {
    files: ['main/index.ts', 'main/preload.ts', 'main/electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer({ patterns: [{ group: ['**/renderer/**'], message: 'main/ may not import the renderer.' }] }),
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      ...layer({ paths: [{ name: 'electron', message: 'Tests run without the Electron binary.' }] }),
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
