import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { VraagstukView } from '../../../renderer/src/features/trajecten/VraagstukView';
import type { Traject } from '../../../shared/traject/traject';
import { renderWithBackend } from '../render';
import { Field } from './value-session';

afterEach(() => {
  vi.useRealTimers();
});

describe('the one document session (autosave)', () => {
  it('saves at once with delay 0, one save at a time, each on the revision the previous one returned', async () => {
    const calls: Array<[string, number]> = [];
    let release: () => void = () => {};
    const save = (value: string, revision: number) => {
      calls.push([value, revision]);
      return new Promise<{ revision: number }>((resolve) => {
        release = () => resolve({ revision: revision + 1 });
      });
    };
    const user = userEvent.setup();
    render(<Field save={save} revision={4} />);
    await user.type(screen.getByLabelText('tekst'), 'ab');
    // "a" is on its way; "ab" waits for it instead of going out with the same revision.
    expect(calls).toEqual([['a', 4]]);
    expect(screen.getByTestId('status').textContent).toBe('pending');
    await act(async () => release());
    await waitFor(() =>
      expect(calls).toEqual([
        ['a', 4],
        ['ab', 5],
      ]),
    );
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('saved'));
    expect(calls).toHaveLength(2);
  });

  it('flushes a pending edit on pagehide, without waiting for the debounce', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const { unmount } = render(
      <Field save={async (v, revision) => (saved.push(v), { revision: revision + 1 })} delayMs={10_000} />,
    );
    const input = screen.getByLabelText('tekst') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(input, 'Hoe ziet de wijk eruit');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(saved).toEqual([]);
    expect(screen.getByTestId('status').textContent).toBe('pending');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(saved).toEqual(['Hoe ziet de wijk eruit']);
    unmount();
  });

  it('stops saving after CONFLICT and keeps what the user goes on typing', async () => {
    const calls: string[] = [];
    const save = async (value: string): Promise<{ revision: number }> => {
      calls.push(value);
      throw new ApiClientError({ code: 'CONFLICT', message: 'Elders gewijzigd.' });
    };
    const user = userEvent.setup();
    render(<Field save={save} />);
    await user.type(screen.getByLabelText('tekst'), 'x');
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('conflict'));
    expect(screen.getByTestId('message').textContent).toBe('Elders gewijzigd.');
    await user.type(screen.getByLabelText('tekst'), 'yz');
    expect(calls).toEqual(['x']);
    expect(screen.getByLabelText('tekst')).toHaveValue('xyz');
    expect(screen.getByTestId('status').textContent).toBe('conflict');
  });
});

describe('conflict dialog on the Vraagstuk tab (two windows)', () => {
  /** Window 1 is this screen; window 2 changes the title in between, straight in the backend. */
  async function withConflict() {
    const user = userEvent.setup();
    let traject: Traject | undefined;
    const onOpenCopy = vi.fn();
    // The seed runs before the first render, so the screen gets the traject as it was loaded.
    const Screen = () => <VraagstukView traject={traject!} onNext={() => {}} onOpenCopy={onOpenCopy} />;
    const view = renderWithBackend(<Screen />, {
      seed: (services) => {
        traject = services.trajecten.create({ title: 'Wijkbudget', municipality: 'Zwolle', vraagstuk: '' });
      },
    });
    const { backend } = view;
    backend.services.trajecten.update({ id: traject!.id, expectedRevision: 1, title: 'Wijkbudget 2027' });
    // One change (as after a pause in typing): the save goes out at once and meets the conflict.
    await user.click(view.getByLabelText('Vraagstuk'));
    await user.paste('Hoe verdelen we het geld?');
    const dialog = await screen.findByRole('dialog', { name: 'Intussen ergens anders gewijzigd' });
    expect(dialog).toHaveTextContent('Dit traject is intussen ergens anders gewijzigd');
    // The message has the focus: typing on does not press a button by accident.
    expect(screen.getByText(/Dit traject is intussen ergens anders gewijzigd/)).toHaveFocus();
    await user.keyboard(' {Enter}');
    expect(dialog).toBeVisible();
    // Nothing was overwritten.
    expect(backend.services.trajecten.get(traject!.id)).toMatchObject({ title: 'Wijkbudget 2027', vraagstuk: '' });
    return { user, backend, traject: traject!, onOpenCopy, view: view };
  }

  it('"Nieuwste versie laden" shows the stored version and saves again on top of it', async () => {
    const { user, backend, traject, view: view } = await withConflict();
    expect(screen.getByLabelText('Jouw tekst (niet opgeslagen)')).toHaveValue(
      'Wijkbudget\n\nZwolle\n\nHoe verdelen we het geld?',
    );
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(view.getByLabelText('Titel')).toHaveValue('Wijkbudget 2027');
    await user.click(view.getByLabelText('Vraagstuk'));
    await user.paste('Opnieuw');
    await waitFor(() =>
      expect(backend.services.trajecten.get(traject.id)).toMatchObject({
        title: 'Wijkbudget 2027',
        vraagstuk: 'Opnieuw',
        revision: 3,
      }),
    );
  });

  it('"Mijn versie bewaren als kopie" keeps the user’s text in a new traject and opens it', async () => {
    const { user, backend, traject, onOpenCopy } = await withConflict();
    await user.click(screen.getByRole('button', { name: 'Mijn versie bewaren als kopie' }));
    await waitFor(() => expect(onOpenCopy).toHaveBeenCalledTimes(1));
    const copy = backend.services.trajecten.get(onOpenCopy.mock.calls[0]![0] as string)!;
    expect(copy).toMatchObject({
      title: 'Wijkbudget (kopie)',
      municipality: 'Zwolle',
      vraagstuk: 'Hoe verdelen we het geld?',
    });
    // The original keeps what the other window stored.
    expect(backend.services.trajecten.get(traject.id)).toMatchObject({ title: 'Wijkbudget 2027', vraagstuk: '' });
  });
});
