import { databaseMessages, type notFoundMessages } from '../../shared/api/messages';

/** The database file was written by a newer Samenspel; we refuse to touch it rather than risk its data. */
export class DatabaseTooNewError extends Error {
  readonly fileVersion: number;
  readonly appVersion: number;
  constructor(fileVersion: number, appVersion: number) {
    super(databaseMessages.tooNew(fileVersion, appVersion));
    this.name = 'DatabaseTooNewError';
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}

/**
 * A migration threw. The transaction was rolled back, so the file is as it was (unless
 * `backupPath` is set: then the roll-back could not be confirmed and that copy is kept).
 */
export class MigrationFailedError extends Error {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly backupPath: string | undefined;
  constructor(fromVersion: number, toVersion: number, reason: string, cause: unknown, backupPath?: string) {
    super(databaseMessages.migrationFailed(fromVersion, toVersion, reason, backupPath), { cause });
    this.name = 'MigrationFailedError';
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
    this.backupPath = backupPath;
  }
}

/** The data folder or file cannot be written where writing is unavoidable (a new database, a pending migration). */
export class DatabaseNotWritableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'DatabaseNotWritableError';
  }
}

/** What a repository can fail to find; the dispatcher gives each its Dutch message. */
export type NotFoundKind = keyof typeof notFoundMessages;

/**
 * The one "does not exist (any more)" error of the repositories (`require(id)`); mapped once, in the
 * dispatcher, to NOT_FOUND with the message of its kind.
 */
export class NotFound extends Error {
  constructor(
    readonly kind: NotFoundKind,
    readonly id: string,
  ) {
    super(`${kind} not found: ${id}`);
    this.name = 'NotFound';
  }
}
