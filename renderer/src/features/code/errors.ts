import type { z } from 'zod';
import { formatZodIssues } from '@shared/participatie/zod-dutch';
import { stepOfField, type StepId } from './steps';

/** A choice that does not fit yet, at the step where it is made. */
export interface CodeError {
  step: StepId;
  text: string;
}

export function codeErrors(issues: readonly z.core.$ZodIssue[]): CodeError[] {
  const texts = formatZodIssues(issues);
  return issues.map((issue, i) => ({ step: stepOfField(issue.path[0]), text: texts[i]! }));
}
