import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCodeHelp } from './helpStore';
import type { StepId } from './steps';

/**
 * The explanation of the current subject, beside the choices (never over them). Opening moves
 * focus into it; Escape closes it and focus goes back to where it came from.
 */
export function Explanation({ stap }: { stap: StepId }) {
  const { t } = useTranslation();
  const { open, close } = useCodeHelp();
  const kop = useRef<HTMLHeadingElement>(null);
  const terug = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    if (document.activeElement instanceof HTMLElement) terug.current = document.activeElement;
    kop.current?.focus();
  }, [open]);
  if (!open) return null;
  const sluit = () => {
    close();
    terug.current?.focus();
  };
  return (
    <aside
      id="code-uitleg"
      className="samenspel-code-uitleg samenspel-card"
      aria-labelledby="code-uitleg-kop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          sluit();
        }
      }}
    >
      <div className="samenspel-code-uitleg__kop">
        <Heading2 id="code-uitleg-kop" ref={kop} tabIndex={-1}>
          {t('code.help.over', { stap: t(`code.stap.${stap}`) })}
        </Heading2>
        <button type="button" className="samenspel-link-button" onClick={sluit}>
          {t('code.help.close')}
        </button>
      </div>
      {(t(`code.uitleg.${stap}`, { returnObjects: true }) as string[]).map((tekst) => (
        <Paragraph key={tekst}>{tekst}</Paragraph>
      ))}
    </aside>
  );
}
