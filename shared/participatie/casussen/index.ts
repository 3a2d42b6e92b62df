import { type CasusFile, parseCasusData } from '../casus';
import deHorst from './aardgasvrij-de-horst.json';
import oosterpark from './burgerbegroting-oosterpark.json';
import aaldorpZeevenen from './herindeling-aaldorp-zeevenen.json';
import westerzande from './omgevingsvisie-westerzande.json';
import deSchakel from './uitdaagrecht-de-schakel.json';

/** The worked examples, keyed by a stable slug (also their file name without .json). */
const raw = {
  'aardgasvrij-de-horst': deHorst,
  'burgerbegroting-oosterpark': oosterpark,
  'omgevingsvisie-westerzande': westerzande,
  'uitdaagrecht-de-schakel': deSchakel,
  'herindeling-aaldorp-zeevenen': aaldorpZeevenen,
} as const;

export type ExampleCasusId = keyof typeof raw;

function parse(id: string, data: unknown): CasusFile {
  const result = parseCasusData(data);
  // The examples ship with the app; a broken one is a programming error, not user input.
  if (!result.ok) throw new Error(`Example casus ${id} is invalid:\n${result.errors.join('\n')}`);
  return result.value;
}

export const exampleCasussen: Record<ExampleCasusId, CasusFile> = Object.fromEntries(
  Object.entries(raw).map(([id, data]) => [id, parse(id, data)]),
) as Record<ExampleCasusId, CasusFile>;

/**
 * The example with this id, or undefined. Ids come from users (a request, a project file), so the
 * lookup only sees the examples themselves, never `__proto__` or `constructor` of the object.
 */
export function exampleCasus(id: string): CasusFile | undefined {
  return Object.hasOwn(exampleCasussen, id) ? exampleCasussen[id as ExampleCasusId] : undefined;
}

export function isExampleCasusId(id: string): id is ExampleCasusId {
  return Object.hasOwn(exampleCasussen, id);
}
