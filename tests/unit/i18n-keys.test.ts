import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every text in every nl.json (the common one in renderer/src/i18n and each feature's own) is used
 * somewhere in the renderer. A key counts as used when it is written out in full as a string
 * ('code.process.title'), or when it starts with a dynamic prefix: a key the renderer completes at
 * run time (t(`code.step.${id}`), or useTranslation's keyPrefix option). The prefixes are read
 * from the source itself, so they cannot go stale when a key or a feature is renamed.
 */
const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const source = sourceFiles(join(root, 'renderer/src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

type Tree = { [key: string]: string | string[] | Tree };

/** The namespaces as i18n/index.ts merges them: the common file at the root, each feature under its folder name. */
const namespaces: Array<{ name: string; tree: Tree }> = [
  { name: '', tree: readJson('renderer/src/i18n/nl.json') },
  ...readdirSync(join(root, 'renderer/src/features'))
    .filter((feature) => existsSync(join(root, 'renderer/src/features', feature, 'nl.json')))
    .map((feature) => ({ name: feature, tree: readJson(`renderer/src/features/${feature}/nl.json`) })),
];

function readJson(path: string): Tree {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Tree;
}

/**
 * Keys completed at run time: the fixed start of a template literal (`loting.compute.phase.${`,
 * `loting.compute.mode${`) and the keyPrefix of useTranslation (keyPrefix: 'code.field').
 */
function dynamicPrefixes(src: string): string[] {
  const templates = [...src.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.?)\$\{/g)].map((m) => m[1]!);
  const keyPrefixes = [...src.matchAll(/keyPrefix: '([\w.-]+)'/g)].map((m) => `${m[1]!}.`);
  return [...new Set([...templates, ...keyPrefixes])].filter((p) => p.includes('.'));
}

function leaves(tree: Tree, prefix: string): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    return typeof v === 'object' && !Array.isArray(v) ? leaves(v, key) : [key];
  });
}

function unusedKeys(namespace: string, tree: Tree, src: string): string[] {
  const prefixes = dynamicPrefixes(src);
  return leaves(tree, namespace).filter((key) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    if (prefixes.some((prefix) => base.startsWith(prefix))) return false;
    return !["'", '"', '`'].some((q) => src.includes(`${q}${base}${q}`));
  });
}

describe('nl.json keys are used in the renderer', () => {
  it('reads the common texts and those of every feature', () => {
    expect(namespaces.map((n) => n.name)).toEqual(expect.arrayContaining(['', 'code', 'flow', 'loting', 'workshop']));
  });

  it.each(namespaces.map((n) => [n.name === '' ? 'common' : n.name, n.name, n.tree] as const))(
    '%s: no unused keys',
    (_label, namespace, tree) => {
      expect(unusedKeys(namespace, tree, source)).toEqual([]);
    },
  );

  it('finds a key that is used nowhere, and accepts static, plural and dynamic ones', () => {
    const tree: Tree = { a: { used: 'x', count_one: 'x', count_other: 'x', gone: 'x' } };
    const src = "t('demo.a.used'); t('demo.a.count', { count })";
    expect(unusedKeys('demo', tree, src)).toEqual(['demo.a.gone']);
    const dynamic =
      "t(`code.step.${id}`); t(`loting.way${name[m]}`); useTranslation(undefined, { keyPrefix: 'code.field' })";
    expect(unusedKeys('code', { step: { new: 'x' }, field: { name: 'x' }, process: { gone: 'x' } }, dynamic)).toEqual([
      'code.process.gone',
    ]);
    expect(unusedKeys('loting', { wayPlain: 'x', other: 'x' }, dynamic)).toEqual(['loting.other']);
    expect(unusedKeys('', { start: { title: 'x', gone: 'x' } }, "t('start.title')")).toEqual(['start.gone']);
  });
});
