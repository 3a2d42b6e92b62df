import { PhaseAnswers, TrajectAnswers, type PhaseAnswersInput } from '../participatie/answers';
import type { Phase } from '../participatie/vocabulary';
import type { GroupChoice, WorkshopSession } from './session';

/**
 * A group's work as traject answers: for the engine (advice as food for discussion) and for the
 * follow-up traject. Where each free-text answer goes follows the kind of question:
 * - goal → the phase's goals in own words (question 1 of the workshop is about goals per phase);
 * - approach → the phase's notes (target group, frames and roles, instrument in the group's words);
 * - organisation → "randvoorwaarden" of the organisation question, the field closest to "what does
 *   this ask of the municipality"; the trainer can split it over the other fields later;
 * - open → also the phase's notes, under the question as a heading, so nothing is lost.
 */

/** The phase a casus most likely starts in when the group did not choose one. */
export const DEFAULT_PHASE: Phase = 'beleidsvoorbereiding';

export function choiceToAnswers(choice: GroupChoice): TrajectAnswers {
  const phaseAnswers: PhaseAnswersInput = { goals: choice.goals, groups: choice.groups };
  if (choice.room) phaseAnswers.room = choice.room;
  if (choice.level) phaseAnswers.level = choice.level;
  if (choice.reach) phaseAnswers.reach = choice.reach;
  return TrajectAnswers.parse({ phases: { [choice.phase]: phaseAnswers } });
}

/** True when the group chose enough for the engine to say something useful (a goal or a level). */
export function isUsableChoice(choice: GroupChoice | null | undefined): choice is GroupChoice {
  return Boolean(choice && (choice.goals.length > 0 || choice.level !== undefined));
}

export interface GroupAsTraject {
  traject: { title: string; municipality: string; vraagstuk: string };
  answers: TrajectAnswers;
}

const MAX_TITLE = 200;

/** At most `max` characters (code points, so an emoji is never cut in half), with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

export function groupToTraject(session: WorkshopSession, groupId: string): GroupAsTraject | undefined {
  const group = session.groups.find((g) => g.id === groupId);
  if (!group) return undefined;
  const groupAnswers: Record<string, string> = Object.hasOwn(session.answers, groupId)
    ? (session.answers[groupId] ?? {})
    : {};
  const answers = group.choice ? choiceToAnswers(group.choice) : TrajectAnswers.parse({});
  const phaseId = group.choice?.phase ?? DEFAULT_PHASE;
  const phase = answers.phases[phaseId] ?? PhaseAnswers.parse({});
  answers.phases[phaseId] = phase;

  const notes: string[] = [];
  const organisation: string[] = [];
  for (const question of session.questions) {
    const text = Object.hasOwn(groupAnswers, question.id) ? groupAnswers[question.id]?.trim() : undefined;
    if (!text) continue;
    if (question.kind === 'goal') phase.goalsInOwnWords = text;
    else if (question.kind === 'organisation') organisation.push(text);
    else if (question.kind === 'approach') notes.push(text);
    else notes.push(`${question.title}\n${text}`);
  }
  if (notes.length > 0) phase.notes = notes.join('\n\n');
  if (organisation.length > 0) answers.organisatie = { randvoorwaarden: organisation.join('\n\n') };

  const title = `${session.casus.title} – ${group.name}`;
  return {
    traject: {
      title: truncate(title, MAX_TITLE),
      municipality: Array.from(session.casus.municipality).slice(0, 100).join(''),
      vraagstuk: session.casus.vraagstuk,
    },
    answers: TrajectAnswers.parse(answers),
  };
}
