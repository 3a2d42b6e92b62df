import { useTranslation } from 'react-i18next';
import { Heading2 } from '@utrecht/component-library-react';
import { nodeTypeLabels } from '../../../../shared/procesplaat/labels';
import { NODE_TYPES, type NodeType } from '../../../../shared/procesplaat/model';
import { shapePath, shapeStyle } from '../../../../shared/procesplaat/shapes';

type StepType = Exclude<NodeType, 'fase'>;
const STEPS = NODE_TYPES.filter((t): t is StepType => t !== 'fase');

/** Buttons, not drag-only: a new step lands in the middle of the view, so it works by keyboard too. */
export function Palette({ onAdd }: { onAdd(type: StepType): void }) {
  const { t } = useTranslation();
  return (
    <nav className="pp-palette" aria-labelledby="pp-palette-kop">
      <Heading2 id="pp-palette-kop">{t('procesplaat.palette.title')}</Heading2>
      <ul>
        {STEPS.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="pp-palette__item"
              onClick={() => onAdd(type)}
              title={nodeTypeLabels[type].uitleg}
            >
              <svg width="36" height="22" aria-hidden="true" focusable="false">
                <path
                  d={shapePath(type, 36, 22)}
                  fill={shapeStyle[type].fill}
                  stroke={shapeStyle[type].stroke}
                  strokeWidth="1.5"
                  strokeDasharray={shapeStyle[type].dash}
                />
              </svg>
              <span>{t('procesplaat.palette.add', { kind: nodeTypeLabels[type].label })}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
