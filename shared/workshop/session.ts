import { z } from 'zod';
import { Goal, Group, Level, Phase, Reach, Room } from '../participatie/vocabulary';
import { allUnique, hasControlCharacter, controlCharacterMessage } from '../api/text';
import { TrajectId } from '../traject/traject';

/**
 * A workshop session of the "Democratie in Actie" format: groups act as the "taskforce lokale
 * democratie" on one casus, talk about a few questions, then the trainer does a round past the
 * groups question by question and closes with the rode draden.
 */

export const WorkshopId = z.uuid({ error: 'Dit is geen geldige sessie-id.' });
export type WorkshopId = z.infer<typeof WorkshopId>;

/** Ids of groups, questions and rode draden: short and stable, so stored answers keep pointing at them. */
export const LocalId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'Dit is geen geldige id.' });

/** Free text typed by a trainer: no control characters (NUL and the like), see shared/api/tekst.ts. */
const freeText = () => z.string().refine((t) => !hasControlCharacter(t), { error: controlCharacterMessage });

export const MIN_GROUPS = 2;
export const MAX_GROUPS = 12;
export const MAX_QUESTIONS = 8;

/**
 * What kind of question it is decides where its answer goes when a group's work becomes a
 * traject (see naar-traject.ts). The three kinds are the three questions of the workshop.
 */
export const QuestionKind = z.enum(['doel', 'aanpak', 'organisatie', 'vrij']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const WorkshopQuestion = z.object({
  id: LocalId,
  titel: z
    .string()
    .trim()
    .min(1, { error: 'Geef de vraag een tekst.' })
    .max(300, { error: 'De vraag is te lang (hoogstens 300 tekens).' }),
  toelichting: z.string().trim().max(1000, { error: 'De toelichting is te lang (hoogstens 1000 tekens).' }).default(''),
  soort: QuestionKind.default('vrij'),
});
export type WorkshopQuestion = z.infer<typeof WorkshopQuestion>;

const groupName = z
  .string()
  .trim()
  .min(1, { error: 'Geef elke groep een naam.' })
  .max(80, { error: 'De naam van de groep is te lang (hoogstens 80 tekens).' });

/** Where the casus came from; the text itself is copied, so a later edit or delete of the traject does not change a held session. */
export const CasusSource = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('voorbeeld'), id: z.string().min(1).max(80) }),
  z.object({ soort: z.literal('traject'), trajectId: TrajectId }),
]);
export type CasusSource = z.infer<typeof CasusSource>;

/** The casus as the setup form chooses it: an example by its slug (never `__proto__` and the like), or a traject. */
const CasusSourceInput = z.discriminatedUnion('soort', [
  z.object({
    soort: z.literal('voorbeeld'),
    id: z
      .string()
      .max(80, { error: 'Dit is geen bekende voorbeeldcasus.' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'Dit is geen bekende voorbeeldcasus.' }),
  }),
  z.object({ soort: z.literal('traject'), trajectId: TrajectId }),
]);

export const WorkshopCasus = z.object({
  bron: CasusSource,
  titel: z.string().min(1).max(200),
  gemeente: z.string().max(100).default(''),
  vraagstuk: z.string().max(5000).default(''),
});
export type WorkshopCasus = z.infer<typeof WorkshopCasus>;

/** Durations in seconds: minutes in the form, but seconds let a test (or a quick demo) run a short timer. */
export const Durations = z.object({
  gesprekSec: z
    .number()
    .int()
    .min(1)
    .max(4 * 3600),
  rondgangSec: z
    .number()
    .int()
    .min(1)
    .max(4 * 3600),
});
export type Durations = z.infer<typeof Durations>;

export const DEFAULT_DURATIONS: Durations = { gesprekSec: 20 * 60, rondgangSec: 10 * 60 };

/** The steps of the session, in the order the presenter walks through them. */
export const WORKSHOP_STEPS = ['casus', 'gesprek', 'rondgang', 'rode-draden'] as const;
export const WorkshopStep = z.enum(WORKSHOP_STEPS);
export type WorkshopStep = z.infer<typeof WorkshopStep>;

export const WorkshopPosition = z.object({
  stap: WorkshopStep,
  /** The question shown during the round (index into vragen). */
  vraagIndex: z.number().int().nonnegative(),
});
export type WorkshopPosition = z.infer<typeof WorkshopPosition>;

/**
 * The compact choices a group may make so the engine can run on its work: one phase, with goals,
 * room, level and whom to reach. Maps onto TrajectAnswers (naar-traject.ts).
 */
export const GroupChoice = z.object({
  fase: Phase,
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
  naam: groupName,
  keuze: GroupChoice.nullable(),
});
export type WorkshopGroup = z.infer<typeof WorkshopGroup>;

export const RodeDraad = z.object({
  id: LocalId,
  tekst: z.string().max(2000, { error: 'Een rode draad is hoogstens 2000 tekens.' }),
  /** The groups in which the point came back. */
  groepIds: z.array(LocalId).default([]),
  /** The overlap suggestion it was taken from, so that suggestion is shown as taken. */
  bron: z.string().max(200).optional(),
});
export type RodeDraad = z.infer<typeof RodeDraad>;

/**
 * A rode draad as the editor sends it: the stored shape (RodeDraad) stays lenient so an older row
 * is still read, what comes in is checked strictly.
 */
export const RodeDraadInput = RodeDraad.extend({
  tekst: freeText().max(2000, { error: 'Een rode draad is hoogstens 2000 tekens.' }),
  groepIds: z
    .array(LocalId)
    .max(MAX_GROUPS)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Een groep staat twee keer bij deze rode draad.' })
    .default([]),
  bron: freeText().max(200).optional(),
});

export const TIMERS = ['gesprek', 'rondgang'] as const;
export const TimerName = z.enum(TIMERS);
export type TimerName = z.infer<typeof TimerName>;

export const TimerAction = z.enum(['start', 'pauze', 'hervat', 'verleng', 'herstart']);
export type TimerAction = z.infer<typeof TimerAction>;

/** One press on a timer button, stamped by the main process clock (milliseconds since 1970). */
export const TimerEvent = z.object({
  timer: TimerName,
  actie: TimerAction,
  op: z.number().int().nonnegative(),
  /** Only for `verleng`: how much time is added. */
  ms: z.number().int().nonnegative().default(0),
});
export type TimerEvent = z.infer<typeof TimerEvent>;

/** Answers per group and question: antwoorden[groepId][vraagId]. Missing means nothing typed yet. */
export const WorkshopAnswers = z.record(z.string(), z.record(z.string(), z.string()));
export type WorkshopAnswers = z.infer<typeof WorkshopAnswers>;

/**
 * Revision per answer cell: answerRevisions[groepId][vraagId], up by one on every
 * `workshop.saveAnswer`, which names it. Missing means 0 (nothing saved in that cell yet).
 */
export const AnswerRevisions = z.record(z.string(), z.record(z.string(), z.number().int().positive()));
export type AnswerRevisions = z.infer<typeof AnswerRevisions>;

/** The revision of one answer cell (0 while nothing was saved in it). */
export function answerRevision(sessie: { answerRevisions: AnswerRevisions }, groepId: string, vraagId: string): number {
  const perGroup = Object.hasOwn(sessie.answerRevisions, groepId) ? sessie.answerRevisions[groepId]! : {};
  return Object.hasOwn(perGroup, vraagId) ? perGroup[vraagId]! : 0;
}

/**
 * Revision of each group's choices: choiceRevisions[groepId], up by one on every
 * `workshop.saveChoice`, which names it. Missing means 0 (never saved).
 */
export const ChoiceRevisions = z.record(z.string(), z.number().int().positive());
export type ChoiceRevisions = z.infer<typeof ChoiceRevisions>;

/** The revision of one group's choices (0 while never saved). */
export function choiceRevision(sessie: { choiceRevisions: ChoiceRevisions }, groepId: string): number {
  return Object.hasOwn(sessie.choiceRevisions, groepId) ? sessie.choiceRevisions[groepId]! : 0;
}

export const WorkshopSession = z.object({
  id: WorkshopId,
  titel: z.string().min(1).max(200),
  casus: WorkshopCasus,
  vragen: z.array(WorkshopQuestion).min(1).max(MAX_QUESTIONS),
  groepen: z.array(WorkshopGroup).min(MIN_GROUPS).max(MAX_GROUPS),
  tijden: Durations,
  /** Show the engine's advice on a group's choices (food for discussion; off by default). */
  toonAdvies: z.boolean(),
  /** A short soft tone when a timer ends, besides the visual signal. */
  geluid: z.boolean(),
  stand: WorkshopPosition,
  antwoorden: WorkshopAnswers,
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
  titel: true,
  casus: true,
  stand: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  aantalGroepen: z.number().int().nonnegative(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

const titel = freeText()
  .trim()
  .min(1, { error: 'Geef de sessie een titel.' })
  .max(200, { error: 'De titel is te lang (hoogstens 200 tekens).' });

const unique = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

/**
 * A list whose ids are unique: two groups (questions, rode draden) with one id would be written
 * as one row and leave the session unreadable, so such a list is refused before anything is saved.
 */
export const uniqueIds = <T extends { id?: string | undefined }>(lijst: T[]) => allUnique(lijst, (x) => x.id);
export const duplicateIdMessage = (wat: string) =>
  `Twee ${wat} hebben dezelfde id. Laad de sessie opnieuw en probeer het nog eens.`;

const QuestionInput = WorkshopQuestion.extend({
  id: LocalId.optional(),
  titel: freeText()
    .trim()
    .min(1, { error: 'Geef de vraag een tekst.' })
    .max(300, { error: 'De vraag is te lang (hoogstens 300 tekens).' }),
  toelichting: freeText().trim().max(1000, { error: 'De toelichting is te lang (hoogstens 1000 tekens).' }).default(''),
});
const groupNameInput = freeText()
  .trim()
  .min(1, { error: 'Geef elke groep een naam.' })
  .max(80, { error: 'De naam van de groep is te lang (hoogstens 80 tekens).' });
const GroupInput = z.object({ id: LocalId.optional(), naam: groupNameInput });

const groupsInput = z
  .array(GroupInput)
  .min(MIN_GROUPS, { error: `Er zijn minstens ${MIN_GROUPS} groepen nodig.` })
  .max(MAX_GROUPS, { error: `Hoogstens ${MAX_GROUPS} groepen.` })
  .refine((g) => unique(g, (x) => x.naam.trim().toLowerCase()), { error: 'Geef elke groep een eigen naam.' })
  .refine(uniqueIds, { error: duplicateIdMessage('groepen') });
const questionsInput = z
  .array(QuestionInput)
  .min(1, { error: 'Er is minstens één vraag nodig.' })
  .max(MAX_QUESTIONS, { error: `Hoogstens ${MAX_QUESTIONS} vragen.` })
  .refine(uniqueIds, { error: duplicateIdMessage('vragen') });

/** The rode draden as the editor sends them: at most 100, each id once. */
export const RodeDradenList = z
  .array(RodeDraadInput)
  .max(100, { error: 'Hoogstens 100 rode draden.' })
  .refine(uniqueIds, { error: duplicateIdMessage('rode draden') });

/** What the setup form sends to start a session. Groups and questions without an id get one. */
export const NewWorkshop = z.object({
  titel,
  casus: CasusSourceInput,
  groepen: groupsInput,
  vragen: questionsInput,
  tijden: Durations.default(DEFAULT_DURATIONS),
  toonAdvies: z.boolean().default(false),
  geluid: z.boolean().default(true),
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
  titel: titel.optional(),
  groepen: groupsInput.optional(),
  vragen: questionsInput.optional(),
  tijden: Durations.optional(),
  toonAdvies: z.boolean().optional(),
  geluid: z.boolean().optional(),
});
export type WorkshopSetupChange = z.input<typeof WorkshopSetupChange>;

/** The three questions of the workshop, in its own order; the trainer may reword or add. */
export function defaultQuestions(): WorkshopQuestion[] {
  return [
    {
      id: 'doel',
      soort: 'doel',
      titel: 'Welk doel wil je bereiken?',
      toelichting: 'Zijn er fases met verschillende doelen?',
    },
    {
      id: 'aanpak',
      soort: 'aanpak',
      titel: 'Hoe pak je dit aan?',
      toelichting: 'Doelgroep, kaders en rolverdeling, instrument.',
    },
    {
      id: 'organisatie',
      soort: 'organisatie',
      titel: 'Wat vraagt deze aanpak van jouw gemeente?',
      toelichting: 'Competenties, randvoorwaarden, de raad en de interne organisatie.',
    },
  ];
}

export function defaultGroupNames(aantal: number): string[] {
  return Array.from({ length: aantal }, (_v, i) => `Groep ${i + 1}`);
}

/**
 * Gives every entry without an id a fresh one. `bezet` lists ids used before: a new group must
 * never get the id of a removed one, or the removed group's answers would reappear under it.
 */
export function assignIds<T extends { id?: string | undefined }>(
  items: T[],
  prefix: string,
  bezet: Iterable<string> = [],
): Array<T & { id: string }> {
  const inGebruik = new Set([...bezet, ...items.map((i) => i.id).filter((id): id is string => Boolean(id))]);
  let n = 1;
  return items.map((item) => {
    if (item.id) return item as T & { id: string };
    while (inGebruik.has(`${prefix}-${n}`)) n++;
    const id = `${prefix}-${n}`;
    inGebruik.add(id);
    return { ...item, id };
  });
}
