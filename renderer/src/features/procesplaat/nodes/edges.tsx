import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../mapping';

function ProcesEdgeView({
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
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const info = type === 'informatie';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: selected ? '#000' : info ? '#5b2a86' : '#1f2937',
          strokeWidth: selected ? 3.5 : 2,
          // Dashed for information flow: the difference does not depend on colour.
          strokeDasharray: info ? '7 5' : undefined,
        }}
      />
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

export const edgeTypes = { volgorde: memo(ProcesEdgeView), informatie: memo(ProcesEdgeView) };
