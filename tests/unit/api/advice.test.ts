import { afterEach, describe, expect, it } from 'vitest';
import { exampleCasussen } from '../../../shared/participatie/casussen/index';
import type { Recommendation } from '../../../shared/participatie/types';
import { memoryBackend } from '../../support/services';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

describe('advice over the API', () => {
  it('recommends for the saved answers of a traject, validated against the contract', async () => {
    const backend = memoryBackend();
    backends.push(backend);
    const casus = Object.values(exampleCasussen).find((c) => /aardgas/i.test(c.titel))!;
    const { id } = backend.services.trajecten.create({
      title: casus.titel,
      municipality: casus.gemeente,
      vraagstuk: casus.vraagstuk,
    });
    const saved = await backend.dispatch(
      'answers.save',
      { trajectId: id, answers: casus.answers, expectedRevision: 0 },
      'ipc',
    );
    expect(saved.ok).toBe(true);

    const result = await backend.dispatch('advice.forTraject', { trajectId: id }, 'ipc');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const advice = result.data as Recommendation;
    const answeredPhases = Object.keys(casus.answers.phases);
    expect(advice.phases.map((p) => p.phase).sort()).toEqual([...answeredPhases].sort());
    const agendering = advice.phases.find((p) => p.phase === 'agendering');
    expect(agendering?.ranking.length).toBeGreaterThan(0);
    expect(agendering?.ranking[0]?.reasons.some((r) => r.effect === 'fits')).toBe(true);
  });

  it('answers NOT_FOUND for an unknown traject', async () => {
    const backend = memoryBackend();
    backends.push(backend);
    const result = await backend.dispatch('advice.forTraject', { trajectId: crypto.randomUUID() }, 'http');
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });
});
