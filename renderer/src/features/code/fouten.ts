import type { z } from 'zod';
import { formatZodIssues } from '../../../../shared/participatie/zod-nl';
import { stapVanVeld, type StapId } from './stappen';

/** A choice that does not fit yet, at the step where it is made. */
export interface CodeFout {
  stap: StapId;
  tekst: string;
}

export function codeFouten(issues: readonly z.core.$ZodIssue[]): CodeFout[] {
  const teksten = formatZodIssues(issues);
  return issues.map((issue, i) => ({ stap: stapVanVeld(issue.path[0]), tekst: teksten[i]! }));
}
