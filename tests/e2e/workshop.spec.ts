import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;

test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

const shot = (page: Page, naam: string) => page.screenshot({ path: `test-results/screenshots/workshop-${naam}.png` });

async function typAntwoord(page: Page, groep: string, vraag: RegExp, tekst: string) {
  await page
    .getByRole('group', { name: 'Kies een groep' })
    .getByRole('button', { name: new RegExp(`^${groep}`) })
    .click();
  await page.getByLabel(vraag).fill(tekst);
}

test('een workshopsessie van opzet tot verslag, ook na herladen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const blocked: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.url) && !r.url().startsWith('blob:')) blocked.push(r.url());
  });

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Naar de workshopsessies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshopsessies' })).toBeVisible();

  // Setup: the Groningen gas casus, three named groups, a short timer (0.05 min = 3 s).
  await expect(page.getByLabel('Casus', { exact: true })).toHaveValue('voorbeeld:aardgasvrij-de-horst');
  await page.getByLabel('Titel van de sessie').fill('Democratie in Actie – Dijkerveen');
  await expect(page.getByLabel('Aantal groepen')).toHaveValue('3');
  await page.getByLabel('Naam van groep 1').fill('Tafel Noord');
  await page.getByLabel('Naam van groep 2').fill('Tafel Zuid');
  await page.getByLabel('Naam van groep 3').fill('Tafel West');
  await page.getByLabel('Gesprekstijd in minuten').fill('0.05');
  await page.getByLabel('Tijd voor de rondgang in minuten').fill('0.05');
  await shot(page, 'opzet');
  await page.getByRole('button', { name: 'Sessie maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Democratie in Actie – Dijkerveen' })).toBeVisible();
  const sessieUrl = page.url();

  // Answers per group, autosaved.
  await typAntwoord(page, 'Tafel Noord', /^1\. Welk doel/, 'Draagvlak in de wijk en vertrouwen herstellen');
  await typAntwoord(
    page,
    'Tafel Noord',
    /^2\. Hoe pak je/,
    'Eerst een enquête, daarna keukentafelgesprekken met ouderen',
  );
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await typAntwoord(
    page,
    'Tafel Zuid',
    /^2\. Hoe pak je/,
    'Een wijkgesprek en een enquête; de raad stelt vooraf de kaders',
  );
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await typAntwoord(page, 'Tafel West', /^1\. Welk doel/, 'Vertrouwen terugwinnen na eerdere projecten');
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await shot(page, 'antwoorden');

  // Presenter: casus, then the talk with a running timer that ends.
  await page.getByRole('link', { name: 'Presentatie openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst' })).toBeVisible();
  await expect(page.getByText(/Gronings gas/)).toBeVisible();
  await shot(page, 'presenter-casus');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  await page.getByRole('button', { name: /Naar: Gesprek/ }).click();
  const timer = page.getByRole('region', { name: 'Gesprekstijd' });
  await expect(timer.getByRole('timer')).toHaveText('0:03');
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await shot(page, 'presenter-gesprek');

  // Reload in the middle: the step and the running timer come back from the database.
  await page.reload();
  await expect(
    page.getByRole('navigation', { name: 'Stappen van de workshop' }).getByRole('button', { name: 'Gesprek' }),
  ).toHaveAttribute('aria-current', 'step');
  await expect(timer.getByRole('status')).toHaveText('De tijd is om', { timeout: 10_000 });
  await expect(timer.getByRole('timer')).toHaveText('0:00');
  await shot(page, 'presenter-tijd-om');
  await timer.getByRole('button', { name: '+1 minuut' }).click();
  await expect(timer.getByRole('status')).toHaveText('Loopt');
  await timer.getByRole('button', { name: 'Pauze' }).click();
  await expect(timer.getByRole('status')).toHaveText('Gepauzeerd');

  // The round: question by question, the groups side by side.
  await page.getByRole('button', { name: /Naar: Rondgang/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welk doel wil je bereiken?' })).toBeVisible();
  const kolommen = page.getByRole('list', { name: /Antwoorden op: Welk doel/ });
  await expect(kolommen.getByRole('listitem')).toHaveCount(3);
  await expect(kolommen.getByRole('listitem').filter({ hasText: 'Tafel Noord' })).toContainText('Draagvlak in de wijk');
  await expect(kolommen.getByRole('listitem').filter({ hasText: 'Tafel Zuid' })).toContainText('Nog geen antwoord.');
  await shot(page, 'presenter-rondgang-1');
  await page.getByRole('button', { name: 'Volgende vraag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe pak je dit aan?' })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: /Antwoorden op: Hoe pak/ })
      .getByRole('listitem')
      .filter({ hasText: 'Tafel Zuid' }),
  ).toContainText('wijkgesprek');
  await shot(page, 'presenter-rondgang-2');
  const axeRondgang = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axeRondgang.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // Reload in the middle of the round: the same question is on screen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hoe pak je dit aan?' })).toBeVisible();

  // Rode draden: take over the suggested overlap (both groups name an enquête) and write one.
  await page.getByRole('link', { name: 'Presentatie sluiten' }).click();
  await page.getByRole('link', { name: 'Rode draden' }).click();
  await expect(page.getByText('Bij 2 groepen: Tafel Noord, Tafel Zuid').first()).toBeVisible();
  await page.getByRole('button', { name: 'Enquête als rode draad opnemen' }).click();
  await expect(page.getByLabel('Rode draad 1', { exact: true })).toHaveValue('Meerdere groepen kiezen voor: Enquête.');
  await page.getByRole('button', { name: 'Rode draad toevoegen' }).click();
  await page.getByLabel('Rode draad 2', { exact: true }).fill('Vertrouwen herstellen gaat vóór draagvlak');
  await page.getByRole('group', { name: 'Genoemd door (rode draad 2)' }).getByLabel('Tafel West').check();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await shot(page, 'rode-draden');

  // The presenter shows them too.
  await page.goto(sessieUrl.replace(/\/antwoorden$/, '/presenter'));
  await page
    .getByRole('navigation', { name: 'Stappen van de workshop' })
    .getByRole('button', { name: 'Rode draden' })
    .click();
  await expect(page.getByText('Vertrouwen herstellen gaat vóór draagvlak')).toBeVisible();
  await shot(page, 'presenter-rode-draden');

  // Wrap-up: the report in both formats, and a follow-up traject for one group.
  await page.getByRole('link', { name: 'Presentatie sluiten' }).click();
  await page.getByRole('link', { name: 'Afronden' }).click();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Verslag downloaden (Word)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/^verslag-democratie-in-actie-dijkerveen-.*\.docx$/);
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Verslag downloaden (Markdown)' }).click(),
  ]);
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain('### Tafel Zuid\n\nEen wijkgesprek en een enquête; de raad stelt vooraf de kaders');
  expect(markdown).toContain('- Vertrouwen herstellen gaat vóór draagvlak (genoemd door: Tafel West)');
  await page.getByRole('button', { name: 'Traject maken van Tafel Noord' }).click();
  await page.getByRole('link', { name: /Open ‘Aardgasvrij in De Horst – Tafel Noord’/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst – Tafel Noord' })).toBeVisible();

  // The session is in the list and opens where it was left.
  await page.goto(`${host.url}#/workshop`);
  await expect(page.getByRole('cell', { name: 'Rode draden · 3 groepen' })).toBeVisible();
  await shot(page, 'lijst');
  await page.getByRole('link', { name: 'Presenteren Democratie in Actie – Dijkerveen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rode draden' })).toBeVisible();
  expect(blocked, 'geen verzoeken buiten de eigen host').toEqual([]);
});
