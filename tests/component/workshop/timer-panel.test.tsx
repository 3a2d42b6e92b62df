import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useQuery } from '@tanstack/react-query';
import { WorkshopRepository } from '../../../main/db/repositories/workshop';
import { NewWorkshop, defaultQuestions } from '../../../shared/workshop/index';
import { useApi } from '../../../renderer/src/api/context';
import { ClockProvider } from '../../../renderer/src/features/workshop/clock';
import { sessionQuery } from '../../../renderer/src/features/workshop/queries';
import { TimerPanel } from '../../../renderer/src/features/workshop/TimerPanel';
import { renderWithBackend } from '../render';

const SESSIE = '00000000-0000-4000-8000-00000000000a';
const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);

/** One shared fake clock for the main process (stamps) and the screen (countdown). */
let now = T0;
const clock = { now: () => now };

function Timer() {
  const session = useQuery(sessionQuery(useApi(), SESSIE));
  return session.data ? <TimerPanel session={session.data} timer="discussion" /> : null;
}

function renderTimer() {
  return renderWithBackend(
    <ClockProvider clock={clock}>
      <Timer />
    </ClockProvider>,
    {
      seed: (services) => {
        services.workshop = new WorkshopRepository(
          services.db,
          () => new Date(now),
          () => SESSIE,
        );
        services.workshop.create(
          NewWorkshop.parse({
            title: 'Test',
            casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
            groups: [{ name: 'A' }, { name: 'B' }],
            questions: defaultQuestions(),
          }),
          {
            source: { kind: 'example', id: 'aardgasvrij-de-horst' },
            title: 'Aardgasvrij in De Horst',
            municipality: '',
            vraagstuk: '',
          },
        );
      },
    },
  );
}

describe('TimerPanel', () => {
  it('counts down from stored presses, pauses, and shows the end without waiting 20 minutes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    now = T0;
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderTimer();
    const klokTekst = await screen.findByRole('timer');
    expect(klokTekst).toHaveTextContent('20:00');
    expect(screen.getByRole('status')).toHaveTextContent('Klaar om te starten');

    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Pauze' });
    now = T0 + 5 * 60_000;
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(klokTekst).toHaveTextContent('15:00');

    await user.click(screen.getByRole('button', { name: 'Pauze' }));
    await screen.findByRole('button', { name: 'Verder' });
    now = T0 + 50 * 60_000; // a long coffee break does not count
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(klokTekst).toHaveTextContent('15:00');
    expect(screen.getByRole('status')).toHaveTextContent('Gepauzeerd');

    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('button', { name: 'Pauze' });
    now = T0 + 65 * 60_000;
    await act(() => vi.advanceTimersByTimeAsync(300));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('De tijd is om'));
    expect(klokTekst).toHaveTextContent('0:00');
    expect(screen.queryByRole('button', { name: 'Pauze' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '+5 minuten' }));
    await waitFor(() => expect(klokTekst).toHaveTextContent('5:00'));
    vi.useRealTimers();
  });
});
