import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { Transport } from '../../../renderer/src/api/client';
import { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';

afterEach(() => {
  window.location.hash = '';
});

describe('the procesplaat tab loads ahead', () => {
  it('fetches the plate once while another tab is open, not again on hover, and drops the copy on leaving', async () => {
    const user = userEvent.setup();
    const backend = memoryBackend();
    const traject = backend.services.trajecten.create({ title: 'Speeltuin', municipality: '', vraagstuk: '' });
    const plateCalls: string[] = [];
    const transport: Transport = (method, input) => {
      if (method === 'procesplaat.get') plateCalls.push(method);
      return backend.dispatch(method, structuredClone(input), 'ipc');
    };
    window.location.hash = `#/traject/${traject.id}/overview`;
    renderWithBackend(<App />, { transport });

    const tab = await screen.findByRole('link', { name: 'Procesplaat' });
    // In the background, once the page is idle.
    await waitFor(() => expect(plateCalls).toHaveLength(1), { timeout: 5_000 });
    // Pointer on the tab: the copy is there, nothing is fetched again.
    await user.hover(tab);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(plateCalls).toHaveLength(1);

    // Away from the traject and back: the old copy was dropped, so the plate is fetched afresh.
    window.location.hash = '#/';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { name: 'Je trajecten' });
    window.location.hash = `#/traject/${traject.id}/overview`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('link', { name: 'Procesplaat' });
    await waitFor(() => expect(plateCalls).toHaveLength(2), { timeout: 5_000 });
  });
});
