import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushAll, hasUnsaved } from '../../../renderer/src/lib/pendingSaves';
import { Field } from './value-session';

afterEach(() => {
  vi.useRealTimers();
});

const type = async (input: HTMLInputElement, text: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('nothing lost on close or reload', () => {
  it('saves a pending edit at once when the page is hidden, without waiting for the debounce', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const { getByLabelText, unmount } = render(
      <Field save={async (v, revision) => (saved.push(v), { revision: revision + 1 })} delayMs={500} />,
    );
    await type(getByLabelText('tekst') as HTMLInputElement, 'Hoe ziet de wijk eruit');
    expect(hasUnsaved()).toBe(true);

    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(saved).toEqual(['Hoe ziet de wijk eruit']);
    expect(hasUnsaved()).toBe(false);

    // The debounce that was waiting does not save the same text a second time.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(saved).toEqual(['Hoe ziet de wijk eruit']);
    unmount();
  });

  it('answers the Electron close with true once all is stored, and false when a save failed', async () => {
    let fail = true;
    const { getByLabelText, getByTestId, unmount } = render(
      <Field
        save={async (_v, revision) =>
          fail ? Promise.reject(new SyntaxError('Unexpected end of JSON input')) : { revision: revision + 1 }
        }
        delayMs={500}
      />,
    );
    await type(getByLabelText('tekst') as HTMLInputElement, 'eerste versie');
    await act(async () => {
      expect(await window.__samenspelFlushAll!()).toBe(false);
    });
    // Never the engine's English: a Dutch sentence.
    expect(getByTestId('message').textContent).toMatch(/^Het bestand is geen geldige JSON/);
    expect(getByTestId('status').textContent).toBe('error');

    // The browser warns before leaving while a save failed.
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);

    // beforeunload also tried once more (and failed); once that try is over, saving works again.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    fail = false;
    await act(async () => {
      expect(await flushAll()).toBe(true);
    });
    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
    unmount();
  });
});
