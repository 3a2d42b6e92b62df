import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, PHASES, RECRUITMENTS } from '../../../shared/participatie/index';
import { defaultQuestions, type WorkshopSession } from '../../../shared/workshop/index';
import { call, ok, arbitraryText, type Backend } from '../../support/contract-properties';
import { memoryBackend } from '../../support/services';

/**
 * Property tests over a sample of contract methods with valid-looking random input (issue 15):
 * whatever is sent, the answer is never INTERNAL or INVALID_OUTPUT, and every write that was
 * accepted can be read back (and what failed left the data as it was). Bounded (100 runs per
 * method) so the suite stays fast. The harness is shared (tests/support/contract-properties.ts);
 * the procesplaat and export methods are in properties-procesplaat-export.test.ts.
 */

const RUNS = { numRuns: 100 };

const localId = fc.oneof(
  fc.constantFrom('groep-1', 'groep-2', 'groep-3', 'doel', 'aanpak', 'organisatie', 'vraag-1', 'r1', '__proto__'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,45}$/),
);
const instrumentId = fc.oneof(
  fc.constantFrom(...catalogue.instruments.map((i) => i.id)),
  fc.array(fc.stringMatching(/^[a-z0-9]{1,30}$/), { minLength: 1, maxLength: 9 }).map((parts) => parts.join('-')),
  // An unknown id around and past the cap (80): 201+ characters used to break every export.
  fc.integer({ min: 70, max: 260 }).map((n) => `onbekend-${'x'.repeat(n)}`),
);
/** Ids that often collide, so lists with one id twice come up in most runs. */
const clashingId = fc.constantFrom('groep-1', 'groep-2', 'vraag-1', 'doel', 'r1');
/** Mostly a plain name (so most lists pass and are written), now and then any text. */
const optionalText = (max: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arbitraryText(max) });
const groupsArb = (id: fc.Arbitrary<string>) =>
  fc
    .array(fc.record({ id: fc.option(id, { nil: undefined }), name: optionalText(90) }), {
      minLength: 1,
      maxLength: 13,
    })
    .map((gs) =>
      gs.map(({ id: gid, name }, i) => ({
        ...(gid === undefined ? {} : { id: gid }),
        name: name ?? `Tafel ${i + 1}`,
      })),
    );
const questionsArb = (id: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        title: optionalText(320),
        explanation: fc.option(arbitraryText(), { nil: undefined }),
        kind: fc.constantFrom('goal', 'approach', 'organisation', 'open'),
      }),
      { minLength: 0, maxLength: 9 },
    )
    .map((vs) =>
      vs.map(({ id: vid, title, explanation, kind }, i) => ({
        ...(vid === undefined ? {} : { id: vid }),
        title: title ?? `Vraag ${i + 1}?`,
        ...(explanation === undefined ? {} : { explanation }),
        kind,
      })),
    );

async function withSession(): Promise<{ backend: Backend; session: WorkshopSession; trajectId: string }> {
  const backend = memoryBackend();
  const traject = await ok<{ id: string }>(backend, 'trajecten.create', { title: 'Basis', vraagstuk: 'Hoe?' });
  const session = await ok<WorkshopSession>(backend, 'workshop.create', {
    title: 'Sessie',
    casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
    groups: [{ name: 'Noord' }, { name: 'Zuid' }, { name: 'West' }],
    questions: defaultQuestions(),
  });
  return { backend, session: session, trajectId: traject.id };
}

describe('contract properties: never INTERNAL, every accepted write reads back', { timeout: 60_000 }, () => {
  it('trajecten.create and trajecten.update', async () => {
    const backend = memoryBackend();
    const base = await ok<{ id: string }>(backend, 'trajecten.create', { title: 'Basis' });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { titel: arbitraryText(220), gemeente: arbitraryText(110), vraagstuk: arbitraryText(300) },
          { requiredKeys: ['titel'] },
        ),
        fc.boolean(),
        async (fields, isUpdate) => {
          const method = isUpdate ? 'trajecten.update' : 'trajecten.create';
          const input = isUpdate ? { ...fields, id: base.id } : fields;
          const before = await ok(backend, 'trajecten.get', { id: base.id });
          const result = await call(backend, method, input);
          if (result.ok) {
            const id = (result.data as { id: string }).id;
            expect(await ok(backend, 'trajecten.get', { id })).toEqual(result.data);
          } else if (isUpdate) {
            expect(await ok(backend, 'trajecten.get', { id: base.id })).toEqual(before);
          }
        },
      ),
      RUNS,
    );
  });

  it('answers.save, and the exports of that traject keep working', async () => {
    const backend = memoryBackend();
    const { id: trajectId } = await ok<{ id: string }>(backend, 'trajecten.create', { title: 'Antwoorden' });
    const fase = fc.record(
      {
        instruments: fc.array(instrumentId, { maxLength: 4 }),
        werving: fc.dictionary(instrumentId, fc.constantFrom(...RECRUITMENTS), { maxKeys: 2 }),
        notes: arbitraryText(200),
        goalsInOwnWords: arbitraryText(),
        kaders: fc.array(arbitraryText(60), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...PHASES), fase, { maxKeys: 2 }), async (phases) => {
        const before = await ok<{ revision: number }>(backend, 'answers.get', { trajectId });
        const result = await call(backend, 'answers.save', { trajectId, answers: { phases } });
        const after = await ok<{ revision: number; repaired: boolean; answers: unknown }>(backend, 'answers.get', {
          trajectId,
        });
        expect(after.repaired).toBe(false);
        if (result.ok) expect(after.revision).toBe(before.revision + 1);
        else expect(after.revision).toBe(before.revision);
        if (result.ok) {
          await ok(backend, 'export.document', { trajectId, format: 'md' });
          await ok(backend, 'export.preview', { trajectId });
        }
      }),
      { numRuns: 40 },
    );
    await ok(backend, 'export.project', { trajectId });
  });

  it('workshop.create', async () => {
    const backend = memoryBackend();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('Sessie'), arbitraryText(220)),
        groupsArb(fc.oneof(clashingId, localId)),
        questionsArb(fc.oneof(clashingId, localId)),
        fc.constantFrom('aardgasvrij-de-horst', '__proto__', 'bestaat-niet', 'constructor', 'a'.repeat(81)),
        async (title, groups, questions, casus) => {
          const count = backend.services.workshop.list().length;
          const result = await call(backend, 'workshop.create', {
            title,
            casus: { kind: 'example', id: casus },
            groups,
            questions,
          });
          if (result.ok) {
            const session = result.data as WorkshopSession;
            expect(await ok(backend, 'workshop.get', { id: session.id })).toEqual(session);
            // Nothing sent was merged away.
            expect(session.groups).toHaveLength(groups.length);
            expect(session.questions).toHaveLength(questions.length);
          } else {
            expect(backend.services.workshop.list()).toHaveLength(count);
          }
        },
      ),
      RUNS,
    );
  });

  it('workshop.update', async () => {
    const { backend, session: session } = await withSession();
    const known = fc.constantFrom(...session.groups.map((g) => g.id));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            title: arbitraryText(220),
            groups: groupsArb(fc.oneof(known, clashingId, localId)),
            questions: questionsArb(fc.oneof(fc.constantFrom('doel', 'aanpak'), clashingId, localId)),
            durations: fc.record({
              discussionSec: fc.integer({ min: -5, max: 20_000 }),
              roundSec: fc.integer({ min: 1, max: 600 }),
            }),
          },
          { requiredKeys: [] },
        ),
        async (change) => {
          const before = await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id });
          const result = await call(backend, 'workshop.update', { ...change, id: session.id });
          const after = await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id });
          expect(after.repaired).toBe(false);
          if (result.ok) {
            expect(after).toEqual(result.data);
            if (change.groups) expect(after.groups).toHaveLength(change.groups.length);
            if (change.questions) expect(after.questions).toHaveLength(change.questions.length);
          } else expect(after).toEqual(before);
        },
      ),
      RUNS,
    );
  });

  it('workshop.saveAnswer and workshop.saveRodeDraden', async () => {
    const { backend, session: session } = await withSession();
    const groupId = fc.oneof(fc.constantFrom(...session.groups.map((g) => g.id)), localId);
    const thread = fc.record(
      { id: localId, text: arbitraryText(), groupIds: fc.array(groupId, { maxLength: 4 }), source: arbitraryText(60) },
      { requiredKeys: ['id', 'text'] },
    );
    await fc.assert(
      fc.asyncProperty(
        groupId,
        fc.oneof(fc.constantFrom('doel', 'aanpak', 'organisatie'), localId),
        arbitraryText(400),
        fc.array(thread, { maxLength: 5 }),
        async (group, questionId, answer, rodeDraden) => {
          const before = await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id });
          const a = await call(backend, 'workshop.saveAnswer', {
            sessionId: session.id,
            groupId: group,
            questionId,
            text: answer,
            expectedRevision: before.answerRevisions[group]?.[questionId] ?? 0,
          });
          const afterAnswer = await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id });
          if (a.ok) expect(afterAnswer.answers[group]?.[questionId]).toBe(answer);
          else expect(afterAnswer.answers).toEqual(before.answers);

          const r = await call(backend, 'workshop.saveRodeDraden', {
            sessionId: session.id,
            rodeDraden,
            expectedRevision: afterAnswer.rodeDradenRevision,
          });
          const afterThreads = await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id });
          expect(afterThreads.repaired).toBe(false);
          if (r.ok) expect(afterThreads.rodeDraden).toEqual((r.data as { rodeDraden: unknown }).rodeDraden);
          else expect(afterThreads.rodeDraden).toEqual(before.rodeDraden);
        },
      ),
      RUNS,
    );
    // The report of whatever was accepted can still be made.
    await ok(backend, 'workshop.exportReport', { id: session.id, format: 'markdown' });
  });

  it('examples.open with any id', async () => {
    const backend = memoryBackend();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('aardgasvrij-de-horst', '__proto__', 'constructor', 'toString'), arbitraryText(90)),
        async (id) => {
          const count = backend.services.trajecten.list().length;
          const result = await call(backend, 'examples.open', { id });
          if (result.ok) {
            const { traject } = result.data as { traject: { id: string } };
            expect(await ok(backend, 'trajecten.get', { id: traject.id })).toEqual(traject);
          } else expect(backend.services.trajecten.list()).toHaveLength(count);
        },
      ),
      { numRuns: 40 },
    );
  });
});
