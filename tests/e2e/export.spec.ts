import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download } from '@playwright/test';
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

test('importeren, exporteren als Markdown en Word, en een projectbestand heen en terug', async ({ page }) => {
  await page.goto(host.url);

  // Import the casus file (format 1): a new traject, with a note that it came from an older format.
  await page.getByTestId('import-file').setInputFiles(casus);
  await expect(page.getByRole('status').first()).toContainText('geïmporteerd uit een ouder formaat');
  await page.getByRole('button', { name: 'Burgerbegroting Oosterpark', exact: true }).click();

  await page.getByRole('button', { name: 'Exporteren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporteren: participatieplan en spelregels' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Spelregels' })).toBeVisible();
  const eerste = dialog.getByLabel('Spelregel 1', { exact: true });
  await expect(eerste).not.toBeEmpty();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Edit a spelregel and download Markdown: the edit is in the file.
  await eerste.fill('De wijkraad telt de stemmen <openbaar>.');
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
    formatVersion: 2,
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
