import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TrajectAnswers } from '../../../shared/participatie/index';
import { instrumentName } from '../../../renderer/src/features/flow/advice';
import { renderTraject } from './harness';

const mix = () => screen.queryByRole('list', { name: 'Gekozen instrumenten' });
/** The instrument names in the mix, in order (the first element of each row is the name). */
const mixNames = () =>
  within(mix()!)
    .getAllByRole('listitem')
    .map((li) => li.firstElementChild?.textContent);
const advice = () => screen.getByRole('complementary', { name: /Advies voor de fase/ });
/** Shows the whole ranking first, so the test does not depend on an instrument being in the top eight. */
async function kies(user: ReturnType<typeof userEvent.setup>, name: string) {
  const showAll = within(advice()).queryByRole('button', { name: /Toon alle/ });
  if (showAll) await user.click(showAll);
  await user.click(within(advice()).getByRole('button', { name: `Kies ${name}` }));
}
const saved = () => screen.findByText('Alles is opgeslagen.', {}, { timeout: 3000 });

describe('The mix', () => {
  it('puts a chosen instrument in the mix of this phase and saves it without a save button', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject({
      answers: { phases: { agendering: { goals: ['kennis-ophalen'], level: 'raadplegen' } } },
    });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    expect(mix()).not.toBeInTheDocument();
    expect(within(advice()).getByText(/Nog geen instrumenten gekozen/)).toBeInTheDocument();

    // By the catalogue's name, so a clearer name in a new catalogue does not break the test.
    const enquete = instrumentName('enquete');
    await kies(user, enquete);
    expect(mixNames()).toEqual([enquete]);
    expect(screen.getByRole('link', { name: /1\. Agendering/ })).toHaveTextContent('1 instrument');
    await saved();
    expect(stored().answers.phases.agendering?.instruments).toEqual(['enquete']);

    // The mix warns about what it lacks: an enquête alone has no feedback moment.
    expect(within(advice()).getByText(/geen moment waarop deelnemers horen/)).toBeInTheDocument();

    await user.click(within(mix()!).getByRole('button', { name: `Uit mix ${enquete}` }));
    expect(mix()).not.toBeInTheDocument();
    await waitFor(() => expect(stored().answers.phases.agendering?.instruments).toEqual([]), { timeout: 3000 });
  });

  it('takes back the last answer with the undo button and Ctrl+Z, and redoes it with Ctrl+Y', async () => {
    const user = userEvent.setup();
    renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const undo = screen.getByRole('button', { name: 'Ongedaan maken' });
    expect(undo).toBeDisabled();

    await kies(user, 'Informatiebijeenkomst');
    await user.click(screen.getByRole('checkbox', { name: 'Draagvlak' }));
    await user.click(undo);
    expect(screen.getByRole('checkbox', { name: 'Draagvlak' })).not.toBeChecked();
    expect(mixNames()).toEqual(['Informatiebijeenkomst']);

    await user.keyboard('{Control>}z{/Control}');
    expect(mix()).not.toBeInTheDocument();
    await user.keyboard('{Control>}y{/Control}');
    expect(mixNames()).toEqual(['Informatiebijeenkomst']);
  });

  it('leaves Ctrl+Z in a text field to the browser, and groups typing into one undo step', async () => {
    const user = userEvent.setup();
    renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const ownWords = screen.getByLabelText('Het doel in je eigen woorden');
    await user.type(ownWords, 'Zorgen ophalen');
    await user.keyboard('{Control>}z{/Control}');
    // Our undo did not fire inside the text field (jsdom has no native undo, so the text stays).
    expect(ownWords).toHaveValue('Zorgen ophalen');
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(ownWords).toHaveValue('');
  });

  it('never overwrites answers saved elsewhere: it says so and reloads on request', async () => {
    const user = userEvent.setup();
    const { backend, traject } = renderTraject({ answers: { phases: { agendering: { goals: ['draagvlak'] } } } });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    await screen.findByText('Alles is opgeslagen.');
    // Another window saves in between.
    const elsewhere = TrajectAnswers.parse({ phases: { agendering: { goals: ['prioriteren'] } } });
    backend.services.answers.save(traject.id, elsewhere);

    await user.click(screen.getByRole('checkbox', { name: 'Betrokkenheid' }));
    // The one conflict dialog, with the server's message for answers.
    const dialog = await screen.findByRole('dialog', { name: 'Intussen ergens anders gewijzigd' }, { timeout: 3000 });
    expect(dialog).toHaveTextContent(/Deze antwoorden zijn intussen ergens anders gewijzigd/);
    expect(backend.services.answers.get(traject.id).answers).toEqual(elsewhere);

    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Prioriteren' })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'Betrokkenheid' })).not.toBeChecked();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
