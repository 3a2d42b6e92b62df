import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CodesRepository } from '../../../main/db/repositories/codes';
import { exampleCodes } from '../../../shared/code/examples/index';
import { prepareSource, sectionContext } from '../../../shared/document/build';
import { TrajectAnswers, type TrajectAnswersInput } from '../../../shared/participatie/index';
import type { Traject } from '../../../shared/traject/traject';
import { AnswersSessionProvider } from '../../../renderer/src/lib/answers/AnswersSessionProvider';
import { FlowView } from '../../../renderer/src/features/flow/FlowView';
import { OverviewView } from '../../../renderer/src/features/flow/OverviewView';
import { CodeChecksForPhase, CodeChecksOverview } from '../../../renderer/src/features/code/CodeChecks';
import { useHelp } from '../../../renderer/src/features/flow/help/helpStore';
import { renderWithBackend } from '../render';

/** Lindewaard uses informeren to adviseren only and has no uitdaagrecht; the raad sees high-impact plans. */
const answers: TrajectAnswersInput = {
  impact: 'groot',
  competentBody: 'raad',
  phases: {
    beleidsvoorbereiding: { level: 'meebeslissen', instruments: ['wijkgesprek'], room: 'substantieel' },
    uitvoering: { geenParticipatie: { reden: '' } },
  },
};

function renderLinked(view: { name: 'overview' } | { name: 'phases'; phase: string }, linked = true) {
  useHelp.setState({ open: false, topic: null });
  const seeded: { traject?: Traject } = {};
  function Harness() {
    const traject = seeded.traject!;
    return (
      <AnswersSessionProvider trajectId={traject.id}>
        {view.name === 'overview' ? (
          <OverviewView traject={traject} onNext={() => {}} checks={<CodeChecksOverview traject={traject} />} />
        ) : (
          <FlowView
            traject={traject}
            phase={view.phase}
            onPhase={() => {}}
            onOverview={() => {}}
            renderPhaseChecks={(phase) => <CodeChecksForPhase traject={traject} phase={phase} />}
          />
        )}
      </AnswersSessionProvider>
    );
  }
  return renderWithBackend(<Harness />, {
    seed: (services) => {
      const created = services.trajecten.create({ title: 'Stationsplein', municipality: 'Lindewaard', vraagstuk: '' });
      services.answers.save(created.id, TrajectAnswers.parse(answers));
      if (linked) {
        const codes = new CodesRepository(services.db);
        codes.link(created.id, codes.create('Lindewaard', structuredClone(exampleCodes.lindewaard)).id);
      }
      seeded.traject = services.trajecten.get(created.id)!;
    },
  });
}

describe('the participatiecode checks in the taskforce flow', () => {
  it('lists in the overview every check the participatieplan lists, each with its article', async () => {
    renderLinked({ name: 'overview' });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Participatiecode' })).closest('section')!;
    expect(
      await within(section).findByText(/^Dit traject volgt de Participatieverordening Lindewaard 2026\./),
    ).toBeInTheDocument();
    const items = await within(section).findAllByRole('listitem');

    // One source of truth: the same checks, in the same order, as the plan's open points from the code.
    const plan = sectionContext(
      await prepareSource({
        title: 'Stationsplein',
        municipality: 'Lindewaard',
        vraagstuk: '',
        answers: TrajectAnswers.parse(answers),
        code: exampleCodes.lindewaard,
      }),
    ).openPoints.filter((o) => o.source === 'code');
    expect(plan.length).toBe(3);
    expect(items.map((li) => li.getAttribute('data-check'))).toEqual(plan.map((o) => o.id));
    plan.forEach((o, i) => expect(items[i]).toHaveTextContent(o.text));

    const niveau = items.find((li) => li.getAttribute('data-check') === 'niveau-niet-in-code')!;
    expect(niveau).toHaveTextContent(/^Let op: In de fase beleidsvoorbereiding is het niveau meebeslissen gekozen/);
    expect(niveau).toHaveTextContent(
      /Fase beleidsvoorbereiding · Bron: artikel \d+ van de Participatieverordening Lindewaard 2026$/,
    );
    expect(within(section).getByText('3 punten om naar te kijken:')).toBeInTheDocument();
  });

  it('shows a phase its own checks, and a check goes away once the answer follows the code', async () => {
    const user = userEvent.setup();
    renderLinked({ name: 'phases', phase: 'beleidsvoorbereiding' });
    const box = await screen.findByTestId('code-checks-fase');
    await waitFor(() =>
      expect(box).toHaveTextContent(
        'De Participatieverordening Lindewaard 2026 heeft 1 punt over de fase beleidsvoorbereiding:',
      ),
    );
    // Only this phase's check: not the traject-wide one, not the one about uitvoering.
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-check')),
    ).toEqual(['niveau-niet-in-code']);

    await user.click(screen.getByRole('radio', { name: /Adviseren/ }));
    await waitFor(() => expect(within(box).queryAllByRole('listitem')).toHaveLength(0), { timeout: 5000 });
    expect(box).toBeEmptyDOMElement();
  });

  it('shows nothing of a code when the traject follows none', async () => {
    renderLinked({ name: 'overview' }, false);
    await screen.findByRole('heading', { level: 2, name: 'De participatiemix' });
    expect(screen.queryByRole('heading', { name: 'Participatiecode' })).not.toBeInTheDocument();
  });
});
