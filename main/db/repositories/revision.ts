/**
 * The one concurrency rule of Samenspel: every write of something a user edits names the revision
 * it started from, and a stale write changes nothing. Every repository throws this one error; the
 * dispatcher maps it to CONFLICT with the Dutch message of its domain (shared/api/messages.ts).
 */
export type RevisionDomain =
  | 'traject'
  | 'answers'
  | 'procesplaat'
  | 'spelregels'
  | 'workshop'
  | 'workshopAnswer'
  | 'workshopChoice'
  | 'rodeDraden'
  | 'code';

export class RevisionConflict extends Error {
  constructor(
    readonly domain: RevisionDomain,
    /** The stored revision, which the write did not start from. */
    readonly current: number,
  ) {
    super(`revision conflict (${domain}: stored ${current})`);
    this.name = 'RevisionConflict';
  }
}

/** Throws RevisionConflict unless the write started from the stored revision. Call inside the write transaction. */
export function checkRevision(domain: RevisionDomain, expected: number, current: number): void {
  if (expected !== current) throw new RevisionConflict(domain, current);
}
