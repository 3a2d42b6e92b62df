import { parseCodeData } from '../file';
import type { ParticipatieCode } from '../schema';
import bremerveld from './bremerveld.json';
import lindewaard from './lindewaard.json';

/**
 * Two complete codes of fictitious gemeenten that choose differently: Lindewaard keeps it compact
 * (no uitdaagrecht, no initiatiefnemer rules, its own inspraak procedure); Bremerveld uses
 * everything (uitdaagrecht with budget, overheidsparticipatie with a fund, burgerinitiatief,
 * referendum, mandatory participation for initiatiefnemers).
 */
const raw = { lindewaard, bremerveld } as const;

export type ExampleCodeId = keyof typeof raw;

function parse(id: string, data: unknown): ParticipatieCode {
  const result = parseCodeData(data);
  // The examples ship with the app; a broken one is a programming error, not user input.
  if (!result.ok) throw new Error(`Voorbeeldcode ${id} is ongeldig:\n${result.errors.join('\n')}`);
  return result.value;
}

export const exampleCodes: Record<ExampleCodeId, ParticipatieCode> = Object.fromEntries(
  Object.entries(raw).map(([id, data]) => [id, parse(id, data)]),
) as Record<ExampleCodeId, ParticipatieCode>;
