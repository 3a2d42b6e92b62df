import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '../../../renderer/src/lib/useAutosave';
import { flushAll, hasUnsaved } from '../../../renderer/src/lib/pendingSaves';

/** A text field that autosaves with the hook, as the Vraagstuk tab does. */
function Veld({ save }: { save: (value: string) => Promise<unknown> }) {
  const [value, setValue] = useState('');
  const { state, error } = useAutosave(value, save, 500);
  return (
    <>
      <input aria-label="tekst" value={value} onChange={(e) => setValue(e.target.value)} />
      <p data-testid="state">{state}</p>
      <p data-testid="error">{error}</p>
    </>
  );
}

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
    const { getByLabelText, unmount } = render(<Veld save={async (v) => void saved.push(v)} />);
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
      <Veld save={async () => (fail ? Promise.reject(new SyntaxError('Unexpected end of JSON input')) : undefined)} />,
    );
    await type(getByLabelText('tekst') as HTMLInputElement, 'eerste versie');
    await act(async () => {
      expect(await window.__samenspelFlushAll!()).toBe(false);
    });
    // Never the engine's English: a Dutch sentence.
    expect(getByTestId('error').textContent).toMatch(/^Het bestand is geen geldige JSON/);

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
