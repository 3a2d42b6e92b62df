import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, voorbeeldCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, genId, layoutProcesplaat } from '../../../shared/procesplaat/index';
import { createApiClient } from '../../../renderer/src/api/client';
import { createPlateStore, edits } from '../../../renderer/src/features/procesplaat/store';
import { usePlateSave } from '../../../renderer/src/features/procesplaat/useSave';
import { memoryBackend } from '../../support/services';

const base = await layoutProcesplaat(
  generateProcesplaat(voorbeeldCasussen['aardgasvrij-de-horst'].answers, { catalogue }),
);

const backends: Array<ReturnType<typeof memoryBackend>> = [];
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

/** The editor's save against the real dispatcher, recording which method each save used. */
function setup(options: { repairedOnLoad?: boolean } = {}) {
  const backend = memoryBackend();
  backends.push(backend);
  const { id: trajectId } = backend.services.trajecten.create({ titel: 'Aardgasvrij', gemeente: '', vraagstuk: '' });
  backend.services.procesplaat.save(trajectId, base);
  const calls: Array<{ method: string; input: { patch?: { nodes: { upsert: unknown[] } } } }> = [];
  const api = createApiClient((method, input) => {
    calls.push({ method, input: structuredClone(input) as never });
    return backend.dispatch(method, structuredClone(input), 'ipc');
  });
  const store = createPlateStore(base, options);
  const hook = renderHook(() => usePlateSave(api, trajectId, store, 1, () => undefined));
  const stored = () => backend.services.procesplaat.get(trajectId);
  const settled = () => waitFor(() => expect(hook.result.current).toEqual({ state: 'saved' }));
  return { store, calls, stored, settled };
}

describe('usePlateSave', () => {
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
    act(() => store.getState().commit((d) => edits.move(d, { [genId.besluit]: { x: 1, y: 2 } })));
    await settled();
    act(() => store.getState().commit((d) => edits.move(d, { [genId.besluit]: { x: 3, y: 4 } })));
    await settled();
    expect(calls.map((c) => c.method)).toEqual(['procesplaat.save', 'procesplaat.patch']);
  });
});
