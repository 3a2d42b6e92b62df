import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './mapping';

/**
 * Where the canvas looks: fitting the plate, a readable zoom, bringing a step into view. Every
 * helper works on the React Flow instance of the editor and the canvas element on screen.
 */

/** Node titles are 16 px: at this zoom they render at 11 px, the least that reads on a laptop. */
export const READABLE_ZOOM = 11 / 16;
/** Room kept around the plate when it is fitted; on the left the numbered connectors. */
export const FIT_PADDING = { top: '16px', right: '16px', bottom: '16px', left: '36px' } as const;
/** What the canvas's own "fit" control does: the same room, never larger than life. */
export const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1 };
/** Wide enough for both side panels next to a readable plate. */
export const WIDE = 1600;
const PANEL_WIDTHS = { palette: 192, paletteNarrow: 64, side: 352, toolbar: 56 };

/**
 * Width/height of the canvas as it is with the panels in their first state: the rows of the plate
 * are folded for it. Depends on the window only, so opening a panel does not re-fold the plate.
 */
export function canvasAspect(): number {
  const w = window.innerWidth;
  const h = Math.max(200, window.innerHeight - PANEL_WIDTHS.toolbar);
  const panels = w >= WIDE ? PANEL_WIDTHS.palette + PANEL_WIDTHS.side + 24 : PANEL_WIDTHS.paletteNarrow + 8;
  return Math.max(0.6, (w - panels) / h);
}

/** `canvasAspect()`, followed once per frame while the window is resized. */
export function useCanvasAspect(): number {
  const [aspect, setAspect] = useState(canvasAspect);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAspect(canvasAspect()));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return aspect;
}

/** After two frames: once React has drawn a change and the browser has laid it out. */
export const afterLayout = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

/**
 * False until the browser has painted the component's first render, then true: what is not needed
 * to see the plate (the checks) waits until the canvas is on screen. A timer from the frame
 * callback runs after that frame's paint.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** Where the side panel starts when it is a drawer over the canvas (narrow screens); Infinity otherwise. */
function drawerTop(): number {
  const side = document.getElementById('pp-side');
  if (!side || side.hidden || getComputedStyle(side).position !== 'fixed') return Infinity;
  return side.getBoundingClientRect().top;
}

export function useViewportHelpers(canvasRef: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow<FlowNode, FlowEdge>();

  /** Pans just enough that a node is wholly in view, at a readable zoom (or the user's own). */
  const reveal = useCallback(
    (id: string, readable = true) => {
      const node = flow.getInternalNode(id);
      const canvasBox = canvasRef.current?.getBoundingClientRect();
      if (!node || !canvasBox || node.type === 'fase') return;
      const { x, y } = node.internals.positionAbsolute;
      const w = node.measured.width ?? 0;
      const h = node.measured.height ?? 0;
      const zoom = readable ? Math.max(flow.getZoom(), READABLE_ZOOM) : flow.getZoom();
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + w, y: y + h });
      const margin = 24;
      // On a narrow screen the side panel is a drawer over the bottom of the canvas: what it covers
      // (and what lies below the window) is not in view.
      const bottom = Math.min(canvasBox.bottom, window.innerHeight, drawerTop());
      const hidden = Math.max(0, canvasBox.bottom - bottom);
      const inView =
        zoom === flow.getZoom() &&
        topLeft.x >= canvasBox.left + margin &&
        topLeft.y >= canvasBox.top + margin &&
        bottomRight.x <= canvasBox.right - margin &&
        bottomRight.y <= bottom - margin;
      // Centred in the part that shows: the canvas's centre lies `hidden / 2` px below it.
      if (!inView) void flow.setCenter(x + w / 2, y + h / 2 + hidden / 2 / zoom, { zoom, duration: 200 });
    },
    [flow, canvasRef],
  );

  /**
   * The whole plate when it shows readably, otherwise its start at a readable zoom: a plate
   * shrunk until it fits is a row of unreadable boxes.
   */
  const showReadable = useCallback(
    (duration = 200) => {
      const all = flow.getNodes();
      const canvasBox = canvasRef.current?.getBoundingClientRect();
      if (!canvasBox || all.length === 0) return;
      const minX = Math.min(...all.map((n) => n.position.x));
      const minY = Math.min(...all.map((n) => n.position.y));
      const maxX = Math.max(...all.map((n) => n.position.x + (n.width ?? 0)));
      const maxY = Math.max(...all.map((n) => n.position.y + (n.height ?? 0)));
      const fit = Math.min((canvasBox.width - 52) / (maxX - minX), (canvasBox.height - 32) / (maxY - minY));
      if (fit >= READABLE_ZOOM) {
        void flow.fitView({ padding: FIT_PADDING, maxZoom: 1, duration });
        return;
      }
      void flow.setViewport(
        { x: 36 - minX * READABLE_ZOOM, y: 16 - minY * READABLE_ZOOM, zoom: READABLE_ZOOM },
        { duration },
      );
    },
    [flow, canvasRef],
  );

  /** "Alles in beeld": the whole plate, however small. */
  const fitAll = useCallback(() => void flow.fitView({ padding: FIT_PADDING, maxZoom: 1, duration: 200 }), [flow]);

  /** Centres a box of the drawn plate, zoomed in to at least 0.9. */
  const centreOn = useCallback(
    (box: { x: number; y: number; width: number; height: number }) =>
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: Math.max(flow.getZoom(), 0.9),
        duration: 200,
      }),
    [flow],
  );

  /** The middle of the canvas in plate coordinates (where a step goes when nothing is chosen). */
  const centre = useCallback(() => {
    const box = canvasRef.current?.getBoundingClientRect();
    return box
      ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
      : { x: 0, y: 0 };
  }, [flow, canvasRef]);

  return useMemo(
    () => ({ reveal, showReadable, fitAll, centreOn, centre }),
    [reveal, showReadable, fitAll, centreOn, centre],
  );
}
