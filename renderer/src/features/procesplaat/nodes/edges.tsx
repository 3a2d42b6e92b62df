import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../mapping';

/** Circle of a connector: the same number at both ends of an arrow that jumps to another row. */
function Connector({ x, y, n, colour }: { x: number; y: number; n: number; colour: string }) {
  return (
    <g className="pp-connector" aria-hidden="true">
      <circle cx={x} cy={y} r={12} fill="#fff" stroke={colour} strokeWidth={2} />
      <text x={x} y={y + 5} textAnchor="middle" fontSize={15} fontWeight={700} fill="#111">
        {n}
      </text>
    </g>
  );
}

function ArrowEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  data,
  selected,
  type,
}: EdgeProps<FlowEdge>) {
  const info = type === 'informatie';
  const colour = selected ? '#000' : info ? '#5b2a86' : '#1f2937';
  const style = {
    stroke: colour,
    strokeWidth: selected ? 3.5 : 2,
    // Dashed for information flow: the difference does not depend on colour.
    strokeDasharray: info ? '7 5' : undefined,
  };
  if (data?.connector !== undefined) {
    // Across rows: a short stub out of the source to a numbered circle, and the same number
    // before the target with the arrow in (flowchart convention; the export draws it the same way).
    const n = data.connector;
    // Both circles sit in the gap between two columns of steps, just off the handle's line, so
    // they stay clear of an ordinary arrow that leaves or enters at the same handle.
    const path = `M${sourceX},${sourceY} L${sourceX + 16},${sourceY + 18} M${targetX - 17},${targetY - 19} L${targetX},${targetY}`;
    return (
      <>
        <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={24} />
        <Connector x={sourceX + 24} y={sourceY + 27} n={n} colour={colour} />
        <Connector x={targetX - 25} y={targetY - 28} n={n} colour={colour} />
      </>
    );
  }
  // Back to the left (a long phase wraps onto a next line in its lane): around, not across the steps.
  const [path, labelX, labelY] =
    targetX < sourceX + 24
      ? getSmoothStepPath({
          sourceX,
          sourceY,
          targetX,
          targetY,
          sourcePosition,
          targetPosition,
          borderRadius: 10,
          offset: 18,
          // Under the source, in the gap between the two lines (a step is 84 high, the gap 24).
          centerY: targetY > sourceY + 54 ? sourceY + 54 : undefined,
        })
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className="pp-edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const ENDS = new Set(['sourceX', 'sourceY', 'targetX', 'targetY']);

/**
 * Same arrow when every prop is the same and its ends moved less than a hundredth of a pixel. React
 * Flow measures each step's handles once after the first render; the measurement differs from the
 * places the editor gave beforehand (mapping.ts) only by rounding at the zoom, which would otherwise
 * redraw all 700 arrows at once.
 */
function sameArrow(a: EdgeProps<FlowEdge>, b: EdgeProps<FlowEdge>): boolean {
  const keys = Object.keys(a) as Array<keyof EdgeProps<FlowEdge>>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    ENDS.has(key) ? Math.abs((a[key] as number) - (b[key] as number)) < 0.01 : Object.is(a[key], b[key]),
  );
}

export const edgeTypes = {
  volgorde: memo(ArrowEdgeView, sameArrow),
  informatie: memo(ArrowEdgeView, sameArrow),
};
