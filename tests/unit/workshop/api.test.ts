import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { defaultQuestions, type WorkshopSession } from '../../../shared/workshop/index';
import { memoryBackend } from '../../support/services';

async function ok<T>(promise: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

async function createSession() {
  const backend = memoryBackend();
  const session = await ok<WorkshopSession>(
    backend.dispatch(
      'workshop.create',
      {
        title: 'Taskforce Dijkerveen',
        casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
        groups: [{ name: 'Noord' }, { name: 'Zuid' }],
        questions: defaultQuestions(),
      },
      'ipc',
    ),
  );
  return { ...backend, session };
}

describe('workshop API', () => {
  it('copies the example casus text into a new session with the workshop defaults', async () => {
    const { session } = await createSession();
    expect(session.casus).toMatchObject({
      title: 'Aardgasvrij in De Horst',
      source: { kind: 'example', id: 'aardgasvrij-de-horst' },
    });
    expect(session.casus.vraagstuk).toMatch(/Gronings gas/);
    expect(session.durations).toEqual({ discussionSec: 1200, roundSec: 600 });
    expect(session.position).toEqual({ step: 'casus', questionIndex: 0 });
  });

  it('uses an existing traject as casus, and refuses unknown casussen and a single group in Dutch', async () => {
    const { dispatch } = memoryBackend();
    const traject = await ok<{ id: string }>(
      dispatch('trajecten.create', { title: 'Omgevingsvisie', vraagstuk: 'Hoe ziet Lindeveld eruit in 2040?' }, 'ipc'),
    );
    const base = { title: 'S', groups: [{ name: 'A' }, { name: 'B' }], questions: defaultQuestions() };
    const session = await ok<WorkshopSession>(
      dispatch('workshop.create', { ...base, casus: { kind: 'traject', trajectId: traject.id } }, 'ipc'),
    );
    expect(session.casus.vraagstuk).toBe('Hoe ziet Lindeveld eruit in 2040?');

    const unknown = await dispatch(
      'workshop.create',
      { ...base, casus: { kind: 'example', id: 'bestaat-niet' } },
      'ipc',
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/voorbeeldcasus/) },
    });
    const eenGroep = await dispatch(
      'workshop.create',
      { ...base, groups: [{ name: 'A' }], casus: { kind: 'traject', trajectId: traject.id } },
      'ipc',
    );
    expect(eenGroep).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ message: 'Er zijn minstens 2 groepen nodig.' })],
      },
    });
  });

  it('refuses an answer to a question that is not in the session', async () => {
    const { dispatch, session } = await createSession();
    const result = await dispatch(
      'workshop.saveAnswer',
      { sessionId: session.id, groupId: 'groep-1', questionId: 'onbekend', text: 'x', expectedRevision: 0 },
      'ipc',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers CONFLICT with a Dutch message when a timer press does not fit', async () => {
    const { dispatch, session } = await createSession();
    const result = await dispatch(
      'workshop.pressTimer',
      { sessionId: session.id, timer: 'discussion', action: 'pause' },
      'ipc',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/timer/) } });
    const start = await ok<{ timerEvents: unknown[] }>(
      dispatch('workshop.pressTimer', { sessionId: session.id, timer: 'discussion', action: 'start' }, 'ipc'),
    );
    expect(start.timerEvents).toEqual([expect.objectContaining({ timer: 'discussion', action: 'start' })]);
  });

  it('exports a report as Word, Markdown and PDF from the same document', async () => {
    const { dispatch, services, session } = await createSession();
    await ok(
      dispatch(
        'workshop.saveAnswer',
        {
          sessionId: session.id,
          groupId: 'groep-2',
          questionId: 'aanpak',
          text: 'Keukentafelgesprekken met ouderen',
          expectedRevision: 0,
        },
        'ipc',
      ),
    );
    await ok(
      dispatch(
        'workshop.saveRodeDraden',
        {
          sessionId: session.id,
          rodeDraden: [{ id: 'r1', text: 'Begin bij de raad', groupIds: ['groep-1', 'groep-2'] }],
          expectedRevision: 0,
        },
        'ipc',
      ),
    );
    const file = await ok<{ fileName: string; base64: string }>(
      dispatch('workshop.exportReport', { id: session.id, format: 'docx' }, 'ipc'),
    );
    expect(file.fileName).toMatch(/^verslag-taskforce-dijkerveen-\d{4}-\d{2}-\d{2}\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') });
    expect(text).toContain('Verslag workshop\n\nTaskforce Dijkerveen');
    expect(text).toContain('Casus: Aardgasvrij in De Horst');
    expect(text).toContain('Keukentafelgesprekken met ouderen');
    expect(text).toContain('Begin bij de raad (genoemd door: Noord en Zuid)');

    const md = await ok<{ base64: string; mimeType: string }>(
      dispatch('workshop.exportReport', { id: session.id, format: 'markdown' }, 'ipc'),
    );
    expect(md.mimeType).toMatch(/markdown/);
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain(
      '### Zuid\n\nKeukentafelgesprekken met ouderen',
    );

    // PDF is printed from the HTML rendering by the host (Chromium or Electron); here a fake one.
    let html = '';
    services.exportHost = {
      printPdf: (h) => {
        html = h;
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7'));
      },
    };
    const pdf = await ok<{ fileName: string; base64: string; mimeType: string }>(
      dispatch('workshop.exportReport', { id: session.id, format: 'pdf' }, 'ipc'),
    );
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', fileName: expect.stringMatching(/\.pdf$/) });
    expect(html).toContain('<h3>Zuid</h3><p>Keukentafelgesprekken met ouderen</p>');

    services.exportHost = { printPdf: () => Promise.reject(new Error('geen browser')) };
    expect(await dispatch('workshop.exportReport', { id: session.id, format: 'pdf' }, 'ipc')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/PDF kon niet worden gemaakt/) },
    });
  });

  it('turns a group\u2019s work into a traject with its answers', async () => {
    const { dispatch, session } = await createSession();
    await ok(
      dispatch(
        'workshop.saveAnswer',
        {
          sessionId: session.id,
          groupId: 'groep-1',
          questionId: 'doel',
          text: 'Vertrouwen herstellen',
          expectedRevision: 0,
        },
        'ipc',
      ),
    );
    await ok(
      dispatch(
        'workshop.saveChoice',
        {
          sessionId: session.id,
          groupId: 'groep-1',
          choice: { phase: 'agendering', goals: ['vertrouwen-herstellen'], level: 'raadplegen' },
          expectedRevision: 0,
        },
        'ipc',
      ),
    );
    const traject = await ok<{ id: string; title: string }>(
      dispatch('workshop.createTraject', { sessionId: session.id, groupId: 'groep-1' }, 'ipc'),
    );
    expect(traject.title).toBe('Aardgasvrij in De Horst – Noord');
    const opgeslagen = await ok<{ answers: { phases: Record<string, unknown> } }>(
      dispatch('answers.get', { trajectId: traject.id }, 'ipc'),
    );
    expect(opgeslagen.answers.phases.agendering).toMatchObject({
      goals: ['vertrouwen-herstellen'],
      level: 'raadplegen',
      goalsInOwnWords: 'Vertrouwen herstellen',
    });
  });

  it('refuses every workshop write without the revision it started from', async () => {
    const { dispatch, session } = await createSession();
    const zonder = [
      dispatch(
        'workshop.saveAnswer',
        { sessionId: session.id, groupId: 'groep-1', questionId: 'doel', text: 'x' },
        'ipc',
      ),
      dispatch('workshop.saveChoice', { sessionId: session.id, groupId: 'groep-1', choice: null }, 'ipc'),
      dispatch('workshop.saveRodeDraden', { sessionId: session.id, rodeDraden: [] }, 'ipc'),
      dispatch('workshop.update', { id: session.id, title: 'Nieuw' }, 'ipc'),
    ];
    for (const result of await Promise.all(zonder)) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['expectedRevision'] })] },
      });
    }
  });
});
