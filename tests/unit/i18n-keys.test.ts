import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import code from '../../renderer/src/features/code/nl.json';
import loting from '../../renderer/src/features/loting/nl.json';

/**
 * Every text in a feature's nl.json is used somewhere in the renderer. A key counts as used when
 * it is written out in full as a string ('code.proces.title'), or when it starts with one of the
 * dynamic prefixes below, which the renderer completes at run time (t(`code.stap.${id}`)). Each
 * prefix must itself still occur in the source, so the list cannot go stale.
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

/** Keys completed at run time: the prefix and how it appears in the source. */
const dynamicPrefixes: Array<{ prefix: string; inSource: string }> = [
  ...[
    'code.nieuw.voorbeelden.',
    'code.tabs.',
    'code.save.',
    'code.stap.',
    'code.uitleg.',
    'code.documenten.varianten.',
    'code.documenten.variantUitleg.',
    'code.documenten.formats.',
    'code.trajecten.ernst.',
    'loting.import.rol.',
    'loting.bereken.fase.',
    'loting.resultaat.reden.',
    'loting.uitleg.',
  ].map((prefix) => ({ prefix, inSource: `\`${prefix}\${` })),
  // t(`loting.bereken.manier${manierTekst[m]}`) and …Uitleg
  { prefix: 'loting.bereken.manier', inSource: '`loting.bereken.manier${' },
  // StepFields: useTranslation(undefined, { keyPrefix: 'code.veld' }) with v('gemeente') etc.
  { prefix: 'code.veld.', inSource: "keyPrefix: 'code.veld'" },
];

type Tree = { [key: string]: string | string[] | Tree };

function leaves(tree: Tree, prefix: string): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}.${k}`) : [`${prefix}.${k}`],
  );
}

function unusedKeys(feature: string, tree: Tree, src: string): string[] {
  return leaves(tree, feature).filter((key) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    if (dynamicPrefixes.some((d) => base.startsWith(d.prefix))) return false;
    return !["'", '"', '`'].some((q) => src.includes(`${q}${base}${q}`));
  });
}

describe('nl.json keys are used in the renderer', () => {
  it('every dynamic prefix still occurs in the source', () => {
    expect(dynamicPrefixes.filter((d) => !source.includes(d.inSource)).map((d) => d.prefix)).toEqual([]);
  });

  it.each([
    ['code', code],
    ['loting', loting],
  ])('%s: no unused keys', (feature, tree) => {
    expect(unusedKeys(feature, tree as Tree, source)).toEqual([]);
  });

  it('finds a key that is used nowhere, and accepts static, plural and dynamic ones', () => {
    const tree: Tree = { a: { gebruikt: 'x', telling_one: 'x', telling_other: 'x', weg: 'x' } };
    const src = "t('demo.a.gebruikt'); t('demo.a.telling', { count })";
    expect(unusedKeys('demo', tree, src)).toEqual(['demo.a.weg']);
    expect(unusedKeys('code', { stap: { nieuw: 'x' }, proces: { weg: 'x' } }, '')).toEqual(['code.proces.weg']);
  });
});
