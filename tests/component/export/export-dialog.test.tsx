import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../shared/document/build';
import { TrajectAnswers, exampleCasussen, type TrajectAnswersInput } from '../../../shared/participatie/index';
import type { Traject } from '../../../shared/traject/traject';
import type { Transport } from '../../../renderer/src/api/client';
import { ExportButton, hasNoParticipation } from '../../../renderer/src/features/export/ExportDialog';
import { AnswersSessionProvider } from '../../../renderer/src/lib/answers/AnswersSessionProvider';
import { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';

/**
 * The export dialog against the real dispatcher. The document request is answered by the real
 * backend; the UI gets "cancelled" back so jsdom does not have to download anything.
 */
function renderExport(answers: TrajectAnswersInput) {
  const backend = memoryBackend();
  const traject: Traject = backend.services.trajecten.create({
    title: 'Burgerbegroting Oosterpark',
    municipality: 'Groningen',
    vraagstuk: 'Hoe besteden bewoners het wijkbudget?',
  });
  backend.services.answers.save(traject.id, TrajectAnswers.parse(answers));
  const requests: Record<string, unknown>[] = [];
  const documents: string[] = [];
  const transport: Transport = async (method, input) => {
    const response = await backend.dispatch(method, structuredClone(input), 'ipc');
    if (method !== 'export.document') return response;
    requests.push(input as Record<string, unknown>);
    const data = (response as { ok: boolean; data?: { kind: string; base64?: string } }).data;
    if (data?.base64) documents.push(Buffer.from(data.base64, 'base64').toString('utf8'));
    return { ok: true, data: { kind: 'cancelled' } } as typeof response;
  };
  renderWithBackend(
    <AnswersSessionProvider trajectId={traject.id}>
      <ExportButton traject={traject} />
    </AnswersSessionProvider>,
    { transport },
  );
  return { requests, documents };
}

const open = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Exporteren' }));
  return screen.findByRole('dialog', { name: 'Exporteren: participatieplan en spelregels' });
};

describe('Export dialog: plan or paragraaf', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opened is enough here (the browser's modality is tested in e2e).
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });

  it('sends the chosen variant; the paragraaf has no sections or spelregels to choose', async () => {
    const user = userEvent.setup();
    const { requests, documents } = renderExport(exampleCasussen['burgerbegroting-oosterpark'].answers);
    const dialog = await open(user);
    const group = within(dialog).getByRole('group', { name: 'Soort document' });
    const plan = within(group).getByRole('radio', { name: 'Participatieplan (volledig)' });
    const paragraaf = within(group).getByRole('radio', {
      name: 'Participatieparagraaf voor het raadsvoorstel (1 pagina)',
    });
    expect(plan).toBeChecked();
    expect(paragraaf).toHaveAccessibleDescription(/op één pagina/);
    // The preview (sections, spelregels) renders the whole document: give it time on a busy machine.
    await within(dialog).findByRole('group', { name: 'Onderdelen' }, { timeout: 8000 });
    expect(within(dialog).getByRole('heading', { name: 'Spelregels' })).toBeInTheDocument();

    // Keyboard: arrow down from the plan selects the paragraaf.
    plan.focus();
    await user.keyboard('{ArrowDown}');
    expect(paragraaf).toBeChecked();
    expect(within(dialog).queryByRole('group', { name: 'Onderdelen' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('heading', { name: 'Spelregels' })).not.toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Markdown (.md)'));
    await user.click(within(dialog).getByRole('button', { name: 'Document maken' }));
    await waitFor(() => expect(requests).toHaveLength(1), { timeout: 8000 });
    expect(requests[0]).toMatchObject({ variant: 'paragraaf', format: 'md' });
    expect(requests[0]).not.toHaveProperty('sections');
    expect(documents[0]).toContain('Participatieparagraaf');
    expect(documents[0]).toContain('De raad wordt gevraagd');

    await user.click(plan);
    await user.click(within(dialog).getByRole('button', { name: 'Document maken' }));
    await waitFor(() => expect(requests).toHaveLength(2), { timeout: 8000 });
    expect(requests[1]).toMatchObject({ variant: 'plan' });
    expect(documents[1]).toContain('Participatieplan en spelregels');
  });

  it('says that a traject without participation gets a motivering, and offers no choice', async () => {
    const user = userEvent.setup();
    const { requests, documents } = renderExport({
      phases: {
        agendering: { geenParticipatie: { reden: 'Een wettelijke taak zonder beleidsruimte.' } },
        besluitvorming: { geenParticipatie: { reden: 'Het besluit volgt uit de wet.' } },
      },
    });
    const dialog = await open(user);
    expect(within(dialog).getByTestId('export-motivering')).toHaveTextContent(
      'maakt Samenspel geen participatieplan, maar een motivering om af te zien van participatie',
    );
    expect(within(dialog).queryByRole('group', { name: 'Soort document' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('Markdown (.md)'));
    const makeButton = within(dialog).getByRole('button', { name: 'Document maken' });
    await waitFor(() => expect(makeButton).toBeEnabled(), { timeout: 8000 });
    await user.click(makeButton);
    await waitFor(() => expect(requests).toHaveLength(1), { timeout: 8000 });
    expect(requests[0]).not.toHaveProperty('variant');
    expect(documents[0]).toContain('Motivering afzien van participatie');
  });

  it('decides "no participation" as the document does, for every bundled casus and the edge cases', () => {
    const cases: TrajectAnswersInput[] = [
      ...Object.values(exampleCasussen).map((c) => c.answers),
      {},
      { phases: { agendering: { geenParticipatie: { reden: 'x' } } } },
      { phases: { agendering: { geenParticipatie: { reden: 'x' } }, uitvoering: { instruments: ['enquete'] } } },
    ];
    for (const input of cases) {
      const answers = TrajectAnswers.parse(input);
      expect(hasNoParticipation(answers)).toBe(resolveVariant(answers, 'plan') === 'motivering');
    }
  });
});
