import type { Database } from 'better-sqlite3';

/** The schema as SQLite itself reports it, in a stable order, for comparisons. */
export function dumpSchema(db: Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Array<{ type: string; name: string; sql: string | null }>;
  return rows.map((r) => `${r.type} ${r.name}\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`).join('\n\n') + '\n';
}

export function isStrict(db: Database, table: string): boolean {
  const row = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as
    { strict: number } | undefined;
  return row?.strict === 1;
}
