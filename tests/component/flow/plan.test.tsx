import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../shared/document/analysis';
import { resolveDetails } from '../../../shared/document/details';
import { catalogue, TrajectAnswers, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat } from '../../../shared/procesplaat/generate';
import { renderTraject } from './harness';

const casus = exampleCasussen['burgerbegroting-oosterpark'];
const plan = () => screen.getByTestId('plan');
const saved = () =>
  waitFor(() => expect(screen.getByText('Alles is opgeslagen.')).toBeInTheDocument(), { timeout: 3000 });

/** What the document derives for these answers, as shared/document/details.ts does it. */
function documentDefaults(answers: TrajectAnswers, titel: string) {
  const plaat = generateProcesplaat(answers, { catalogue });
  return resolveDetails(answers, analysePlan(answers, plaat, catalogue), titel);
}

describe('Plan and raadsvoorstel (overview)', () => {
  it('shows the defaults the document derives from the answers, and what is still open', async () => {
    const answers = TrajectAnswers.parse(casus.answers);
    renderTraject({ answers: casus.answers, view: 'overview' });
    await screen.findByRole('heading', { level: 2, name: 'Plan en raadsvoorstel' });
    const expected = documentDefaults(answers, 'Aardgasvrij in de Vogelbuurt');

    // The proposed beslispunten and criteria are those of the document, word for word.
    const beslis = within(plan()).getByText('Leeg laten? Dan stelt het plan deze punten voor:').parentElement!;
    expect(
      within(beslis)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expected.decisionPoints);
    expect(expected.decisionPoints.join(' ')).toMatch(/budget van €\s20\.000/);
    const weighing = within(plan()).getByRole('group', { name: 'Wegingskader' });
    expect(
      within(weighing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expected.weighingCriteria);
    // The budget: the sum of the phase budgets, as a placeholder and in words.
    const budget = within(plan()).getByLabelText('Totaal budget voor participatie (euro)');
    expect(budget.getAttribute('placeholder')).toMatch(/^€\s20\.000$/);
    expect(budget).toHaveAccessibleDescription(`Leeg laten? Dan staat er in het plan: ${expected.budgetTotal}`);
    // The casus draws nobody by lot: the BRP box is off; the klachten text is the Awb default.
    expect(within(plan()).getByRole('checkbox', { name: /Basisregistratie Personen/ })).not.toBeChecked();
    expect(within(plan()).getByLabelText('Klachten')).toHaveAttribute('placeholder', expected.complaints);
    expect(within(plan()).getByTestId('plan-open')).toHaveTextContent(
      `Nog in te vullen in het plan (${expected.missing.length}): ${expected.missing.join(', ')}.`,
    );
    expect(expected.missing).toContain('opdrachtgever');
  });

  it('saves the answers in answers.plan through the session, by keyboard, and never an empty point', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject({ answers: casus.answers, view: 'overview' });
    await screen.findByRole('heading', { level: 2, name: 'Plan en raadsvoorstel' });

    await user.type(within(plan()).getByLabelText('Opdrachtgever'), 'Wethouder Wijken');
    await user.type(within(plan()).getByLabelText('Artikel van de participatieverordening'), 'artikel 4');

    // A party by keyboard: name, Tab, interest, Enter adds; the focus goes back to a new name.
    await user.click(within(plan()).getByLabelText('Nieuwe partij'));
    await user.keyboard('Wijkraad Oosterpark');
    await user.tab();
    expect(within(plan()).getByLabelText('Belang van de nieuwe partij')).toHaveFocus();
    await user.keyboard('Spreekt namens de bewoners{Enter}');
    expect(within(plan()).getByLabelText('Partij 1')).toHaveValue('Wijkraad Oosterpark');
    expect(within(plan()).getByLabelText('Belang van partij 1')).toHaveValue('Spreekt namens de bewoners');
    await waitFor(() => expect(within(plan()).getByLabelText('Nieuwe partij')).toHaveFocus());
    // Without a name: nothing is added and the field says why.
    await user.click(within(plan()).getByRole('button', { name: 'Partij toevoegen' }));
    expect(within(plan()).getByText(/Vul de naam van de partij in/)).toBeInTheDocument();
    expect(within(plan()).queryByLabelText('Partij 2')).not.toBeInTheDocument();

    // The proposed beslispunten taken over, one added, one removed.
    await user.click(within(plan()).getByRole('button', { name: 'Neem deze beslispunten over om ze aan te passen' }));
    const eerste = within(plan()).getByLabelText('Beslispunt 1');
    expect((eerste as HTMLTextAreaElement).value).toMatch(/^de kaders vast te stellen/);
    await user.type(
      within(plan()).getByLabelText('Nieuw beslispunt'),
      'het college te vragen de raad te informeren{Enter}',
    );
    const aantal = within(plan()).getAllByLabelText(/^Beslispunt \d+$/).length;
    await user.click(within(plan()).getByRole('button', { name: 'Verwijder beslispunt 1' }));
    expect(within(plan()).getAllByLabelText(/^Beslispunt \d+$/)).toHaveLength(aantal - 1);
    await waitFor(() => expect(within(plan()).getByLabelText('Beslispunt 1')).toHaveFocus());

    // Clearing a point keeps the stored text valid; leaving it empty removes it.
    const punt = within(plan()).getByLabelText('Beslispunt 1');
    await user.clear(punt);
    expect(punt).toHaveAccessibleDescription(/Een leeg punt wordt niet bewaard/);
    await user.click(within(plan()).getByLabelText('Opdrachtgever'));
    expect(within(plan()).getAllByLabelText(/^Beslispunt \d+$/)).toHaveLength(aantal - 2);

    // Dates and a choice.
    await user.type(within(plan()).getByLabelText('Begin van de fase Beleidsvoorbereiding'), '2026-03-01');
    await user.click(within(plan()).getByRole('radio', { name: 'Nee, het uitdaagrecht is niet van toepassing' }));

    await saved();
    const opgeslagen = stored().answers.plan!;
    expect(opgeslagen).toMatchObject({
      opdrachtgever: 'Wethouder Wijken',
      verordeningArtikel: 'artikel 4',
      stakeholders: [{ partij: 'Wijkraad Oosterpark', belang: 'Spreekt namens de bewoners' }],
      planning: { beleidsvoorbereiding: { start: '2026-03-01' } },
      uitdaagrecht: { vanToepassing: false },
    });
    expect(opgeslagen.beslispunten.at(-1)).toBe('het college te vragen de raad te informeren');
    expect(opgeslagen.beslispunten.every((p) => p.trim() !== '')).toBe(true);
    // Now filled in, no longer open.
    expect(within(plan()).getByTestId('plan-open')).not.toHaveTextContent('opdrachtgever');
    // user-event types letter by letter through the whole overview: slow on a busy machine.
  }, 40_000);

  it('says when nobody takes part that the document becomes a motivering', async () => {
    renderTraject({
      view: 'overview',
      answers: { phases: { agendering: { geenParticipatie: { reden: 'Wettelijke taak zonder ruimte.' } } } },
    });
    await screen.findByRole('heading', { level: 2, name: 'Plan en raadsvoorstel' });
    expect(within(plan()).getByText(/motivering om af te zien van participatie/)).toBeInTheDocument();
  });
});
