import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { renderWithBackend } from '../render';

afterEach(() => {
  window.location.hash = '';
});

describe('the app shell', () => {
  it('opens a new traject right after "Traject maken", with the focus on its title', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/';
    renderWithBackend(<App />);
    await screen.findByRole('heading', { name: 'Nog geen trajecten' });
    await user.type(screen.getByLabelText('Titel'), 'Wijkbudget Oost');
    await user.click(screen.getByRole('button', { name: 'Traject maken' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Wijkbudget Oost' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toMatch(/^#\/traject\/[0-9a-f-]{36}\/vraagstuk$/);
  });

  it('goes on from the Vraagstuk tab to the first phase, with the focus on the phase heading', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithBackend(<App />, {
      seed: (s) => s.trajecten.create({ title: 'Speeltuin', municipality: '', vraagstuk: '' }),
    });
    const traject = backend.services.trajecten.list()[0]!;
    window.location.hash = `#/traject/${traject.id}/vraagstuk`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    await user.click(await screen.findByRole('button', { name: 'Volgende: Fasen en advies →' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Fase: Agendering' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toBe(`#/traject/${traject.id}/phases/agendering`);
  });

  it('ends the last phase with "Naar het overzicht", and the overview with the next step', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithBackend(<App />, {
      seed: (s) => s.trajecten.create({ title: 'Speeltuin', municipality: '', vraagstuk: '' }),
    });
    const traject = backend.services.trajecten.list()[0]!;
    window.location.hash = `#/traject/${traject.id}/phases/evaluatie`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    await user.click(await screen.findByRole('button', { name: 'Naar het overzicht →' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'De participatiemix' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende: Procesplaat →' })).toBeInTheDocument();
  });
});
