import { describe, expect, it } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { layoutRows } from '../../../shared/procesplaat/layout-rows';
import { nodeSize } from '../../../shared/procesplaat/model';
import {
  curveCrosses,
  forwardCurve,
  orthogonalPathClear,
  procesplaatSvgLayout,
  renderProcesplaatSvg,
  routeBackArrow,
  type Box,
  type Point,
} from '../../../shared/procesplaat/svg';

/** Every bundled casus laid out as the editor stores it (phases wrapped onto lines for a laptop screen). */
const plates = Object.entries(exampleCasussen).map(
  ([id, casus]) => [id, layoutRows(generateProcesplaat(casus.answers, { catalogue }), { aspect: 1366 / 712 })] as const,
);

const isOrthogonal = (points: readonly Point[]) =>
  points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);

describe('routeBackArrow', () => {
  it('runs from the end of one line of a lane through the gap under it into the start of the next line', () => {
    // A phase wrapped onto two lines: the last step of line 1 leads to the first step of line 2.
    const line1 = [0, 220, 440].map((x) => ({ x, y: 0, width: 180, height: 84 }));
    const line2 = [0, 220].map((x) => ({ x, y: 108, width: 180, height: 84 }));
    const from = line1[2]!;
    const to = line2[0]!;
    const points = routeBackArrow(from, to, [...line1, ...line2]);
    expect(points).toEqual([
      { x: 620, y: 42 },
      { x: 630, y: 42 },
      { x: 630, y: 96 }, // halfway the 24-unit gap between the lines
      { x: -10, y: 96 },
      { x: -10, y: 150 },
      { x: 0, y: 150 },
    ]);
    expect(
      orthogonalPathClear(
        points,
        [...line1, ...line2].filter((b) => b !== from && b !== to),
      ),
    ).toBe(true);
  });

  it('goes under the steps when source and target share a line', () => {
    const steps = [0, 220, 440].map((x) => ({ x, y: 0, width: 180, height: 84 }));
    const points = routeBackArrow(steps[2]!, steps[0]!, steps);
    expect(isOrthogonal(points)).toBe(true);
    expect(points[2]!.y).toBeGreaterThan(84);
    expect(orthogonalPathClear(points, [steps[1]!])).toBe(true);
  });
});

describe('arrows of the exported procesplaat', () => {
  it.each(plates)('%s: no loops, no arrow through a step, arrows back are routed orthogonally', (_id, plate) => {
    const { plate: folded, arrows } = procesplaatSvgLayout(plate);
    const box = new Map(folded.nodes.map((n) => [n.id, { ...n.position, ...nodeSize(n) } as Box]));
    const steps = folded.nodes.filter((n) => n.type !== 'fase');
    const edge = new Map(folded.edges.map((e) => [e.id, e]));
    for (const arrow of arrows) {
      const { source, target } = edge.get(arrow.edgeId)!;
      const from = box.get(source)!;
      const to = box.get(target)!;
      const others = steps.filter((n) => n.id !== source && n.id !== target).map((n) => box.get(n.id)!);
      const start = { x: from.x + from.width, y: from.y + from.height / 2 };
      const end = { x: to.x, y: to.y + to.height / 2 };
      if (arrow.kind === 'back' || arrow.kind === 'elbow') {
        const { points } = arrow;
        expect(points[0]).toEqual(start);
        expect(points.at(-1)).toEqual(end);
        expect(isOrthogonal(points)).toBe(true);
        // Into the target from its left, the arrowhead pointing right.
        expect(points.at(-2)!.y).toBe(end.y);
        expect(points.at(-2)!.x).toBeLessThan(end.x);
        expect(orthogonalPathClear(points, others)).toBe(true);
      } else if (arrow.kind === 'forward') {
        // A curve only forward, its handles never crossing (that is what drew loops).
        expect(end.x - start.x).toBeGreaterThanOrEqual(24);
        const [, c1, c2] = forwardCurve(start, end);
        expect(c1.x - start.x).toBeLessThanOrEqual(end.x - start.x);
        expect(end.x - c2.x).toBeLessThanOrEqual(end.x - start.x);
        expect(curveCrosses(forwardCurve(start, end), others)).toBe(false);
      }
    }
  });

  it('routes the arrows back of the largest casus and draws them without curves', () => {
    const [, horst] = plates.find(([id]) => id === 'aardgasvrij-de-horst')!;
    const { arrows } = procesplaatSvgLayout(horst);
    const back = arrows.filter((a) => a.kind === 'back');
    expect(back.length).toBeGreaterThanOrEqual(2);
    const svg = renderProcesplaatSvg(horst);
    // Every cubic curve in the picture goes left to right.
    for (const [, x1, x2] of svg.matchAll(/d="M([-\d.]+),[-\d.]+ C[-\d., ]+ ([-\d.]+),[-\d.]+"/g))
      expect(Number(x2)).toBeGreaterThan(Number(x1));
    // The routed arrows are in it: straight lines with rounded corners.
    expect(svg.match(/d="M[-\d.]+,[-\d.]+ L[^"C]+Q[^"C]+"/g)?.length).toBeGreaterThanOrEqual(back.length);
  });

  it.each(plates)('%s: numbered circles of arrows into one step do not overlap', (_id, plate) => {
    const { arrows } = procesplaatSvgLayout(plate);
    const badges = arrows.flatMap((a) => (a.kind === 'connector' ? [a.toBadge] : []));
    for (const [i, a] of badges.entries())
      for (const b of badges.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(28);
  });
});
