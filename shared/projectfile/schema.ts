import { z } from 'zod';
import { ParticipatieCode } from '../code/schema';
import { TrajectAnswers } from '../participatie/answers';
import { Procesplaat } from '../procesplaat/model';
import { Spelregels } from '../document/spelregels';
import { NewTraject } from '../traject/traject';
import { projectFileSchemaTexts } from './messages';

/**
 * The `.samenspel` project file: one whole traject (facts, answers with the chosen mix,
 * procesplaat, edited spelregels) as JSON, to hand a traject to a colleague or keep a copy.
 *
 * Versions: 1 is the casus file (shared/participatie/casus.ts), readable as an older and simpler
 * project file; 2 had Dutch keys (`traject.titel`/`gemeente`, `code.naam`/`keuzes`); 3 is this
 * format, with English keys. Readers migrate older versions up and refuse newer ones.
 */
export const PROJECT_FORMAT = 'samenspel-project';
export const PROJECT_FORMAT_VERSION = 3;
export const PROJECT_FILE_EXTENSION = '.samenspel';
/** Large enough for any real traject; refusing bigger files keeps a mistaken pick from freezing the app. */
export const MAX_PROJECT_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The participatiecode the traject follows, travelling with it: the code's id and revision in the
 * database it came from, its name there and a full copy of its choices. Importing into another
 * database links the traject to the same code when it is there (same choices), and re-creates
 * it from the copy otherwise (see `projectCodeLink`).
 */
export const ProjectCode = z.strictObject({
  id: z.uuid(),
  revision: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  choices: ParticipatieCode,
});
export type ProjectCode = z.infer<typeof ProjectCode>;

export const ProjectFile = z
  .strictObject({
    format: z.literal(PROJECT_FORMAT),
    formatVersion: z.literal(PROJECT_FORMAT_VERSION),
    /** Which Samenspel wrote it; informative only. */
    app: z.strictObject({ name: z.literal('Samenspel'), version: z.string().max(50) }).optional(),
    traject: z.strictObject(NewTraject.shape),
    answers: TrajectAnswers,
    /** Absent when none was drawn yet; readers then generate one from the answers. */
    procesplaat: Procesplaat.optional(),
    /** Absent when the generated spelregels were never edited. */
    spelregels: Spelregels.optional(),
    /** Absent when the traject follows no participatiecode (and in files from before codes). */
    code: ProjectCode.optional(),
  })
  .meta({ ...projectFileSchemaTexts });
export type ProjectFile = z.infer<typeof ProjectFile>;
export type ProjectFileInput = z.input<typeof ProjectFile>;
