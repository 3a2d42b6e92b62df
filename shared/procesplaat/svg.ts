import { phaseLabels } from '../participatie/labels';
import { edgeTypeLabels, nodeTypeLabels, raadsmomentLabels, svgLabels } from './labels';
import { LANE_HEADER, nodeSize, NODE_TYPES, type PlateNode, type Procesplaat } from './model';
import { shapePath, shapeStyle } from './shapes';

export interface SvgOptions {
  /** Printed above the plate, e.g. the traject's title. */
  title?: string;
  /** Physical size; A4 landscape by default, which is what goes into a raadsvoorstel. */
  page?: { widthMm: number; heightMm: number };
}

const MARGIN = 40;
const FONT = "'Noto Sans', 'Segoe UI', Arial, sans-serif";
const TITLE_HEIGHT = 56;
const LEGEND_HEIGHT = 70;

/**
 * Characters XML 1.0 does not allow at all: C0 controls other than tab, line feed and carriage
 * return, lone surrogates and U+FFFE/U+FFFF. One of them in a title made the whole SVG invalid
 * (a blank figure in preview, PDF and Word), so they are left out of every text written here.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(NOT_IN_XML, '');
}

const esc = (s: string) =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap on an average glyph width; good enough for a picture, no font metrics needed. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1)}…`;
    return kept;
  }
  return lines;
}

function kindLabel(node: PlateNode): string {
  if (node.type === 'raadsmoment') return `Raad · ${raadsmomentLabels[node.data.moment].replace(/^Raad /, '')}`;
  return nodeTypeLabels[node.type].label;
}

const ROW_GAP = 60;
const ROW_PAD = 24;

/**
 * A long process does not fit one A4 row legibly, so the lanes are folded into rows (like
 * lines of text), choosing the number of rows that gives the largest scale on the page.
 */
function foldLanes(plate: Pick<Procesplaat, 'nodes' | 'edges'>, pageRatio: number) {
  const lanes = plate.nodes.filter((n) => n.type === 'fase').sort((a, b) => a.position.x - b.position.x);
  const rowOf = new Map<string, number>();
  if (lanes.length < 2) return { plate, rowOf };
  const laneOfX = (x: number) => {
    const i = lanes.findIndex((l) => x < l.position.x + nodeSize(l).width);
    return i === -1 ? lanes.length - 1 : i;
  };
  const top = Math.min(...lanes.map((l) => l.position.y));
  // For choosing the fold: the tallest lane; the final rows are then trimmed to their content.
  const height = Math.max(...lanes.map((l) => l.position.y + nodeSize(l).height)) - top;
  const widths = lanes.map((l) => nodeSize(l).width);
  let best = { rows: [[...lanes.keys()]], scale: 0 };
  for (let k = 1; k <= lanes.length; k++) {
    // Greedy: fill each row up to an equal share of the total width.
    const target = widths.reduce((a, b) => a + b, 0) / k;
    const rows: number[][] = [[]];
    let acc = 0;
    widths.forEach((w, i) => {
      if (acc > 0 && acc + w / 2 > target && rows.length < k) {
        rows.push([]);
        acc = 0;
      }
      rows[rows.length - 1]!.push(i);
      acc += w;
    });
    const rowWidth = Math.max(...rows.map((r) => r.reduce((a, i) => a + widths[i]!, 0)));
    const totalHeight = rows.length * height + (rows.length - 1) * ROW_GAP + TITLE_HEIGHT + LEGEND_HEIGHT;
    const scale = Math.min(pageRatio / rowWidth, 1 / totalHeight);
    if (scale > best.scale) best = { rows, scale };
  }
  // Each row is as tall as its own content, so a short row does not inherit a tall one's blank space.
  const laneIndex = new Map(
    plate.nodes.map((n) => [n.id, laneOfX(n.position.x + (n.type === 'fase' ? 1 : nodeSize(n).width / 2))]),
  );
  const rowOfLane = new Map<number, number>();
  best.rows.forEach((row, r) => row.forEach((i) => rowOfLane.set(i, r)));
  const flow = plate.nodes.filter((n) => n.type !== 'fase');
  let y = top;
  const rowBox = best.rows.map((row, r) => {
    const members = flow.filter((n) => rowOfLane.get(laneIndex.get(n.id)!) === r);
    const contentTop = members.length ? Math.min(...members.map((n) => n.position.y)) : 0;
    const contentHeight = members.length
      ? Math.max(...members.map((n) => n.position.y + nodeSize(n).height)) - contentTop
      : 120;
    const box = { x: lanes[row[0]!]!.position.x, y, contentTop, height: contentHeight + LANE_HEADER + 2 * ROW_PAD };
    y += box.height + ROW_GAP;
    return box;
  });
  const nodes = plate.nodes.map((n) => {
    const r = rowOfLane.get(laneIndex.get(n.id)!)!;
    const box = rowBox[r]!;
    rowOf.set(n.id, r);
    if (n.type === 'fase') return { ...n, position: { x: n.position.x - box.x, y: box.y }, height: box.height };
    return {
      ...n,
      position: { x: n.position.x - box.x, y: box.y + LANE_HEADER + ROW_PAD + n.position.y - box.contentTop },
    } as PlateNode;
  });
  return { plate: { ...plate, nodes }, rowOf };
}

function drawNode(node: Exclude<PlateNode, { type: 'fase' }>): string {
  const { width: w, height: h } = nodeSize(node);
  const style = shapeStyle[node.type];
  const thick = node.type === 'raadsmoment' && node.data.moment === 'besluit' ? 4 : 2;
  const parts = [
    `<g transform="translate(${node.position.x},${node.position.y})">`,
    `<path d="${shapePath(node.type, w, h)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${thick}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
  ];
  if (node.type === 'collegemoment')
    parts.push(
      `<rect x="5" y="5" width="${w - 10}" height="${h - 10}" fill="none" stroke="${style.stroke}" stroke-width="1"/>`,
    );
  const inset = node.type === 'terugkoppeling' || node.type === 'mijlpaal' ? 26 : 16;
  parts.push(
    `<text x="${inset}" y="22" font-size="12" font-weight="700" fill="${style.stroke}">${esc(`${nodeTypeLabels[node.type].icon} ${kindLabel(node)}`)}</text>`,
  );
  const lines = wrap(node.data.title, Math.floor((w - inset - 12) / 7.4), h > 70 ? 3 : 2);
  lines.forEach((line, i) =>
    parts.push(`<text x="${inset}" y="${42 + i * 17}" font-size="14" fill="#111">${esc(line)}</text>`),
  );
  parts.push('</g>');
  return parts.join('');
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An arrow whose target starts less than this right of its source's end goes back: routed, not curved. */
const BACK = 24;
/** How far a routed arrow runs straight out of its source and into its target. */
const STUB = 10;
/** Clearance of a routed arrow under the lowest step it passes when there is no gap to use. */
const CLEARANCE = 14;
/** Corner radius of a routed arrow. */
const CORNER = 8;

const overlapsX = (b: Box, x1: number, x2: number) => b.x < Math.max(x1, x2) && b.x + b.width > Math.min(x1, x2);
const overlapsY = (b: Box, y1: number, y2: number) => b.y < Math.max(y1, y2) && b.y + b.height > Math.min(y1, y2);

/** The middle of the widest stretch of [lo, hi] that no box covers (among boxes spanning x1..x2). */
function freeChannel(
  boxes: readonly Box[],
  x1: number,
  x2: number,
  lo: number,
  hi: number,
  taken: readonly Channel[] = [],
): number | undefined {
  const cover = boxes
    .filter((b) => overlapsX(b, x1, x2) && overlapsY(b, lo, hi))
    .map((b) => [Math.max(lo, b.y), Math.min(hi, b.y + b.height)] as const)
    .sort((a, b) => a[0] - b[0]);
  let best: { from: number; to: number } | undefined;
  let cursor = lo;
  for (const [from, to] of [...cover, [hi, hi] as const]) {
    if (from > cursor && (!best || from - cursor > best.to - best.from)) best = { from: cursor, to: from };
    cursor = Math.max(cursor, to);
  }
  if (!best || best.to - best.from < 6) return undefined;
  // Beside a channel another arrow already runs along (in the same stretch), when there is room.
  const middle = (best.from + best.to) / 2;
  const free = (y: number) => !taken.some((c) => Math.abs(c.y - y) < 5 && Math.max(c.x1, x1) < Math.min(c.x2, x2));
  return [middle, middle - 7, middle + 7].find((y) => y > best.from + 2 && y < best.to - 2 && free(y)) ?? middle;
}

/** A horizontal stretch a routed arrow runs along. */
export interface Channel {
  y: number;
  x1: number;
  x2: number;
}

/**
 * The route of an arrow back to the left (a long phase wraps onto a next line in its lane, or a
 * step leads back to an earlier one): straight out of the source's right side, down or up to a
 * free horizontal channel (the gap between the two lines, or under the steps it passes), along it
 * to just left of the target, and into the target from the left, like the editor draws it. Only
 * horizontal and vertical segments, none through a step (`obstacles`: the boxes of the steps
 * around it, source and target included).
 */
export function routeBackArrow(from: Box, to: Box, obstacles: readonly Box[], taken: readonly Channel[] = []): Point[] {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  const others = obstacles.filter((b) => b !== from && b !== to);
  // A vertical leg moves sideways (out of the column) until no step is in its way.
  const clearX = (x: number, y1: number, y2: number, direction: 1 | -1) => {
    for (let moved = true; moved;) {
      moved = false;
      for (const b of [...others, from, to]) {
        if (b.x < x && b.x + b.width > x && overlapsY(b, y1, y2)) {
          x = direction > 0 ? b.x + b.width + STUB : b.x - STUB;
          moved = true;
        }
      }
    }
    return x;
  };
  let out = start.x + STUB;
  let into = end.x - STUB;
  let channel = start.y;
  for (let round = 0; round < 3; round++) {
    const x1 = Math.min(into, out);
    const x2 = Math.max(into, out);
    const between =
      to.y >= from.y + from.height
        ? freeChannel(obstacles, x1, x2, from.y + from.height, to.y, taken)
        : from.y >= to.y + to.height
          ? freeChannel(obstacles, x1, x2, to.y + to.height, from.y, taken)
          : undefined;
    channel =
      between ?? Math.max(...obstacles.filter((b) => overlapsX(b, x1, x2)).map((b) => b.y + b.height)) + CLEARANCE;
    out = clearX(start.x + STUB, start.y, channel, 1);
    into = clearX(end.x - STUB, channel, end.y, -1);
  }
  return [start, { x: out, y: start.y }, { x: out, y: channel }, { x: into, y: channel }, { x: into, y: end.y }, end];
}

/** An SVG path through orthogonal points, with rounded corners. */
export function roundedPath(points: readonly Point[], radius = CORNER): string {
  const parts = [`M${points[0]!.x},${points[0]!.y}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    if (r < 0.5) {
      parts.push(`L${b.x},${b.y}`);
      continue;
    }
    const toward = (p: Point, q: Point, d: number) => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / length) * d, y: p.y + ((q.y - p.y) / length) * d };
    };
    const before = toward(b, a, r);
    const after = toward(b, c, r);
    parts.push(`L${before.x},${before.y}`, `Q${b.x},${b.y} ${after.x},${after.y}`);
  }
  const last = points[points.length - 1]!;
  parts.push(`L${last.x},${last.y}`);
  return parts.join(' ');
}

const inside = (p: Point, b: Box) =>
  p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1;

/** Whether a path of horizontal and vertical segments stays out of every box. */
export function orthogonalPathClear(points: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (const box of boxes) {
      const hit =
        a.y === b.y
          ? a.y > box.y && a.y < box.y + box.height && overlapsX(box, a.x, b.x)
          : a.x > box.x && a.x < box.x + box.width && overlapsY(box, a.y, b.y);
      if (hit) return false;
    }
  }
  return true;
}

/** The forward curve from a source's right side to a target's left side, as drawn. */
export function forwardCurve(from: Point, to: Point): [Point, Point, Point, Point] {
  // Never more than the distance: a curve whose handles cross makes a loop.
  const bend = Math.min(Math.max(40, (to.x - from.x) / 2), to.x - from.x);
  return [from, { x: from.x + bend, y: from.y }, { x: to.x - bend, y: to.y }, to];
}

/** Whether the forward curve passes through one of the boxes (sampled along the curve). */
export function curveCrosses(curve: readonly [Point, Point, Point, Point], boxes: readonly Box[]): boolean {
  const [p0, p1, p2, p3] = curve;
  for (let i = 1; i < 32; i++) {
    const t = i / 32;
    const u = 1 - t;
    const p = {
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
    };
    if (boxes.some((b) => inside(p, b))) return true;
  }
  return false;
}

/**
 * A forward arrow whose curve would cross a step (it leaves a lower line of a wrapped phase, or
 * jumps over steps): an elbow instead, along its own line to just before the target's column and
 * then up or down into it; or first up or down beside the source; or out, along the free channel
 * between the lines and in. Undefined when none is clear.
 */
export function routeForwardArrow(
  from: Box,
  to: Box,
  obstacles: readonly Box[],
  taken: readonly Channel[] = [],
): Point[] | undefined {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  const others = obstacles.filter((b) => b !== from && b !== to);
  // The vertical leg halfway across the free space before the target (clear of the routes that
  // enter a step right at its left side).
  const blockers = [from, ...others].filter(
    (b) => b.x + b.width <= end.x && overlapsY(b, Math.min(start.y, end.y) - 1, Math.max(start.y, end.y) + 1),
  );
  const freeFrom = Math.max(start.x, ...blockers.map((b) => b.x + b.width));
  const late = Math.round(Math.min(end.x - STUB, Math.max(start.x + STUB, (freeFrom + end.x) / 2)));
  const early = start.x + STUB;
  const candidates: Point[][] = [
    [start, { x: late, y: start.y }, { x: late, y: end.y }, end],
    [start, { x: early, y: start.y }, { x: early, y: end.y }, end],
  ];
  // Else like an arrow back: out of the source, along the free channel between the lines, into the target.
  candidates.push(routeBackArrow(from, to, obstacles, taken));
  return candidates.find((points) => points[1]!.x > start.x && orthogonalPathClear(points, others));
}

/** How an arrow is drawn: a curve forward, a routed line back, or a numbered connector pair across rows. */
export type SvgArrow =
  | { edgeId: string; kind: 'forward'; from: Point; to: Point }
  | { edgeId: string; kind: 'elbow'; points: Point[] }
  | { edgeId: string; kind: 'back'; points: Point[] }
  | {
      edgeId: string;
      kind: 'connector';
      number: number;
      from: Point;
      to: Point;
      /** Centres of the numbered circles: off the arrows' line, beside the source and before the target. */
      fromBadge: Point;
      toBadge: Point;
    };

/** Where the n-th numbered circle before a target goes: above the arrow's line, then below, then further out. */
const ARRIVAL_OFFSETS = [-30, 30, -62, 62, -94, 94];

/**
 * The geometry of the exported picture: the plate folded into rows (lanes moved as a whole) and
 * how every arrow runs. The SVG writer draws exactly this; tests measure it.
 */
export function procesplaatSvgLayout(
  input: Pick<Procesplaat, 'nodes' | 'edges'>,
  page: { widthMm: number; heightMm: number } = { widthMm: 297, heightMm: 210 },
): { plate: Pick<Procesplaat, 'nodes' | 'edges'>; arrows: SvgArrow[] } {
  const { plate, rowOf } = foldLanes(input, page.widthMm / page.heightMm);
  const byId = new Map(plate.nodes.map((n) => [n.id, n]));
  const boxOf = new Map(plate.nodes.map((n) => [n.id, { ...n.position, ...nodeSize(n) }]));
  const stepsPerRow = new Map<number | undefined, Box[]>();
  for (const n of plate.nodes) {
    if (n.type === 'fase') continue;
    const row = rowOf.get(n.id);
    stepsPerRow.set(row, [...(stepsPerRow.get(row) ?? []), boxOf.get(n.id)!]);
  }
  const connectorOf = new Map<string, number>();
  const arrivals = new Map<string, number>();
  const taken: Channel[] = [];
  const take = (points: Point[]) => {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      if (a.y === b.y && a.x !== b.x) taken.push({ y: a.y, x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x) });
    }
    return points;
  };
  const arrows: SvgArrow[] = [];
  for (const edge of plate.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t) continue;
    const sb = boxOf.get(s.id)!;
    const tb = boxOf.get(t.id)!;
    const from = { x: sb.x + sb.width, y: sb.y + sb.height / 2 };
    const to = { x: tb.x, y: tb.y + tb.height / 2 };
    if (rowOf.get(s.id) !== rowOf.get(t.id)) {
      // One number per source node: all its jumps to the next row share it.
      let number = connectorOf.get(s.id);
      if (number === undefined) {
        number = connectorOf.size + 1;
        connectorOf.set(s.id, number);
      }
      // Like the editor: the circles sit diagonally off the arrow's line, clear of the curves that
      // leave or enter at the same point; several jumps into one step get a circle each.
      const arrival = arrivals.get(t.id) ?? 0;
      arrivals.set(t.id, arrival + 1);
      const dy = ARRIVAL_OFFSETS[arrival % ARRIVAL_OFFSETS.length]!;
      arrows.push({
        edgeId: edge.id,
        kind: 'connector',
        number,
        from,
        to,
        fromBadge: { x: from.x + 26, y: from.y + 30 },
        toBadge: { x: to.x - 27, y: to.y + dy },
      });
    } else if (to.x < from.x + BACK) {
      arrows.push({
        edgeId: edge.id,
        kind: 'back',
        points: take(routeBackArrow(sb, tb, stepsPerRow.get(rowOf.get(s.id)) ?? [sb, tb], taken)),
      });
    } else {
      const steps = (stepsPerRow.get(rowOf.get(s.id)) ?? []).filter((b) => b !== sb && b !== tb);
      const crosses = curveCrosses(forwardCurve(from, to), steps);
      const elbow = crosses ? routeForwardArrow(sb, tb, [sb, tb, ...steps], taken) : undefined;
      if (elbow) take(elbow);
      arrows.push(
        elbow ? { edgeId: edge.id, kind: 'elbow', points: elbow } : { edgeId: edge.id, kind: 'forward', from, to },
      );
    }
  }
  return { plate, arrows };
}

/**
 * The procesplaat as a standalone SVG document (a string): lanes, shapes, arrows, a legend and
 * the title, fitted on an A4 landscape page. Pure, so the Word export, the CLI and the editor's
 * download button all produce the same picture.
 */
export function renderProcesplaatSvg(input: Pick<Procesplaat, 'nodes' | 'edges'>, options: SvgOptions = {}): string {
  const page = options.page ?? { widthMm: 297, heightMm: 210 };
  const { plate, arrows } = procesplaatSvgLayout(input, page);
  const edgeById = new Map(plate.edges.map((e) => [e.id, e]));
  const boxes = plate.nodes.map((n) => ({ ...n.position, ...nodeSize(n) }));
  const minX = Math.min(0, ...boxes.map((b) => b.x)) - MARGIN;
  const minY = Math.min(0, ...boxes.map((b) => b.y)) - MARGIN - TITLE_HEIGHT;
  const maxX = Math.max(600, ...boxes.map((b) => b.x + b.width)) + MARGIN;
  const maxY = Math.max(200, ...boxes.map((b) => b.y + b.height)) + MARGIN + LEGEND_HEIGHT;
  const width = maxX - minX;
  const height = maxY - minY;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.widthMm}mm" height="${page.heightMm}mm" viewBox="${minX} ${minY} ${width} ${height}" preserveAspectRatio="xMidYMid meet" font-family="${esc(FONT)}" role="img" aria-label="${esc(options.title ? `${svgLabels.plate}: ${options.title}` : svgLabels.plate)}">`,
    '<defs>',
    '<marker id="pp-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#1f2937"/></marker>',
    '<marker id="pp-arrow-info" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10" fill="none" stroke="#5b2a86" stroke-width="1.5"/></marker>',
    '</defs>',
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (options.title)
    out.push(
      `<text x="${minX + MARGIN}" y="${minY + 40}" font-size="26" font-weight="700" fill="#111">${esc(options.title)}</text>`,
    );

  for (const lane of plate.nodes) {
    if (lane.type !== 'fase') continue;
    const { width: w, height: h } = nodeSize(lane);
    const { x, y } = lane.position;
    out.push(
      `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f6f8fb" stroke="#8a96a8" stroke-width="1.5"/>`,
      `<rect x="${x}" y="${y}" width="${w}" height="${LANE_HEADER - 12}" fill="#154273"/>`,
      `<text x="${x + 14}" y="${y + 29}" font-size="18" font-weight="700" fill="#ffffff">${esc(lane.data.title || phaseLabels[lane.data.phase].label)}</text></g>`,
    );
  }

  for (const arrow of arrows) {
    const edge = edgeById.get(arrow.edgeId)!;
    const info = edge.type === 'informatie';
    const dash = info ? ' stroke-dasharray="7 5"' : '';
    if (arrow.kind === 'connector') {
      // Across a fold: a numbered connector at both ends (flowchart convention) instead of a line across the page.
      const { number, from, to, fromBadge, toBadge } = arrow;
      const badge = (c: Point) =>
        `<circle cx="${c.x}" cy="${c.y}" r="14" fill="#fff" stroke="#1f2937" stroke-width="2"/><text x="${c.x}" y="${c.y + 5}" font-size="14" font-weight="700" text-anchor="middle">${number}</text>`;
      // The stubs end at the circle's edge (radius 14), on the line from the handle to its centre.
      const edgeOf = (c: Point, p: Point) => {
        const d = Math.hypot(p.x - c.x, p.y - c.y) || 1;
        return {
          x: Math.round((c.x + ((p.x - c.x) / d) * 14) * 10) / 10,
          y: Math.round((c.y + ((p.y - c.y) / d) * 14) * 10) / 10,
        };
      };
      const leave = edgeOf(fromBadge, from);
      const enter = edgeOf(toBadge, to);
      out.push(
        `<path d="M${from.x},${from.y} L${leave.x},${leave.y}" stroke="#1f2937" stroke-width="2"${dash}/>${badge(fromBadge)}`,
        `${badge(toBadge)}<path d="M${enter.x},${enter.y} L${to.x},${to.y}" stroke="#1f2937" stroke-width="2"${dash} marker-end="url(#pp-arrow)"/>`,
      );
      continue;
    }
    const stroke = `fill="none" stroke="${info ? '#5b2a86' : '#1f2937'}" stroke-width="${info ? 1.5 : 2}"${dash} marker-end="url(#${info ? 'pp-arrow-info' : 'pp-arrow'})"`;
    let label: Point;
    if (arrow.kind === 'back' || arrow.kind === 'elbow') {
      // Back to the left along the gap between the lines, or around the steps a curve would cross:
      // never a loop or a line through a step.
      out.push(`<path d="${roundedPath(arrow.points)}" ${stroke}/>`);
      const longest = arrow.points
        .slice(1)
        .map((b, i) => [arrow.points[i]!, b] as const)
        .filter(([a, b]) => a.y === b.y)
        .sort(([a, b], [c, d]) => Math.abs(d.x - c.x) - Math.abs(b.x - a.x))[0]!;
      label = { x: (longest[0].x + longest[1].x) / 2, y: longest[0].y };
    } else {
      const [from, c1, c2, to] = forwardCurve(arrow.from, arrow.to);
      out.push(`<path d="M${from.x},${from.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}" ${stroke}/>`);
      label = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    }
    if (edge.label) {
      const w = edge.label.length * 7 + 12;
      out.push(
        `<rect x="${label.x - w / 2}" y="${label.y - 11}" width="${w}" height="20" rx="4" fill="#ffffff" stroke="#c7ced9"/><text x="${label.x}" y="${label.y + 4}" font-size="12" text-anchor="middle" fill="#111">${esc(edge.label)}</text>`,
      );
    }
  }

  for (const node of plate.nodes) if (node.type !== 'fase') out.push(drawNode(node));

  // Legend: every shape with its name, so the printed picture explains itself.
  const legendY = maxY - LEGEND_HEIGHT + 10;
  let lx = minX + MARGIN;
  for (const type of NODE_TYPES) {
    if (type === 'fase') continue;
    const style = shapeStyle[type];
    out.push(
      `<g transform="translate(${lx},${legendY})"><path d="${shapePath(type, 44, 26)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/><text x="52" y="18" font-size="13" fill="#111">${esc(nodeTypeLabels[type].label)}</text></g>`,
    );
    lx += 60 + nodeTypeLabels[type].label.length * 8;
  }
  out.push(
    `<g transform="translate(${lx},${legendY + 13})"><path d="M0,0 H44" stroke="#1f2937" stroke-width="2" marker-end="url(#pp-arrow)"/><text x="52" y="5" font-size="13" fill="#111">${esc(edgeTypeLabels.volgorde)}</text>`,
    `<path d="M130,0 H174" stroke="#5b2a86" stroke-width="1.5" stroke-dasharray="7 5" marker-end="url(#pp-arrow-info)"/><text x="182" y="5" font-size="13" fill="#111">${esc(edgeTypeLabels.informatie)}</text></g>`,
  );
  out.push('</svg>');
  return out.join('\n');
}
