import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleCodes } from '../../../../shared/code/examples/index';
import { ParticipatieCode } from '../../../../shared/code/schema';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema } from '../../../support/schema';

/** Lindewaard's choices as a version-1 code (Dutch keys and ids), the way the app stored them before. */
const v1 = JSON.parse(
  readFileSync(new URL('../../../fixtures/code/lindewaard-v1.samenspel-code', import.meta.url), 'utf8'),
);
delete v1.format;
const v1Text = JSON.stringify(v1);

describe('migration 0013: English keys and ids in the stored choices of participatiecodes', () => {
  // Stepwise: a database at version 12 with a version-1 code linked to a traject, then 0013.
  const db = databaseAt(12);
  db.exec(`
    INSERT INTO trajecten (id, title, municipality, vraagstuk, created_at, updated_at)
      VALUES ('t1', 'Plein', 'Lindewaard', '', 'c', 'u');
  `);
  const insert = db.prepare(
    `INSERT INTO participatiecodes (id, name, municipality, choices, process, revision, created_at, updated_at)
     VALUES (?, ?, 'Lindewaard', ?, ?, ?, 'c', 'u')`,
  );
  insert.run('c1', 'Concept', v1Text, '{"nodes":[],"edges":[]}', 7);
  // A row that is not version 1 (as a newer app could not have written, but must not be touched).
  insert.run('c2', 'Onbekend', '{"formatVersion":9,"jaar":2027}', null, 1);
  db.exec("INSERT INTO traject_codes (traject_id, code_id) VALUES ('t1', 'c1')");
  migrateTo(db, 13);

  const row = (id: string) =>
    db.prepare('SELECT * FROM participatiecodes WHERE id = ?').get(id) as Record<string, unknown> & { choices: string };

  it('rewrites a version-1 code as the same code in version 2, which the schema accepts', () => {
    const choices = JSON.parse(row('c1').choices);
    expect(choices.formatVersion).toBe(2);
    expect(ParticipatieCode.safeParse(choices).success).toBe(true);
    expect(choices).toEqual(JSON.parse(JSON.stringify(exampleCodes.lindewaard)));
    expect(row('c1').choices).not.toMatch(/"(toepassing|niveaus|beslisWeken|aan|grote-impact|soort)"/);
  });

  it('keeps everything else of the row, the link to the traject and rows of another version', () => {
    const { choices: _, ...rest } = row('c1');
    expect(rest).toEqual({
      id: 'c1',
      name: 'Concept',
      municipality: 'Lindewaard',
      process: '{"nodes":[],"edges":[]}',
      revision: 7,
      created_at: 'c',
      updated_at: 'u',
    });
    expect(row('c2').choices).toBe('{"formatVersion":9,"jaar":2027}');
    expect(db.prepare('SELECT * FROM traject_codes').all()).toEqual([{ traject_id: 't1', code_id: 'c1' }]);
  });

  it('changes no table: stepwise equals fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(13));
  });
});
