import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeHandles } from '../../renderer/src/features/procesplaat/mapping';
import { hostRpc, startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

const rpc = <T>(method: string, input: unknown) => hostRpc<T>(host, method, input);

/** The Groningen gas workshop casus as a traject with its answers, through the API. */
async function groningenTraject(): Promise<string> {
  // Read as a file: Playwright's loader does not import JSON modules without an import attribute.
  const file = resolve(import.meta.dirname, '../../shared/participatie/casussen/aardgasvrij-de-horst.json');
  const casus = JSON.parse(readFileSync(file, 'utf8')) as {
    titel: string;
    gemeente: string;
    vraagstuk: string;
    answers: unknown;
  };
  const traject = await rpc<{ id: string }>('trajecten.create', {
    title: casus.titel,
    municipality: casus.gemeente,
    vraagstuk: casus.vraagstuk,
  });
  // A new traject: nothing saved yet, so revision 0.
  await rpc('answers.save', { trajectId: traject.id, answers: casus.answers, expectedRevision: 0 });
  return traject.id;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
/**
 * The canvas transform when it stands still: read twice, two animation frames apart; null while it
 * moves ("Alles in beeld" animates the viewport for 200 ms).
 */
const restingViewport = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate(
    (viewport: HTMLElement) =>
      new Promise<string | null>((resolve) => {
        const first = viewport.style.transform;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(viewport.style.transform === first ? first : null)),
        );
      }),
  );
/** The zoom of the canvas, from React Flow's transform ("translate(x, y) scale(z)"). */
const zoomOf = (transform: string) => Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
/** Waits until the canvas stands still after an animated move; returns its zoom. */
async function restingZoom(page: Page): Promise<number> {
  let transform: string | null = null;
  await expect.poll(async () => (transform = await restingViewport(page)) !== null).toBe(true);
  return zoomOf(transform!);
}
/** Rendered size of every step's title: its computed font size × the canvas zoom. */
async function renderedTitleSizes(page: Page): Promise<Array<{ id: string; px: number }>> {
  const zoom = await restingZoom(page);
  return page.locator('.react-flow__node .pp-node__title').evaluateAll(
    (titles, z) =>
      titles.map((el) => ({
        id: el.closest('.react-flow__node')!.getAttribute('data-id')!,
        px: Number.parseFloat(getComputedStyle(el).fontSize) * z,
      })),
    zoom,
  );
}
type Box = { id: string; x: number; y: number; width: number; height: number };
/** Screen boxes of all steps (not the lanes). */
const stepBoxes = (page: Page) =>
  page.locator('.react-flow__node:not(.react-flow__node-fase)').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id')!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.id} × ${b.id}`),
  );
const saved = (page: Page) => expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
type Stored = {
  plate: { nodes: Array<{ id: string; data: { title: string } }>; edges: Array<{ source: string; target: string }> };
  revision: number;
};

test('the procesplaat of the Groningen casus: generate, edit, undo and reload', async ({ page }) => {
  const trajectId = await groningenTraject();
  await page.goto(`${host.url}#/traject/${trajectId}/procesplaat`);
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();

  // 5 lanes + 12 activities with 12 feedback steps + council, college, communication, milestones, evaluation.
  await expect(page.locator('.react-flow__node')).toHaveCount(38);
  await expect(node(page, 'gen:raad:kaderstelling')).toContainText('Raad stelt de kaders vast');
  await expect(node(page, 'gen:raad:besluit')).toContainText('Raad besluit');
  // On a laptop the side panel starts closed, so the plate gets the room; it opens from the toolbar.
  await page.getByRole('toolbar').getByRole('button', { name: 'Eigenschappen' }).click();
  await expect(page.getByText('Alles klopt met de spelregels.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-generated.png' });

  // Add a step from the palette: it is selected, so its properties open at once.
  await page.getByRole('navigation', { name: 'Toevoegen' }).getByRole('button', { name: 'Activiteit' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(39);
  const added = page.locator('.react-flow__node.selected');
  const addedId = (await added.getAttribute('data-id'))!;
  expect(addedId).toMatch(/^n-/);

  // Edit a property in the side panel.
  const titleField = page.getByLabel('Titel', { exact: true });
  await titleField.fill('Straatinterviews bij de supermarkt');
  await expect(node(page, addedId)).toContainText('Straatinterviews bij de supermarkt');

  // Connect: drag from the council's frame-setting to the new step. Screen positions are only
  // read once the fit has moved the viewport and it stands still.
  const unfitted = await restingViewport(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Alles in beeld' }).click();
  await expect
    .poll(
      async () => {
        const transform = await restingViewport(page);
        return transform !== null && transform !== unfitted;
      },
      { message: '"Alles in beeld" zooms out to the whole plate' },
    )
    .toBe(true);
  // Move the new step up to a free spot. React Flow starts a node drag on the first mouse move and
  // moves the node from the next one on: a drag of one step (the default) leaves it where it is.
  const start = (await node(page, addedId).boundingBox())!;
  await node(page, addedId).dragTo(page.locator('.pp-canvas'), { targetPosition: { x: 420, y: 60 }, steps: 5 });
  expect((await node(page, addedId).boundingBox())!.y).toBeLessThan(start.y - 100);
  const from = node(page, 'gen:raad:kaderstelling').locator('.react-flow__handle.source');
  const to = node(page, addedId).locator('.react-flow__handle.target');
  await from.hover();
  await page.mouse.down();
  const box = (await to.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator(`.react-flow__edge[data-id^="e-"]`)).toHaveCount(1);

  // Undo the connection, redo it (toolbar and keyboard).
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator(`.react-flow__edge[data-id^="e-"]`)).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(page.locator(`.react-flow__edge[data-id^="e-"]`)).toHaveCount(1);

  // Deleting a feedback step brings up the check; undo makes it go away again.
  const feedback = 'gen:agendering:terugkoppeling:enquete';
  await node(page, feedback).click();
  await page.keyboard.press('Delete');
  await expect(node(page, feedback)).toHaveCount(0);
  // (The new step has no feedback either, so it has its own item; this one is about the survey.)
  const check = page.locator('[data-check="activiteit-zonder-terugkoppeling"]', { hasText: 'Enquête' });
  await expect(check).toHaveCount(1);
  await expect(node(page, 'gen:agendering:activiteit:enquete').locator('.pp-node__badge')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-checks.png' });
  await page.keyboard.press('Control+z');
  await expect(node(page, feedback)).toHaveCount(1);
  await expect(check).toHaveCount(0);

  // Delete the added step for good, then reload: the plate is exactly as left.
  await node(page, addedId).click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(38);
  await node(page, 'gen:raad:besluit').click();
  await page.getByLabel('Titel', { exact: true }).fill('Raad kiest de warmteoplossing');
  await saved(page);
  const before = await rpc<Stored>('procesplaat.get', { trajectId });
  expect(before.plate.nodes.find((n) => n.id === 'gen:raad:besluit')?.data.title).toBe('Raad kiest de warmteoplossing');
  expect(before.plate.nodes.some((n) => n.id === addedId)).toBe(false);

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);
  await expect(node(page, 'gen:raad:besluit')).toContainText('Raad kiest de warmteoplossing');
  const after = await rpc<Stored>('procesplaat.get', { trajectId });
  expect(after).toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-reloaded.png' });
});

test('the procesplaat has no serious accessibility problems and works with the keyboard', async ({ page }) => {
  const trajectId = await groningenTraject();
  await page.goto(`${host.url}#/traject/${trajectId}/procesplaat`);
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);

  // Keyboard: focus a step, select it with Enter, move it with an arrow key.
  const step = node(page, 'gen:college:raadsvoorstel');
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'College aanpassen' })).toBeVisible();
  // The side panel opened and the view may pan (200 ms) to keep the step in sight: measure once it rests.
  await page.waitForTimeout(300);
  await restingZoom(page);
  const x0 = (await step.boundingBox())!.x;
  await step.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await step.boundingBox())!.x).toBeGreaterThan(x0);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-editor.png', fullPage: true });
});

/** Edits the database file by hand, next to the running host, as someone with a SQLite tool would. */
function handEdit(sql: string, ...params: unknown[]) {
  const db = new Database(join(host.dataDir, 'samenspel.sqlite'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

type StoredWithRepairs = {
  plate: { nodes: Array<{ id: string; data: Record<string, unknown> }> };
  revision: number;
  repairs: Array<{ id: string; action: string; message: string }>;
};

test('a procesplaat damaged by hand opens, lists each repair and saves the repair', async ({ page }) => {
  const { traject } = await rpc<{ traject: { id: string } }>('examples.open', { id: 'aardgasvrij-de-horst' });
  await page.goto(`${host.url}#/traject/${traject.id}/procesplaat`);
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);

  // A title that is a number, and a node type that does not exist.
  handEdit(`UPDATE graph_nodes SET data = json_set(data, '$.title', 42) WHERE id = 'gen:raad:besluit'`);
  handEdit(`UPDATE graph_nodes SET type = 'vliegende-schotel' WHERE id = 'gen:evaluatie'`);
  const damaged = await rpc<StoredWithRepairs>('procesplaat.get', { trajectId: traject.id });
  // Both nodes are reported (the unknown type is left out, and its edge with it).
  expect(damaged.repairs.map((r) => r.id)).toEqual(expect.arrayContaining(['gen:evaluatie', 'gen:raad:besluit']));
  expect(damaged.plate.nodes).toHaveLength(37);

  await page.reload();
  const warning = page.getByText('Een deel van deze procesplaat was beschadigd.');
  await expect(warning).toBeVisible();
  for (const repair of damaged.repairs) await expect(page.getByText(repair.message)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(damaged.plate.nodes.length);
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-repaired.png' });
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(warning).toHaveCount(0);

  // The editor works as usual; the first save writes the repaired plate over the bad rows.
  const step = page.locator('.react-flow__node[data-id="gen:college:raadsvoorstel"]');
  await step.focus();
  await page.keyboard.press('Enter');
  await step.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
  const after = await rpc<StoredWithRepairs>('procesplaat.get', { trajectId: traject.id });
  expect(after.repairs).toEqual([]);
  expect(after.revision).toBe(damaged.revision + 1);
  expect(after.plate.nodes.map((n) => n.id)).toEqual(damaged.plate.nodes.map((n) => n.id));
});

/** The largest bundled casus (most steps), opened as an example and made into a plate. */
async function largestPlate(page: Page) {
  const { traject } = await rpc<{ traject: { id: string } }>('examples.open', { id: 'aardgasvrij-de-horst' });
  await page.goto(`${host.url}#/traject/${traject.id}/procesplaat`);
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);
  return traject.id;
}

test('the handle places given to React Flow beforehand are where the browser draws the handles, on every step', async ({
  page,
}) => {
  await largestPlate(page);
  const drawn = await page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
      const box = node.getBoundingClientRect();
      return {
        type: node.dataset.id ? [...node.classList].find((c) => c.startsWith('react-flow__node-'))!.slice(17) : '',
        width: node.offsetWidth,
        height: node.offsetHeight,
        handles: [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((handle) => {
          const place = handle.getBoundingClientRect();
          return {
            type: handle.classList.contains('source') ? 'source' : 'target',
            x: (place.left - box.left) / zoom,
            y: (place.top - box.top) / zoom,
            width: handle.offsetWidth,
            height: handle.offsetHeight,
          };
        }),
      };
    });
  });
  expect(drawn).toHaveLength(38);
  expect(drawn.filter((n) => n.handles.length === 2)).toHaveLength(33);
  for (const node of drawn) {
    const given = nodeHandles(node.type as Parameters<typeof nodeHandles>[0], node);
    expect(node.handles.map((h) => h.type).sort()).toEqual(given.map((h) => h.type).sort());
    for (const handle of node.handles) {
      const known = given.find((h) => h.type === handle.type)!;
      expect({ w: handle.width, h: handle.height }).toEqual({ w: known.width, h: known.height });
      expect(Math.abs(handle.x - known.x)).toBeLessThan(0.5);
      expect(Math.abs(handle.y - known.y)).toBeLessThan(0.5);
    }
  }
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the editor fills the window; "Alles in beeld" shows the whole plate readably (titles ≥ 11 px)', async ({
      page,
    }) => {
      await largestPlate(page);
      const canvas = (await page.locator('.pp-canvas').boundingBox())!;
      // The editor fills the window: the canvas takes most of its width and height.
      expect(canvas.width).toBeGreaterThan(size.width * (size.width < 1600 ? 0.9 : 0.65));
      expect(canvas.height).toBeGreaterThan(size.height - 80);

      await page.getByRole('toolbar').getByRole('button', { name: 'Alles in beeld' }).click();
      const sizes = await renderedTitleSizes(page);
      expect(sizes).toHaveLength(33);
      expect(sizes.filter((s) => s.px < 11)).toEqual([]);
      // The whole process: every step inside the canvas.
      const outside = (await stepBoxes(page)).filter(
        (b) =>
          b.x < canvas.x - 1 ||
          b.y < canvas.y - 1 ||
          b.x + b.width > canvas.x + canvas.width + 1 ||
          b.y + b.height > canvas.y + canvas.height + 1,
      );
      expect(outside.map((b) => b.id)).toEqual([]);
      mkdirSync('/tmp/shots', { recursive: true });
      await page.screenshot({ path: `/tmp/shots/procesplaat-${size.width}x${size.height}-fit-all.png` });

      // "Netjes ordenen" keeps a readable zoom.
      await page.getByRole('toolbar').getByRole('button', { name: 'Netjes ordenen' }).click();
      await page.waitForTimeout(400);
      expect((await renderedTitleSizes(page)).filter((s) => s.px < 11)).toEqual([]);
    });

    test('a palette node lands in free space next to the selection, in view and selected', async ({ page }) => {
      await largestPlate(page);
      await page.getByRole('toolbar').getByRole('button', { name: 'Alles in beeld' }).click();
      await restingZoom(page);
      const palette = page.getByRole('navigation', { name: 'Toevoegen' });
      const canvas = (await page.locator('.pp-canvas').boundingBox())!;
      // Next to a chosen step (three times: each new step is chosen, the next goes next to it),
      // then twice with nothing chosen.
      await node(page, 'gen:raad:informatie').click();
      for (const [i, kind] of ['Activiteit', 'Communicatie', 'Mijlpaal', 'Terugkoppeling', 'Evaluatie'].entries()) {
        if (i === 3) await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
        await palette.getByRole('button', { name: kind, exact: true }).click();
        const added = page.locator('.react-flow__node.selected');
        await expect(added).toHaveCount(1);
        expect(await added.getAttribute('data-id')).toMatch(/^n-/);
        await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(/^Nieuwe /);
        await restingZoom(page);
        expect(overlapping(await stepBoxes(page))).toEqual([]);
        const box = (await added.boundingBox())!;
        const view = (await page.locator('.pp-canvas').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(view.x);
        expect(box.y).toBeGreaterThanOrEqual(view.y);
        expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
        expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
      }
      void canvas;
      await expect(page.locator('.react-flow__node')).toHaveCount(43);
      await page.screenshot({ path: `/tmp/shots/procesplaat-${size.width}x${size.height}-added.png` });
    });

    test('connect and delete with the keyboard only', async ({ page }) => {
      await largestPlate(page);
      const arrows = page.locator('.react-flow__edge');
      const before = await arrows.count();
      // Choose a step with the keyboard.
      const step = node(page, 'gen:evaluatie');
      await step.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Evaluatie aanpassen' })).toBeVisible();
      // "Verbinden met …": search, then the result's button.
      await page.getByLabel('Zoek een onderdeel').focus();
      await page.keyboard.type('kaders vast');
      await expect(page.getByText('1 onderdeel gevonden.')).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /Raad stelt de kaders vast/ })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(arrows).toHaveCount(before + 1);
      await expect(page.getByRole('status').filter({ hasText: 'Pijl gemaakt van' })).toBeVisible();
      await page.screenshot({ path: `/tmp/shots/procesplaat-${size.width}x${size.height}-connect.png` });

      // Choose the new arrow from the list of this step's arrows and delete it with the button.
      const arrow = page.getByRole('button', { name: /^Pijl naar .*Raad stelt de kaders vast$/ });
      await arrow.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Pijl aanpassen' })).toBeVisible();
      await expect(page.getByLabel('Soort pijl')).toBeFocused();
      await page.getByRole('toolbar').getByRole('button', { name: 'Verwijderen' }).focus();
      await page.keyboard.press('Enter');
      await expect(arrows).toHaveCount(before);

      // Delete a step: choose it, then the button.
      await step.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('toolbar').getByRole('button', { name: 'Verwijderen' }).focus();
      await page.keyboard.press('Enter');
      await expect(node(page, 'gen:evaluatie')).toHaveCount(0);
      await expect(page.getByText('1 onderdeel verwijderd.', { exact: false })).toBeAttached();
      // And back with undo.
      await page.keyboard.press('Control+z');
      await expect(node(page, 'gen:evaluatie')).toHaveCount(1);

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target}`)).toEqual(
        [],
      );
    });
  });
}

test('the focused editor: the rest of the app is out of reach until you go back; switching keeps your work', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { traject } = await rpc<{ traject: { id: string } }>('examples.open', { id: 'aardgasvrij-de-horst' });
  await page.goto(`${host.url}#/traject/${traject.id}/procesplaat`);
  // While the plate is made, a busy state (generation is fast, so it may be short).
  const make = page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' });
  await make.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);

  // Focused: the traject's tabs are behind the editor and out of reach.
  const tabs = page.getByRole('link', { name: 'Overzicht' });
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await tabs.focus();
  await expect(tabs).not.toBeFocused();
  await expect(page.getByRole('region', { name: 'Procesplaat bewerken' })).toBeVisible();

  // An edit, then back to the traject: the tabs return, the editor (and its undo) stays.
  await node(page, 'gen:raad:besluit').click();
  await page.getByLabel('Titel', { exact: true }).fill('Raad kiest');
  await page.getByRole('button', { name: '← Traject' }).click();
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
  await expect(tabs).toBeVisible();
  await expect(page.getByRole('button', { name: 'Groot werkscherm' })).toBeFocused();
  await expect(node(page, 'gen:raad:besluit')).toContainText('Raad kiest');
  await saved(page);
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/procesplaat-1366x768-in-page.png' });
  await page.getByRole('button', { name: 'Groot werkscherm' }).click();
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await page.getByRole('toolbar').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(node(page, 'gen:raad:besluit')).toContainText('Raad neemt het besluit');
  await saved(page);
  const stored = await rpc<Stored>('procesplaat.get', { trajectId: traject.id });
  expect(stored.plate.nodes.find((n) => n.id === 'gen:raad:besluit')?.data.title).toBe('Raad neemt het besluit');
});

/** Reflow (WCAG 1.4.10): nothing scrolls sideways; what a step's panel holds is reachable. */
async function expectNoSideways(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scrollWidth, 'no horizontal scrollbar').toBeLessThanOrEqual(sizes.innerWidth);
}

for (const size of [
  { name: '320 px wide', width: 320, height: 800 },
  { name: '200 % zoom on a laptop (683×384)', width: 683, height: 384 },
]) {
  test(`at ${size.name}: nothing scrolls sideways, the canvas works and the properties are reachable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await largestPlate(page);
    mkdirSync('/tmp/shots', { recursive: true });
    await page.screenshot({ path: `/tmp/shots/procesplaat-${size.width}-plate.png` });
    await expectNoSideways(page);
    // The canvas keeps a usable size: the whole width and at least half the window's height.
    const canvas = (await page.locator('.pp-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(size.width - 40);
    expect(canvas.height).toBeGreaterThanOrEqual(Math.min(300, size.height * 0.5));

    // Choose a step with the keyboard: its properties open and can be reached and edited.
    const step = node(page, 'gen:raad:besluit');
    await step.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Raad aanpassen' });
    await expect(heading).toBeVisible();
    // The chosen step stays in sight: above the drawer (320 px) or beside the panel (683 px).
    await expect
      .poll(async () => {
        const box = (await step.boundingBox())!;
        const panel = (await page.locator('#pp-side').boundingBox())!;
        const canvasBox = (await page.locator('.pp-canvas').boundingBox())!;
        const clear = box.y + box.height <= panel.y || box.x + box.width <= panel.x;
        return clear && box.y >= canvasBox.y && box.x >= canvasBox.x;
      })
      .toBe(true);
    const title = page.getByLabel('Titel', { exact: true });
    await title.scrollIntoViewIfNeeded();
    await expect(title).toBeInViewport();
    await title.fill('Raad besluit op een smal scherm');
    await expect(step).toContainText('Raad besluit op een smal scherm');
    await expectNoSideways(page);
    await page.screenshot({ path: `/tmp/shots/procesplaat-${size.width}-properties.png` });
    // The panel closes again and the plate is back.
    await page.getByRole('button', { name: 'Paneel sluiten' }).click();
    await expect(heading).toBeHidden();
    await expect(page.locator('.pp-canvas')).toBeInViewport();
    await saved(page);
  });
}

type CodeChecks = { citeertitel: string; checks: Array<{ text: string; nodeIds: string[] }> };

test('a traject that follows a participatiecode starts from its standard process and shows the code checks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Meebeslissen in the agendering: a level the Lindewaard code does not use (it stops at adviseren).
  const { id: trajectId } = await rpc<{ id: string }>('trajecten.create', { title: 'Speelplekken', municipality: '' });
  await rpc('answers.save', {
    trajectId,
    expectedRevision: 0,
    answers: { phases: { agendering: { level: 'meebeslissen', instruments: ['burgerberaad'] } } },
  });
  const code = await rpc<{ id: string }>('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
  await rpc('codes.linkTraject', { trajectId, codeId: code.id });
  await page.goto(`${host.url}#/traject/${trajectId}/procesplaat`);
  await expect(page.getByText(/Dit traject volgt de Participatieverordening Lindewaard/)).toBeVisible();
  await page.getByRole('button', { name: 'Beginnen met het standaardproces van de code' }).click();

  // The code's steps, in the generator's lanes, saved as the traject's plate.
  await expect(node(page, 'code:participatieplan')).toContainText('Participatieplan opstellen');
  await expect(node(page, 'gen:fase:agendering')).toHaveCount(1);
  const stored = await rpc<Stored>('procesplaat.get', { trajectId });
  const codeProcess = await rpc<{ plate: { nodes: Array<{ id: string }> } }>('codes.process', { id: code.id });
  expect(stored.plate.nodes).toHaveLength(codeProcess.plate.nodes.length);
  expect(stored.plate.nodes.map((n) => n.id)).toContain('code:terugkoppeling');

  // The code's checks beside the plate's own, the same as the API gives.
  await page.getByRole('toolbar').getByRole('button', { name: 'Eigenschappen' }).click();
  const checks = await rpc<CodeChecks>('codes.checkTraject', { trajectId });
  expect(checks.checks.length).toBeGreaterThan(0);
  const list = page.locator('.pp-checks').filter({ has: page.getByRole('heading', { name: /^Participatiecode:/ }) });
  await expect(list.getByRole('heading')).toHaveText(
    `Participatiecode: ${checks.checks.length} ${checks.checks.length === 1 ? 'punt' : 'punten'}`,
  );
  for (const check of checks.checks) await expect(list.getByText(check.text, { exact: false })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/procesplaat-code-checks.png' });

  // After an edit the code's checks are asked again: a step that promises meebeslissen gets its
  // own check, in the list and as a badge on the step; the item takes you to the step.
  await node(page, 'code:participatie').click();
  await page.getByLabel('Niveau van meedoen').selectOption('meebeslissen');
  await saved(page);
  const item = list.getByRole('button', { name: /^‘Participatie’ belooft meebeslissen/ });
  await expect(item).toBeVisible();
  await expect(list.getByRole('heading')).toHaveText(`Participatiecode: ${checks.checks.length + 1} punten`);
  await expect(node(page, 'code:participatie').locator('.pp-node__badge')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(node(page, 'code:participatie')).not.toHaveClass(/selected/);
  await item.click();
  await expect(node(page, 'code:participatie')).toHaveClass(/selected/);
  await page.screenshot({ path: '/tmp/shots/procesplaat-code-check-step.png' });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target}`)).toEqual([]);
});

test('the procesplaat uses the traject answers as they are now, also before they are saved', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const trajectId = await groningenTraject();
  await page.goto(`${host.url}#/traject/${trajectId}/phases/agendering`);
  const advice = page.getByRole('complementary', { name: /Advies voor de fase/ });
  const remove = advice.getByRole('button', { name: /^Uit mix .*enquête/i }).last();
  await expect(remove).toBeVisible();
  // Take the survey out of the mix and go straight to the procesplaat, before the answers are saved.
  await remove.click();
  await page.getByRole('link', { name: 'Procesplaat', exact: true }).click();
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(node(page, 'gen:raad:besluit')).toBeVisible();
  await expect(node(page, 'gen:agendering:activiteit:enquete')).toHaveCount(0);
  await expect(page.locator('.react-flow__node', { hasText: 'Stads-, dorps- of wijkgesprek' }).first()).toBeVisible();
});
