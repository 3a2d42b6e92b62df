import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCodeHelp } from './helpStore';
import type { StepId } from './steps';

/**
 * The explanation of the current subject, beside the choices (never over them). Opening moves
 * focus into it; Escape closes it and focus goes back to where it came from.
 */
export function Explanation({ step }: { step: StepId }) {
  const { t } = useTranslation();
  const { open, close } = useCodeHelp();
  const heading = useRef<HTMLHeadingElement>(null);
  const back = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    if (document.activeElement instanceof HTMLElement) back.current = document.activeElement;
    heading.current?.focus();
  }, [open]);
  if (!open) return null;
  const closeAndReturn = () => {
    close();
    back.current?.focus();
  };
  return (
    <aside
      id="code-uitleg"
      className="samenspel-code-uitleg samenspel-card"
      aria-labelledby="code-uitleg-kop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeAndReturn();
        }
      }}
    >
      <div className="samenspel-code-uitleg__kop">
        <Heading2 id="code-uitleg-kop" ref={heading} tabIndex={-1}>
          {t('code.help.over', { stap: t(`code.step.${step}`) })}
        </Heading2>
        <button type="button" className="samenspel-link-button" onClick={closeAndReturn}>
          {t('code.help.close')}
        </button>
      </div>
      {(t(`code.explanation.${step}`, { returnObjects: true }) as string[]).map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </aside>
  );
}
