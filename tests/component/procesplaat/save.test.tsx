import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, genId, layoutProcesplaat } from '../../../shared/procesplaat/index';
import { createApiClient } from '../../../renderer/src/api/client';
import { createI18n } from '../../../renderer/src/i18n';
import { AutosaveDelay } from '../../../renderer/src/lib/documentSession';
import { EditorScreen } from '../../../renderer/src/features/procesplaat/Editor';
import { createPlateStore, edits } from '../../../renderer/src/features/procesplaat/store';
import { trajectPlateSaver, usePlateSession } from '../../../renderer/src/features/procesplaat/useSave';
import { memoryBackend } from '../../support/services';

const base = await layoutProcesplaat(
  generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

const backends: Array<ReturnType<typeof memoryBackend>> = [];
afterEach(() => {
  backends.splice(0).forEach((b) => b.services.close());
  vi.unstubAllGlobals();
});

/** The editor's save against the real dispatcher, recording which method each save used. */
function setup(options: { repairedOnLoad?: boolean; delayMs?: number } = {}) {
  const backend = memoryBackend();
  backends.push(backend);
  const { id: trajectId } = backend.services.trajecten.create({
    title: 'Aardgasvrij',
    municipality: '',
    vraagstuk: '',
  });
  backend.services.procesplaat.save(trajectId, base);
  const calls: Array<{ method: string; input: { patch?: { nodes: { upsert: unknown[] } } } }> = [];
  const api = createApiClient((method, input) => {
    calls.push({ method, input: structuredClone(input) as never });
    return backend.dispatch(method, structuredClone(input), 'ipc');
  });
  const store = createPlateStore(base, options);
  const onReload = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AutosaveDelay.Provider value={options.delayMs ?? 0}>{children}</AutosaveDelay.Provider>
  );
  const hook = renderHook(
    () => {
      const [saver] = useState(() => trajectPlateSaver(api, trajectId, 1));
      return usePlateSession(store, saver, { getViewport: () => undefined, onReload });
    },
    { wrapper },
  );
  const session = hook.result.current;
  const stored = () => backend.services.procesplaat.get(trajectId);
  const settled = () =>
    waitFor(() => expect(session.state.getState()).toMatchObject({ status: 'saved', savedOnce: true }));
  return { store, calls, stored, settled, session, unmount: hook.unmount };
}

describe('the procesplaat on the one document session', () => {
  it('sends only the dragged node, and the database then holds exactly the editor’s plate', async () => {
    const { store, calls, stored, settled } = setup();
    const id = genId.kaderstelling;
    act(() => store.getState().commit((d) => edits.move(d, { [id]: { x: 900, y: 40 } })));
    await settled();
    expect(calls.map((c) => c.method)).toEqual(['procesplaat.patch']);
    expect(calls[0]!.input.patch!.nodes.upsert).toEqual([expect.objectContaining({ id, position: { x: 900, y: 40 } })]);
    expect(stored()).toMatchObject({ revision: 2, plate: { nodes: store.getState().doc.nodes } });
  });

  it('saves the whole plate when undo puts a deleted node back in the middle, then patches again', async () => {
    const { store, calls, stored, settled } = setup();
    const feedback = genId.terugkoppeling('agendering', 'enquete');
    act(() => store.getState().commit((d) => edits.remove(d, [feedback], [])));
    await settled();
    act(() => store.temporal.getState().undo());
    await settled();
    act(() => store.getState().commit((d) => edits.move(d, { [feedback]: { x: 5, y: 5 } })));
    await settled();
    expect(calls.map((c) => c.method)).toEqual(['procesplaat.patch', 'procesplaat.save', 'procesplaat.patch']);
    expect(stored()).toMatchObject({ revision: 4, plate: { nodes: store.getState().doc.nodes } });
    expect(stored().plate?.edges).toEqual(store.getState().doc.edges);
  });

  it('writes the whole plate first when the loaded plate was repaired, so the bad rows are replaced', async () => {
    const { store, calls, settled } = setup({ repairedOnLoad: true });
    act(() => store.getState().commit((d) => edits.move(d, { [genId.councilDecision]: { x: 1, y: 2 } })));
    await settled();
    act(() => store.getState().commit((d) => edits.move(d, { [genId.councilDecision]: { x: 3, y: 4 } })));
    await settled();
    expect(calls.map((c) => c.method)).toEqual(['procesplaat.save', 'procesplaat.patch']);
  });
});

describe('the procesplaat on the one document session: leaving and conflicts', () => {
  it('flushes a field still being typed in when the page is hidden, without waiting for the delay', async () => {
    const { store, calls, stored, session, unmount } = setup({ delayMs: 60_000 });
    const id = genId.councilDecision;
    const node = store.getState().doc.nodes.find((n) => n.id === id)!;
    act(() =>
      store.getState().commit((d) => edits.updateData(d, id, { ...node.data, title: 'Raad besluit' }), `title:${id}`),
    );
    expect(session.state.getState().status).toBe('pending');
    expect(calls).toEqual([]);
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(() => expect(session.state.getState().status).toBe('saved'));
    expect(calls.map((c) => c.method)).toEqual(['procesplaat.patch']);
    expect(stored().plate?.nodes.find((n) => n.id === id)?.data.title).toBe('Raad besluit');
    unmount();
  });

  it('shows the shared conflict dialog, with the texts on the plate, when another window saved in between', async () => {
    // React Flow measures its canvas; jsdom has no layout, so nothing is ever measured.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const backend = memoryBackend();
    backends.push(backend);
    const { id: trajectId } = backend.services.trajecten.create({
      title: 'Aardgasvrij',
      municipality: '',
      vraagstuk: '',
    });
    backend.services.procesplaat.save(trajectId, base);
    const api = createApiClient((method, input) => backend.dispatch(method, structuredClone(input), 'ipc'));
    const store = createPlateStore(base);
    const onReload = vi.fn();
    render(
      <I18nextProvider i18n={createI18n()}>
        <AutosaveDelay.Provider value={0}>
          <EditorScreen
            title="Aardgasvrij"
            store={store}
            saver={trajectPlateSaver(api, trajectId, 1)}
            viewport={undefined}
            onReload={onReload}
          />
        </AutosaveDelay.Provider>
      </I18nextProvider>,
    );
    // Another window saves the plate: revision 1 is stale now.
    backend.services.procesplaat.save(trajectId, base, 1);
    const id = genId.councilDecision;
    const node = store.getState().doc.nodes.find((n) => n.id === id)!;
    act(() => store.getState().commit((d) => edits.updateData(d, id, { ...node.data, title: 'Mijn besluit' })));
    const dialog = await screen.findByTestId('conflict-dialog');
    expect(within(dialog).getByText('Intussen ergens anders gewijzigd')).toBeVisible();
    expect((within(dialog).getByRole('textbox') as HTMLTextAreaElement).value).toContain('Mijn besluit');
    // Nothing was overwritten, and saving stopped.
    expect(backend.services.procesplaat.get(trajectId).plate?.nodes.find((n) => n.id === id)?.data.title).toBe(
      node.data.title,
    );
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
