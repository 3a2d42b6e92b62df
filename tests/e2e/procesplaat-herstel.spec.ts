import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
test.beforeAll(async () => {
  host = await startHostProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function rpc<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.url}rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.data;
}

/** Edits the database file by hand, next to the running host, as someone with a SQLite tool would. */
function handEdit(sql: string, ...params: unknown[]) {
  const db = new Database(join(host.dataDir, 'samenspel.sqlite'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

type Stored = {
  plate: { nodes: Array<{ id: string; data: Record<string, unknown> }> };
  revision: number;
  repairs: Array<{ id: string; action: string; message: string }>;
};

test('een met de hand beschadigde procesplaat opent, meldt per onderdeel wat er hersteld is en slaat het herstel op', async ({
  page,
}) => {
  const { traject } = await rpc<{ traject: { id: string } }>('voorbeelden.open', { id: 'aardgasvrij-de-horst' });
  await page.goto(`${host.url}#/traject/${traject.id}/procesplaat`);
  await page.getByRole('button', { name: 'Procesplaat maken uit je antwoorden' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(38);

  // A title that is a number, and a node type that does not exist.
  handEdit(`UPDATE graph_nodes SET data = json_set(data, '$.title', 42) WHERE id = 'gen:raad:besluit'`);
  handEdit(`UPDATE graph_nodes SET type = 'vliegende-schotel' WHERE id = 'gen:evaluatie'`);
  const damaged = await rpc<Stored>('procesplaat.get', { trajectId: traject.id });
  // Both nodes are reported (the unknown type is left out, and its edge with it).
  expect(damaged.repairs.map((r) => r.id)).toEqual(expect.arrayContaining(['gen:evaluatie', 'gen:raad:besluit']));
  expect(damaged.plate.nodes).toHaveLength(37);

  await page.reload();
  const warning = page.getByText('Een deel van deze procesplaat was beschadigd.');
  await expect(warning).toBeVisible();
  for (const repair of damaged.repairs) await expect(page.getByText(repair.message)).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(damaged.plate.nodes.length);
  await page.screenshot({ path: 'test-results/screenshots/procesplaat-hersteld.png' });

  // The editor works as usual; the first save writes the repaired plate over the bad rows.
  const step = page.locator('.react-flow__node[data-id="gen:college:raadsvoorstel"]');
  await step.focus();
  await page.keyboard.press('Enter');
  await step.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Alle wijzigingen zijn opgeslagen.')).toBeVisible();
  const after = await rpc<Stored>('procesplaat.get', { trajectId: traject.id });
  expect(after.repairs).toEqual([]);
  expect(after.revision).toBe(damaged.revision + 1);
  expect(after.plate.nodes.map((n) => n.id)).toEqual(damaged.plate.nodes.map((n) => n.id));
});
