import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;

test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

test('create, reload, rename and delete a traject', async ({ page }) => {
  const blocked: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(host.url)) blocked.push(request.url());
  });

  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Nog geen trajecten' })).toBeVisible();
  const metaPolicy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(metaPolicy).toContain("script-src 'self';");
  expect(metaPolicy).not.toMatch(/https?:|unsafe-eval/);

  await page.getByLabel('Titel').fill('Aardgasvrij in de Vogelbuurt');
  await page.getByLabel('Gemeente').fill('Groningen');
  await page.getByLabel('Vraagstuk').fill('Welk alternatief voor aardgas kiest de wijk?');
  await page.getByRole('button', { name: 'Traject maken' }).click();
  // The new traject opens at once, with the focus on its title.
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in de Vogelbuurt' })).toBeFocused();
  await expect(page).toHaveURL(/#\/traject\/[0-9a-f-]{36}\/vraagstuk$/);
  await page.getByRole('button', { name: /Terug naar je trajecten/ }).click();
  await expect(page.getByRole('button', { name: 'Aardgasvrij in de Vogelbuurt', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Aardgasvrij in de Vogelbuurt', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Groningen' })).toBeVisible();

  await page.getByRole('button', { name: 'Naam van Aardgasvrij in de Vogelbuurt wijzigen' }).click();
  const rename = page.getByLabel('Nieuwe titel');
  await rename.fill('Warmtetransitie Vogelbuurt');
  await rename.press('Enter');
  await expect(page.getByRole('button', { name: 'Warmtetransitie Vogelbuurt', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Warmtetransitie Vogelbuurt', exact: true })).toBeVisible();

  await page.screenshot({ path: 'test-results/screenshots/startscherm.png', fullPage: true });

  await page.getByRole('button', { name: 'Warmtetransitie Vogelbuurt verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Traject verwijderen?' });
  await expect(dialog).toBeVisible();
  // The safe answer has the focus, so Escape or Enter keeps the traject.
  await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Warmtetransitie Vogelbuurt', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Warmtetransitie Vogelbuurt verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen trajecten' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nog geen trajecten' })).toBeVisible();

  expect(blocked, 'geen verzoeken buiten de eigen host').toEqual([]);
  expect(cspViolations, 'de app zelf overtreedt haar eigen CSP niet').toEqual([]);
});

test('open a traject; its details are saved automatically', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Titel').fill('Omgevingsvisie 2040');
  await page.getByRole('button', { name: 'Traject maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omgevingsvisie 2040' })).toBeFocused();

  await expect(page.getByRole('link', { name: 'Vraagstuk' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Vraagstuk').fill('Hoe ziet de gemeente eruit in 2040?');
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Vraagstuk')).toHaveValue('Hoe ziet de gemeente eruit in 2040?');
  await page.screenshot({ path: 'test-results/screenshots/traject.png', fullPage: true });
  await page.getByRole('button', { name: /Terug naar je trajecten/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je trajecten' })).toBeVisible();
});

test('the start screen has no serious accessibility problems', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Titel').fill('Toegankelijkheid');
  await page.getByRole('button', { name: 'Traject maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' })).toBeFocused();
  await page.getByRole('button', { name: /Terug naar je trajecten/ }).click();
  await expect(page.getByRole('button', { name: 'Toegankelijkheid', exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`)).toEqual([]);

  // Keyboard: the first Tab lands on the skip link, and it leads to the content.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Toegankelijkheid', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next Tab is in the content: the search box (with more than one traject) or the first title.
  await expect(page.locator('#content :focus')).toHaveCount(1);
  const first = await page.evaluate(() => {
    const focusable = document.querySelector<HTMLElement>('#content input, #content button, #content a[href]');
    return focusable === document.activeElement;
  });
  expect(first, 'de eerste Tab na de skiplink komt op het eerste bedienbare element van de inhoud').toBe(true);
});

test('an edit just before a reload is not lost', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Titel').fill('Snel herladen');
  await page.getByRole('button', { name: 'Traject maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Snel herladen' })).toBeFocused();

  // Typed, and reloaded well within the autosave's half second.
  await page.getByLabel('Vraagstuk').fill('Dit mag niet verloren gaan.');
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByLabel('Vraagstuk')).toHaveValue('Dit mag niet verloren gaan.');

  // The same for an answer in a phase (the answers session).
  await page.getByRole('button', { name: 'Volgende: Fasen en advies →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fase: Agendering' })).toBeFocused();
  await page.getByRole('checkbox', { name: 'Kennis ophalen' }).check();
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Kennis ophalen' })).toBeChecked();
});

test('search and sort the trajecten', async ({ page }) => {
  await page.goto(host.url);
  for (const [titel, gemeente] of [
    ['Zwembad Noord', 'Utrecht'],
    ['Afvalinzameling', 'Zwolle'],
  ]) {
    await page.getByLabel('Titel').fill(titel!);
    await page.getByLabel('Gemeente').fill(gemeente!);
    await page.getByRole('button', { name: 'Traject maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: titel })).toBeFocused();
    await page.getByRole('button', { name: /Terug naar je trajecten/ }).click();
  }
  await page.getByLabel('Sorteren op').selectOption({ label: 'Titel (A tot Z)' });
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Afvalinzameling');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('utrecht');
  await expect(page.getByRole('button', { name: 'Zwembad Noord', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afvalinzameling', exact: true })).toBeHidden();
  await page.screenshot({ path: '/tmp/shots/app-start-zoeken-1280.png' });
});
