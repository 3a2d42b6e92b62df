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

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/workshop-${name}.png` });

const seriousViolations = async (page: Page) => {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
};

async function typeAnswer(page: Page, group: string, question: RegExp, text: string) {
  await page
    .getByRole('group', { name: 'Kies een groep' })
    .getByRole('button', { name: new RegExp(`^${group}`) })
    .click();
  await page.getByLabel(question).fill(text);
}

test('a workshop session from setup to report, also after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const blocked: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.url) && !r.url().startsWith('blob:')) blocked.push(r.url());
  });

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Naar de workshopsessies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshopsessies' })).toBeVisible();

  // Setup: the Groningen gas casus, three named groups, the shortest timer (half a minute).
  await expect(page.getByLabel('Casus', { exact: true })).toHaveValue('example:aardgasvrij-de-horst');
  await page.getByLabel('Titel van de sessie').fill('Democratie in Actie – Dijkerveen');
  await expect(page.getByLabel('Aantal groepen')).toHaveValue('3');
  await page.getByLabel('Naam van groep 1').fill('Tafel Noord');
  await page.getByLabel('Naam van groep 2').fill('Tafel Zuid');
  await page.getByLabel('Naam van groep 3').fill('Tafel West');
  await page.getByLabel('Gesprekstijd in minuten').fill('0.1');
  await page.getByRole('button', { name: 'Sessie maken' }).click();
  await expect(page.getByText('Vul minstens een halve minuut in (0,5).')).toBeVisible();
  await page.getByLabel('Gesprekstijd in minuten').fill('0.5');
  await page.getByLabel('Tijd voor de rondgang in minuten').fill('0.5');
  await shot(page, 'opzet');
  await page.getByRole('button', { name: 'Sessie maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Democratie in Actie – Dijkerveen' })).toBeVisible();

  // Answers per group, autosaved.
  await typeAnswer(page, 'Tafel Noord', /^1\. Welk doel/, 'Draagvlak in de wijk en vertrouwen herstellen');
  await typeAnswer(
    page,
    'Tafel Noord',
    /^2\. Hoe pak je/,
    'Eerst een enquête, daarna keukentafelgesprekken met ouderen',
  );
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await typeAnswer(
    page,
    'Tafel Zuid',
    /^2\. Hoe pak je/,
    'Een wijkgesprek en een enquête; de raad stelt vooraf de kaders',
  );
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await typeAnswer(page, 'Tafel West', /^1\. Welk doel/, 'Vertrouwen terugwinnen na eerdere projecten');
  await expect(page.getByText('Opgeslagen.').first()).toBeVisible();
  await shot(page, 'antwoorden');

  // The presenter opens in a second window; this window stays the control screen.
  const [presenter] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Presentatie openen' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await expect(presenter.getByRole('heading', { level: 1, name: 'Aardgasvrij in De Horst' })).toBeVisible();
  await expect(presenter.getByText(/Gronings gas/)).toBeVisible();
  await expect(
    presenter.getByText('30 seconden in gesprek, daarna 30 seconden rondgang langs de groepen.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Democratie in Actie – Dijkerveen' })).toBeVisible();
  await shot(presenter, 'presenter-casus');
  expect(await seriousViolations(presenter)).toEqual([]);

  // The control window moves the presenter on.
  const controls = page.getByRole('region', { name: 'Op het scherm' });
  await controls.getByRole('button', { name: /Volgende: Gesprek/ }).click();
  const timer = presenter.getByRole('region', { name: 'Gesprekstijd' });
  await expect(timer.getByRole('timer')).toHaveText('0:30');
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await shot(presenter, 'presenter-gesprek');
  await shot(page, 'bediening');
  expect(await seriousViolations(page)).toEqual([]);

  // Reload in the middle: the step and the running timer come back from the database. The
  // presenter's clock is then run forward past the half minute.
  await presenter.clock.install();
  await presenter.reload();
  await expect(
    presenter.getByRole('navigation', { name: 'Stappen van de workshop' }).getByRole('button', { name: 'Gesprek' }),
  ).toHaveAttribute('aria-current', 'step');
  await expect(timer.getByRole('status')).toHaveText('Loopt');
  await presenter.clock.fastForward('00:40');
  await expect(timer.getByRole('status')).toHaveText('De tijd is om', { timeout: 10_000 });
  await expect(timer.getByRole('timer')).toHaveText('0:00');
  await shot(presenter, 'presenter-tijd-om');
  await timer.getByRole('button', { name: '+1 minuut' }).click();
  await expect(timer.getByRole('status')).toHaveText('Loopt');
  await timer.getByRole('button', { name: 'Pauze' }).click();
  await expect(timer.getByRole('status')).toHaveText('Gepauzeerd');

  // The round, driven from the presenter itself: the control window follows.
  await presenter.getByRole('button', { name: /Naar: Rondgang/ }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Welk doel wil je bereiken?' })).toBeVisible();
  await expect(controls.getByText('Rondgang · vraag 1 van 3', { exact: true })).toBeVisible();
  const columns = presenter.getByRole('list', { name: /Antwoorden op: Welk doel/ });
  await expect(columns.getByRole('listitem')).toHaveCount(3);
  await expect(columns.getByRole('listitem').filter({ hasText: 'Tafel Noord' })).toContainText('Draagvlak in de wijk');
  await expect(columns.getByRole('listitem').filter({ hasText: 'Tafel Zuid' })).toContainText('Nog geen antwoord.');
  // An answer typed in the control window now appears on the projector, dashes as bullets.
  await typeAnswer(page, 'Tafel Zuid', /^1\. Welk doel/, 'Twee doelen:\n- jongeren bereiken\n- ouderen meenemen');
  const south = columns.getByRole('listitem').filter({ hasText: 'Tafel Zuid' });
  await expect(south.getByRole('listitem')).toHaveText(['jongeren bereiken', 'ouderen meenemen']);
  await expect(south).not.toContainText('- jongeren');
  await shot(presenter, 'presenter-rondgang-1');
  await controls.getByRole('button', { name: /Volgende: Rondgang · vraag 2/ }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Hoe pak je dit aan?' })).toBeVisible();
  await expect(
    presenter
      .getByRole('list', { name: /Antwoorden op: Hoe pak/ })
      .getByRole('listitem')
      .filter({ hasText: 'Tafel Zuid' }),
  ).toContainText('wijkgesprek');
  await shot(presenter, 'presenter-rondgang-2');
  expect(await seriousViolations(presenter)).toEqual([]);

  // Reload in the middle of the round: the same question is on screen.
  await presenter.reload();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Hoe pak je dit aan?' })).toBeVisible();

  // Rode draden: the presenter shows them while the trainer types them in the control window.
  await presenter
    .getByRole('navigation', { name: 'Stappen van de workshop' })
    .getByRole('button', { name: 'Rode draden' })
    .click();
  await expect(presenter.getByText('Nog geen rode draden vastgelegd.')).toBeVisible();
  await page.getByRole('link', { name: 'Rode draden' }).click();
  await expect(page.getByText('Bij 2 groepen: Tafel Noord, Tafel Zuid').first()).toBeVisible();
  // The instrument's name comes from the catalogue ("Enquête", "Open vragenlijst (enquête)", …).
  await page.getByRole('button', { name: /enquête\)? als rode draad opnemen$/i }).click();
  const thread1 = page.getByLabel('Rode draad 1', { exact: true });
  await expect(thread1).toHaveValue(/^Meerdere groepen kiezen voor: .*enquête.*\.$/i);
  await expect(presenter.getByText(await thread1.inputValue(), { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Rode draad toevoegen' }).click();
  await page.getByLabel('Rode draad 2', { exact: true }).pressSequentially('Vertrouwen herstellen');
  await expect(presenter.getByText('Vertrouwen herstellen', { exact: true })).toBeVisible();
  await page.getByLabel('Rode draad 2', { exact: true }).pressSequentially(' gaat vóór draagvlak');
  await expect(presenter.getByText('Vertrouwen herstellen gaat vóór draagvlak')).toBeVisible();
  await page.getByRole('group', { name: 'Genoemd door (rode draad 2)' }).getByLabel('Tafel West').check();
  await expect(presenter.getByText('Tafel West', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await shot(page, 'rode-draden');
  await shot(presenter, 'presenter-rode-draden');
  expect(await seriousViolations(presenter)).toEqual([]);

  // Closing the presenter closes its window; the control window stays.
  // The button closes its own window: a Playwright click can then fail with "target closed"
  // while it finishes, so the button is pressed from inside the page and the close is awaited.
  const closed = presenter.waitForEvent('close');
  await presenter
    .getByRole('button', { name: 'Presentatie sluiten' })
    .evaluate((button) => setTimeout(() => (button as HTMLButtonElement).click(), 0));
  await closed;

  // Wrap-up: the report in both formats, and a follow-up traject for one group.
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

/** A session made through the API, the way the app's own windows do it. */
async function createSession(page: Page, groupNames: string[]) {
  const rpc = async (method: string, input: unknown) => {
    const res = await page.request.post(`${host.url}rpc/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; data: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.data as {
      id: string;
      groups: Array<{ id: string; name: string }>;
      questions: Array<{ id: string; title: string }>;
    };
  };
  const session = await rpc('workshop.create', {
    title: 'Democratie in Actie – grote groep',
    casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
    groups: groupNames.map((name) => ({ name })),
    questions: [
      { title: 'Welk doel wil je bereiken?', explanation: '', kind: 'goal' },
      { title: 'Hoe pak je dit aan?', explanation: '', kind: 'approach' },
    ],
  });
  const answers = [
    'Draagvlak in de wijk en vertrouwen herstellen na eerdere projecten.',
    'We willen:\n- jongeren bereiken via school\n- ouderen thuis opzoeken\n- de raad vooraf de kaders laten stellen',
    'Eerst luisteren, dan pas plannen maken. Een enquête alleen is te weinig: ga ook in gesprek met de mensen die het meest geraakt worden.',
  ];
  for (const [i, group] of session.groups.entries()) {
    await rpc('workshop.saveAnswer', {
      sessionId: session.id,
      groupId: group.id,
      questionId: session.questions[0]!.id,
      text: answers[i % answers.length],
      expectedRevision: 0,
    });
  }
  await rpc('workshop.setPosition', { sessionId: session.id, position: { step: 'round', questionIndex: 0 } });
  return session;
}

const twelve = Array.from({ length: 12 }, (_v, i) => `Tafel ${i + 1}`);

test('the round past 12 groups fits readably on a 1080p projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const session = await createSession(page, twelve);
  await page.goto(`${host.url}#/workshop/${session.id}/presenter`);
  const columns = page.getByRole('list', { name: /Antwoorden op: Welk doel/ });
  const cards = columns.locator(':scope > li');
  await expect(cards).toHaveCount(12);
  await expect(cards.nth(1).getByRole('listitem')).toHaveCount(3);
  await shot(page, 'presenter-12-groepen-1920');

  const footer = (await page.locator('.samenspel-presenter__footer').boundingBox())!;
  const cells = [];
  for (let i = 0; i < 12; i++) {
    const card = cards.nth(i);
    await expect(card).toBeInViewport({ ratio: 1 });
    const cell = (await card.boundingBox())!;
    // Each card wholly on screen, above the step buttons, with its text inside it.
    expect(cell.x).toBeGreaterThanOrEqual(0);
    expect(cell.x + cell.width).toBeLessThanOrEqual(1920);
    expect(cell.y + cell.height).toBeLessThanOrEqual(footer.y);
    expect(await card.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    // Readable from the back of the room: at least 20 px type on a 1080p projector.
    const px = await card.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('p, li')!).fontSize));
    expect(px).toBeGreaterThanOrEqual(20);
    cells.push(cell);
  }
  for (let i = 0; i < cells.length; i++)
    for (let j = i + 1; j < cells.length; j++) {
      const a = cells[i]!;
      const b = cells[j]!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `kaart ${i + 1} en ${j + 1} overlappen`).toBe(false);
    }
  await expect(page.getByRole('button', { name: /Naar: Rode draden/ })).toBeInViewport({ ratio: 1 });
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [viewportWidth, viewportHeight] of [
  [1366, 768],
  [1280, 720],
] as const) {
  test(`the presentation fits ${viewportWidth}×${viewportHeight}: the buttons at the bottom stay in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewportWidth, height: viewportHeight });
    const session = await createSession(page, twelve.slice(0, 6));
    await page.goto(`${host.url}#/workshop/${session.id}/presenter`);
    const steps = page.getByRole('navigation', { name: 'Stappen van de workshop' });
    for (const step of ['Casus', 'Gesprek', 'Rondgang', 'Rode draden']) {
      await steps.getByRole('button', { name: step }).click();
      await expect(steps.getByRole('button', { name: step })).toHaveAttribute('aria-current', 'step');
      const footer = page.locator('.samenspel-presenter__footer');
      await expect(footer).toBeInViewport({ ratio: 1 });
      const cell = (await footer.boundingBox())!;
      expect(cell.y + cell.height).toBeLessThanOrEqual(viewportHeight);
      await expect(page.getByRole('button', { name: /Vorige stap/ })).toBeInViewport({ ratio: 1 });
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewportWidth);
      await shot(page, `presenter-${viewportWidth}-${step.toLowerCase().replace(' ', '-')}`);
    }
    await steps.getByRole('button', { name: 'Rondgang' }).click();
    await expect(page.locator('.samenspel-presenter__columns > li')).toHaveCount(6);
    await expect(page.locator('.samenspel-presenter__columns > li').last()).toBeInViewport({ ratio: 1 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the control and presentation screens do not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const session = await createSession(page, twelve.slice(0, 3));
  await page.goto(`${host.url}#/workshop/${session.id}/answers`);
  await expect(page.getByRole('region', { name: 'Op het scherm' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rondgang' }).getByRole('timer')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(page, 'bediening-320');
  await page.goto(`${host.url}#/workshop/${session.id}/presenter`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welk doel wil je bereiken?' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(page.getByRole('button', { name: /Vorige stap/ })).toBeInViewport({ ratio: 1 });
  await shot(page, 'presenter-320');
});

test('two windows typing in the same answer: the second gets the conflict dialog and nothing is overwritten', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  const session = await createSession(a, ['Noord', 'Zuid']);
  for (const page of [a, b]) {
    await page.goto(`${host.url}#/workshop/${session.id}/answers`);
    await expect(page.getByLabel(/Welk doel wil je bereiken\?/)).toBeVisible();
  }
  // Window A changes Noord's answer and it is stored; window B still shows the one it opened.
  await a.getByLabel(/Welk doel wil je bereiken\?/).fill('Draagvlak eerst, dan de planning.');
  await expect(a.getByText('Opgeslagen.')).toBeVisible();
  await b.getByLabel(/Welk doel wil je bereiken\?/).fill('Iets heel anders');
  const dialog = b.getByRole('dialog', { name: 'Intussen ergens anders gewijzigd' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Dit antwoord is intussen ergens anders gewijzigd');
  await expect(dialog.getByLabel('Jouw tekst (niet opgeslagen)')).toHaveValue('Iets heel anders');
  await shot(b, 'conflict');

  await dialog.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(b.getByLabel(/Welk doel wil je bereiken\?/)).toHaveValue('Draagvlak eerst, dan de planning.');
  // A's answer is what the API has.
  const stored = await a.request.post(`${host.url}rpc/workshop.get`, { data: { id: session.id } });
  const body = (await stored.json()) as { data: { answers: Record<string, Record<string, string>> } };
  expect(body.data.answers[session.groups[0]!.id]![session.questions[0]!.id]).toBe('Draagvlak eerst, dan de planning.');
  await context.close();
});
