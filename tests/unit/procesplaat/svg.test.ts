import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import {
  generateProcesplaat,
  layoutProcesplaat,
  makeNode,
  NODE_TYPES,
  renderProcesplaatSvg,
  shapePath,
} from '../../../shared/procesplaat/index';

const plate = await layoutProcesplaat(
  generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

describe('renderProcesplaatSvg', () => {
  const svg = renderProcesplaatSvg(plate, { title: 'Aardgasvrij in De Horst' });

  it('is a standalone A4-landscape SVG document with title, lanes and every step', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="297mm" height="210mm" viewBox="[-\d. ]+"/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Aardgasvrij in De Horst');
    for (const phase of ['Agendering', 'Beleidsvoorbereiding', 'Besluitvorming', 'Uitvoering', 'Evaluatie'])
      expect(svg).toContain(`>${phase}</text>`);
    expect(svg).toContain('Raad neemt het besluit');
  });

  it('folds a long process into rows so text stays legible on A4 (at least 1.2 mm for body text)', () => {
    const [, , w, h] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const mmPerUnit = Math.min(297 / w, 210 / h);
    expect(14 * mmPerUnit).toBeGreaterThan(1.2);
    expect(svg).toMatch(/<circle[^>]*\/><text[^>]*>1<\/text>/);
  });

  it('draws each step type with its own outline, and escapes user text', () => {
    const shapes = new Set(NODE_TYPES.filter((t) => t !== 'fase').map((t) => shapePath(t, 100, 50)));
    expect(shapes.size).toBe(NODE_TYPES.length - 1);
    const evil = renderProcesplaatSvg({ nodes: [makeNode('mijlpaal', 'm', { title: 'A <script> & "B"' })], edges: [] });
    expect(evil).toContain('A &lt;script&gt; &amp; &quot;B&quot;');
    expect(evil).not.toContain('<script>');
  });
});
