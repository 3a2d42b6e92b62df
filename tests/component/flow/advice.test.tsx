import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderTraject } from './harness';

const advice = () => screen.getByRole('complementary', { name: /Advies voor de fase/ });
const role = () => screen.getByRole('region', { name: /3\. Rol/ });

describe('Advice panel', () => {
  it('ranks instruments for the current phase with reasons why they fit and why not', async () => {
    renderTraject({
      answers: {
        phases: {
          agendering: {
            goals: ['kennis-ophalen'],
            room: 'substantieel',
            level: 'raadplegen',
            groups: ['laaggeletterden'],
          },
        },
      },
    });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const ranking = within(advice()).getByRole('list', { name: /passende instrumenten/ });
    const first = ranking.querySelector(':scope > li')!;
    expect(first).toHaveTextContent('Helpt bij het doel kennis ophalen.');
    // Reasons against are listed too, marked for screen readers.
    expect(within(ranking).getAllByText(/Past niet:/).length).toBeGreaterThan(0);
    expect(within(ranking).getAllByText(/^Bereikt laaggeletterden (goed|niet)\.$/).length).toBeGreaterThan(0);
  });

  it('folds the hard exclusions away but keeps them reachable with their reason', async () => {
    const user = userEvent.setup();
    renderTraject({ answers: { phases: { agendering: { room: 'beperkt', level: 'adviseren' } } } });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const summary = within(advice()).getByText(/instrumenten? pas(t|sen) niet bij je antwoorden/);
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText('Referendum')).toBeVisible();
  });

  it('shows the room/level warning next to the level when it appears, and removes it when fixed', async () => {
    const user = userEvent.setup();
    renderTraject({ answers: { phases: { agendering: { goals: ['informeren-uitleggen'] } } } });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    expect(within(role()).queryByText(/Er is geen ruimte meer/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Alles ligt vast' }));
    await user.click(screen.getByRole('radio', { name: /Meebeslissen/ }));
    expect(within(role()).getByText(/Er is geen ruimte meer om iets te veranderen/)).toBeInTheDocument();
    // Engine 2.0 advises for the level the room carries, and says so first.
    expect(within(advice()).getByTestId('level-advice')).toHaveTextContent(
      'Je vraagt meebeslissen, maar de ruimte (alles ligt vast) draagt hooguit informeren. Het advies hieronder is voor informeren.',
    );
    expect(within(advice()).getByRole('region', { name: 'Los dit eerst op' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Informeren/ }));
    expect(screen.queryByText(/Er is geen ruimte meer/)).not.toBeInTheDocument();
    expect(within(advice()).queryByTestId('level-advice')).not.toBeInTheDocument();
    expect(within(advice()).getByRole('button', { name: 'Kies Informatiebijeenkomst' })).toBeInTheDocument();
  });

  it('counts the answered questions per phase in the steps', async () => {
    const user = userEvent.setup();
    renderTraject();
    const step = await screen.findByRole('link', { name: /1\. Agendering/ });
    expect(step).toHaveTextContent('0 van 4 vragen');
    expect(step).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('checkbox', { name: 'Draagvlak' }));
    await user.click(screen.getByRole('radio', { name: 'Alleen details open' }));
    expect(step).toHaveTextContent('2 van 4 vragen');
  });

  it('asks for a motivering when a phase has no participation, and hides its questions', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject({ phase: 'besluitvorming' });
    await screen.findByRole('heading', { name: 'Fase: Besluitvorming' });
    await user.click(screen.getByRole('checkbox', { name: 'Geen participatie in deze fase' }));
    expect(screen.queryByRole('region', { name: /1\. Doel/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Schrijf op waarom/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Waarom betrek je inwoners/), 'De wet laat geen keuze.');
    expect(screen.queryByText(/Schrijf op waarom/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /3\. Besluitvorming/ })).toHaveTextContent('Geen participatie');
    await screen.findByText('Alles is opgeslagen.', {}, { timeout: 3000 });
    expect(stored().answers.phases.besluitvorming?.geenParticipatie).toEqual({ reden: 'De wet laat geen keuze.' });
  });

  it('warns at beleidsvoorbereiding when inwoners only join after both early phases, from the other phases’ answers', async () => {
    const user = userEvent.setup();
    const reden = 'Het coalitieakkoord legt het probleem en de opties vast.';
    renderTraject({
      phase: 'beleidsvoorbereiding',
      answers: {
        phases: {
          agendering: { geenParticipatie: { reden } },
          beleidsvoorbereiding: { geenParticipatie: { reden } },
          besluitvorming: { goals: ['kennis-ophalen'], room: 'substantieel', level: 'raadplegen' },
        },
      },
    });
    await screen.findByRole('heading', { name: 'Fase: Beleidsvoorbereiding' });
    expect(screen.getByText(/Inwoners doen pas mee als het probleem en de plannen al vastliggen/)).toBeInTheDocument();

    // Inwoners join in this phase after all: the warning goes.
    await user.click(screen.getByRole('checkbox', { name: 'Geen participatie in deze fase' }));
    expect(screen.queryByText(/Inwoners doen pas mee/)).not.toBeInTheDocument();
  });
});
