/** The database file was written by a newer Samenspel; we refuse to touch it rather than risk its data. */
export class DatabaseTooNewError extends Error {
  readonly fileVersion: number;
  readonly appVersion: number;
  constructor(fileVersion: number, appVersion: number) {
    super(
      `Deze gegevens zijn gemaakt met een nieuwere versie van Samenspel (schema ${fileVersion}; deze versie kent schema ${appVersion}). ` +
        'Installeer de nieuwste versie. Er is niets aan je gegevens veranderd.',
    );
    this.name = 'DatabaseTooNewError';
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}
