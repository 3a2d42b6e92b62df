import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { paintShell } from '../../../renderer/src/app/shell';
import { renderWithBackend } from '../render';

afterEach(() => {
  window.location.hash = '';
});

/** The frame main.tsx draws before React loads, for a route. */
function shell(hash: string): HTMLElement {
  const root = document.createElement('div');
  paintShell(root, hash);
  return root;
}

describe('the frame drawn before the app loads', () => {
  it.each(['#/', '#/workshop', '#/loting', '#/code', '#/traject/6f1d3c2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f/phases'])(
    'has the same skip link and header as the app at %s, so nothing jumps when React takes over',
    async (hash) => {
      window.location.hash = hash;
      const { container } = renderWithBackend(<App />);
      await screen.findByRole('navigation', { name: 'Hoofdmenu' });
      const frame = shell(hash);
      expect(frame.querySelector('header')!.outerHTML).toBe(container.querySelector('header')!.outerHTML);
      expect(frame.querySelector('.samenspel-skip-link')!.outerHTML).toBe(
        container.querySelector('.samenspel-skip-link')!.outerHTML,
      );
      // The main area is there (the skip link's target) and says the page loads.
      expect(frame.querySelector('main#content')!.textContent).toBe('Bezig met laden…');
    },
  );

  it('draws nothing for the presenter, which has no header', () => {
    expect(shell('#/workshop/6f1d3c2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f/presenter').childElementCount).toBe(0);
  });
});
