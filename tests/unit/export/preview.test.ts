import { afterEach, describe, expect, it } from 'vitest';
import { memoryBackend } from '../../support/services';
import { noBrowser } from './helpers';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

describe('export.preview', () => {
  it('answers for a traject without any participation (its document is the motivering)', async () => {
    const backend = memoryBackend();
    backends.push(backend);
    backend.services.exportHost = noBrowser;
    const traject = backend.services.trajecten.create({
      title: 'Begroting 2027',
      municipality: 'Lindeveld',
      vraagstuk: '',
    });
    const saved = await backend.dispatch(
      'answers.save',
      {
        trajectId: traject.id,
        expectedRevision: 0,
        answers: { phases: { besluitvorming: { geenParticipatie: { reden: 'De begroting is uitgezonderd.' } } } },
      },
      'http',
    );
    expect(saved.ok).toBe(true);
    const preview = await backend.dispatch('export.preview', { trajectId: traject.id }, 'http');
    expect(preview.ok, JSON.stringify(preview)).toBe(true);
  });
});
