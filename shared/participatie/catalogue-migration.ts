import type { TrajectAnswers } from './answers';
import { renameMessages } from './messages';
import { PHASES } from './vocabulary';

/**
 * Instrument ids that changed between catalogue versions, oldest first. Saved trajecten, casus
 * files and project files refer to instruments by id, so every rename lands here with the reason;
 * reading old answers maps them and tells the user once.
 */
export const RENAMED_INSTRUMENTS: ReadonlyArray<{ from: string; to: string; since: string; why: string }> = [
  {
    from: 'keukentafelgesprek',
    to: 'gesprek-aan-huis',
    since: '1.1.0',
    why: renameMessages.homeVisitRenamed,
  },
  {
    from: 'participatieve-waardeoordeling',
    to: 'participatieve-waarde-evaluatie',
    since: '1.1.0',
    why: renameMessages.valueEvaluationRenamed,
  },
];

const byOldId = new Map(RENAMED_INSTRUMENTS.map((r) => [r.from, r]));

export interface MigratedAnswers {
  answers: TrajectAnswers;
  /** One Dutch note per renamed id that was found, for the user to read once. */
  notes: string[];
}

/** Maps an instrument id list, dropping a duplicate that a rename may create. */
export function renameInstrumentIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => byOldId.get(id)?.to ?? id))];
}

/**
 * Brings parsed answers from an older catalogue to the current ids. Pure: returns new answers
 * (the input is not changed) and the notes; answers without old ids come back unchanged.
 */
export function migrateInstrumentIds(answers: TrajectAnswers): MigratedAnswers {
  const found = new Set<string>();
  const phases: TrajectAnswers['phases'] = {};
  for (const phase of PHASES) {
    const p = answers.phases[phase];
    if (p === undefined) continue;
    for (const id of [...p.instruments, ...Object.keys(p.werving)]) if (byOldId.has(id)) found.add(id);
    phases[phase] = {
      ...p,
      instruments: renameInstrumentIds(p.instruments),
      werving: Object.fromEntries(Object.entries(p.werving).map(([id, r]) => [byOldId.get(id)?.to ?? id, r])),
    };
  }
  if (found.size === 0) return { answers, notes: [] };
  const notes = RENAMED_INSTRUMENTS.filter((r) => found.has(r.from)).map((r) =>
    renameMessages.note(r.from, r.since, r.to, r.why),
  );
  return { answers: { ...answers, phases }, notes };
}
