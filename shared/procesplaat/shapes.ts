import type { NodeType } from './model';

/**
 * One outline per node type, as an SVG path, so the type shows in the shape and not in colour
 * alone (WCAG 1.4.1) — and the editor and the exported picture draw exactly the same shapes.
 */
export function shapePath(type: Exclude<NodeType, 'fase'>, w: number, h: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  switch (type) {
    case 'activiteit': {
      // Rounded rectangle: the participation itself.
      const c = Math.min(14, r(h / 3));
      return `M${c},0 H${r(w - c)} Q${w},0 ${w},${c} V${r(h - c)} Q${w},${h} ${r(w - c)},${h} H${c} Q0,${h} 0,${r(h - c)} V${c} Q0,0 ${c},0 Z`;
    }
    case 'raadsmoment': {
      // Octagon (cut corners), like a seal: the council.
      const c = Math.min(16, r(h / 3));
      return `M${c},0 H${r(w - c)} L${w},${c} V${r(h - c)} L${r(w - c)},${h} H${c} L0,${r(h - c)} V${c} Z`;
    }
    case 'collegemoment':
      // Plain rectangle: the college (a second inner line is drawn on top, see innerLine).
      return `M0,0 H${w} V${h} H0 Z`;
    case 'terugkoppeling': {
      // A notch on the left, pointing back: information returns to participants.
      const n = 18;
      return `M0,0 H${w} V${h} H0 L${n},${r(h / 2)} Z`;
    }
    case 'communicatie': {
      // Parallelogram: sent out to everyone.
      const s = 16;
      return `M${s},0 H${w} L${r(w - s)},${h} H0 Z`;
    }
    case 'evaluatie': {
      // Pill: the end of the road, looking back.
      const c = r(h / 2);
      return `M${c},0 H${r(w - c)} A${c},${c} 0 0 1 ${r(w - c)},${h} H${c} A${c},${c} 0 0 1 ${c},0 Z`;
    }
    case 'mijlpaal': {
      // Pointed at both ends: a moment, not a period.
      const p = 20;
      return `M${p},0 H${r(w - p)} L${w},${r(h / 2)} L${r(w - p)},${h} H${p} L0,${r(h / 2)} Z`;
    }
  }
}

/** Fill and line per type: chosen for 4.5:1 contrast with black text; the shape carries the meaning. */
export const shapeStyle: Record<Exclude<NodeType, 'fase'>, { fill: string; stroke: string; dash?: string }> = {
  activiteit: { fill: '#e3eefa', stroke: '#154273' },
  raadsmoment: { fill: '#fff1cc', stroke: '#7a4d00' },
  collegemoment: { fill: '#ececec', stroke: '#3d3d3d' },
  terugkoppeling: { fill: '#e2f4e7', stroke: '#1d6b35' },
  communicatie: { fill: '#f1e6fa', stroke: '#5b2a86' },
  evaluatie: { fill: '#e6f3f5', stroke: '#0b5563' },
  mijlpaal: { fill: '#ffffff', stroke: '#1f2937', dash: '6 3' },
};
