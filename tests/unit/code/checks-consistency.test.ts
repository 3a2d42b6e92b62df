import { afterEach, describe, expect, it } from 'vitest';
import { prepareSource, sectionContext } from '../../../shared/document/build';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import { codeChecksForTraject } from '../../../shared/code/traject-checks';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { memoryBackend } from '../../support/services';
import { apiCaller, code } from './helpers';

/** Kaders answered but no kaderstellend role: only the generated plate knows the raad sets them. */
const answers = TrajectAnswers.parse({
  impact: 'groot',
  competentBody: 'raad',
  phases: {
    beleidsvoorbereiding: {
      level: 'meebeslissen',
      instruments: ['wijkgesprek'],
      room: 'substantieel',
      kaders: ['Binnen het budget'],
    },
    uitvoering: { geenParticipatie: { reden: '' } },
  },
});

describe('one source for the code checks of the flow and the participatieplan', () => {
  const backends: Array<ReturnType<typeof memoryBackend>> = [];
  afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

  it('without a stored procesplaat, checks the plate the plan draws', () => {
    const c = { ...code(), levels: code().levels.slice(0, 3) };
    const checks = codeChecksForTraject(c, answers, null);
    expect(checks).toEqual(codeChecksForTraject(c, answers, generateProcesplaat(answers)));
    expect(checks.map((x) => x.id)).toEqual([
      'niveau-niet-in-code:beleidsvoorbereiding',
      'uitzondering-zonder-motivering:uitvoering',
    ]);
  });

  it('codes.checkTraject lists exactly the open points the exported plan takes from the code', async () => {
    const backend = memoryBackend();
    backends.push(backend);
    const call = apiCaller(backend);
    const traject = await call('trajecten.create', { title: 'Stationsplein', municipality: 'Lindewaard' });
    await call('answers.save', { trajectId: traject.id, answers, expectedRevision: 0 });
    const stored = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    await call('codes.linkTraject', { trajectId: traject.id, codeId: stored.id });

    const flow = await call('codes.checkTraject', { trajectId: traject.id });
    expect(flow.checks.length).toBeGreaterThan(0);
    const plan = sectionContext(
      await prepareSource({
        title: 'Stationsplein',
        municipality: 'Lindewaard',
        vraagstuk: '',
        answers,
        code: stored.code,
      }),
    ).openPoints.filter((o) => o.source === 'code');
    expect(plan.map((o) => [o.id, o.phase, o.severity, o.text])).toEqual(
      flow.checks.map((c) => [c.check, c.phase, c.severity, c.text]),
    );
  });
});
