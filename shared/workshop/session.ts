import { z } from 'zod';
import { Goal, Group, Level, Phase, Reach, Room } from '../participatie/vocabulary';
import { allUnique, hasControlCharacter, controlCharacterMessage } from '../api/text';
import { TrajectId } from '../traject/traject';
import { defaultGroupName, defaultQuestionTexts, listNames, workshopMessages as m } from './texts';

/**
 * A workshop session of the "Democratie in Actie" format: groups act as the "taskforce lokale
 * democratie" on one casus, talk about a few questions, then the trainer does a round past the
 * groups question by question and closes with the rode draden.
 */

export const WorkshopId = z.uuid({ error: m.invalidSessionId });
export type WorkshopId = z.infer<typeof WorkshopId>;

/** Ids of groups, questions and rode draden: short and stable, so stored answers keep pointing at them. */
export const LocalId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: m.invalidId });

/** Free text typed by a trainer: no control characters (NUL and the like), see shared/api/text.ts. */
const freeText = () => z.string().refine((t) => !hasControlCharacter(t), { error: controlCharacterMessage });

export const MIN_GROUPS = 2;
export const MAX_GROUPS = 12;
export const MAX_QUESTIONS = 8;

/**
 * What kind of question it is decides where its answer goes when a group's work becomes a
 * traject (see to-traject.ts). The three kinds are the three questions of the workshop.
 */
export const QuestionKind = z.enum(['goal', 'approach', 'organisation', 'open']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const WorkshopQuestion = z.object({
  id: LocalId,
  title: z.string().trim().min(1, { error: m.questionEmpty }).max(300, { error: m.questionTooLong }),
  explanation: z.string().trim().max(1000, { error: m.explanationTooLong }).default(''),
  kind: QuestionKind.default('open'),
});
export type WorkshopQuestion = z.infer<typeof WorkshopQuestion>;

const groupName = z.string().trim().min(1, { error: m.groupNameEmpty }).max(80, { error: m.groupNameTooLong });

/** Where the casus came from; the text itself is copied, so a later edit or delete of the traject does not change a held session. */
export const CasusSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('example'), id: z.string().min(1).max(80) }),
  z.object({ kind: z.literal('traject'), trajectId: TrajectId }),
]);
export type CasusSource = z.infer<typeof CasusSource>;

/**
 * The casus as the setup form chooses it: an example by its slug (never `__proto__` and the like), or a traject.
 */
const CasusSourceInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('example'),
    id: z
      .string()
      .max(80, { error: m.unknownExample })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: m.unknownExample }),
  }),
  z.object({ kind: z.literal('traject'), trajectId: TrajectId }),
]);

export const WorkshopCasus = z.object({
  source: CasusSource,
  title: z.string().min(1).max(200),
  municipality: z.string().max(100).default(''),
  vraagstuk: z.string().max(5000).default(''),
});
export type WorkshopCasus = z.infer<typeof WorkshopCasus>;

/** Durations in seconds: minutes in the form, but seconds let a test (or a quick demo) run a short timer. */
export const Durations = z.object({
  discussionSec: z
    .number()
    .int()
    .min(1)
    .max(4 * 3600),
  roundSec: z
    .number()
    .int()
    .min(1)
    .max(4 * 3600),
});
export type Durations = z.infer<typeof Durations>;

export const DEFAULT_DURATIONS: Durations = { discussionSec: 20 * 60, roundSec: 10 * 60 };

/** The steps of the session, in the order the presenter walks through them. */
export const WORKSHOP_STEPS = ['casus', 'discussion', 'round', 'rode-draden'] as const;
export const WorkshopStep = z.enum(WORKSHOP_STEPS);
export type WorkshopStep = z.infer<typeof WorkshopStep>;

export const WorkshopPosition = z.object({
  step: WorkshopStep,
  /** The question shown during the round (index into `questions`). */
  questionIndex: z.number().int().nonnegative(),
});
export type WorkshopPosition = z.infer<typeof WorkshopPosition>;

/**
 * The compact choices a group may make so the engine can run on its work: one phase, with goals,
 * room, level and whom to reach. Maps onto TrajectAnswers (to-traject.ts).
 */
export const GroupChoice = z.object({
  phase: Phase,
  goals: z.array(Goal).default([]),
  room: Room.optional(),
  level: Level.optional(),
  reach: Reach.optional(),
  groups: z.array(Group).default([]),
});
export type GroupChoice = z.infer<typeof GroupChoice>;
export type GroupChoiceInput = z.input<typeof GroupChoice>;

export const WorkshopGroup = z.object({
  id: LocalId,
  name: groupName,
  choice: GroupChoice.nullable(),
});
export type WorkshopGroup = z.infer<typeof WorkshopGroup>;

export const RodeDraad = z.object({
  id: LocalId,
  text: z.string().max(2000, { error: m.rodeDraadTooLong }),
  /** The groups in which the point came back. */
  groupIds: z.array(LocalId).default([]),
  /** The overlap suggestion it was taken from, so that suggestion is shown as taken. */
  source: z.string().max(200).optional(),
});
export type RodeDraad = z.infer<typeof RodeDraad>;

/**
 * A rode draad as the editor sends it: the stored shape (RodeDraad) stays lenient so an older row
 * is still read, what comes in is checked strictly.
 */
export const RodeDraadInput = RodeDraad.extend({
  text: freeText().max(2000, { error: m.rodeDraadTooLong }),
  groupIds: z
    .array(LocalId)
    .max(MAX_GROUPS)
    .refine((ids) => new Set(ids).size === ids.length, { error: m.groupTwiceInRodeDraad })
    .default([]),
  source: freeText().max(200).optional(),
});

export const TIMERS = ['discussion', 'round'] as const;
export const TimerName = z.enum(TIMERS);
export type TimerName = z.infer<typeof TimerName>;

/** The timer that runs during a step of the session, if any. */
export function stepTimer(step: WorkshopStep): TimerName | undefined {
  return step === 'discussion' || step === 'round' ? step : undefined;
}

export const TimerAction = z.enum(['start', 'pause', 'resume', 'extend', 'restart']);
export type TimerAction = z.infer<typeof TimerAction>;

/** One press on a timer button, stamped by the main process clock (milliseconds since 1970). */
export const TimerEvent = z.object({
  timer: TimerName,
  action: TimerAction,
  at: z.number().int().nonnegative(),
  /** Only for `extend`: how much time is added. */
  ms: z.number().int().nonnegative().default(0),
});
export type TimerEvent = z.infer<typeof TimerEvent>;

/** Answers per group and question: answers[groupId][questionId]. Missing means nothing typed yet. */
export const WorkshopAnswers = z.record(z.string(), z.record(z.string(), z.string()));
export type WorkshopAnswers = z.infer<typeof WorkshopAnswers>;

/**
 * Revision per answer cell: answerRevisions[groupId][questionId], up by one on every
 * `workshop.saveAnswer`, which names it. Missing means 0 (nothing saved in that cell yet).
 */
export const AnswerRevisions = z.record(z.string(), z.record(z.string(), z.number().int().positive()));
export type AnswerRevisions = z.infer<typeof AnswerRevisions>;

/** The revision of one answer cell (0 while nothing was saved in it). */
export function answerRevision(
  session: { answerRevisions: AnswerRevisions },
  groupId: string,
  questionId: string,
): number {
  const perGroup = Object.hasOwn(session.answerRevisions, groupId) ? session.answerRevisions[groupId]! : {};
  return Object.hasOwn(perGroup, questionId) ? perGroup[questionId]! : 0;
}

/**
 * Revision of each group's choices: choiceRevisions[groupId], up by one on every
 * `workshop.saveChoice`, which names it. Missing means 0 (never saved).
 */
export const ChoiceRevisions = z.record(z.string(), z.number().int().positive());
export type ChoiceRevisions = z.infer<typeof ChoiceRevisions>;

/** The revision of one group's choices (0 while never saved). */
export function choiceRevision(session: { choiceRevisions: ChoiceRevisions }, groupId: string): number {
  return Object.hasOwn(session.choiceRevisions, groupId) ? session.choiceRevisions[groupId]! : 0;
}

export const WorkshopSession = z.object({
  id: WorkshopId,
  title: z.string().min(1).max(200),
  casus: WorkshopCasus,
  questions: z.array(WorkshopQuestion).min(1).max(MAX_QUESTIONS),
  groups: z.array(WorkshopGroup).min(MIN_GROUPS).max(MAX_GROUPS),
  durations: Durations,
  /** Show the engine's advice on a group's choices (food for discussion; off by default). */
  showAdvice: z.boolean(),
  /** A short soft tone when a timer ends, besides the visual signal. */
  sound: z.boolean(),
  position: WorkshopPosition,
  answers: WorkshopAnswers,
  answerRevisions: AnswerRevisions,
  choiceRevisions: ChoiceRevisions,
  timerEvents: z.array(TimerEvent),
  rodeDraden: z.array(RodeDraad),
  /** Revision of the rode draden list: up by one on every `workshop.saveRodeDraden`, which names it. */
  rodeDradenRevision: z.number().int().nonnegative(),
  /** Set when stored data no longer matched the schema and only the valid part is returned. */
  repaired: z.boolean(),
  /**
   * Revision of the setup (title, questions, groups, times, options): up by one on every
   * `workshop.update`, which names it. Answers, choices, timer and rode draden do not change it;
   * they have revisions of their own (answerRevisions, choiceRevisions, rodeDradenRevision).
   */
  revision: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WorkshopSession = z.infer<typeof WorkshopSession>;

export const WorkshopSummary = WorkshopSession.pick({
  id: true,
  title: true,
  casus: true,
  position: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  groupCount: z.number().int().nonnegative(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

const sessionTitle = freeText().trim().min(1, { error: m.titleEmpty }).max(200, { error: m.titleTooLong });

const unique = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

/**
 * A list whose ids are unique: two groups (questions, rode draden) with one id would be written
 * as one row and leave the session unreadable, so such a list is refused before anything is saved.
 */
export const uniqueIds = <T extends { id?: string | undefined }>(list: T[]) => allUnique(list, (x) => x.id);
export const duplicateIdMessage = m.duplicateId;

const QuestionInput = WorkshopQuestion.extend({
  id: LocalId.optional(),
  title: freeText().trim().min(1, { error: m.questionEmpty }).max(300, { error: m.questionTooLong }),
  explanation: freeText().trim().max(1000, { error: m.explanationTooLong }).default(''),
});
const groupNameInput = freeText().trim().min(1, { error: m.groupNameEmpty }).max(80, { error: m.groupNameTooLong });
const GroupInput = z.object({ id: LocalId.optional(), name: groupNameInput });

const groupsInput = z
  .array(GroupInput)
  .min(MIN_GROUPS, { error: m.tooFewGroups(MIN_GROUPS) })
  .max(MAX_GROUPS, { error: m.tooManyGroups(MAX_GROUPS) })
  .refine((g) => unique(g, (x) => x.name.trim().toLowerCase()), { error: m.groupNamesNotUnique })
  .refine(uniqueIds, { error: duplicateIdMessage(listNames.groups) });
const questionsInput = z
  .array(QuestionInput)
  .min(1, { error: m.noQuestions })
  .max(MAX_QUESTIONS, { error: m.tooManyQuestions(MAX_QUESTIONS) })
  .refine(uniqueIds, { error: duplicateIdMessage(listNames.questions) });

/** The rode draden as the editor sends them: at most 100, each id once. */
export const RodeDradenList = z
  .array(RodeDraadInput)
  .max(100, { error: m.tooManyRodeDraden })
  .refine(uniqueIds, { error: duplicateIdMessage(listNames.rodeDraden) });

/** What the setup form sends to start a session. Groups and questions without an id get one. */
export const NewWorkshop = z.object({
  title: sessionTitle,
  casus: CasusSourceInput,
  groups: groupsInput,
  questions: questionsInput,
  durations: Durations.default(DEFAULT_DURATIONS),
  showAdvice: z.boolean().default(false),
  sound: z.boolean().default(true),
});
export type NewWorkshop = z.input<typeof NewWorkshop>;
export type NewWorkshopParsed = z.output<typeof NewWorkshop>;

/**
 * A change to the setup. Groups and questions are sent as the whole new list: an entry with a
 * known id keeps its answers, one without an id is new, and one left out is removed with its answers.
 */
export const WorkshopSetupChange = z.object({
  id: WorkshopId,
  /**
   * The setup revision this change started from (WorkshopSession.revision). A stale one answers
   * CONFLICT without writing: a setup form that did not see another window's new group can never
   * delete it (with its answers).
   */
  expectedRevision: z.number().int().positive(),
  title: sessionTitle.optional(),
  groups: groupsInput.optional(),
  questions: questionsInput.optional(),
  durations: Durations.optional(),
  showAdvice: z.boolean().optional(),
  sound: z.boolean().optional(),
});
export type WorkshopSetupChange = z.input<typeof WorkshopSetupChange>;

/** The three questions of the workshop, in its own order; the trainer may reword or add. */
export function defaultQuestions(): WorkshopQuestion[] {
  return [
    {
      id: 'doel',
      kind: 'goal',
      title: defaultQuestionTexts.goal.title,
      explanation: defaultQuestionTexts.goal.explanation,
    },
    {
      id: 'aanpak',
      kind: 'approach',
      title: defaultQuestionTexts.approach.title,
      explanation: defaultQuestionTexts.approach.explanation,
    },
    {
      id: 'organisatie',
      kind: 'organisation',
      title: defaultQuestionTexts.organisation.title,
      explanation: defaultQuestionTexts.organisation.explanation,
    },
  ];
}

export function defaultGroupNames(count: number): string[] {
  return Array.from({ length: count }, (_v, i) => defaultGroupName(i + 1));
}

/**
 * Gives every entry without an id a fresh one. `taken` lists ids used before: a new group must
 * never get the id of a removed one, or the removed group's answers would reappear under it.
 */
export function assignIds<T extends { id?: string | undefined }>(
  items: T[],
  prefix: string,
  taken: Iterable<string> = [],
): Array<T & { id: string }> {
  const inUse = new Set([...taken, ...items.map((i) => i.id).filter((id): id is string => Boolean(id))]);
  let n = 1;
  return items.map((item) => {
    if (item.id) return item as T & { id: string };
    while (inUse.has(`${prefix}-${n}`)) n++;
    const id = `${prefix}-${n}`;
    inUse.add(id);
    return { ...item, id };
  });
}
