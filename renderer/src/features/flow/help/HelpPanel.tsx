import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { HELP_TOPICS, useHelp } from './helpStore';
import './help.css';

export const HELP_PANEL_ID = 'samenspel-help-panel';

/**
 * A side panel beside the form, never over it: people read the explanation while answering.
 * Opening moves focus into the panel (to the asked topic); Escape closes it and focus goes back
 * to where it came from.
 */
export function HelpPanel() {
  const { t } = useTranslation();
  const { open, topic, request, close } = useHelp();
  const panel = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open) return;
    if (document.activeElement instanceof HTMLElement && !panel.current?.contains(document.activeElement)) {
      returnTo.current = document.activeElement;
    }
    const target = topic ? document.getElementById(`help-${topic}`) : panel.current?.querySelector('h2');
    (target as HTMLElement | null)?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  }, [open, topic, request]);

  if (!open) return null;

  const closeAndReturn = () => {
    close();
    returnTo.current?.focus();
  };

  return (
    <aside
      id={HELP_PANEL_ID}
      ref={panel}
      className="samenspel-help samenspel-card"
      aria-labelledby="help-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeAndReturn();
        }
      }}
    >
      <div className="samenspel-help__head">
        <Heading2 id="help-heading" tabIndex={-1}>
          {t('help.title')}
        </Heading2>
        <button type="button" className="samenspel-link-button" onClick={closeAndReturn}>
          {t('help.close')}
        </button>
      </div>
      <Paragraph className="samenspel-meta">{t('help.intro')}</Paragraph>
      {HELP_TOPICS.map((id) => (
        <section
          key={id}
          aria-labelledby={`help-${id}`}
          className={id === topic ? 'samenspel-help__topic--current' : undefined}
        >
          <Heading3 id={`help-${id}`} tabIndex={-1}>
            {t(`help.topics.${id}.title`)}
          </Heading3>
          {(t(`help.topics.${id}.body`, { returnObjects: true }) as string[]).map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
        </section>
      ))}
    </aside>
  );
}
