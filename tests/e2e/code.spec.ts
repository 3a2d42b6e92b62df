import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../support/host-process';

/**
 * Issue 16 from the raadswerkgroep's side: make a participatiecode, make choices and see what
 * they do to the verordening, look at the standard process, export the verordening and the
 * spelregelkaart, link a traject and see a code check fire, compare two codes. Keyboard, axe and
 * 320 px checked on the way; screenshots to /tmp/shots/code-*.png to look at.
 */
let host: HostProcess;

test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/code-${name}.png`, fullPage: false });

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

async function expectNoSidewaysScroll(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scrollWidth, 'geen horizontale scrollbalk').toBeLessThanOrEqual(sizes.innerWidth);
}

/** A call to the app's own API, as the browser mode makes it: for setting up a traject with answers. */
async function rpc<T>(page: Page, method: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${host.url}rpc/${method}`, { data: input });
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

const saved = (page: Page) => expect(page.getByText('Alles is opgeslagen.')).toBeVisible();
const gevolgen = (page: Page) => page.getByTestId('gevolgen');

test('a raadswerkgroep creates a participatiecode, exports it and checks a traject against it', async ({ page }) => {
  // A long walk through every screen of the code and into the flow; the machine may be busy.
  test.setTimeout(180_000);
  await page.goto(host.url);
  // A traject the adviser already works on: meebeslissen in the agendering phase.
  const traject = await rpc<{ id: string }>(page, 'trajecten.create', {
    title: 'Speelplekken in de Vogelbuurt',
    municipality: 'Lindewaard',
  });
  await rpc(page, 'answers.save', {
    trajectId: traject.id,
    expectedRevision: 0,
    answers: { phases: { agendering: { level: 'meebeslissen', instruments: ['burgerberaad'] } } },
  });

  // From the main menu to the code screen; a new code from the standard choices.
  await page.getByRole('link', { name: 'Participatiecode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participatiecode van de gemeente' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen codes.')).toBeVisible();
  await shot(page, 'lijst-leeg');
  await expectNoSeriousA11yProblems(page);
  // A missing gemeente is said in Dutch at the field.
  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByText('Vul de naam van de gemeente in.')).toBeVisible();
  await page.getByLabel('Gemeente', { exact: true }).fill('Lindewaard');
  await page.getByLabel('Jaar in de titel van de verordening').fill('2027');
  await page.getByRole('button', { name: 'Code maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participatieverordening Lindewaard 2027' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: '1. Algemeen en begrippen' })).toBeVisible();
  await saved(page);

  // Levels: by keyboard to the step, then drop meebeslissen; the article on levels changes at once.
  await page.getByRole('link', { name: '3. Niveaus en beloften' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3. Niveaus en beloften' })).toBeFocused();
  const meebeslissen = page.getByRole('checkbox', { name: 'Meebeslissen' });
  await meebeslissen.focus();
  await page.keyboard.press('Space');
  await expect(meebeslissen).not.toBeChecked();
  await expect(gevolgen(page)).toContainText(/Anders: Artikel \d+ /);
  await expect(page.getByLabel('Belofte bij meebeslissen (in de verordening)')).toHaveCount(0);
  // Undo and redo with the keyboard.
  await page.keyboard.press('Control+z');
  await expect(meebeslissen).toBeChecked();
  await page.keyboard.press('Control+y');
  await expect(meebeslissen).not.toBeChecked();
  await saved(page);
  await shot(page, 'keuzes-niveaus');

  // Uitdaagrecht off: its chapter leaves the verordening, the rest renumbers.
  await page.getByRole('link', { name: '8. Uitdaagrecht' }).click();
  await page.getByRole('checkbox', { name: 'De gemeente regelt het uitdaagrecht' }).uncheck();
  await expect(gevolgen(page)).toContainText(/Weg: Artikel \d+ /);
  // A choice that contradicts the Awb is explained at its step and not saved.
  await page.getByRole('link', { name: '7. Inspraak' }).click();
  await page.getByLabel('Termijn voor zienswijzen (weken)').fill('4');
  await expect(page.getByText('Nog niet opgeslagen: een keuze past nog niet.')).toBeVisible();
  await expect(page.getByRole('alert').or(page.locator('.utrecht-alert')).first()).toContainText('minstens 6 weken');
  await page.getByLabel('Termijn voor zienswijzen (weken)').fill('6');
  await saved(page);
  await page.getByRole('button', { name: 'Uitleg tonen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uitleg bij Inspraak' })).toBeFocused();
  await shot(page, 'keuzes-uitleg');
  await expectNoSeriousA11yProblems(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Uitleg bij Inspraak' })).toHaveCount(0);

  // The standard process in the procesplaat editor (tests/e2e/code-process.spec.ts edits it).
  await page.getByRole('link', { name: 'Standaardproces' }).click();
  await expect(page.getByRole('region', { name: 'Procesplaat', exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="code:participatieplan"]')).toContainText(
    'Participatieplan opstellen',
  );
  await shot(page, 'proces');
  await expectNoSeriousA11yProblems(page);

  // Documents: the verordening as Word, the spelregelkaart as Markdown.
  await page.getByRole('link', { name: 'Documenten' }).click();
  await page.getByRole('radio', { name: /^Participatieverordening:/ }).check();
  await page.getByRole('radio', { name: 'Word (.docx)' }).check();
  const [verordening] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(verordening.suggestedFilename()).toBe('participatieverordening-lindewaard-2027.docx');
  await expect(page.getByText('participatieverordening-lindewaard-2027.docx is gedownload.')).toBeVisible();
  await page.getByRole('radio', { name: /^Spelregelkaart voor inwoners:/ }).check();
  await page.getByRole('radio', { name: 'Markdown (.md)' }).check();
  const [kaart] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Document maken' }).click(),
  ]);
  expect(kaart.suggestedFilename()).toBe('spelregelkaart-lindewaard-2027.md');
  const kaartTekst = await kaart.createReadStream().then(
    (stream) =>
      new Promise<string>((resolve) => {
        let s = '';
        stream.on('data', (c: Buffer) => (s += c.toString()));
        stream.on('end', () => resolve(s));
      }),
  );
  expect(kaartTekst).toContain('Lindewaard');
  const [bestand] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Bestand .samenspel-code maken' }).click(),
  ]);
  expect(bestand.suggestedFilename()).toBe('participatiecode-lindewaard-2027.samenspel-code');
  await shot(page, 'documenten');
  await expectNoSeriousA11yProblems(page);

  // Link the traject: the code's check on levels fires.
  await page.getByRole('link', { name: 'Trajecten', exact: true }).last().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Trajecten die deze code volgen' })).toBeVisible();
  await page.getByLabel('Traject koppelen').selectOption({ label: 'Speelplekken in de Vogelbuurt (Lindewaard)' });
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByText('‘Speelplekken in de Vogelbuurt’ volgt nu deze code.')).toBeVisible();
  const toets = page.getByRole('article', { name: /Toets van ‘Speelplekken in de Vogelbuurt’/ });
  await expect(toets).toContainText('het niveau meebeslissen gekozen');
  await expect(toets).toContainText(/Bron: artikel \d+ van de Participatieverordening Lindewaard 2027/);
  await shot(page, 'trajecten');
  await expectNoSeriousA11yProblems(page);

  // The same check fires in the taskforce flow: in the phase it concerns and in the overview.
  await toets.getByRole('link', { name: 'Traject openen' }).click();
  const fase = page.getByTestId('code-checks-fase');
  await expect(fase).toContainText('De Participatieverordening Lindewaard 2027 heeft 1 punt over de fase agendering:');
  await expect(fase).toContainText('het niveau meebeslissen gekozen');
  await expect(fase).toContainText(/Bron: artikel \d+ van de Participatieverordening Lindewaard 2027/);
  await fase.scrollIntoViewIfNeeded();
  await shot(page, 'flow-fase');
  await expectNoSeriousA11yProblems(page);
  await page.goto(`${host.url}#/traject/${traject.id}/overview`);
  const overzicht = page.getByRole('region', { name: 'Participatiecode' });
  await expect(overzicht).toContainText('Dit traject volgt de Participatieverordening Lindewaard 2027.');
  await expect(overzicht.getByRole('listitem').first()).toContainText(/Fase agendering · Bron: artikel \d+/);
  await overzicht.scrollIntoViewIfNeeded();
  await shot(page, 'flow-overzicht');
  await expectNoSeriousA11yProblems(page);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Trajecten die deze code volgen' })).toBeVisible();

  // A second code from an example, then the two side by side.
  await page.getByRole('link', { name: 'Terug naar alle codes' }).click();
  await page.getByRole('button', { name: /Begin met Bremerveld/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bremerveld/ })).toBeFocused();
  await page.getByRole('link', { name: 'Terug naar alle codes' }).click();
  await expect(page.getByRole('row')).toHaveCount(3);
  await shot(page, 'lijst');
  await page.getByRole('button', { name: 'Twee codes vergelijken' }).click();
  await page.getByLabel('Code A').selectOption({ label: 'Participatieverordening Lindewaard 2027' });
  await page.getByLabel('Code B').selectOption({ label: 'Participatieverordening Bremerveld 2026' });
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(page.getByText(/\d+ keuzes verschillen\./)).toBeVisible();
  const uitdaag = page.getByRole('table', { name: 'Uitdaagrecht' });
  await expect(uitdaag.getByRole('row', { name: /Uitdaagrecht.*verschilt/ }).first()).toBeVisible();
  await shot(page, 'vergelijk');
  await expectNoSeriousA11yProblems(page);
  await page.getByRole('checkbox', { name: 'Alleen verschillen tonen' }).check();
  await expect(page.getByRole('row', { name: /\(verschilt\)/ }).first()).toBeVisible();

  // Delete asks first; the linked traject stays but follows no code.
  await page.getByRole('link', { name: 'Terug naar alle codes' }).click();
  await page.getByRole('button', { name: 'Participatieverordening Lindewaard 2027 verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code verwijderen?' });
  await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
  await shot(page, 'verwijderen');
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText(/is verwijderd\. 1 traject volgt nu geen code meer\./)).toBeVisible();
});

test('at 320 px nothing scrolls sideways and everything stays usable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // The data first, then the app: a start screen loaded earlier would keep its cached list.
  const code = await rpc<{ id: string }>(page, 'codes.create', { bron: { soort: 'voorbeeld', id: 'bremerveld' } });
  const ander = await rpc<{ id: string }>(page, 'codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
  const traject = await rpc<{ id: string }>(page, 'trajecten.create', { title: 'Een plein voor iedereen' });
  await rpc(page, 'answers.save', {
    trajectId: traject.id,
    expectedRevision: 0,
    answers: { phases: { uitvoering: { geenParticipatie: { reden: '' } } } },
  });
  await rpc(page, 'codes.linkTraject', { trajectId: traject.id, codeId: code.id });

  await page.goto(`${host.url}#/code`);
  await expect(page.getByRole('heading', { level: 2, name: 'Je codes' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, 'lijst-320');
  await expectNoSeriousA11yProblems(page);

  for (const [tab, naam] of [
    ['keuzes/uitdaagrecht', 'keuzes-320'],
    ['proces', 'proces-320'],
    ['documenten', 'documenten-320'],
    ['trajecten', 'trajecten-320'],
  ] as const) {
    await page.goto(`${host.url}#/code/${code.id}/${tab}`);
    await expect(page.getByText('Alles is opgeslagen.')).toBeVisible();
    if (tab === 'proces') await expect(page.getByRole('region', { name: 'Procesplaat', exact: true })).toBeVisible();
    if (tab === 'trajecten') await expect(page.getByText(/de motivering ontbreekt/)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await shot(page, naam);
    await expectNoSeriousA11yProblems(page);
  }
  await page.goto(`${host.url}#/code/vergelijk/${code.id}/${ander.id}`);
  await expect(page.getByText(/\d+ keuzes verschillen\./)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, 'vergelijk-320');
  await expectNoSeriousA11yProblems(page);
});
