import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewWorkshop, defaultQuestions } from '../../../shared/workshop/index';
import { createApiClient } from '../../../renderer/src/api/client';
import { ApiProvider } from '../../../renderer/src/api/context';
import { createI18n } from '../../../renderer/src/i18n';
import { MultilineText } from '../../../renderer/src/features/workshop/MultilineText';
import { Presenter } from '../../../renderer/src/features/workshop/Presenter';
import { SessionSetupForm } from '../../../renderer/src/features/workshop/SessionSetupForm';
import { SessionPage } from '../../../renderer/src/features/workshop/SessionPage';
import { memoryBackend } from '../../support/services';

/**
 * The control window and the presenter window, both in one document but each with its own
 * query cache, like two windows of the app: one backend, and the BroadcastChannel between them.
 */
function tweeVensters({ bewaarRodeDraden = true } = {}) {
  const backend = memoryBackend();
  const id = backend.services.workshop.create(
    NewWorkshop.parse({
      title: 'Dijkerveen',
      casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
      groups: [{ name: 'Noord' }, { name: 'Zuid' }],
      questions: defaultQuestions(),
    }),
    { source: { kind: 'example', id: 'aardgasvrij-de-horst' }, title: 'Aardgasvrij', municipality: '', vraagstuk: '' },
  ).id;
  const popup = (ui: ReactElement) => (
    <I18nextProvider i18n={createI18n()}>
      <ApiProvider
        client={createApiClient((method, input) =>
          !bewaarRodeDraden && method === 'workshop.saveRodeDraden'
            ? new Promise(() => {}) // a save that never finishes
            : backend.dispatch(method, structuredClone(input), 'ipc'),
        )}
      >
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          {ui}
        </QueryClientProvider>
      </ApiProvider>
    </I18nextProvider>
  );
  render(
    <>
      <div data-testid="bediening">{popup(<SessionPage id={id} view="rode-draden" />)}</div>
      <div data-testid="presenter">{popup(<Presenter id={id} />)}</div>
    </>,
  );
  return { backend, id, controls: screen.getByTestId('bediening'), presenter: screen.getByTestId('presenter') };
}

afterEach(() => vi.restoreAllMocks());

describe('the presenter in a second window', () => {
  it('follows the control window: its steps and the rode draden while they are typed', async () => {
    const user = userEvent.setup();
    const { backend, id, controls, presenter } = tweeVensters();
    await within(presenter).findByRole('heading', { level: 1, name: 'Aardgasvrij' });

    // Three screens on from the control window: gesprek, rondgang vraag 1, vraag 2.
    await user.click(await within(controls).findByRole('button', { name: 'Volgende: Gesprek →' }));
    await within(presenter).findByRole('heading', { level: 1, name: 'Aan de slag' });
    // The talk's timer runs from the control screen as well; the presenter shows it at once.
    await user.click(
      within(within(controls).getByRole('region', { name: 'Gesprekstijd' })).getByRole('button', { name: 'Start' }),
    );
    await within(within(presenter).getByRole('region', { name: 'Gesprekstijd' })).findByText('Loopt');
    await user.click(
      within(within(presenter).getByRole('region', { name: 'Gesprekstijd' })).getByRole('button', { name: 'Pauze' }),
    );
    await within(within(controls).getByRole('region', { name: 'Gesprekstijd' })).findByText('Gepauzeerd');
    await user.click(within(controls).getByRole('button', { name: /Volgende: Rondgang · vraag 1 van 3/ }));
    await within(presenter).findByRole('heading', { level: 1, name: 'Welk doel wil je bereiken?' });
    // …and back from the presenter: the control window knows where the room is.
    await user.click(within(presenter).getByRole('button', { name: /Vorige stap/ }));
    await within(controls).findByText('Gesprek', { selector: 'p' });
    await user.click(within(controls).getByRole('button', { name: /Volgende: Rondgang/ }));
    await user.click(within(controls).getByRole('button', { name: /Volgende: Rondgang · vraag 2/ }));
    await user.click(within(controls).getByRole('button', { name: /Volgende: Rondgang · vraag 3/ }));
    await user.click(within(controls).getByRole('button', { name: 'Volgende: Rode draden →' }));
    await within(presenter).findByText('Nog geen rode draden vastgelegd.');
    expect(backend.services.workshop.get(id)?.position).toEqual({ step: 'rode-draden', questionIndex: 0 });

    // Typed on the control screen, shown on the presenter before the autosave.
    await user.click(within(controls).getByRole('button', { name: 'Rode draad toevoegen' }));
    await user.type(within(controls).getByLabelText('Rode draad 1'), 'Begin bij de raad');
    await within(presenter).findByText('Begin bij de raad');
    await within(controls).findByText('Opgeslagen.');
    expect(backend.services.workshop.get(id)?.rodeDraden[0]?.text).toBe('Begin bij de raad');
    expect(within(presenter).getByText('Begin bij de raad')).toBeInTheDocument();
  });

  it('shows rode draden as they are typed, before they are saved', async () => {
    const user = userEvent.setup();
    const { backend, id, controls, presenter } = tweeVensters({ bewaarRodeDraden: false });
    await user.click(await within(controls).findByRole('button', { name: /Volgende: Gesprek/ }));
    await user.click(await within(presenter).findByRole('button', { name: /Naar: Rondgang/ }));
    await user.click(await within(presenter).findByRole('button', { name: /Naar: Rode draden/ }));
    await within(presenter).findByText('Nog geen rode draden vastgelegd.');
    await user.click(await within(controls).findByRole('button', { name: 'Rode draad toevoegen' }));
    await user.type(within(controls).getByLabelText('Rode draad 1'), 'Jongeren apart');
    await within(presenter).findByText('Jongeren apart');
    expect(backend.services.workshop.get(id)?.rodeDraden).toEqual([]);
  });

  it('opens the presenter with window.open and says what to do when the browser blocks it', async () => {
    const user = userEvent.setup();
    const open = vi
      .spyOn(window, 'open')
      .mockReturnValueOnce({ focus: () => {} } as Window)
      .mockReturnValueOnce(null);
    const { id, controls } = tweeVensters();
    const button = await within(controls).findByRole('button', { name: 'Presentatie openen' });
    await user.click(button);
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(new RegExp(`#/workshop/${id}/presenter$`)),
      'samenspel-presentation',
      expect.stringContaining('popup'),
    );
    expect(within(controls).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(button);
    const notice = await within(controls).findByRole('alert');
    expect(notice).toHaveTextContent('Je browser heeft het tweede venster tegengehouden.');
    expect(within(notice).getByRole('link', { name: 'presenteer in dit venster.' })).toHaveAttribute(
      'href',
      `#/workshop/${id}/presenter`,
    );
  });
});

describe('MultilineText', () => {
  it('shows lines that start with a dash as a real list', () => {
    render(<MultilineText text={'Wij kiezen voor:\n- een enquête\n- keukentafelgesprekken\n\nDaarna de raad.'} />);
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['een enquête', 'keukentafelgesprekken']);
    expect(screen.queryByText(/^-/)).not.toBeInTheDocument();
    expect(screen.getByText('Daarna de raad.')).toBeInTheDocument();
  });
});

describe('the timer fields of the setup', () => {
  it('explain the shortest time in plain words', async () => {
    const user = userEvent.setup();
    const save = vi.fn(() => Promise.resolve());
    render(
      <I18nextProvider i18n={createI18n()}>
        <SessionSetupForm
          defaults={{
            title: 'Proef',
            casus: '',
            groups: [{ name: 'A' }, { name: 'B' }],
            questions: [{ title: 'Vraag', explanation: '', kind: 'open' }],
            discussionMin: 0.1,
            roundMin: 10,
            showAdvice: false,
            sound: false,
          }}
          onSave={save}
          button="Opslaan"
        />
      </I18nextProvider>,
    );
    expect(screen.getAllByText('Bijvoorbeeld 15. Een halve minuut schrijf je als 0,5.')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText('Vul minstens een halve minuut in (0,5).')).toBeInTheDocument());
    expect(screen.queryByText(/0,05|3 seconden/)).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });
});
