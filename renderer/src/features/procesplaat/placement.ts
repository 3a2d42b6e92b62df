/** Where a new step goes: free space next to the selection, never on top of another step. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free around a new step, so it does not touch its neighbours. */
export const PLACEMENT_MARGIN = 16;

const overlaps = (a: Rect, b: Rect, margin: number) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/**
 * The free spot for a box of `size` nearest to `anchor`: first right of it, then below, above and
 * left; then further away, ring by ring on a grid. Without an anchor, nearest to `centre`.
 * Coordinates are the drawn ones (what the user sees), so "next to" is what it looks like.
 * With `within`, the new box's centre lies inside one of those boxes (the lanes).
 */
export function freeSpot(
  occupied: readonly Rect[],
  size: { width: number; height: number },
  anchor: Rect | null,
  centre: { x: number; y: number },
  options: { grid?: number; within?: readonly Rect[] } = {},
): { x: number; y: number } {
  const grid = options.grid ?? 16;
  const snap = (v: number) => Math.round(v / grid) * grid;
  // Inside a lane (its centre in a lane's box), so the step belongs to a phase where it is drawn.
  const inside = (x: number, y: number) => {
    if (!options.within?.length) return true;
    const cx = x + size.width / 2;
    const cy = y + size.height / 2;
    return options.within.some((w) => cx > w.x && cx < w.x + w.width && cy > w.y && cy < w.y + w.height);
  };
  const free = (x: number, y: number) =>
    inside(x, y) &&
    !occupied.some((o) => overlaps({ x, y, width: size.width, height: size.height }, o, PLACEMENT_MARGIN));
  if (anchor) {
    const gap = 48;
    const beside = [
      { x: anchor.x + anchor.width + gap, y: anchor.y },
      { x: anchor.x, y: anchor.y + anchor.height + PLACEMENT_MARGIN * 2 },
      { x: anchor.x, y: anchor.y - size.height - PLACEMENT_MARGIN * 2 },
      { x: anchor.x - size.width - gap, y: anchor.y },
    ].map((p) => ({ x: snap(p.x), y: snap(p.y) }));
    for (const p of beside) if (free(p.x, p.y)) return p;
  }
  const origin = anchor
    ? { x: anchor.x + anchor.width / 2, y: anchor.y + anchor.height / 2 }
    : { x: centre.x, y: centre.y };
  const start = { x: snap(origin.x - size.width / 2), y: snap(origin.y - size.height / 2) };
  if (!anchor && free(start.x, start.y)) return start;
  // Rings of growing distance; in each ring the spot nearest the origin wins.
  const stepX = grid * 2;
  const stepY = grid * 2;
  for (let ring = 1; ring < 400; ring++) {
    let best: { x: number; y: number; d: number } | undefined;
    for (let i = -ring; i <= ring; i++)
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ] as const) {
        const x = start.x + dx * stepX;
        const y = start.y + dy * stepY;
        if (!free(x, y)) continue;
        const d = (dx * stepX) ** 2 + (dy * stepY) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    if (best) return { x: best.x, y: best.y };
  }
  // Unreachable for any real plate: below everything.
  return { x: start.x, y: snap(Math.max(...occupied.map((o) => o.y + o.height), 0) + PLACEMENT_MARGIN * 2) };
}
