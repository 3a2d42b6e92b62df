import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StartScreen } from '../../renderer/src/app/pages/StartScreen';
import { renderWithBackend } from './render';

describe('StartScreen', () => {
  it('explains what Samenspel is for when there are no trajecten', async () => {
    renderWithBackend(<StartScreen onOpen={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Nog geen trajecten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Waar is Samenspel voor?' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a traject from the form and opens it', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const { backend } = renderWithBackend(<StartScreen onOpen={onOpen} />);
    await screen.findByRole('heading', { name: 'Nog geen trajecten' });

    await user.type(screen.getByLabelText('Titel'), 'Wijkbudget Oost');
    await user.type(screen.getByLabelText('Gemeente'), 'Eindhoven');
    await user.click(screen.getByRole('button', { name: 'Traject maken' }));

    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const [created] = backend.services.trajecten.list();
    expect(created).toMatchObject({ title: 'Wijkbudget Oost', municipality: 'Eindhoven' });
    expect(onOpen).toHaveBeenCalledWith(created!.id);
    expect(screen.getByRole('status')).toHaveTextContent('Traject ‘Wijkbudget Oost’ is gemaakt.');
  });

  it('finds trajecten by any word of title, municipality or question, and sorts them', async () => {
    const user = userEvent.setup();
    renderWithBackend(<StartScreen onOpen={() => {}} />, {
      seed: (s) => {
        s.trajecten.create({
          title: 'Warmtenet Oosterpark',
          municipality: 'Groningen',
          vraagstuk: 'Aardgasvrij wonen',
        });
        s.trajecten.create({ title: 'Burgerbegroting', municipality: 'Amsterdam', vraagstuk: 'Geld voor de buurt' });
        s.trajecten.create({ title: 'Speeltuin', municipality: '', vraagstuk: 'Een plek voor kinderen' });
      },
    });
    const table = await screen.findByRole('table');
    const titles = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(titles()).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Sorteren op'), 'Titel (A tot Z)');
    expect(titles()).toEqual(['Burgerbegroting', 'Speeltuin', 'Warmtenet Oosterpark']);
    expect(table).toHaveTextContent('Trajecten op titel, van A tot Z');
    await user.selectOptions(screen.getByLabelText('Sorteren op'), 'Gemeente (A tot Z)');
    expect(titles()).toEqual(['Burgerbegroting', 'Warmtenet Oosterpark', 'Speeltuin']);

    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'groningen aardgas');
    expect(titles()).toEqual(['Warmtenet Oosterpark']);
    expect(table).toHaveTextContent('1 van 3 trajecten gevonden');

    await user.clear(screen.getByRole('searchbox', { name: 'Zoeken' }));
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'zwembad');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Geen traject gevonden met ‘zwembad’/)).toBeInTheDocument();
  });

  it('shows the validation message in Dutch and saves nothing without a title', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithBackend(<StartScreen onOpen={() => {}} />);
    await screen.findByRole('heading', { name: 'Nog geen trajecten' });
    await user.click(screen.getByRole('button', { name: 'Traject maken' }));
    expect(await screen.findByText('Geef het traject een titel.')).toBeInTheDocument();
    expect(backend.services.trajecten.list()).toEqual([]);
  });

  it('keeps what was typed and shows the server message when saving fails', async () => {
    const user = userEvent.setup();
    renderWithBackend(<StartScreen onOpen={() => {}} />, {
      transport: async (method) =>
        method === 'trajecten.list'
          ? { ok: true, data: [] }
          : { ok: false, error: { code: 'INTERNAL', message: 'De schijf is vol.' } },
    });
    await screen.findByRole('heading', { name: 'Nog geen trajecten' });
    await user.type(screen.getByLabelText('Titel'), 'Niet kwijtraken');
    await user.click(screen.getByRole('button', { name: 'Traject maken' }));
    expect(await screen.findByText('De schijf is vol.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Niet kwijtraken');
  });

  it('renames a traject inline and cancels with Escape', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithBackend(<StartScreen onOpen={() => {}} />, {
      seed: (s) => s.trajecten.create({ title: 'Oude naam', municipality: '', vraagstuk: '' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Naam van Oude naam wijzigen' }));
    const box = screen.getByLabelText('Nieuwe titel');
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Nieuwe titel')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Naam van Oude naam wijzigen' }));
    await user.clear(screen.getByLabelText('Nieuwe titel'));
    await user.type(screen.getByLabelText('Nieuwe titel'), 'Nieuwe naam{Enter}');
    expect(await screen.findByRole('button', { name: 'Nieuwe naam' })).toBeInTheDocument();
    expect(backend.services.trajecten.list()[0]?.title).toBe('Nieuwe naam');
  });

  it('asks before deleting and keeps the traject when the answer is no', async () => {
    const user = userEvent.setup();
    const { backend } = renderWithBackend(<StartScreen onOpen={() => {}} />, {
      seed: (s) => s.trajecten.create({ title: 'Omgevingsvisie', municipality: '', vraagstuk: '' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Omgevingsvisie verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Traject verwijderen?' });
    expect(dialog).toHaveTextContent('Je verwijdert ‘Omgevingsvisie’');
    await user.click(within(dialog).getByRole('button', { name: 'Nee, bewaren' }));
    expect(backend.services.trajecten.list()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Omgevingsvisie verwijderen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(backend.services.trajecten.list()).toHaveLength(0));
    expect(await screen.findByRole('heading', { name: 'Nog geen trajecten' })).toBeInTheDocument();
  });

  it('opens a traject when its title is activated', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const { backend } = renderWithBackend(<StartScreen onOpen={onOpen} />, {
      seed: (s) => s.trajecten.create({ title: 'Jeugdparticipatie', municipality: '', vraagstuk: '' }),
    });
    const t = backend.services.trajecten.list()[0]!;
    (await screen.findByRole('button', { name: 'Jeugdparticipatie' })).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(t.id);
  });
});
