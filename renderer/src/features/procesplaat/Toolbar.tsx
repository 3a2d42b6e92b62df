import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

export interface ToolbarProps {
  /** Only where the editor can fill the window (a traject's procesplaat). */
  focus?: { focused: boolean; onToggle(): void } | undefined;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  /** Something the Delete button can remove is chosen. */
  hasSelection: boolean;
  onDelete(): void;
  onLayout(): void;
  onFit(): void;
  /** "Bijwerken uit antwoorden", only where there are answers. */
  onRegenerate?: (() => void) | undefined;
  onDownloadSvg(): void;
  onDownloadPng(): void;
  sideOpen: boolean;
  onToggleSide(): void;
}

/** The editor's toolbar: every action the canvas offers by mouse, as a button. */
export function Toolbar(props: ToolbarProps) {
  const { t } = useTranslation();
  const { focus, hasSelection } = props;
  return (
    <div className="pp-toolbar" role="toolbar" aria-label={t('procesplaat.toolbar.label')}>
      {/* A div, not ButtonGroup: that renders a <p>, and the download menu's <details> may not sit in a <p>. */}
      <div className="utrecht-button-group">
        {focus && (
          <Button
            appearance="subtle-button"
            className="pp-focus-toggle"
            onClick={() => {
              focus.onToggle();
              // The editor moves in the page: keep the keyboard on this button.
              requestAnimationFrame(() => document.querySelector<HTMLElement>('.pp-focus-toggle')?.focus());
            }}
          >
            {focus.focused ? `← ${t('procesplaat.toolbar.back')}` : t('procesplaat.toolbar.focus')}
          </Button>
        )}
        <Button
          appearance="secondary-action-button"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {t('procesplaat.toolbar.undo')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          aria-keyshortcuts="Control+Y"
        >
          {t('procesplaat.toolbar.redo')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={props.onDelete}
          aria-disabled={!hasSelection}
          aria-keyshortcuts="Delete"
          className={hasSelection ? undefined : 'pp-button--inactive'}
        >
          {t('procesplaat.toolbar.delete')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onLayout}>
          {t('procesplaat.toolbar.layout')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onFit}>
          {t('procesplaat.toolbar.fit')}
        </Button>
        {props.onRegenerate && (
          <Button appearance="secondary-action-button" onClick={props.onRegenerate}>
            {t('procesplaat.toolbar.regenerate')}
          </Button>
        )}
        <details className="pp-menu">
          <summary className="utrecht-button utrecht-button--secondary-action">
            {t('procesplaat.toolbar.download')}
          </summary>
          <div className="pp-menu__list">
            <Button appearance="subtle-button" onClick={props.onDownloadSvg}>
              {t('procesplaat.toolbar.svg')}
            </Button>
            <Button appearance="subtle-button" onClick={props.onDownloadPng}>
              {t('procesplaat.toolbar.png')}
            </Button>
          </div>
        </details>
        <Button
          appearance="secondary-action-button"
          aria-expanded={props.sideOpen}
          aria-controls="pp-side"
          onClick={props.onToggleSide}
        >
          {t('procesplaat.toolbar.properties')}
        </Button>
      </div>
    </div>
  );
}
