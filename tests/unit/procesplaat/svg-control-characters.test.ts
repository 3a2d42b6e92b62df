import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, layoutProcesplaat, renderProcesplaatSvg } from '../../../shared/procesplaat/index';
import type { Procesplaat } from '../../../shared/procesplaat/model';

/** Characters XML 1.0 forbids outright (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const plate = await layoutProcesplaat(
  generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

/** Every text of the plate with control characters mixed in, as an older database may hold them. */
function polluted(p: Procesplaat): Procesplaat {
  const dirty = (s: unknown) => (typeof s === 'string' && s !== '' ? `\u0001${s}\u0000\u000b\u001b\uFFFF\uD800` : s);
  return {
    ...p,
    nodes: p.nodes.map((n) => ({
      ...n,
      data: Object.fromEntries(
        Object.entries(n.data).map(([k, v]) => [
          k,
          k === 'title' || k === 'label' || k === 'description' ? dirty(v) : v,
        ]),
      ),
    })) as Procesplaat['nodes'],
    edges: p.edges.map((e) => ({ ...e, label: 'via\u0007' })),
  };
}

function parseErrors(xml: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(xml, 'image/svg+xml');
  if (doc.documentElement?.nodeName !== 'svg') errors.push(`root is ${doc.documentElement?.nodeName}`);
  return errors;
}

describe('procesplaat SVG with control characters in the texts', () => {
  it('is still well-formed XML: control characters are left out of every text', () => {
    const svg = renderProcesplaatSvg(polluted(plate), { title: 'Aardgasvrij\u0000 in \u0008De Horst\u001f' });
    expect(svg).not.toMatch(FORBIDDEN);
    expect(parseErrors(svg)).toEqual([]);
    expect(svg).toContain('Aardgasvrij in De Horst');
  });

  it('keeps emoji whole when a long word is cut', () => {
    const svg = renderProcesplaatSvg(plate, { title: `${'🌳'.repeat(150)}` });
    expect(svg).not.toMatch(FORBIDDEN);
    expect(parseErrors(svg)).toEqual([]);
  });
});
