import { phaseLabels } from '../participatie/labels';
import { edgeTypeLabels, nodeTypeLabels, raadsmomentLabels } from './labels';
import { LANE_HEADER, nodeSize, NODE_TYPES, type ProcesNode, type Procesplaat } from './model';
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
const NIET_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlVeilig(s: string): string {
  return s.replace(NIET_IN_XML, '');
}

const esc = (s: string) =>
  xmlVeilig(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

function kindLabel(node: ProcesNode): string {
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
    } as ProcesNode;
  });
  return { plate: { ...plate, nodes }, rowOf };
}

function drawNode(node: Exclude<ProcesNode, { type: 'fase' }>): string {
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

/**
 * The procesplaat as a standalone SVG document (a string): lanes, shapes, arrows, a legend and
 * the title, fitted on an A4 landscape page. Pure, so the Word export, the CLI and the editor's
 * download button all produce the same picture.
 */
export function renderProcesplaatSvg(input: Pick<Procesplaat, 'nodes' | 'edges'>, options: SvgOptions = {}): string {
  const page = options.page ?? { widthMm: 297, heightMm: 210 };
  const { plate, rowOf } = foldLanes(input, page.widthMm / page.heightMm);
  const byId = new Map(plate.nodes.map((n) => [n.id, n]));
  const boxes = plate.nodes.map((n) => ({ ...n.position, ...nodeSize(n) }));
  const minX = Math.min(0, ...boxes.map((b) => b.x)) - MARGIN;
  const minY = Math.min(0, ...boxes.map((b) => b.y)) - MARGIN - TITLE_HEIGHT;
  const maxX = Math.max(600, ...boxes.map((b) => b.x + b.width)) + MARGIN;
  const maxY = Math.max(200, ...boxes.map((b) => b.y + b.height)) + MARGIN + LEGEND_HEIGHT;
  const width = maxX - minX;
  const height = maxY - minY;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.widthMm}mm" height="${page.heightMm}mm" viewBox="${minX} ${minY} ${width} ${height}" preserveAspectRatio="xMidYMid meet" font-family="${esc(FONT)}" role="img" aria-label="${esc(options.title ? `Procesplaat: ${options.title}` : 'Procesplaat')}">`,
    '<defs>',
    '<marker id="pijl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#1f2937"/></marker>',
    '<marker id="pijl-info" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10" fill="none" stroke="#5b2a86" stroke-width="1.5"/></marker>',
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

  const connectorOf = new Map<string, number>();
  for (const edge of plate.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t) continue;
    const sz = nodeSize(s);
    const tz = nodeSize(t);
    const x1 = s.position.x + sz.width;
    const y1 = s.position.y + sz.height / 2;
    const x2 = t.position.x;
    const y2 = t.position.y + tz.height / 2;
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    const info = edge.type === 'informatie';
    if (rowOf.get(s.id) !== rowOf.get(t.id)) {
      // Across a fold: a numbered connector at both ends (flowchart convention) instead of a line across the page.
      // One number per source node: all its jumps to the next row share it.
      let number = connectorOf.get(s.id);
      if (number === undefined) {
        number = connectorOf.size + 1;
        connectorOf.set(s.id, number);
      }
      const connector = number;
      out.push(
        `<path d="M${x1},${y1} H${x1 + 22}" stroke="#1f2937" stroke-width="2"${info ? ' stroke-dasharray="7 5"' : ''}/><circle cx="${x1 + 36}" cy="${y1}" r="14" fill="#fff" stroke="#1f2937" stroke-width="2"/><text x="${x1 + 36}" y="${y1 + 5}" font-size="14" font-weight="700" text-anchor="middle">${connector}</text>`,
        `<circle cx="${x2 - 50}" cy="${y2}" r="14" fill="#fff" stroke="#1f2937" stroke-width="2"/><text x="${x2 - 50}" y="${y2 + 5}" font-size="14" font-weight="700" text-anchor="middle">${connector}</text><path d="M${x2 - 36},${y2} H${x2}" stroke="#1f2937" stroke-width="2" marker-end="url(#pijl)"/>`,
      );
      continue;
    }
    out.push(
      `<path d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" fill="none" stroke="${info ? '#5b2a86' : '#1f2937'}" stroke-width="${info ? 1.5 : 2}"${info ? ' stroke-dasharray="7 5"' : ''} marker-end="url(#${info ? 'pijl-info' : 'pijl'})"/>`,
    );
    if (edge.label) {
      const mx = (x1 + x2) / 2;
      const my = (y1 + y2) / 2;
      const w = edge.label.length * 7 + 12;
      out.push(
        `<rect x="${mx - w / 2}" y="${my - 11}" width="${w}" height="20" rx="4" fill="#ffffff" stroke="#c7ced9"/><text x="${mx}" y="${my + 4}" font-size="12" text-anchor="middle" fill="#111">${esc(edge.label)}</text>`,
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
    `<g transform="translate(${lx},${legendY + 13})"><path d="M0,0 H44" stroke="#1f2937" stroke-width="2" marker-end="url(#pijl)"/><text x="52" y="5" font-size="13" fill="#111">${esc(edgeTypeLabels.volgorde)}</text>`,
    `<path d="M130,0 H174" stroke="#5b2a86" stroke-width="1.5" stroke-dasharray="7 5" marker-end="url(#pijl-info)"/><text x="182" y="5" font-size="13" fill="#111">${esc(edgeTypeLabels.informatie)}</text></g>`,
  );
  out.push('</svg>');
  return out.join('\n');
}
