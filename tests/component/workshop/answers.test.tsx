import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../renderer/src/api/context';
import { sessionQuery } from '../../../renderer/src/features/workshop/queries';
import { AnswersView } from '../../../renderer/src/features/workshop/AnswersView';
import { renderWithBackend } from '../render';
import { createExampleSession } from './seed';

function Answers({ getId }: { getId: () => string }) {
  const session = useQuery(sessionQuery(useApi(), getId()));
  return session.data ? <AnswersView session={session.data} /> : null;
}

/** A session with two groups and the advice choices on; the id is known once the seed ran. */
function renderAnswers() {
  let id = '';
  const result = renderWithBackend(<Answers getId={() => id} />, {
    seed: (services) => {
      id = createExampleSession(services, { showAdvice: true });
    },
  });
  return { ...result, id };
}

const goalField = () => screen.getByLabelText(/Welk doel wil je bereiken\?/);

describe('AnswersView', () => {
  it('saves each answer on its own revision', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderAnswers();
    await user.type(await screen.findByLabelText(/Welk doel wil je bereiken\?/), 'Draagvlak');
    await waitFor(() =>
      expect(backend.services.workshop.get(id)?.answers).toEqual({ 'groep-1': { doel: 'Draagvlak' } }),
    );
    // One save per keystroke in tests (no debounce), each on the revision the previous one returned.
    expect(backend.services.workshop.get(id)?.answerRevisions['groep-1']?.doel).toBeGreaterThanOrEqual(1);
    await user.type(screen.getByLabelText(/Hoe pak je dit aan\?/), 'Wijkavond');
    await waitFor(() =>
      expect(backend.services.workshop.get(id)?.answers['groep-1']).toEqual({
        doel: 'Draagvlak',
        aanpak: 'Wijkavond',
      }),
    );
    expect(screen.queryByRole('button', { name: 'Nieuwste versie laden' })).not.toBeInTheDocument();
  });

  it('does not overwrite an answer another window saved in the same cell, and loads it on request', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderAnswers();
    await screen.findByLabelText(/Welk doel wil je bereiken\?/);
    // Another window types in the same cell first.
    backend.services.workshop.saveAnswer(id, 'groep-1', 'doel', 'Vertrouwen herstellen', 0);

    await user.type(goalField(), 'Mijn tekst');
    expect(await screen.findByText(/Dit antwoord is intussen ergens anders gewijzigd/)).toBeInTheDocument();
    expect(backend.services.workshop.get(id)?.answers['groep-1']).toEqual({ doel: 'Vertrouwen herstellen' });
    // What was typed here is shown in the dialog, so it can be copied.
    expect(screen.getByLabelText('Jouw tekst (niet opgeslagen)')).toHaveValue('M');

    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(goalField()).toHaveValue('Vertrouwen herstellen'));
    await user.type(goalField(), '.');
    await waitFor(() =>
      expect(backend.services.workshop.get(id)?.answers['groep-1']?.doel).toBe('Vertrouwen herstellen.'),
    );
  });

  it('does not overwrite a group\u2019s choices another window saved', async () => {
    const user = userEvent.setup();
    const { backend, id } = renderAnswers();
    await screen.findByLabelText(/Welk doel wil je bereiken\?/);
    const savedElsewhere = { phase: 'besluitvorming' as const, goals: [], groups: [] };
    backend.services.workshop.saveChoice(id, 'groep-1', savedElsewhere, 0);

    await user.click(screen.getByRole('checkbox', { name: 'Kennis ophalen' }));
    expect(
      await screen.findByText(/De keuzes van deze groep zijn intussen ergens anders gewijzigd/),
    ).toBeInTheDocument();
    expect(backend.services.workshop.get(id)?.groups[0]?.choice).toEqual(savedElsewhere);
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByLabelText('Fase')).toHaveValue('besluitvorming'));
    expect(screen.getByRole('checkbox', { name: 'Kennis ophalen' })).not.toBeChecked();
  });
});
