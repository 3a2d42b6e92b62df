import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { nodeTypeLabels, raadsmomentLabels } from '@shared/procesplaat/labels';
import { NODE_SIZE, type NodeType } from '@shared/procesplaat/model';
import { shapePath, shapeStyle } from '@shared/procesplaat/shapes';
import type { FlowNode, FlowNodeData } from '../mapping';

type StepType = Exclude<NodeType, 'fase'>;

/**
 * One component for every step type: the outline (shape) and the kind label say what it is, so
 * colour is never the only cue. Same shapes as the SVG export.
 */
export const StepNodeView = memo(function StepNodeView({ type, data, selected }: NodeProps<FlowNode>) {
  const step = type as StepType;
  const { width, height } = NODE_SIZE[step];
  const style = shapeStyle[step];
  const domain = data.domain as FlowNodeData<StepType>['domain'];
  const kind = domain && 'moment' in domain ? raadsmomentLabels[domain.moment] : nodeTypeLabels[step].label;
  const decision = domain && 'moment' in domain && domain.moment === 'besluit';
  return (
    <div className={`pp-node pp-node--${step}${selected ? ' pp-node--selected' : ''}`} style={{ width, height }}>
      <svg className="pp-node__shape" width={width} height={height} aria-hidden="true" focusable="false">
        <path
          d={shapePath(step, width, height)}
          fill={style.fill}
          stroke={selected ? '#000' : style.stroke}
          strokeWidth={selected ? 4 : decision ? 4 : 2}
          strokeDasharray={style.dash}
        />
        {step === 'collegemoment' && (
          <rect x={5} y={5} width={width - 10} height={height - 10} fill="none" stroke={style.stroke} />
        )}
      </svg>
      <Handle type="target" position={Position.Left} />
      <div className="pp-node__text">
        <span className="pp-node__kind" style={{ color: style.stroke }}>
          <span aria-hidden="true">{nodeTypeLabels[step].icon} </span>
          {kind}
        </span>
        <span className="pp-node__title">{domain.title}</span>
      </div>
      {data.issues.length > 0 && (
        <span className="pp-node__badge" title={data.issues.join('\n')}>
          <span aria-hidden="true">⚠</span> {data.issues.length}
        </span>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

/** A phase as a lane behind the steps; its title stays readable at every zoom level. */
export const FaseLane = memo(function FaseLane({ data, width, height, selected }: NodeProps<FlowNode>) {
  const domain = data.domain as FlowNodeData<'fase'>['domain'];
  return (
    <div className={`pp-lane${selected ? ' pp-lane--selected' : ''}`} style={{ width, height }}>
      <div className="pp-lane__title">{domain.title}</div>
    </div>
  );
});
