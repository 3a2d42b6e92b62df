import { fileURLToPath } from 'node:url';
import { casusJsonSchema } from '../../shared/participatie/casus';
import { FileError, writeAtomic } from './files';

/** Regenerates shared/participatie/casus.schema.json from the zod schema (a test checks they match). */
export const schemaPath = fileURLToPath(new URL('../../shared/participatie/casus.schema.json', import.meta.url));

export function casusSchemaText(): string {
  return `${JSON.stringify(casusJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await writeAtomic(schemaPath, casusSchemaText());
    process.stdout.write(`Geschreven: ${schemaPath}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof FileError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
