import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LotingScreen } from '../../../renderer/src/features/loting/LotingScreen';
import { renderWithBackend } from '../render';

describe('loting import: control characters', () => {
  it('names the row and column of a NUL in a kept column and saves once that column is left out', async () => {
    const saved: string[] = [];
    const { backend } = renderWithBackend(
      <LotingScreen route={{ name: 'loting' }} navigate={(r) => saved.push(JSON.stringify(r))} />,
    );
    const csv = 'id;wijk;opmerking\nA;Noord;goed\nB;Zuid;kapot\u0000veld\n';
    await userEvent.upload(
      screen.getByLabelText('Bestand met respondenten'),
      new File([csv], 'respondenten.csv', { type: 'text/csv' }),
    );
    await userEvent.selectOptions(await screen.findByLabelText('opmerking'), 'Meenemen, niet voor de loting');
    await userEvent.selectOptions(screen.getByLabelText('wijk'), 'Kenmerk voor de quota');
    await userEvent.click(screen.getByRole('button', { name: 'Pool opslaan' }));
    expect(
      await screen.findByText(
        'Rij 3, kolom “opmerking” bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg in het bestand en lees het opnieuw in.',
      ),
    ).toBeInTheDocument();
    expect(backend.services.loting.list()).toEqual([]);

    await userEvent.selectOptions(screen.getByLabelText('opmerking'), 'Niet bewaren');
    await userEvent.click(screen.getByRole('button', { name: 'Pool opslaan' }));
    await vi.waitFor(() => expect(backend.services.loting.list()).toHaveLength(1));
    expect(saved).toHaveLength(1);
  });
});
