import { useTranslation } from 'react-i18next';
import { describeWarning, type Warning } from '../../../../shared/participatie/index';
import { namen } from './advice';

/**
 * The engine's warnings next to the answer that caused them. The live region is always there
 * (also when empty), so a warning that appears is read out.
 */
export function WarningList({ warnings, id }: { warnings: Warning[]; id?: string }) {
  const { t } = useTranslation();
  const sorted = [...warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'hoog' ? -1 : 1));
  return (
    <div aria-live="polite" id={id} className="samenspel-warnings">
      {sorted.map((w) => (
        <p
          key={`${w.id}-${(w.instrumentIds ?? []).join(',')}`}
          className={`samenspel-warning samenspel-warning--${w.severity}`}
          data-warning={w.id}
        >
          <strong>{t(`flow.warning.${w.severity}`)}</strong> {describeWarning(w, namen)}
        </p>
      ))}
    </div>
  );
}
