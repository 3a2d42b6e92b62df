import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download } from '@playwright/test';
import mammoth from 'mammoth';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

const casus = fileURLToPath(
  new URL('../../shared/participatie/casussen/burgerbegroting-oosterpark.json', import.meta.url),
);
const contents = async (download: Download) => readFile((await download.path())!);

test('import, export as Markdown and Word, and a project file there and back', async ({ page }) => {
  await page.goto(host.url);

  // Import the casus file (format 1): a new traject, with a note that it came from an older format.
  await page.getByTestId('import-file').setInputFiles(casus);
  await expect(page.getByRole('status').first()).toContainText('geïmporteerd uit een ouder formaat');
  await page.getByRole('button', { name: 'Burgerbegroting Oosterpark', exact: true }).click();

  await page.getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporteren: participatieplan en spelregels' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Spelregels' })).toBeVisible();
  const firstRule = dialog.getByLabel('Spelregel 1', { exact: true });
  await expect(firstRule).not.toBeEmpty();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Edit a spelregel and download Markdown: the edit is in the file.
  await firstRule.fill('De wijkraad telt de stemmen <openbaar>.');
  await dialog.getByLabel('Markdown (.md)').check();
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(md.suggestedFilename()).toBe('participatieplan-burgerbegroting-oosterpark.md');
  const text = (await contents(md)).toString('utf8');
  expect(text).toContain('# Participatieplan en spelregels: Burgerbegroting Oosterpark');
  expect(text).toContain('1. De wijkraad telt de stemmen \\<openbaar\\>.');
  await expect(dialog.getByRole('status')).toContainText('is gedownload');

  // Word, without the annex: a real .docx (a zip) comes down.
  await dialog.getByLabel('Word (.docx)').check();
  await dialog.getByLabel('Bijlage A. Open aandachtspunten').uncheck();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe('participatieplan-burgerbegroting-oosterpark.docx');
  const word = await contents(docx);
  expect(word.subarray(0, 2).toString()).toBe('PK');
  expect(word.length).toBeGreaterThan(20_000);

  // The project file, then import it again: same title, so the app asks first.
  const [project] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Projectbestand opslaan' }).click(),
  ]);
  expect(project.suggestedFilename()).toBe('burgerbegroting-oosterpark.samenspel');
  const file = (await contents(project)).toString('utf8');
  expect(JSON.parse(file)).toMatchObject({
    format: 'samenspel-project',
    formatVersion: 3,
    spelregels: expect.any(Array),
  });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: /Terug/ }).first().click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'kopie.samenspel', mimeType: 'application/json', buffer: Buffer.from(file) });
  const confirm = page.getByRole('dialog', { name: 'Project importeren' });
  await expect(confirm).toContainText('Er is al een traject „Burgerbegroting Oosterpark”');
  // The copy gets a title you can tell apart: today's date in Dutch.
  await expect(confirm).toContainText(/„Burgerbegroting Oosterpark \(geïmporteerd \d{2}-\d{2}-\d{4}\)”/);
  await confirm.getByRole('button', { name: 'Importeren als nieuw traject' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    /Traject „Burgerbegroting Oosterpark \(geïmporteerd \d{2}-\d{2}-\d{4}\)” is geïmporteerd\./,
  );
  await expect(page.getByRole('button', { name: 'Burgerbegroting Oosterpark', exact: true })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: /^Burgerbegroting Oosterpark \(geïmporteerd \d{2}-\d{2}-\d{4}\)$/ }),
  ).toHaveCount(1);

  // A broken file: a clear message, nothing imported.
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'kapot.samenspel', mimeType: 'application/json', buffer: Buffer.from(file.slice(0, 100)) });
  await expect(page.locator('.samenspel-import')).toContainText('geen geldige JSON');
  // In Dutch, not the engine's English ("Unterminated string in JSON at position …").
  await expect(page.locator('.samenspel-import')).not.toContainText(/Unterminated|Unexpected|Expected|position/);
  await expect(
    page.getByRole('button', { name: /^Burgerbegroting Oosterpark( \(geïmporteerd \d{2}-\d{2}-\d{4}\))?$/ }),
  ).toHaveCount(2);
});

/** A program on the PATH (LibreOffice, poppler), else undefined: that part of the test is skipped. */
function program(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

test('participatieparagraaf and participatieplan: make the procesplaat, export, read back and view as PDF', async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync('/tmp/shots', { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open voorbeeld: Aardgasvrij in De Horst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst (voorbeeld)' })).toBeFocused();

  // A few plan details in the overview, so the document names them instead of "[nog in te vullen]".
  await page.getByRole('link', { name: 'Overzicht' }).click();
  const plan = page.getByTestId('plan');
  await plan
    .getByLabel('Artikel van de participatieverordening')
    .fill('artikel 4 van de Participatieverordening Groningen 2026');
  await plan.getByLabel('Opdrachtgever', { exact: true }).fill('Wethouder Energietransitie');
  await plan.getByLabel('Naam', { exact: true }).fill('A. de Vries');
  await plan.getByLabel('E-mailadres', { exact: true }).fill('participatie@groningen.example');
  await plan.getByLabel('Nieuwe partij', { exact: true }).fill('Woningcorporatie Lefier');
  await plan
    .getByLabel('Belang van de nieuwe partij', { exact: true })
    .fill('Eigenaar van een derde van de woningen in De Horst.');
  await plan.getByRole('button', { name: 'Partij toevoegen' }).click();
  await expect(plan.getByLabel('Partij 1', { exact: true })).toHaveValue('Woningcorporatie Lefier');
  await expect(page.getByText('Alles is opgeslagen.')).toBeVisible();

  // The procesplaat, generated from the answers and stored.
  await page.getByRole('link', { name: 'Procesplaat' }).click();
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Stored on the server: the export reads the stored plate.
  const trajectId = /#\/traject\/([0-9a-f-]{36})/.exec(page.url())![1];
  await expect
    .poll(async () => {
      const response = await page.request.post(`${host.url}rpc/procesplaat.get`, { data: { trajectId } });
      const body = (await response.json()) as { data?: { plate: { nodes: unknown[] } | null } };
      return body.data?.plate?.nodes.length ?? 0;
    })
    .toBeGreaterThan(5);
  // On a laptop screen the editor fills the window; back to the traject page for the export button.
  const back = page.getByRole('toolbar').getByRole('button', { name: '← Traject' });
  if (await back.isVisible()) await back.click();

  await page.getByRole('button', { name: 'Exporteren' }).click({ timeout: 10_000 });
  const dialog = page.getByRole('dialog', { name: 'Exporteren: participatieplan en spelregels' });
  const documentKind = dialog.getByRole('group', { name: 'Soort document' });
  await expect(documentKind.getByRole('radio', { name: 'Participatieplan (volledig)' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Onderdelen' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/plan-ui-export-1366.png' });

  // The paragraaf: one choice by keyboard (arrow down in the radio group), as Word.
  await documentKind.getByRole('radio', { name: 'Participatieplan (volledig)' }).focus();
  await page.keyboard.press('ArrowDown');
  const paragraaf = documentKind.getByRole('radio', {
    name: 'Participatieparagraaf voor het raadsvoorstel (1 pagina)',
  });
  await expect(paragraaf).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Onderdelen' })).toBeHidden();
  await dialog.getByLabel('Word (.docx)').check();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: '/tmp/shots/plan-ui-export-paragraaf-1366.png' });
  const [paragraafDocx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(paragraafDocx.suggestedFilename()).toBe('participatieparagraaf-aardgasvrij-in-de-horst-voorbeeld.docx');
  const paragraafText = (await mammoth.extractRawText({ buffer: await contents(paragraafDocx) })).value;
  expect(paragraafText).toContain('Participatieparagraaf');
  expect(paragraafText).toContain('De raad wordt gevraagd');
  expect(paragraafText).toContain('Wethouder Energietransitie');

  // The full plan as Word: what the user filled in is in it.
  await documentKind.getByRole('radio', { name: 'Participatieplan (volledig)' }).check();
  const [planDocx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(planDocx.suggestedFilename()).toBe('participatieplan-aardgasvrij-in-de-horst-voorbeeld.docx');
  const planBytes = await contents(planDocx);
  const planText = (await mammoth.extractRawText({ buffer: planBytes })).value;
  expect(planText).toContain('Participatieplan en spelregels');
  expect(planText).toContain('Woningcorporatie Lefier');
  expect(planText).toContain('artikel 4 van de Participatieverordening Groningen 2026');

  // The dialog at 320 px: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(dialog).toBeVisible();
  const breed = await page.evaluate(() => {
    const d = document.querySelector('dialog[open]')!;
    return { dialog: d.scrollWidth - d.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
  });
  expect(breed.dialog).toBeLessThanOrEqual(0);
  expect(breed.page).toBeLessThanOrEqual(0);
  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await page.screenshot({ path: '/tmp/shots/plan-ui-export-320.png' });

  // The first three pages through LibreOffice, to look at (skipped without LibreOffice or poppler).
  const soffice = program('soffice');
  const pdftoppm = program('pdftoppm');
  test.skip(!soffice || !pdftoppm, 'LibreOffice (soffice) of pdftoppm ontbreekt: geen PDF-weergave.');
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-plan-'));
  writeFileSync(join(dir, 'plan.docx'), planBytes);
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${dir}/profiel`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'plan.docx'),
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  expect(existsSync(join(dir, 'plan.pdf'))).toBe(true);
  for (const f of readdirSync('/tmp/shots')) if (/^plan-\d+\.png$/.test(f)) rmSync(join('/tmp/shots', f));
  execFileSync(pdftoppm!, ['-png', '-r', '60', '-f', '1', '-l', '3', join(dir, 'plan.pdf'), '/tmp/shots/plan']);
  const pages = readdirSync('/tmp/shots').filter((f) => /^plan-\d+\.png$/.test(f));
  expect(pages.length).toBe(3);
});
