// @ts-check
import { readdirSync } from 'node:fs';
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

/** What no renderer file may import: it talks to the API contract only. */
const rendererRestricted = {
  paths: [...nodeBuiltins, 'electron', 'better-sqlite3'].map((name) => ({
    name,
    message: 'The renderer only talks to the API contract; Node, Electron and SQLite live in main/.',
  })),
  patterns: [
    { group: ['**/main/**', 'node:*'], message: 'The renderer may not import main/: use the API client.' },
    {
      regex: '^(\\.\\./)+shared(/|$)',
      message: "The renderer imports shared/ as '@shared/…', not by climbing '../../'.",
    },
  ],
};

/**
 * Feature imports (a VS Code-style table): a feature imports api/, lib/, components/ and shared/,
 * never another feature, except the one-way composition edges listed here. What several features
 * need (dialogs, the document session, the answers session, downloads, query keys) lives in lib/
 * or components/, which import no feature at all. A feature without a row may import none.
 * app/ (the shell) is the composition root: it may import every feature, and its pages (the start
 * screen, the traject page) put the features' screens together.
 */
const featureImports = {
  // The code's standard process is drawn with the procesplaat editor (procesplaat/index.ts).
  code: ['procesplaat'],
};
const features = readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** A relative import that lands in one of these features ('../flow/…', '../../features/flow/…'). */
const intoFeature = (/** @type {string[]} */ names) => `^(\\.\\./)+(features/)?(${names.join('|')})(/|$)`;
const featureBlocks = features.map((feature) => {
  const allowed = /** @type {Record<string, string[]>} */ (featureImports)[feature] ?? [];
  const forbidden = features.filter((other) => other !== feature && !allowed.includes(other));
  return {
    files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
    rules: layer({
      paths: rendererRestricted.paths,
      patterns: [
        ...rendererRestricted.patterns,
        ...(forbidden.length === 0
          ? []
          : [
              {
                regex: intoFeature(forbidden),
                message: `features/${feature} may not import another feature: move what is shared to lib/ or components/ (table in eslint.config.js).`,
              },
            ]),
      ],
    }),
  };
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
    // Type-aware rules: each file is checked with the tsconfig that builds it (shared, main,
    // renderer or tests; the root config files belong to tests/tsconfig.json).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error; `void` marks a deliberate fire-and-forget.
      '@typescript-eslint/no-floating-promises': 'error',
      // A new member of a union (a status, a block kind, an API method) must be handled in every
      // switch that lists the members one by one; a `default` is a deliberate "everything else".
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
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
      ...layer(rendererRestricted),
    },
  },
  ...featureBlocks,
  {
    files: ['renderer/src/{lib,components}/**/*.{ts,tsx}'],
    rules: layer({
      paths: rendererRestricted.paths,
      patterns: [
        ...rendererRestricted.patterns,
        { regex: '(^|/)features(/|$)', message: 'lib/ and components/ are for every feature: they import none.' },
      ],
    }),
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
        {
          regex: '^@shared/',
          message: "'@shared/…' is the renderer's alias (Vite); main/ runs under plain Node and tsx.",
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
