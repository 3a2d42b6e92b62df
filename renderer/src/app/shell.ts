import app from '../i18n/nl.json';
import { menu as codeMenu } from '../features/code/nl.json';
import { isPresenterRoute } from '../features/workshop/route';
import { mainMenu } from './menu';
import { parseRoute } from './route';

const texts: Record<string, string> = {
  'app.nav.trajecten': app.app.nav.trajecten,
  'app.nav.workshop': app.app.nav.workshop,
  'app.nav.loting': app.app.nav.loting,
  'code.menu': codeMenu,
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The app's frame (skip link, header with the main menu, an empty main area saying it loads), drawn
 * with plain DOM before React and the screens have loaded, so a window shows Samenspel at once
 * instead of a blank page. The same markup as App's header (a component test compares them);
 * React replaces it on its first render. The presenter has no header, so it gets no frame.
 */
export function paintShell(root: HTMLElement, hash: string): void {
  const route = parseRoute(hash);
  if (route.name === 'workshop' && isPresenterRoute(route)) return;
  const menu = element(
    'ul',
    {},
    ...mainMenu.map((item) =>
      element(
        'li',
        {},
        element(
          'a',
          {
            href: item.href,
            class: 'samenspel-header__link',
            ...(item.active(route) ? { 'aria-current': 'page' } : {}),
          },
          texts[item.key]!,
        ),
      ),
    ),
  );
  root.replaceChildren(
    element(
      'div',
      { class: 'samenspel-app' },
      element('a', { class: 'samenspel-skip-link', href: '#content' }, app.app.skipToContent),
      element(
        'header',
        { class: 'utrecht-page-header samenspel-header' },
        element(
          'div',
          { class: 'samenspel-header__inner' },
          element('span', { class: 'samenspel-logo', 'aria-hidden': 'true' }, '◆◆'),
          element(
            'div',
            {},
            element('p', { class: 'samenspel-header__name' }, app.app.name),
            element('p', { class: 'utrecht-paragraph samenspel-header__tagline' }, app.app.tagline),
          ),
          element('nav', { class: 'samenspel-header__nav', 'aria-label': app.app.nav.label }, menu),
        ),
      ),
      element(
        'main',
        { id: 'content', tabindex: '-1', class: 'samenspel-main' },
        element('p', { class: 'utrecht-paragraph' }, app.app.loading),
      ),
    ),
  );
}
