import type { Migration } from './types';

/**
 * English names for the technical columns and tables of trajecten, answers, revisions and
 * participatiecodes (README naming rule: code and columns are English; a Dutch word stays only as
 * a glossary noun, such as vraagstuk, spelregels or participatiecode). Workshop tables were renamed
 * in 0009; the loting tables keep their names until a migration touches them.
 *
 * ALTER TABLE … RENAME keeps every row, the STRICT flag, the CHECK constraints, the indexes and the
 * foreign keys (SQLite rewrites the references), and runs in the one migration transaction after
 * the backup copy the app makes before migrating.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'english-columns',
  up(db) {
    db.exec(`
      ALTER TABLE trajecten RENAME COLUMN titel TO title;
      ALTER TABLE trajecten RENAME COLUMN gemeente TO municipality;

      ALTER TABLE traject_antwoorden RENAME TO traject_answers;
      ALTER TABLE traject_answers RENAME COLUMN antwoorden TO answers;
      ALTER TABLE traject_answers RENAME COLUMN revisie TO revision;

      ALTER TABLE traject_revisies RENAME TO traject_revisions;

      ALTER TABLE participatiecodes RENAME COLUMN naam TO name;
      ALTER TABLE participatiecodes RENAME COLUMN gemeente TO municipality;
      ALTER TABLE participatiecodes RENAME COLUMN keuzes TO choices;
      ALTER TABLE participatiecodes RENAME COLUMN proces TO process;
      ALTER TABLE participatiecodes RENAME COLUMN revisie TO revision;
    `);
  },
};
