import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, PHASES, RECRUITMENTS } from '../../../shared/participatie/index';
import { defaultQuestions, type WorkshopSession } from '../../../shared/workshop/index';
import { call, ok, tekst, type Backend } from '../../support/contract-properties';
import { memoryBackend } from '../../support/services';

/**
 * Property tests over a sample of contract methods with valid-looking random input (issue 15):
 * whatever is sent, the answer is never INTERNAL or INVALID_OUTPUT, and every write that was
 * accepted can be read back (and what failed left the data as it was). Bounded (100 runs per
 * method) so the suite stays fast. The harness is shared (tests/support/contract-properties.ts);
 * the procesplaat and export methods are in properties-procesplaat-export.test.ts.
 */

const RUNS = { numRuns: 100 };

const lokaleId = fc.oneof(
  fc.constantFrom('groep-1', 'groep-2', 'groep-3', 'doel', 'aanpak', 'organisatie', 'vraag-1', 'r1', '__proto__'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,45}$/),
);
const instrumentId = fc.oneof(
  fc.constantFrom(...catalogue.instruments.map((i) => i.id)),
  fc.array(fc.stringMatching(/^[a-z0-9]{1,30}$/), { minLength: 1, maxLength: 9 }).map((delen) => delen.join('-')),
  // An unknown id around and past the cap (80): 201+ characters used to break every export.
  fc.integer({ min: 70, max: 260 }).map((n) => `onbekend-${'x'.repeat(n)}`),
);
/** Ids that often collide, so lists with one id twice come up in most runs. */
const botsendeId = fc.constantFrom('groep-1', 'groep-2', 'vraag-1', 'doel', 'r1');
/** Mostly a plain name (so most lists pass and are written), now and then any text. */
const naamOfTekst = (max: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: tekst(max) });
const groepenArb = (id: fc.Arbitrary<string>) =>
  fc
    .array(fc.record({ id: fc.option(id, { nil: undefined }), naam: naamOfTekst(90) }), { minLength: 1, maxLength: 13 })
    .map((gs) =>
      gs.map(({ id: gid, naam }, i) => ({ ...(gid === undefined ? {} : { id: gid }), naam: naam ?? `Tafel ${i + 1}` })),
    );
const vragenArb = (id: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.record({
        id: fc.option(id, { nil: undefined }),
        titel: naamOfTekst(320),
        toelichting: fc.option(tekst(), { nil: undefined }),
        soort: fc.constantFrom('doel', 'aanpak', 'organisatie', 'vrij'),
      }),
      { minLength: 0, maxLength: 9 },
    )
    .map((vs) =>
      vs.map(({ id: vid, titel, toelichting, soort }, i) => ({
        ...(vid === undefined ? {} : { id: vid }),
        titel: titel ?? `Vraag ${i + 1}?`,
        ...(toelichting === undefined ? {} : { toelichting }),
        soort,
      })),
    );

async function metSessie(): Promise<{ backend: Backend; sessie: WorkshopSession; trajectId: string }> {
  const backend = memoryBackend();
  const traject = await ok<{ id: string }>(backend, 'trajecten.create', { titel: 'Basis', vraagstuk: 'Hoe?' });
  const sessie = await ok<WorkshopSession>(backend, 'workshop.create', {
    titel: 'Sessie',
    casus: { soort: 'voorbeeld', id: 'aardgasvrij-de-horst' },
    groepen: [{ naam: 'Noord' }, { naam: 'Zuid' }, { naam: 'West' }],
    vragen: defaultQuestions(),
  });
  return { backend, sessie, trajectId: traject.id };
}

describe('contract properties: never INTERNAL, every accepted write reads back', { timeout: 60_000 }, () => {
  it('trajecten.create and trajecten.update', async () => {
    const backend = memoryBackend();
    const basis = await ok<{ id: string }>(backend, 'trajecten.create', { titel: 'Basis' });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ titel: tekst(220), gemeente: tekst(110), vraagstuk: tekst(300) }, { requiredKeys: ['titel'] }),
        fc.boolean(),
        async (velden, bijwerken) => {
          const method = bijwerken ? 'trajecten.update' : 'trajecten.create';
          const input = bijwerken ? { ...velden, id: basis.id } : velden;
          const voor = await ok(backend, 'trajecten.get', { id: basis.id });
          const result = await call(backend, method, input);
          if (result.ok) {
            const id = (result.data as { id: string }).id;
            expect(await ok(backend, 'trajecten.get', { id })).toEqual(result.data);
          } else if (bijwerken) {
            expect(await ok(backend, 'trajecten.get', { id: basis.id })).toEqual(voor);
          }
        },
      ),
      RUNS,
    );
  });

  it('answers.save, and the exports of that traject keep working', async () => {
    const backend = memoryBackend();
    const { id: trajectId } = await ok<{ id: string }>(backend, 'trajecten.create', { titel: 'Antwoorden' });
    const fase = fc.record(
      {
        instruments: fc.array(instrumentId, { maxLength: 4 }),
        werving: fc.dictionary(instrumentId, fc.constantFrom(...RECRUITMENTS), { maxKeys: 2 }),
        notes: tekst(200),
        goalsInOwnWords: tekst(),
        kaders: fc.array(tekst(60), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...PHASES), fase, { maxKeys: 2 }), async (phases) => {
        const voor = await ok<{ revision: number }>(backend, 'answers.get', { trajectId });
        const result = await call(backend, 'answers.save', { trajectId, answers: { phases } });
        const na = await ok<{ revision: number; repaired: boolean; answers: unknown }>(backend, 'answers.get', {
          trajectId,
        });
        expect(na.repaired).toBe(false);
        if (result.ok) expect(na.revision).toBe(voor.revision + 1);
        else expect(na.revision).toBe(voor.revision);
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
        fc.oneof(fc.constant('Sessie'), tekst(220)),
        groepenArb(fc.oneof(botsendeId, lokaleId)),
        vragenArb(fc.oneof(botsendeId, lokaleId)),
        fc.constantFrom('aardgasvrij-de-horst', '__proto__', 'bestaat-niet', 'constructor', 'a'.repeat(81)),
        async (titel, groepen, vragen, casus) => {
          const aantal = backend.services.workshop.list().length;
          const result = await call(backend, 'workshop.create', {
            titel,
            casus: { soort: 'voorbeeld', id: casus },
            groepen,
            vragen,
          });
          if (result.ok) {
            const sessie = result.data as WorkshopSession;
            expect(await ok(backend, 'workshop.get', { id: sessie.id })).toEqual(sessie);
            // Nothing sent was merged away.
            expect(sessie.groepen).toHaveLength(groepen.length);
            expect(sessie.vragen).toHaveLength(vragen.length);
          } else {
            expect(backend.services.workshop.list()).toHaveLength(aantal);
          }
        },
      ),
      RUNS,
    );
  });

  it('workshop.update', async () => {
    const { backend, sessie } = await metSessie();
    const bekend = fc.constantFrom(...sessie.groepen.map((g) => g.id));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            titel: tekst(220),
            groepen: groepenArb(fc.oneof(bekend, botsendeId, lokaleId)),
            vragen: vragenArb(fc.oneof(fc.constantFrom('doel', 'aanpak'), botsendeId, lokaleId)),
            tijden: fc.record({
              gesprekSec: fc.integer({ min: -5, max: 20_000 }),
              rondgangSec: fc.integer({ min: 1, max: 600 }),
            }),
          },
          { requiredKeys: [] },
        ),
        async (wijziging) => {
          const voor = await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id });
          const result = await call(backend, 'workshop.update', { ...wijziging, id: sessie.id });
          const na = await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id });
          expect(na.repaired).toBe(false);
          if (result.ok) {
            expect(na).toEqual(result.data);
            if (wijziging.groepen) expect(na.groepen).toHaveLength(wijziging.groepen.length);
            if (wijziging.vragen) expect(na.vragen).toHaveLength(wijziging.vragen.length);
          } else expect(na).toEqual(voor);
        },
      ),
      RUNS,
    );
  });

  it('workshop.saveAnswer and workshop.saveRodeDraden', async () => {
    const { backend, sessie } = await metSessie();
    const groepId = fc.oneof(fc.constantFrom(...sessie.groepen.map((g) => g.id)), lokaleId);
    const draad = fc.record(
      { id: lokaleId, tekst: tekst(), groepIds: fc.array(groepId, { maxLength: 4 }), bron: tekst(60) },
      { requiredKeys: ['id', 'tekst'] },
    );
    await fc.assert(
      fc.asyncProperty(
        groepId,
        fc.oneof(fc.constantFrom('doel', 'aanpak', 'organisatie'), lokaleId),
        tekst(400),
        fc.array(draad, { maxLength: 5 }),
        async (groep, vraagId, antwoord, rodeDraden) => {
          const voor = await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id });
          const a = await call(backend, 'workshop.saveAnswer', {
            sessieId: sessie.id,
            groepId: groep,
            vraagId,
            tekst: antwoord,
            expectedRevision: voor.answerRevisions[groep]?.[vraagId] ?? 0,
          });
          const naA = await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id });
          if (a.ok) expect(naA.antwoorden[groep]?.[vraagId]).toBe(antwoord);
          else expect(naA.antwoorden).toEqual(voor.antwoorden);

          const r = await call(backend, 'workshop.saveRodeDraden', {
            sessieId: sessie.id,
            rodeDraden,
            expectedRevision: naA.rodeDradenRevision,
          });
          const naR = await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id });
          expect(naR.repaired).toBe(false);
          if (r.ok) expect(naR.rodeDraden).toEqual((r.data as { rodeDraden: unknown }).rodeDraden);
          else expect(naR.rodeDraden).toEqual(voor.rodeDraden);
        },
      ),
      RUNS,
    );
    // The report of whatever was accepted can still be made.
    await ok(backend, 'workshop.exportReport', { id: sessie.id, formaat: 'markdown' });
  });

  it('examples.open with any id', async () => {
    const backend = memoryBackend();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('aardgasvrij-de-horst', '__proto__', 'constructor', 'toString'), tekst(90)),
        async (id) => {
          const aantal = backend.services.trajecten.list().length;
          const result = await call(backend, 'examples.open', { id });
          if (result.ok) {
            const { traject } = result.data as { traject: { id: string } };
            expect(await ok(backend, 'trajecten.get', { id: traject.id })).toEqual(traject);
          } else expect(backend.services.trajecten.list()).toHaveLength(aantal);
        },
      ),
      { numRuns: 40 },
    );
  });
});
