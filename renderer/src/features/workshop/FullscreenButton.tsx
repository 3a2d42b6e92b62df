import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Fullscreen via the Fullscreen API; hidden where the browser (or a test) does not offer it. */
export function FullscreenButton() {
  const { t } = useTranslation();
  const [on, setOn] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      className="samenspel-presenter__button"
      aria-pressed={on}
      onClick={() =>
        void (on ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)
      }
    >
      {t('workshop.presenter.fullscreen')}
    </button>
  );
}
