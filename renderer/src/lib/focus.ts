/**
 * Moves focus to an element that is about to appear (after a navigation, once its data has
 * loaded), so keyboard and screen-reader users land on the new content instead of `<body>`.
 * Tries every frame for a while; headings get tabindex=-1 so they can take focus.
 */
export function focusWhenShown(selector: string, timeoutMs = 4000): void {
  if (typeof window === 'undefined') return;
  const until = performance.now() + timeoutMs;
  const tick = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName))
        element.setAttribute('tabindex', '-1');
      element.focus();
      return;
    }
    if (performance.now() < until) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
