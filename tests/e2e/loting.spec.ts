import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, type HostProcess } from '../support/host-process';

const map = join(import.meta.dirname, '../fixtures/sortition/example_small_20');
let host: HostProcess;

/** The published example with an id and a name per person, as a municipality's sign-up export has. */
function fileWithNames(): string {
  const [header, ...rows] = readFileSync(join(map, 'respondents.csv'), 'utf8').trim().split(/\r?\n/);
  const path = join(mkdtempSync(join(tmpdir(), 'loting-e2e-')), 'aanmeldingen.csv');
  writeFileSync(path, [`id,naam,${header}`, ...rows.map((r, i) => `A${i + 1},Persoon ${i + 1},${r}`)].join('\n'));
  return path;
}

test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function noSeriousProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`)).toEqual([]);
}

test('read respondents, load quota, draw and see the result', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(host.url) && !request.url().startsWith('blob:')) outside.push(request.url());
  });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Gewogen loting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gewogen loting' })).toBeVisible();
  await expect(page.getByText('Nog geen pools.')).toBeVisible();
  // The technical terms are explained once, in the help.
  await page.getByText('Uitleg van de begrippen').click();
  await expect(page.getByText(/^Startgetal \(seed\): het getal waarmee/)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loting-uitleg.png' });

  await page.getByLabel('Bestand met respondenten').setInputFiles(fileWithNames());
  await expect(page.getByText('200 rijen en 4 kolommen gelezen uit aanmeldingen.csv.')).toBeVisible();
  await expect(page.getByLabel('gender')).toHaveValue('feature');
  await expect(page.getByLabel('id', { exact: true })).toHaveValue('id');
  await page.getByLabel('naam', { exact: true }).selectOption('keep');
  await page.getByLabel('Naam van de pool').fill('Voorbeeldpool');
  await page.screenshot({ path: 'test-results/screenshots/loting-import.png', fullPage: true });
  await noSeriousProblems(page);
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
  const chart = page.getByRole('img', { name: /Selectiekansen van alle respondenten/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kansen in cijfers' })).toContainText('10,00%');
  await expect(page.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeVisible();
  // People by id and the kept name column, not by a row number.
  await expect(page.getByRole('rowheader', { name: /^A\d+ · Persoon \d+$/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/loting-resultaat.png', fullPage: true });
  await page.screenshot({ path: '/tmp/shots/loting-resultaat.png', fullPage: true });
  await expect(page.getByText(/^Berekend op .* met een panel van 20, 4 quota\.$/)).toBeVisible();
  await chart.screenshot({ path: 'test-results/screenshots/loting-grafiek.png' });
  await noSeriousProblems(page);

  // Dropouts: tick two members, see whether the reserves fill the seats, then run a re-selection round.
  await expect(page.getByText(/vallen er tegelijk hoogstens 4 panelleden met een reserve af/)).toBeVisible();
  const dropOut = page.getByRole('checkbox', { name: /valt af$/ });
  await dropOut.nth(0).check();
  await dropOut.nth(1).check();
  await expect(page.getByText(/vul je met de reserves|Doe een herselectie/)).toBeVisible();
  await page.getByRole('button', { name: 'Herselectie: loot de open plaatsen opnieuw' }).click();
  await expect(page.getByText(/Dit is een herselectie\. Afgevallen: 2, gebleven: 18\./)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/loting-herselectie.png', fullPage: true });
  await noSeriousProblems(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Panel (CSV)' }).click();
  const panelCsv = await download;
  expect(panelCsv.suggestedFilename()).toMatch(/^voorbeeldpool-\d{4}-\d{2}-\d{2}-panel\.csv$/);
  expect(readFileSync(await panelCsv.path(), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFid;/);
  // The comma variant, chosen on the screen.
  await page.getByRole('radio', { name: 'Komma-gescheiden' }).check();
  await page
    .getByRole('group', { name: 'Soort CSV-bestand' })
    .screenshot({ path: 'test-results/screenshots/loting-csv-keuze.png' });
  const commaDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Panel (CSV)' }).click();
  expect(readFileSync(await (await commaDownload).path(), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFid,/);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Verslag (PDF)' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toMatch(/^voorbeeldpool-\d{4}-\d{2}-\d{2}-verslag-herselectie\.pdf$/);
  expect(
    readFileSync(await pdfFile.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // Change a quotum: the result on screen is marked outdated at once.
  await page.getByLabel('Maximum voor gender = female').fill('12');
  await expect(page.getByRole('heading', { name: 'Resultaat (verouderd)' })).toBeVisible();
  await expect(page.getByText(/Deze uitkomst is verouderd: hij is berekend op .* met andere quota/)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loting-verouderd.png', fullPage: true });
  await page.getByLabel('Maximum voor gender = female').fill('20');
  await expect(page.getByRole('heading', { name: 'Resultaat', exact: true })).toBeVisible();

  // A verifiable draw: publish the distribution first, look at proefpanels, then draw with the public value.
  await page.getByLabel('Controleerbaar trekken, in twee stappen').check();
  await page.getByLabel('Waar komt het openbare getal vandaan?').fill('Staatsloterij, trekking van 10 januari 2027');
  await page.getByRole('button', { name: 'Bereken kansen en publiceer de verdeling' }).click();
  await expect(page.getByRole('heading', { name: 'Stap 1 klaar: de verdeling is vastgelegd' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: /Getrokken panel/ })).toHaveCount(0);
  const distributionDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Verdeling downloaden om te publiceren' }).click();
  const distribution = await distributionDownload;
  expect(distribution.suggestedFilename()).toMatch(/^voorbeeldpool-\d{4}-\d{2}-\d{2}-verdeling\.json$/);
  const distributionPath = await distribution.path();
  await page.getByRole('button', { name: 'Proefpanels trekken' }).click();
  await expect(page.getByText('PROEFTREKKING — geen echte loting, niets vastgelegd')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loting-stap1-proef.png', fullPage: true });
  await noSeriousProblems(page);
  await page.getByLabel('Het openbare getal', { exact: true }).fill('3 14 15 92 65');
  await page.getByRole('button', { name: 'Trek het panel' }).click();
  await expect(page.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeVisible();
  const numbers = await page.evaluate(async () => {
    const hash = location.hash.split('/')[2]!;
    const r = await fetch(`/rpc/loting.pools.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: hash }),
    }).then((x) => x.json() as Promise<{ data?: { draw: { panel: number[] } } }>);
    return r.data?.draw.panel.map((p) => p + 1) ?? [];
  });
  await page.screenshot({ path: '/tmp/shots/loting-stap2.png', fullPage: true });

  // One click (and a confirmation) removes the respondents and the draw.
  await page.getByRole('button', { name: 'Pool verwijderen' }).last().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('Nog geen pools.')).toBeVisible();

  // Anyone can check the published draw, without the pool.
  await page.getByLabel('Gepubliceerde verdeling (JSON)').setInputFiles(distributionPath);
  await page.getByLabel('Het getal waarmee getrokken is').fill('3 14 15 92 65');
  if (numbers.length > 0) await page.getByLabel('Nummers van het panel (mag leeg)').fill(numbers.join(', '));
  await page.getByRole('button', { name: 'Controleer' }).click();
  await expect(page.getByText('Goedgekeurd.')).toBeVisible();
  await page.getByLabel('Het getal waarmee getrokken is').fill('3 14 15 92 66');
  await page.getByRole('button', { name: 'Controleer' }).click();
  await expect(page.getByText('Afgekeurd.')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/loting-controleren.png', fullPage: true });
  await noSeriousProblems(page);
  expect(outside, 'geen verzoeken buiten de eigen host').toEqual([]);
});
