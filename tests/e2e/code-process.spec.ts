import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { hostRpc, startHostProcess, type HostProcess } from '../support/host-process';

/**
 * Issue 16 item 2: the participatiecode's standard process is edited in the procesplaat editor and
 * stored with the code (codes.saveProcess). The code's choices and its process share one revision:
 * after an edit of the process, renaming the code still saves (no false conflict).
 */
let host: HostProcess;
test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});
test.use({ viewport: { width: 1366, height: 768 } });

const rpc = <T>(method: string, input: unknown) => hostRpc<T>(host, method, input);
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
type Proces = {
  plate: {
    nodes: Array<{ id: string; data: { title: string } }>;
    edges: Array<{ source: string; target: string }>;
  };
  bewerkt: boolean;
  revision: number;
};

test('edit a code standard process: add a step, connect it by keyboard, reload', async ({ page }) => {
  const code = await rpc<{ id: string; revision: number }>('codes.create', {
    bron: { soort: 'voorbeeld', id: 'lindewaard' },
    naam: 'Concept raadswerkgroep',
  });
  await page.goto(`${host.url}#/code/${code.id}/proces`);
  await expect(node(page, 'code:participatieplan')).toBeVisible();
  await expect(page.getByText('Dit proces volgt uit je keuzes.', { exact: false })).toBeVisible();

  // A step from the palette: chosen, its properties open.
  await page.getByRole('navigation', { name: 'Toevoegen' }).getByRole('button', { name: 'Activiteit' }).click();
  const added = page.locator('.react-flow__node.selected');
  await expect(added).toHaveCount(1);
  const addedId = (await added.getAttribute('data-id'))!;
  await page.getByLabel('Titel', { exact: true }).fill('Inloopavond in de bibliotheek');
  await expect(node(page, addedId)).toContainText('Inloopavond in de bibliotheek');

  // Connect it to the participatieverslag with the keyboard only ("Verbinden met …").
  await page.getByLabel('Zoek een onderdeel').focus();
  await page.keyboard.type('Participatieverslag');
  await expect(page.getByText('1 onderdeel gevonden.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Participatieverslag/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Pijl gemaakt van' })).toBeVisible();
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/code-proces-editor.png' });

  const stored = await rpc<Proces>('codes.process', { id: code.id });
  expect(stored.bewerkt).toBe(true);
  expect(stored.revision).toBeGreaterThan(code.revision);
  expect(stored.plate.nodes.find((n) => n.id === addedId)?.data.title).toBe('Inloopavond in de bibliotheek');
  expect(stored.plate.edges).toContainEqual(
    expect.objectContaining({ source: addedId, target: 'code:participatieverslag' }),
  );

  // The choices' session goes on from the process's revision: a rename saves, no conflict.
  await page.getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.getByLabel('Naam van de code').fill('Concept na de inloopavond');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Naam wijzigen' })).toBeVisible();
  await expect(page.getByText('de code is ergens anders gewijzigd', { exact: false })).toHaveCount(0);
  expect((await rpc<{ naam: string }>('codes.get', { id: code.id })).naam).toBe('Concept na de inloopavond');

  // Reload: the edited process is still there.
  await page.reload();
  await expect(node(page, addedId)).toContainText('Inloopavond in de bibliotheek');
  await expect(page.getByText('Dit proces is met de hand aangepast.', { exact: false })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×) ${v.nodes[0]?.target}`)).toEqual([]);

  // Back to the process from the choices: the step is gone, in the editor and in the database.
  await page.getByRole('button', { name: 'Terug naar het proces uit je keuzes' }).click();
  await page.getByRole('button', { name: 'Ja, terug naar het proces uit je keuzes' }).click();
  await expect(node(page, 'code:participatieplan')).toBeVisible();
  await expect(node(page, addedId)).toHaveCount(0);
  expect((await rpc<Proces>('codes.process', { id: code.id })).bewerkt).toBe(false);
});

test('a change to the standard process in another window: the conflict dialog, then the newest version', async ({
  page,
}) => {
  const code = await rpc<{ id: string; revision: number }>('codes.create', {
    bron: { soort: 'voorbeeld', id: 'bremerveld' },
  });
  await page.goto(`${host.url}#/code/${code.id}/proces`);
  await expect(node(page, 'code:participatieplan')).toBeVisible();

  // Another window stores its own version of the process in between.
  const other = await rpc<Proces>('codes.process', { id: code.id });
  const theirs = {
    ...other.plate,
    nodes: other.plate.nodes.map((n) =>
      n.id === 'code:evaluatie' ? { ...n, data: { ...n.data, title: 'Evaluatie door de rekenkamer' } } : n,
    ),
  };
  await rpc('codes.saveProcess', { id: code.id, plate: theirs, expectedRevision: code.revision });

  // This window's edit is not stored: the shared conflict dialog, with the user's own texts.
  await node(page, 'code:participatieplan').click();
  await page.getByLabel('Titel', { exact: true }).fill('Participatieplan met de wijkraad');
  const dialog = page.getByRole('dialog', { name: 'Intussen ergens anders gewijzigd' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Jouw tekst (niet opgeslagen)')).toHaveValue(/Participatieplan met de wijkraad/);
  await dialog.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(dialog).toBeHidden();
  await expect(node(page, 'code:evaluatie')).toContainText('Evaluatie door de rekenkamer');
  await expect(node(page, 'code:participatieplan')).toContainText('Participatieplan opstellen');

  // Saving goes on from the newest revision.
  await node(page, 'code:participatieplan').click();
  await page.getByLabel('Titel', { exact: true }).fill('Participatieplan met de wijkraad');
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
  const stored = await rpc<Proces>('codes.process', { id: code.id });
  expect(stored.plate.nodes.find((n) => n.id === 'code:participatieplan')?.data.title).toBe(
    'Participatieplan met de wijkraad',
  );
  expect(stored.plate.nodes.find((n) => n.id === 'code:evaluatie')?.data.title).toBe('Evaluatie door de rekenkamer');
});
