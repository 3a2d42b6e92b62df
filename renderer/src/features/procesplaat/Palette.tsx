import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2 } from '@utrecht/component-library-react';
import { nodeTypeLabels } from '@shared/procesplaat/labels';
import { NODE_TYPES, type NodeType } from '@shared/procesplaat/model';
import { shapePath, shapeStyle } from '@shared/procesplaat/shapes';

type StepType = Exclude<NodeType, 'fase'>;
const STEPS = NODE_TYPES.filter((t): t is StepType => t !== 'fase');

/**
 * Buttons, not drag-only: a new step lands in free space next to the chosen one, so it works by
 * keyboard too. Narrow, only the shapes show; their names stay as the buttons' names and tooltips.
 */
export const Palette = memo(function Palette({
  onAdd,
  narrow,
  types = STEPS,
}: {
  onAdd(type: StepType): void;
  narrow: boolean;
  /** The step types offered; all by default. */
  types?: readonly StepType[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <nav className={`pp-palette${narrow ? ' pp-palette--narrow' : ''}`} aria-labelledby="pp-palette-heading">
      <Heading2 id="pp-palette-heading" className={narrow ? 'pp-visually-hidden' : undefined}>
        {t('procesplaat.palette.title')}
      </Heading2>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="pp-palette__item"
              onClick={() => onAdd(type)}
              title={`${nodeTypeLabels[type].label}: ${nodeTypeLabels[type].explanation}`}
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
              <span className={narrow ? 'pp-visually-hidden' : undefined}>
                {t('procesplaat.palette.add', { kind: nodeTypeLabels[type].label })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});

/** The palette with its button to make it narrow (shapes only) or wide again. */
export function PaletteColumn({
  onAdd,
  narrow,
  onToggle,
  types,
}: {
  onAdd(type: StepType): void;
  narrow: boolean;
  onToggle(): void;
  types?: readonly StepType[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="pp-palette-column">
      <button
        type="button"
        className="pp-collapse"
        aria-expanded={!narrow}
        aria-controls="pp-palette"
        onClick={onToggle}
        title={t('procesplaat.toolbar.showPalette')}
      >
        <span aria-hidden="true">{narrow ? '»' : '«'}</span>
        <span className="pp-visually-hidden">{t('procesplaat.toolbar.palette')}</span>
      </button>
      <div id="pp-palette">
        <Palette onAdd={onAdd} narrow={narrow} types={types} />
      </div>
    </div>
  );
}
