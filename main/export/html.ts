import { titlePageLines, type Block, type DocumentModel, type Figure, type Section } from '../../shared/document/model';
import { documentLabels } from '../../shared/document/texts';
import { oneLine, paragraphs } from './text';

/**
 * HTML rendering of the document model, made for printing (Electron printToPDF, Chromium
 * --print-to-pdf) and as a preview. All text is HTML-escaped; the figure is embedded as an
 * <img> with an SVG data URL, so even a malformed SVG could never run script in this page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const esc = (t: string) => escapeHtml(oneLine(t));

const css = `
@page { size: A4; margin: 22mm 20mm 24mm 22mm;
  @bottom-right { content: ${documentLabels.pageOfCss}; font: 9pt Arial, Helvetica, sans-serif; color: #555; } }
@page :first { @bottom-right { content: none; } }
html { font: 10.5pt/1.45 Arial, Helvetica, sans-serif; color: #111; }
body { margin: 0; }
.title-page { break-after: page; padding-top: 70mm; }
.title-page h1 { font-size: 26pt; margin: 0 0 6mm; color: #1f3b63; }
.title-page .traject { font-size: 18pt; margin: 0 0 14mm; }
.title-page dl { display: grid; grid-template-columns: 28mm auto; row-gap: 2mm; font-size: 11pt; }
.title-page dt { font-weight: bold; }
.title-page dd { margin: 0; }
h2 { font-size: 15pt; color: #1f3b63; margin: 9mm 0 3mm; break-after: avoid; }
h3 { font-size: 12pt; color: #1f3b63; margin: 6mm 0 2mm; break-after: avoid; }
h4 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
section.annex { break-before: page; }
p { margin: 0 0 2.5mm; }
p.niveau1, p.niveau2, p.niveau3 { padding-left: 7.5mm; text-indent: -7.5mm; }
p.niveau2 { margin-left: 7.5mm; margin-bottom: 1mm; }
p.niveau3 { margin-left: 15mm; margin-bottom: 1mm; }
.nummer { display: inline-block; width: 7.5mm; text-indent: 0; }
ul, ol { margin: 0 0 3mm; padding-left: 7mm; }
li { margin-bottom: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 9.5pt; }
th, td { border: 0.5pt solid #9aa5b1; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
tr { break-inside: avoid; }
@page landscape { size: A4 landscape; margin: 15mm 18mm 18mm; }
figure { page: landscape; margin: 0; break-inside: avoid; }
figure img { display: block; width: 100%; height: auto; max-height: 165mm; object-fit: contain; }
figcaption { font-size: 9pt; font-style: italic; color: #333; margin-top: 1.5mm; }
`;

function figure(f: Figure): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(f.svg, 'utf8').toString('base64')}`;
  return `<figure><img src="${src}" alt="${esc(f.alt)}" width="${f.width}" height="${f.height}"><figcaption>${esc(f.caption)}</figcaption></figure>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph': {
      // A lid, onderdeel or subonderdeel of a verordening: the marker hangs, one step in per level.
      const outline = b.outline ? /^(\S+)\s+([\s\S]*)$/.exec(oneLine(b.text)) : null;
      if (b.outline && outline)
        return `<p class="niveau${b.outline}"><span class="nummer">${esc(outline[1]!)}</span>${esc(outline[2]!)}</p>`;
      const parts = paragraphs(b.text).map(escapeHtml);
      if (b.label) parts[0] = `<strong>${esc(b.label)}:</strong> ${parts[0] ?? ''}`;
      return parts.map((p) => `<p>${p}</p>`).join('');
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const total = b.widths.reduce((s, w) => s + w, 0) || 1;
      const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
      const head = `<tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
      const rows = b.rows
        .map((r) => `<tr>${b.header.map((_, i) => `<td>${esc(r[i] ?? '')}</td>`).join('')}</tr>`)
        .join('');
      return `<table><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
    case 'figure':
      return figure(b);
  }
}

function section(s: Section, depth: number): string {
  const h = `h${Math.min(depth, 6)}`;
  const inner = `<${h}>${esc(s.title)}</${h}>${s.blocks.map(block).join('')}${s.children.map((c) => section(c, depth + 1)).join('')}`;
  return depth === 2 ? `<section${s.annex ? ' class="annex"' : ''}>${inner}</section>` : inner;
}

export function renderHtml(doc: DocumentModel): string {
  const t = doc.title;
  const meta = titlePageLines(t)
    .map(({ label, value }) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`)
    .join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${esc(`${t.documentTitle}: ${t.trajectTitle}`)}</title><style>${css}</style></head>
<body><div class="title-page"><h1>${esc(t.documentTitle)}</h1><p class="traject">${esc(t.trajectTitle)}</p><dl>${meta}</dl></div>
${doc.sections.map((s) => section(s, 2)).join('\n')}
</body></html>
`;
}
