import { migration0001 } from './0001-trajecten';
import { migration0002 } from './0002-antwoorden';
import { migration0003 } from './0003-procesplaat';
import { migration0004 } from './0004-spelregels';
import { migration0005 } from './0005-workshop';
import { migration0006 } from './0006-loting';
import { migration0007 } from './0007-participatiecodes';
import { migration0008 } from './0008-revisies';
import { migration0009 } from './0009-workshop-revisions';
import { migration0010 } from './0010-english-columns';
import { migration0011 } from './0011-workshop-english-data';
import { migration0012 } from './0012-loting-english';
import { migration0013 } from './0013-code-english-keys';
import type { Migration } from './types';

/** Imported statically (not read from a folder) so the bundled Electron main has them all. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
