import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from '../support/host-process';

/**
 * Reflow (WCAG 1.4.10) and zoom (1.4.4): every screen of the traject flow works at 320 px wide,
 * which is also what a 1280 px screen at 400 % or a 640 px half screen at 200 % zoom gives, without
 * scrolling sideways. Screenshots at 1366×768 and 320 px go to /tmp/shots/app-*.png to look at.
 */
let host: HostProcess;
let trajectUrl = '';

test.beforeAll(async ({ browser }) => {
  host = await startHostProcess();
  // One example traject with answers in every phase, opened once, shared by the tests.
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Open voorbeeld/ }).click();
  await expect(page).toHaveURL(/#\/traject\/[0-9a-f-]{36}\/vraagstuk$/);
  trajectUrl = page.url().replace(/\/[a-z]+$/, '');
  // A second traject with a long title, so the list shows its search and sort fields too.
  await page.request.post(`${host.url}rpc/trajecten.create`, {
    data: { title: 'Herinrichting van het stationsgebied en de aanliggende woonwijken', municipality: 'Zeevenen' },
  });
  await page.close();
});
test.afterAll(async () => {
  await host.stop();
});

const shot = (name: string) => `/tmp/shots/app-${name}.png`;

async function expectNoSideways(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scrollWidth, 'no horizontal scroll bar').toBeLessThanOrEqual(sizes.innerWidth);
}

async function expectNoSeriousA11yProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The screens of the flow, each reached by URL, with what shows it is there. */
const screens: Array<{ name: string; path: () => string; ready: (page: Page) => Promise<void> }> = [
  {
    name: 'start',
    path: () => host.url,
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Je trajecten' })).toBeVisible(),
  },
  {
    name: 'vraagstuk',
    path: () => `${trajectUrl}/vraagstuk`,
    ready: (page) => expect(page.getByLabel('Vraagstuk')).toBeVisible(),
  },
  {
    name: 'phases',
    path: () => `${trajectUrl}/phases/beleidsvoorbereiding`,
    ready: (page) => expect(page.getByRole('heading', { level: 2, name: /Fase: Beleidsvoorbereiding/ })).toBeVisible(),
  },
  {
    name: 'overview',
    path: () => `${trajectUrl}/overview`,
    ready: (page) => expect(page.getByRole('heading', { level: 2, name: 'De participatiemix' })).toBeVisible(),
  },
];

for (const width of [320, 1366]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 768 } });

    for (const screen of screens) {
      test(`${screen.name}: nothing scrolls sideways`, async ({ page }) => {
        await page.goto(screen.path());
        await screen.ready(page);
        if (screen.name === 'phases' || screen.name === 'overview')
          await expect(page.getByText('Alles is opgeslagen.')).toBeVisible();
        await expectNoSideways(page);
        await page.screenshot({ path: shot(`${screen.name}-${width}`) });
        if (width === 320) await expectNoSeriousA11yProblems(page);
      });
    }

    test('export dialog: nothing scrolls sideways', async ({ page }) => {
      await page.goto(`${trajectUrl}/overview`);
      await page.getByRole('button', { name: 'Exporteren' }).click();
      const dialog = page.getByRole('dialog', { name: /Exporteren/ });
      await expect(dialog.getByRole('heading', { name: 'Spelregels', exact: true })).toBeVisible();
      await expectNoSideways(page);
      const dialogFits = await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(dialogFits, 'the export dialog itself does not scroll sideways').toBe(true);
      await page.screenshot({ path: shot(`export-${width}`) });
    });
  });
}

test.describe('at 200 % zoom (683 px CSS width on a 1366 px laptop)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('phases: the advice is below the questions, not over them', async ({ page }) => {
    await page.goto(`${trajectUrl}/phases/beleidsvoorbereiding`);
    await expect(page.getByRole('heading', { level: 2, name: /Fase: Beleidsvoorbereiding/ })).toBeVisible();
    await expectNoSideways(page);
    const phase = await page.locator('.samenspel-phase').boundingBox();
    const advice = await page.getByTestId('advies').boundingBox();
    expect(phase && advice).toBeTruthy();
    // Below, not beside or on top.
    expect(advice!.y).toBeGreaterThanOrEqual(phase!.y + phase!.height - 1);
    await page.screenshot({ path: shot('phases-683') });
  });
});
