import { PhaseAnswers, TrajectAnswers, type PhaseAnswersInput } from '../participatie/answers';
import type { Phase } from '../participatie/vocabulary';
import type { GroupChoice, WorkshopSession } from './session';

/**
 * A group's work as traject answers: for the engine (advice as food for discussion) and for the
 * follow-up traject. Where each free-text answer goes follows the kind of question:
 * - doel → the phase's goals in own words (question 1 of the workshop is about goals per phase);
 * - aanpak → the phase's notes (target group, frames and roles, instrument in the group's words);
 * - organisatie → "randvoorwaarden" of the organisation question, the field closest to "what does
 *   this ask of the municipality"; the trainer can split it over the other fields later;
 * - vrij → also the phase's notes, under the question as a heading, so nothing is lost.
 */

/** The phase a casus most likely starts in when the group did not choose one. */
export const DEFAULT_PHASE: Phase = 'beleidsvoorbereiding';

export function choiceToAnswers(keuze: GroupChoice): TrajectAnswers {
  const fase: PhaseAnswersInput = { goals: keuze.goals, groups: keuze.groups };
  if (keuze.room) fase.room = keuze.room;
  if (keuze.level) fase.level = keuze.level;
  if (keuze.reach) fase.reach = keuze.reach;
  return TrajectAnswers.parse({ phases: { [keuze.fase]: fase } });
}

/** True when the group chose enough for the engine to say something useful (a goal or a level). */
export function isUsableChoice(keuze: GroupChoice | null | undefined): keuze is GroupChoice {
  return Boolean(keuze && (keuze.goals.length > 0 || keuze.level !== undefined));
}

export interface GroupAsTraject {
  traject: { titel: string; gemeente: string; vraagstuk: string };
  answers: TrajectAnswers;
}

const MAX_TITLE = 200;

/** At most `max` characters (code points, so an emoji is never cut in half), with an ellipsis when cut. */
function kort(tekst: string, max: number): string {
  const tekens = Array.from(tekst);
  return tekens.length > max
    ? `${tekens
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : tekst;
}

export function groupToTraject(sessie: WorkshopSession, groepId: string): GroupAsTraject | undefined {
  const groep = sessie.groepen.find((g) => g.id === groepId);
  if (!groep) return undefined;
  const antwoorden: Record<string, string> = Object.hasOwn(sessie.antwoorden, groepId)
    ? (sessie.antwoorden[groepId] ?? {})
    : {};
  const answers = groep.keuze ? choiceToAnswers(groep.keuze) : TrajectAnswers.parse({});
  const fase = groep.keuze?.fase ?? DEFAULT_PHASE;
  const phase = answers.phases[fase] ?? PhaseAnswers.parse({});
  answers.phases[fase] = phase;

  const notities: string[] = [];
  const organisatie: string[] = [];
  for (const vraag of sessie.vragen) {
    const tekst = Object.hasOwn(antwoorden, vraag.id) ? antwoorden[vraag.id]?.trim() : undefined;
    if (!tekst) continue;
    if (vraag.soort === 'doel') phase.goalsInOwnWords = tekst;
    else if (vraag.soort === 'organisatie') organisatie.push(tekst);
    else if (vraag.soort === 'aanpak') notities.push(tekst);
    else notities.push(`${vraag.titel}\n${tekst}`);
  }
  if (notities.length > 0) phase.notes = notities.join('\n\n');
  if (organisatie.length > 0) answers.organisatie = { randvoorwaarden: organisatie.join('\n\n') };

  const titel = `${sessie.casus.titel} – ${groep.naam}`;
  return {
    traject: {
      titel: kort(titel, MAX_TITLE),
      gemeente: Array.from(sessie.casus.gemeente).slice(0, 100).join(''),
      vraagstuk: sessie.casus.vraagstuk,
    },
    answers: TrajectAnswers.parse(answers),
  };
}
