import type { Migration } from './types';

/**
 * Workshop sessions. The setup (casus copy, questions, timings) is one validated JSON document;
 * groups, answers, rode draden and timer presses get their own rows because they change one at a
 * time during a session (autosave per answer must not overwrite another group's answer), and the
 * timer is a log of presses with timestamps so the remaining time can be recomputed after a crash.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'workshop',
  up(db) {
    db.exec(`
      CREATE TABLE workshop_sessies (
        id TEXT PRIMARY KEY NOT NULL,
        titel TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
        opzet TEXT NOT NULL CHECK (json_valid(opzet)),
        stap TEXT NOT NULL DEFAULT 'casus' CHECK (stap IN ('casus', 'gesprek', 'rondgang', 'rode-draden')),
        vraag_index INTEGER NOT NULL DEFAULT 0 CHECK (vraag_index >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshop_sessies_updated_at ON workshop_sessies (updated_at DESC);

      CREATE TABLE workshop_groepen (
        sessie_id TEXT NOT NULL REFERENCES workshop_sessies (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        volgorde INTEGER NOT NULL,
        naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 80),
        keuze TEXT CHECK (keuze IS NULL OR json_valid(keuze)),
        PRIMARY KEY (sessie_id, id)
      ) STRICT;

      CREATE TABLE workshop_antwoorden (
        sessie_id TEXT NOT NULL,
        groep_id TEXT NOT NULL,
        vraag_id TEXT NOT NULL,
        tekst TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (sessie_id, groep_id, vraag_id),
        FOREIGN KEY (sessie_id, groep_id) REFERENCES workshop_groepen (sessie_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE workshop_timer_events (
        volgnummer INTEGER PRIMARY KEY,
        sessie_id TEXT NOT NULL REFERENCES workshop_sessies (id) ON DELETE CASCADE,
        timer TEXT NOT NULL CHECK (timer IN ('gesprek', 'rondgang')),
        actie TEXT NOT NULL CHECK (actie IN ('start', 'pauze', 'hervat', 'verleng', 'herstart')),
        op INTEGER NOT NULL CHECK (op >= 0),
        ms INTEGER NOT NULL DEFAULT 0 CHECK (ms >= 0)
      ) STRICT;
      CREATE INDEX workshop_timer_events_sessie ON workshop_timer_events (sessie_id, volgnummer);

      CREATE TABLE workshop_rode_draden (
        sessie_id TEXT NOT NULL REFERENCES workshop_sessies (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        volgorde INTEGER NOT NULL,
        tekst TEXT NOT NULL,
        groep_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(groep_ids) AND json_type(groep_ids) = 'array'),
        bron TEXT,
        PRIMARY KEY (sessie_id, id)
      ) STRICT;
    `);
  },
};
