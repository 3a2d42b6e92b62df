import { migration0001 } from './0001-trajecten';
import { migration0002 } from './0002-antwoorden';
import type { Migration } from './types';

/** Imported statically (not read from a folder) so the bundled Electron main has them all. */
export const migrations: readonly Migration[] = [migration0001, migration0002];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
