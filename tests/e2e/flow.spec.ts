import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;

// A common municipal laptop screen.
test.use({ viewport: { width: 1366, height: 768 } });

/** Screenshots to look at by eye, next to the ones in test-results. */
const shot = (name: string) => `/tmp/shots/flow-${name}.png`;

test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function expectNoSeriousA11yProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const advice = (page: Page) => page.getByRole('complementary', { name: /Advies voor de fase/ });
const mix = (page: Page) => page.getByRole('list', { name: 'Gekozen instrumenten' });
const saved = (page: Page) => expect(page.getByText('Alles is opgeslagen.')).toBeVisible();

test('filling in the Groningen casus: advice, warning, mix, and everything back after a reload', async ({ page }) => {
  // Four axe runs over whole screens (the overview now holds the plan details too): on a busy machine over a minute.
  test.slow();
  await page.goto(host.url);
  await page.getByLabel('Titel').fill('Aardgasvrij in de Vogelbuurt');
  await page.getByLabel('Gemeente').fill('Groningen');
  await page
    .getByLabel('Vraagstuk')
    .fill('Hoe betrek je de bewoners bij de keuze voor een alternatief voor Gronings gas?');
  await page.getByRole('button', { name: 'Traject maken' }).click();
  // Creating opens the traject; "Volgende" leads from the Vraagstuk tab to the first phase.
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in de Vogelbuurt' })).toBeFocused();
  await page.getByRole('button', { name: 'Volgende: Fasen en advies →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fase: Agendering' })).toBeFocused();
  await expect(page.getByRole('link', { name: /1\. Agendering/ })).toContainText('0 van 4 vragen');

  // The question's context, asked once for the whole traject; it folds to one line when complete.
  const context = page.getByTestId('context');
  await context.getByRole('radio', { name: 'Energie en klimaat' }).check();
  await context.getByRole('radio', { name: 'Buurt of wijk' }).check();
  await context
    .getByRole('group', { name: /Hoeveel verandert er/ })
    .getByRole('radio', { name: 'Groot' })
    .check();
  await context.getByRole('radio', { name: 'De gemeenteraad' }).check();
  await expect(context.locator('summary')).toContainText(
    'Energie en klimaat · Buurt of wijk · Groot · De gemeenteraad',
  );
  await page.screenshot({ path: shot('context') });
  await context.locator('summary').click();

  // Doel: one goal by mouse, one by keyboard (Tab to it, Space).
  await page.getByRole('checkbox', { name: 'Kennis ophalen' }).click();
  await page.getByRole('checkbox', { name: 'Kennis ophalen' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Draagvlak' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Draagvlak' })).toBeChecked();
  await page
    .getByLabel('Het doel in je eigen woorden')
    .fill('Weten wat bewoners al weten en waar ze zich zorgen over maken.');

  // The advice follows at once, with reasons.
  await expect(advice(page).getByText('Helpt bij het doel kennis ophalen.').first()).toBeVisible();

  // Ruimte: kaders by keyboard (Enter adds), budget and time.
  await page.getByRole('radio', { name: 'Echte keuzes binnen kaders' }).check();
  const newKader = page.getByLabel('Nieuw kader');
  await newKader.fill('De Transitievisie Warmte noemt de Vogelbuurt als eerste wijk.');
  await newKader.press('Enter');
  await newKader.fill('De woonlasten mogen niet stijgen.');
  await page.getByRole('button', { name: 'Kader toevoegen' }).click();
  await expect(page.getByLabel('Kader 2')).toHaveValue('De woonlasten mogen niet stijgen.');
  await page.getByLabel('Budget voor participatie').fill('15000');
  await page.getByLabel('Beschikbare tijd').fill('10');

  // Rol: no room but meebeslissen gives a warning next to the ladder; fixing the level removes it.
  await page.getByRole('radio', { name: 'Alles ligt vast' }).check();
  await page.getByRole('radio', { name: /Meebeslissen/ }).check();
  const role = page.getByRole('region', { name: /3\. Rol/ });
  const warning = role.getByText('Er is geen ruimte meer om iets te veranderen', { exact: false });
  await expect(warning).toBeVisible();
  // The advice panel says first that it advises for the level the room carries, then the contradiction.
  await expect(advice(page).getByTestId('level-advice')).toContainText(
    'Je vraagt meebeslissen, maar de ruimte (alles ligt vast) draagt hooguit informeren.',
  );
  await expect(advice(page).getByRole('region', { name: 'Los dit eerst op' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/flow-waarschuwing.png' });
  await page.screenshot({ path: shot('contradiction') });
  await expectNoSeriousA11yProblems(page);
  await page.getByRole('radio', { name: /Informeren/ }).check();
  await expect(warning).toBeHidden();
  await page.getByRole('radio', { name: 'Echte keuzes binnen kaders' }).check();
  // Arrow keys move along the rungs of the ladder: from informeren one rung up is raadplegen.
  await page.getByRole('radio', { name: /Informeren/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /Raadplegen/ })).toBeChecked();

  // Doelgroep.
  await page.getByRole('checkbox', { name: 'Alle inwoners' }).check();
  await page.getByRole('checkbox', { name: 'Belanghebbenden' }).check();
  await page.getByRole('checkbox', { name: 'Ouderen' }).check();
  await page.getByRole('checkbox', { name: 'Laaggeletterden' }).check();
  await expect(page.getByRole('link', { name: /1\. Agendering/ })).toContainText('4 van 4 vragen');

  // Mix: pick two ranked instruments (the second is below the top eight).
  await advice(page)
    .getByRole('button', { name: /Toon alle/ })
    .click();
  await advice(page).getByRole('button', { name: 'Kies Stads-, dorps- of wijkgesprek' }).click();
  await advice(page)
    .getByRole('button', { name: /^Kies .*enquête/i })
    .click();
  await expect(mix(page).getByRole('listitem')).toHaveText([/Stads-, dorps- of wijkgesprek/, /enquête/i]);

  await expect(page.getByRole('link', { name: /1\. Agendering/ })).toContainText('2 instrumenten');

  // Undo and redo of the last answer, by keyboard (focus on a button, not in a text field).
  await advice(page)
    .getByRole('button', { name: /^Uit mix .*enquête/i })
    .last()
    .focus();
  await page.keyboard.press('Control+z');
  await expect(mix(page).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(mix(page).getByRole('listitem')).toHaveCount(2);

  // The wijkgesprek can recruit in two ways: the flow asks how.
  const recruitment = page.getByRole('region', { name: /Werving/ });
  await expect(recruitment.getByRole('group')).toHaveCount(1);
  await recruitment.getByRole('radio', { name: /^Gericht/ }).check();
  await recruitment.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('werving') });

  await saved(page);
  await page.screenshot({ path: 'test-results/screenshots/flow-werkruimte-advies.png' });
  await page.screenshot({ path: shot('advies') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/flow-werkruimte.png' });
  await page.screenshot({ path: shot('werkruimte') });
  // Not feasible with € 15.000 and 10 weeks: at the bottom of the panel, saying why.
  const infeasible = advice(page).getByRole('region', { name: /niet haalbaar/ });
  await infeasible.scrollIntoViewIfNeeded();
  await expect(infeasible.getByText(/Niet haalbaar:/).first()).toBeVisible();
  await page.screenshot({ path: shot('niet-haalbaar') });
  // Cost range, what it rests on and the sources, for the adviser who must defend the choice.
  const burgertop = infeasible.locator('[data-instrument="burgertop"]');
  await burgertop.getByText('Meer over Burgertop (G1000)').click();
  await expect(burgertop.getByText('Bronnen:')).toBeVisible();
  await burgertop.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('bronnen') });
  await advice(page).evaluate((panel) => panel.scrollTo(0, 0));
  await page.screenshot({ path: shot('advies-boven') });
  await expectNoSeriousA11yProblems(page);

  // Second phase, reached with the keyboard.
  await page.getByRole('button', { name: 'Volgende fase: Beleidsvoorbereiding' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Fase: Beleidsvoorbereiding' })).toBeFocused();
  // In this phase the college decides, not the raad: a phase may differ from the traject.
  await page.getByText('Wijkt de vraag af in deze fase?').click();
  await page.getByRole('combobox', { name: 'Wie besluit' }).selectOption({ label: 'Het college van B en W' });
  await page.screenshot({ path: shot('afwijkend') });
  await page.getByRole('checkbox', { name: 'Ideeën ontwikkelen' }).check();
  await page.getByRole('checkbox', { name: 'Draagvlak' }).check();
  await page.getByRole('radio', { name: 'Echte keuzes binnen kaders' }).check();
  await page.getByRole('radio', { name: /Adviseren/ }).check();
  await page.getByRole('checkbox', { name: 'Belanghebbenden' }).check();
  await advice(page)
    .getByRole('button', { name: /Toon alle/ })
    .click();
  await advice(page).getByRole('button', { name: 'Kies Ontwerpatelier' }).click();
  await advice(page).getByRole('button', { name: 'Kies Klankbordgroep' }).click();
  await expect(mix(page).getByRole('listitem')).toHaveText([/Ontwerpatelier/, /Klankbordgroep/]);
  await saved(page);

  // Everything is back after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Fase: Beleidsvoorbereiding' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ideeën ontwikkelen' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Adviseren/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Wie besluit' })).toHaveValue('college');
  await expect(mix(page).getByRole('listitem')).toHaveText([/Ontwerpatelier/, /Klankbordgroep/]);
  await page.getByRole('link', { name: /1\. Agendering/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Draagvlak' })).toBeChecked();
  await expect(page.getByLabel('Het doel in je eigen woorden')).toHaveValue(/zorgen over maken/);
  await expect(page.getByLabel('Kader 1')).toHaveValue(/Transitievisie/);
  await expect(page.getByLabel('Budget voor participatie')).toHaveValue('15000');
  await expect(page.getByRole('radio', { name: /Raadplegen/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Laaggeletterden' })).toBeChecked();
  await expect(mix(page).getByRole('listitem')).toHaveText([/Stads-, dorps- of wijkgesprek/, /enquête/i]);

  // Help panel: beside the form, opened by keyboard, closed with Escape.
  await page.getByRole('button', { name: 'Uitleg tonen' }).focus();
  await page.keyboard.press('Enter');
  const help = page.getByRole('complementary', { name: 'Uitleg' });
  await expect(help.getByRole('heading', { name: 'De participatieladder' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Draagvlak' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/flow-help.png' });
  await expectNoSeriousA11yProblems(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('button', { name: 'Uitleg tonen' })).toBeFocused();

  // Overview: the whole mix and the organisation question.
  await page.getByRole('link', { name: 'Overzicht' }).click();
  // Exact: until the overview is there, the phase page has regions whose names contain "Agendering".
  const agendering = page.getByRole('region', { name: 'Agendering', exact: true });
  await expect(agendering).toContainText('Kennis ophalen, Draagvlak');
  await expect(agendering).toContainText(/Stads-, dorps- of wijkgesprek, .*enquête/i);
  await expect(agendering).toContainText('Belanghebbenden, Alle inwoners');
  await expect(agendering).toContainText('Raadplegen');
  await page.getByLabel('Competenties').fill('Gespreksleiders die techniek in gewone taal uitleggen.');
  await saved(page);
  await page.screenshot({ path: 'test-results/screenshots/flow-overzicht.png', fullPage: true });
  await page.screenshot({ path: shot('overview'), fullPage: true });
  await expectNoSeriousA11yProblems(page);
  await page.reload();
  await expect(page.getByLabel('Competenties')).toHaveValue('Gespreksleiders die techniek in gewone taal uitleggen.');
});

test('opens the workshop casus from the start screen', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open voorbeeld: Aardgasvrij in De Horst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst (voorbeeld)' })).toBeVisible();
  await expect(page.getByLabel('Vraagstuk')).toHaveValue(/Gronings gas/);
  await page.getByRole('link', { name: 'Fasen en advies' }).click();
  await expect(mix(page).getByRole('listitem')).toHaveText([/Stads-, dorps- of wijkgesprek/, /enquête/i]);
  await expect(page.getByRole('link', { name: /1\. Agendering/ })).toContainText('4 van 4 vragen');
  await page.getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByLabel('De raad', { exact: true })).toHaveValue(/kaders vooraf|stelt vooraf/);
  await page.getByRole('button', { name: /Terug naar je trajecten/ }).click();
  await expect(page.getByRole('button', { name: 'Aardgasvrij in De Horst (voorbeeld)', exact: true })).toBeVisible();
});

test('answers from before catalogue 1.1: one notice about renamed instruments', async ({ page }) => {
  const rpc = async (method: string, input: unknown) => {
    const response = await page.request.post(`${host.url}rpc/${method}`, { data: input });
    const body = (await response.json()) as { ok: boolean; data?: unknown };
    expect(body.ok).toBe(true);
    return body.data as { id: string };
  };
  const traject = await rpc('trajecten.create', { title: 'Wijkvernieuwing Oosterpark', municipality: 'Groningen' });
  await rpc('answers.save', {
    trajectId: traject.id,
    answers: {
      domain: 'fysiek',
      scale: 'buurt',
      impact: 'middel',
      competentBody: 'college',
      phases: {
        agendering: {
          goals: ['kennis-ophalen'],
          room: 'beperkt',
          level: 'raadplegen',
          budget: 2000,
          time: { weeks: 3 },
          reach: ['belanghebbenden', 'specifieke-groepen'],
          groups: ['ouderen'],
          instruments: ['keukentafelgesprek'],
        },
      },
    },
    expectedRevision: 0,
  });
  await page.goto(`${host.url}#/traject/${traject.id}/phases/agendering`);
  const notice = page.getByTestId('notes');
  await expect(notice).toContainText('keukentafelgesprek');
  await expect(mix(page).getByRole('listitem')).toHaveText([/Gesprek aan huis/]);
  await page.screenshot({ path: shot('melding') });
  await expectNoSeriousA11yProblems(page);
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toBeHidden();
  await saved(page);
  // A tight budget and little time: what cannot be done sits at the bottom, subdued, saying why.
  await advice(page).scrollIntoViewIfNeeded();
  await expect(advice(page).getByRole('region', { name: /niet haalbaar/ })).toBeVisible();
  await page.screenshot({ path: shot('krap-budget') });

  // Stored with the new id: after a reload there is nothing to tell.
  await page.reload();
  await expect(mix(page).getByRole('listitem')).toHaveText([/Gesprek aan huis/]);
  await expect(page.getByTestId('notes')).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Specifieke groepen' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Belanghebbenden' })).toBeChecked();
});

test('overview, last phase and printing: the raad per phase, one sentence for no participation, nothing cut off', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open voorbeeld: Aardgasvrij in De Horst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst (voorbeeld)' })).toBeFocused();

  // At 1366×768 the first question of a phase is on screen without scrolling.
  await page.getByRole('link', { name: 'Fasen en advies' }).click();
  const goal = page.getByRole('heading', { level: 3, name: /1\. Doel/ });
  await expect(goal).toBeInViewport();
  // Checkboxes as large as the radio buttons (NL Design System), not 13 px native boxes.
  const box = await page.getByRole('checkbox', { name: 'Kennis ophalen' }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);

  // The last phase: no participation with an instrument still in the mix reads as one sentence.
  await page.getByRole('link', { name: /5\. Evaluatie/ }).click();
  await page.getByRole('checkbox', { name: 'Geen participatie in deze fase' }).check();
  const noParticipation = page.locator('.samenspel-no-participation');
  await expect(noParticipation.locator('.samenspel-warning')).toHaveCount(1);
  await expect(noParticipation.locator('.samenspel-warning')).toContainText(
    'Je kiest voor geen participatie in deze fase. Schrijf op waarom',
  );
  await expect(advice(page).getByTestId('no-participation-advice')).toContainText(
    'haal de instrumenten hierboven uit je mix',
  );
  await expect(advice(page)).not.toContainText('Kies hieronder uit het advies');
  await page.screenshot({ path: '/tmp/shots/app-geen-participatie-1366.png' });
  await page.getByRole('checkbox', { name: 'Geen participatie in deze fase' }).uncheck();
  await saved(page);

  // After the last phase: on to the overview, with the focus on its heading.
  await page.getByRole('button', { name: 'Naar het overzicht →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'De participatiemix' })).toBeFocused();
  // The raad's role and decision moment per phase.
  await expect(page.getByTestId('overview-raad-agendering')).toContainText('Kaderstellend, Volksvertegenwoordigend');
  await expect(page.getByTestId('overview-raad-agendering')).toContainText('Nog geen besluitmoment');
  await expect(page.getByTestId('overview-raad-beleidsvoorbereiding')).toContainText(
    'Besluitmoment: de uitkomst gaat naar een besluit van de raad of het college.',
  );
  await expect(page.getByRole('button', { name: 'Volgende: Procesplaat →' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();

  // Print: header, tabs and buttons left out; the overview uses the full width.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.samenspel-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Onderdelen van het traject' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'De participatiemix' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/app-overzicht-print.png', fullPage: true });

  // Fasen in print: the advice column in full, below the questions, nothing cut off by its scroll box.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Fasen en advies' }).click();
  await expect(advice(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const cut = await advice(page).evaluate((el) => ({
    overflow: getComputedStyle(el).overflowY,
    maxHeight: getComputedStyle(el).maxHeight,
    position: getComputedStyle(el).position,
    clipped: el.scrollHeight > el.clientHeight + 1,
  }));
  expect(cut).toEqual({ overflow: 'visible', maxHeight: 'none', position: 'static', clipped: false });
  await page.screenshot({ path: '/tmp/shots/app-fasen-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expectNoSeriousA11yProblems(page);
});

test('plan and raadsvoorstel: filled in by keyboard, defaults from the answers, saved, 320 px without sideways scrolling', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open voorbeeld: Aardgasvrij in De Horst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst (voorbeeld)' })).toBeFocused();
  await page.getByRole('link', { name: 'Overzicht' }).click();
  const plan = page.getByTestId('plan');
  await expect(plan.getByRole('heading', { level: 2, name: 'Plan en raadsvoorstel' })).toBeVisible();

  // Proposals derived from the answers, as the document makes them: the budget sum, beslispunten.
  await expect(plan.getByLabel('Totaal budget voor participatie (euro)')).toHaveAttribute(
    'placeholder',
    /^€\s55\.000$/,
  );
  await expect(plan.locator('#plan-decision-points-explanation li').first()).toContainText('de kaders vast te stellen');
  await expect(plan.getByTestId('plan-open')).toContainText('opdrachtgever');

  // By keyboard only: type the opdrachtgever, Tab on to the contact person.
  await plan.getByLabel('Opdrachtgever', { exact: true }).focus();
  await page.keyboard.type('Wethouder Energietransitie');
  await page.keyboard.press('Tab');
  await expect(plan.getByLabel('Naam', { exact: true })).toBeFocused();
  await page.keyboard.type('A. de Vries');
  // A party and its interest, Enter adds; the focus is back on a new party's name.
  await plan.getByLabel('Nieuwe partij', { exact: true }).focus();
  await page.keyboard.type('Woningcorporatie Lefier');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Eigenaar van een derde van de woningen.');
  await page.keyboard.press('Enter');
  await expect(plan.getByLabel('Partij 1', { exact: true })).toHaveValue('Woningcorporatie Lefier');
  await expect(plan.getByLabel('Nieuwe partij', { exact: true })).toBeFocused();
  // The proposed beslispunten taken over by keyboard, then one added.
  await plan.getByRole('button', { name: 'Neem deze beslispunten over om ze aan te passen' }).focus();
  await page.keyboard.press('Enter');
  await expect(plan.getByLabel('Beslispunt 1', { exact: true })).toHaveValue(/de kaders vast te stellen/);
  await plan
    .getByLabel('Nieuw beslispunt', { exact: true })
    .fill('de wethouder te vragen de raad halfjaarlijks te informeren');
  await plan.getByLabel('Nieuw beslispunt', { exact: true }).press('Enter');
  await plan.getByLabel('Begin van de fase Agendering').fill('2026-02-01');
  await plan.getByLabel('Einde van de fase Agendering').fill('2026-04-15');
  await expect(plan.getByTestId('plan-open')).not.toContainText('opdrachtgever');
  await saved(page);

  await plan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/plan-ui-flow-1366.png' });
  await plan.getByRole('heading', { name: 'Beslispunten' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/plan-ui-flow-beslispunten-1366.png' });
  await expectNoSeriousA11yProblems(page);

  // 320 px: nothing scrolls sideways, the list editors wrap.
  await page.setViewportSize({ width: 320, height: 640 });
  await plan.getByRole('heading', { name: 'Belanghebbende partijen' }).scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '/tmp/shots/plan-ui-flow-320.png' });
  await plan.getByRole('heading', { name: 'Planning' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/plan-ui-flow-planning-320.png' });
  await expectNoSeriousA11yProblems(page);

  // Stored in the answers: everything is back after a reload.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await expect(plan.getByLabel('Opdrachtgever', { exact: true })).toHaveValue('Wethouder Energietransitie');
  await expect(plan.getByLabel('Naam', { exact: true })).toHaveValue('A. de Vries');
  await expect(plan.getByLabel('Belang van partij 1')).toHaveValue('Eigenaar van een derde van de woningen.');
  await expect(plan.getByLabel(/^Beslispunt \d+$/).last()).toHaveValue(
    'de wethouder te vragen de raad halfjaarlijks te informeren',
  );
  await expect(plan.getByLabel('Einde van de fase Agendering')).toHaveValue('2026-04-15');
});

test('read-only: the notice from app.info is at the top of the app', async ({ page }) => {
  // The host here can write; the banner only depends on what app.info answers.
  const message =
    'Alleen lezen: het gegevensbestand /data/samenspel.db is alleen-lezen. Je wijzigingen worden niet opgeslagen.';
  await page.route('**/rpc/app.info', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; data: Record<string, unknown> };
    await route.fulfill({
      response,
      json: { ...body, data: { ...body.data, readOnly: true, readOnlyMessage: message } },
    });
  });
  await page.goto(host.url);
  const banner = page.getByTestId('read-only');
  await expect(banner).toHaveText(message);
  // At the top: above the app's header.
  const [b, h] = await Promise.all([banner.boundingBox(), page.locator('.samenspel-header').boundingBox()]);
  expect(b!.y).toBeLessThan(h!.y);
  await page.screenshot({ path: '/tmp/shots/plan-ui-read-only-1366.png' });
  await expectNoSeriousA11yProblems(page);
  await page.unroute('**/rpc/app.info');
});
