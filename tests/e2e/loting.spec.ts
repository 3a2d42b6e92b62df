import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startHostProcess, type HostProcess } from '../support/host-process';

const map = join(import.meta.dirname, '../fixtures/sortition/example_small_20');
let host: HostProcess;

test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function geenErnstigeProblemen(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`)).toEqual([]);
}

test('respondenten inlezen, quota laden, loten en het resultaat zien', async ({ page }) => {
  const buiten: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(host.url) && !request.url().startsWith('blob:')) buiten.push(request.url());
  });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Gewogen loting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gewogen loting' })).toBeVisible();
  await expect(page.getByText('Nog geen pools.')).toBeVisible();

  await page.getByLabel('Bestand met respondenten').setInputFiles(join(map, 'respondents.csv'));
  await expect(page.getByText('200 rijen en 2 kolommen gelezen uit respondents.csv.')).toBeVisible();
  await expect(page.getByLabel('gender')).toHaveValue('kenmerk');
  await page.getByLabel('Naam van de pool').fill('Voorbeeldpool');
  await page.screenshot({ path: 'test-results/screenshots/loting-import.png', fullPage: true });
  await geenErnstigeProblemen(page);
  await page.getByRole('button', { name: 'Pool opslaan' }).click();

  await expect(page.getByRole('heading', { name: 'Voorbeeldpool (200)' })).toBeVisible();
  await page.getByLabel('Panelgrootte', { exact: true }).fill('20');
  await page.getByLabel('Quotabestand laden (CSV)').setInputFiles(join(map, 'categories.csv'));
  await expect(page.getByText('4 quota geladen.')).toBeVisible();
  await expect(page.getByLabel('Minimum voor leaning = conservative')).toHaveValue('9');
  await expect(page.getByText('De quota passen bij de pool.')).toBeVisible();

  await page.getByLabel('Startgetal (seed)').fill('2024');
  await page.getByRole('button', { name: 'Bereken kansen en trek het panel' }).click();
  await expect(page.getByText('Klaar: het panel is getrokken.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Resultaat' })).toBeVisible();
  await expect(page.locator('dd').first()).toHaveText('10,00%');
  await expect(page.getByText('Bewezen de eerlijkste verdeling (LEXIMIN).')).toBeVisible();
  const grafiek = page.getByRole('img', { name: /Selectiekansen van alle respondenten/ });
  await expect(grafiek).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kansen in cijfers' })).toContainText('10,00%');
  await expect(page.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/loting-resultaat.png', fullPage: true });
  await grafiek.screenshot({ path: 'test-results/screenshots/loting-grafiek.png' });
  await geenErnstigeProblemen(page);

  // Dropouts: tick two members, see whether the reserves fill the seats, then run a re-selection round.
  await expect(page.getByText(/vallen er tegelijk hoogstens 4 panelleden met een reserve af/)).toBeVisible();
  const afvallen = page.getByRole('checkbox', { name: /valt af$/ });
  await afvallen.nth(0).check();
  await afvallen.nth(1).check();
  await expect(page.getByText(/vul je met de reserves|Doe een herselectie/)).toBeVisible();
  await page.getByRole('button', { name: 'Herselectie: loot de open plaatsen opnieuw' }).click();
  await expect(page.getByText(/Dit is een herselectie\. Afgevallen: 2, gebleven: 18\./)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/loting-herselectie.png', fullPage: true });
  await geenErnstigeProblemen(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Panel (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('panel.csv');

  // One click (and a confirmation) removes the respondents and the draw.
  await page.getByRole('button', { name: 'Pool verwijderen' }).last().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Nog geen pools.')).toBeVisible();
  expect(buiten, 'geen verzoeken buiten de eigen host').toEqual([]);
});
