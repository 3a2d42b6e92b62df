import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../renderer/src/api/context';
import { sessionQuery } from '../../../renderer/src/features/workshop/queries';
import { RodeDradenView } from '../../../renderer/src/features/workshop/RodeDradenView';
import { renderWithBackend } from '../render';
import { createExampleSession } from './seed';

function RodeDraden({ id }: { id: string }) {
  const session = useQuery(sessionQuery(useApi(), id));
  return session.data ? <RodeDradenView session={session.data} /> : null;
}

function renderRodeDraden() {
  let id = '';
  const result = renderWithBackend(<RodeDradenLater getId={() => id} />, {
    seed: (services) => {
      id = createExampleSession(services);
    },
  });
  return { ...result, id };
}
/** The id is only known once the seed ran, which is after the element was made. */
function RodeDradenLater({ getId }: { getId: () => string }) {
  return <RodeDraden id={getId()} />;
}

describe('RodeDradenView', () => {
  it('saves a new rode draad by itself', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderRodeDraden();
    await user.click(await screen.findByRole('button', { name: 'Rode draad toevoegen' }));
    await user.type(screen.getByLabelText('Rode draad 1'), 'Begin bij de raad');
    await screen.findByText('Opgeslagen.');
    expect(backend.services.workshop.get(id)?.rodeDraden).toEqual([
      { id: 'draad-1', text: 'Begin bij de raad', groupIds: [] },
    ]);
  });

  it('does not overwrite rode draden that another window saved, says so and loads them on request', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderRodeDraden();
    await screen.findByRole('button', { name: 'Rode draad toevoegen' });
    // Another window saves first.
    const savedElsewhere = [{ id: 'draad-1', text: 'Jongeren apart betrekken', groupIds: ['groep-2'] }];
    backend.services.workshop.saveRodeDraden(id, savedElsewhere, 0);

    await user.click(screen.getByRole('button', { name: 'Rode draad toevoegen' }));
    await user.type(screen.getByLabelText('Rode draad 1'), 'Mijn eigen draad');
    expect(await screen.findByText(/De rode draden zijn intussen ergens anders gewijzigd/)).toBeInTheDocument();
    expect(backend.services.workshop.get(id)?.rodeDraden).toEqual(savedElsewhere);

    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByLabelText('Rode draad 1')).toHaveValue('Jongeren apart betrekken'));
    expect(screen.queryByRole('button', { name: 'Nieuwste versie laden' })).not.toBeInTheDocument();
    // Editing goes on from the loaded list.
    await user.type(screen.getByLabelText('Rode draad 1'), '.');
    await screen.findByText('Opgeslagen.');
    expect(backend.services.workshop.get(id)?.rodeDraden[0]?.text).toBe('Jongeren apart betrekken.');
  });

  it('says so in Dutch when loading the newest version fails', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderRodeDraden();
    await screen.findByRole('button', { name: 'Rode draad toevoegen' });
    backend.services.workshop.saveRodeDraden(id, [{ id: 'draad-1', text: 'Elders', groupIds: [] }], 0);
    await user.click(screen.getByRole('button', { name: 'Rode draad toevoegen' }));
    await user.type(screen.getByLabelText('Rode draad 1'), 'Hier');
    await screen.findByRole('button', { name: 'Nieuwste versie laden' });
    backend.services.workshop.delete(id); // meanwhile removed in the other window
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/sessie/i);
    expect(screen.getByLabelText('Rode draad 1')).toHaveValue('Hier');
  });
});
