import { useTranslation } from 'react-i18next';
import { describeWarning, type Warning } from '@shared/participatie/index';
import { instrumentName } from './advice';

/**
 * The engine's warnings next to the answer that caused them. The live region is always there
 * (also when empty), so a warning that appears is read out. `live={false}` for a second copy
 * elsewhere (the advice panel), which must not be read out twice.
 */
export function WarningList({ warnings, id, live = true }: { warnings: Warning[]; id?: string; live?: boolean }) {
  const { t } = useTranslation();
  const sorted = [...warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return (
    <div aria-live={live ? 'polite' : undefined} id={id} className="samenspel-warnings">
      {sorted.map((w) => (
        <p
          key={`${w.id}-${(w.instrumentIds ?? []).join(',')}`}
          className={`samenspel-warning samenspel-warning--${w.severity}`}
          data-warning={w.id}
        >
          <strong>{t(`flow.warning.${w.severity}`)}</strong> {describeWarning(w, instrumentName)}
        </p>
      ))}
    </div>
  );
}
