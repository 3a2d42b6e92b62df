import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { HELP_PANEL_ID } from './HelpPanel';
import { useHelp, type HelpTopic } from './helpStore';

/** The toggle for the whole panel, in the toolbar of a screen. */
export function HelpToggle() {
  const { t } = useTranslation();
  const { open, toggle } = useHelp();
  return (
    <Button
      appearance="secondary-action-button"
      aria-expanded={open}
      aria-controls={open ? HELP_PANEL_ID : undefined}
      onClick={toggle}
    >
      {open ? t('help.toggleClose') : t('help.toggleOpen')}
    </Button>
  );
}

/** A small "?" next to a question that opens the panel at its concept. */
export function HelpLink({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  const show = useHelp((s) => s.show);
  const topicTitle = t(`help.topics.${topic}.title`);
  return (
    <button
      type="button"
      className="samenspel-help-link"
      onClick={() => show(topic)}
      aria-label={t('help.about', { topic: topicTitle })}
    >
      ?
    </button>
  );
}
