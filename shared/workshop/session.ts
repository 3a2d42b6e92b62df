import { z } from 'zod';
import { Goal, Group, Level, Phase, Reach, Room } from '../participatie/vocabulary';
import { allesUniek, heeftStuurteken, stuurtekenMelding } from '../api/tekst';
import { TrajectId } from '../traject/traject';

/**
 * A workshop session of the "Democratie in Actie" format: groups act as the "taskforce lokale
 * democratie" on one casus, talk about a few questions, then the trainer does a round past the
 * groups question by question and closes with the rode draden.
 */

export const WorkshopId = z.uuid({ error: 'Dit is geen geldige sessie-id.' });
export type WorkshopId = z.infer<typeof WorkshopId>;

/** Ids of groups, questions and rode draden: short and stable, so stored answers keep pointing at them. */
export const LokaleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'Dit is geen geldige id.' });

/** Free text typed by a trainer: no control characters (NUL and the like), see shared/api/tekst.ts. */
const vrijeTekst = () => z.string().refine((t) => !heeftStuurteken(t), { error: stuurtekenMelding });

export const MIN_GROEPEN = 2;
export const MAX_GROEPEN = 12;
export const MAX_VRAGEN = 8;

/**
 * What kind of question it is decides where its answer goes when a group's work becomes a
 * traject (see naar-traject.ts). The three kinds are the three questions of the workshop.
 */
export const VraagSoort = z.enum(['doel', 'aanpak', 'organisatie', 'vrij']);
export type VraagSoort = z.infer<typeof VraagSoort>;

export const WorkshopVraag = z.object({
  id: LokaleId,
  titel: z
    .string()
    .trim()
    .min(1, { error: 'Geef de vraag een tekst.' })
    .max(300, { error: 'De vraag is te lang (hoogstens 300 tekens).' }),
  toelichting: z.string().trim().max(1000, { error: 'De toelichting is te lang (hoogstens 1000 tekens).' }).default(''),
  soort: VraagSoort.default('vrij'),
});
export type WorkshopVraag = z.infer<typeof WorkshopVraag>;

const groepNaam = z
  .string()
  .trim()
  .min(1, { error: 'Geef elke groep een naam.' })
  .max(80, { error: 'De naam van de groep is te lang (hoogstens 80 tekens).' });

/** Where the casus came from; the text itself is copied, so a later edit or delete of the traject does not change a held session. */
export const CasusBron = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('voorbeeld'), id: z.string().min(1).max(80) }),
  z.object({ soort: z.literal('traject'), trajectId: TrajectId }),
]);
export type CasusBron = z.infer<typeof CasusBron>;

/** The casus as the setup form chooses it: an example by its slug (never `__proto__` and the like), or a traject. */
const CasusBronInvoer = z.discriminatedUnion('soort', [
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
  bron: CasusBron,
  titel: z.string().min(1).max(200),
  gemeente: z.string().max(100).default(''),
  vraagstuk: z.string().max(5000).default(''),
});
export type WorkshopCasus = z.infer<typeof WorkshopCasus>;

/** Durations in seconds: minutes in the form, but seconds let a test (or a quick demo) run a short timer. */
export const Tijden = z.object({
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
export type Tijden = z.infer<typeof Tijden>;

export const STANDAARD_TIJDEN: Tijden = { gesprekSec: 20 * 60, rondgangSec: 10 * 60 };

/** The steps of the session, in the order the presenter walks through them. */
export const WORKSHOP_STAPPEN = ['casus', 'gesprek', 'rondgang', 'rode-draden'] as const;
export const WorkshopStap = z.enum(WORKSHOP_STAPPEN);
export type WorkshopStap = z.infer<typeof WorkshopStap>;

export const WorkshopStand = z.object({
  stap: WorkshopStap,
  /** The question shown during the round (index into vragen). */
  vraagIndex: z.number().int().nonnegative(),
});
export type WorkshopStand = z.infer<typeof WorkshopStand>;

/**
 * The compact choices a group may make so the engine can run on its work: one phase, with goals,
 * room, level and whom to reach. Maps onto TrajectAnswers (naar-traject.ts).
 */
export const GroepKeuze = z.object({
  fase: Phase,
  goals: z.array(Goal).default([]),
  room: Room.optional(),
  level: Level.optional(),
  reach: Reach.optional(),
  groups: z.array(Group).default([]),
});
export type GroepKeuze = z.infer<typeof GroepKeuze>;
export type GroepKeuzeInput = z.input<typeof GroepKeuze>;

export const WorkshopGroep = z.object({
  id: LokaleId,
  naam: groepNaam,
  keuze: GroepKeuze.nullable(),
});
export type WorkshopGroep = z.infer<typeof WorkshopGroep>;

export const RodeDraad = z.object({
  id: LokaleId,
  tekst: z.string().max(2000, { error: 'Een rode draad is hoogstens 2000 tekens.' }),
  /** The groups in which the point came back. */
  groepIds: z.array(LokaleId).default([]),
  /** The overlap suggestion it was taken from, so that suggestion is shown as taken. */
  bron: z.string().max(200).optional(),
});
export type RodeDraad = z.infer<typeof RodeDraad>;

/**
 * A rode draad as the editor sends it: the stored shape (RodeDraad) stays lenient so an older row
 * is still read, what comes in is checked strictly.
 */
export const RodeDraadInvoer = RodeDraad.extend({
  tekst: vrijeTekst().max(2000, { error: 'Een rode draad is hoogstens 2000 tekens.' }),
  groepIds: z
    .array(LokaleId)
    .max(MAX_GROEPEN)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Een groep staat twee keer bij deze rode draad.' })
    .default([]),
  bron: vrijeTekst().max(200).optional(),
});

export const TIMERS = ['gesprek', 'rondgang'] as const;
export const TimerNaam = z.enum(TIMERS);
export type TimerNaam = z.infer<typeof TimerNaam>;

export const TimerActie = z.enum(['start', 'pauze', 'hervat', 'verleng', 'herstart']);
export type TimerActie = z.infer<typeof TimerActie>;

/** One press on a timer button, stamped by the main process clock (milliseconds since 1970). */
export const TimerEvent = z.object({
  timer: TimerNaam,
  actie: TimerActie,
  op: z.number().int().nonnegative(),
  /** Only for `verleng`: how much time is added. */
  ms: z.number().int().nonnegative().default(0),
});
export type TimerEvent = z.infer<typeof TimerEvent>;

/** Answers per group and question: antwoorden[groepId][vraagId]. Missing means nothing typed yet. */
export const WorkshopAntwoorden = z.record(z.string(), z.record(z.string(), z.string()));
export type WorkshopAntwoorden = z.infer<typeof WorkshopAntwoorden>;

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

export const WorkshopSessie = z.object({
  id: WorkshopId,
  titel: z.string().min(1).max(200),
  casus: WorkshopCasus,
  vragen: z.array(WorkshopVraag).min(1).max(MAX_VRAGEN),
  groepen: z.array(WorkshopGroep).min(MIN_GROEPEN).max(MAX_GROEPEN),
  tijden: Tijden,
  /** Show the engine's advice on a group's choices (food for discussion; off by default). */
  toonAdvies: z.boolean(),
  /** A short soft tone when a timer ends, besides the visual signal. */
  geluid: z.boolean(),
  stand: WorkshopStand,
  antwoorden: WorkshopAntwoorden,
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
export type WorkshopSessie = z.infer<typeof WorkshopSessie>;

export const WorkshopSamenvatting = WorkshopSessie.pick({
  id: true,
  titel: true,
  casus: true,
  stand: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  aantalGroepen: z.number().int().nonnegative(),
});
export type WorkshopSamenvatting = z.infer<typeof WorkshopSamenvatting>;

const titel = vrijeTekst()
  .trim()
  .min(1, { error: 'Geef de sessie een titel.' })
  .max(200, { error: 'De titel is te lang (hoogstens 200 tekens).' });

const uniek = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

/**
 * A list whose ids are unique: two groups (questions, rode draden) with one id would be written
 * as one row and leave the session unreadable, so such a list is refused before anything is saved.
 */
export const uniekeIds = <T extends { id?: string | undefined }>(lijst: T[]) => allesUniek(lijst, (x) => x.id);
export const dubbeleIdMelding = (wat: string) =>
  `Twee ${wat} hebben dezelfde id. Laad de sessie opnieuw en probeer het nog eens.`;

const VraagInvoer = WorkshopVraag.extend({
  id: LokaleId.optional(),
  titel: vrijeTekst()
    .trim()
    .min(1, { error: 'Geef de vraag een tekst.' })
    .max(300, { error: 'De vraag is te lang (hoogstens 300 tekens).' }),
  toelichting: vrijeTekst()
    .trim()
    .max(1000, { error: 'De toelichting is te lang (hoogstens 1000 tekens).' })
    .default(''),
});
const groepNaamInvoer = vrijeTekst()
  .trim()
  .min(1, { error: 'Geef elke groep een naam.' })
  .max(80, { error: 'De naam van de groep is te lang (hoogstens 80 tekens).' });
const GroepInvoer = z.object({ id: LokaleId.optional(), naam: groepNaamInvoer });

const groepenInvoer = z
  .array(GroepInvoer)
  .min(MIN_GROEPEN, { error: `Er zijn minstens ${MIN_GROEPEN} groepen nodig.` })
  .max(MAX_GROEPEN, { error: `Hoogstens ${MAX_GROEPEN} groepen.` })
  .refine((g) => uniek(g, (x) => x.naam.trim().toLowerCase()), { error: 'Geef elke groep een eigen naam.' })
  .refine(uniekeIds, { error: dubbeleIdMelding('groepen') });
const vragenInvoer = z
  .array(VraagInvoer)
  .min(1, { error: 'Er is minstens één vraag nodig.' })
  .max(MAX_VRAGEN, { error: `Hoogstens ${MAX_VRAGEN} vragen.` })
  .refine(uniekeIds, { error: dubbeleIdMelding('vragen') });

/** The rode draden as the editor sends them: at most 100, each id once. */
export const RodeDradenLijst = z
  .array(RodeDraadInvoer)
  .max(100, { error: 'Hoogstens 100 rode draden.' })
  .refine(uniekeIds, { error: dubbeleIdMelding('rode draden') });

/** What the setup form sends to start a session. Groups and questions without an id get one. */
export const NieuweWorkshop = z.object({
  titel,
  casus: CasusBronInvoer,
  groepen: groepenInvoer,
  vragen: vragenInvoer,
  tijden: Tijden.default(STANDAARD_TIJDEN),
  toonAdvies: z.boolean().default(false),
  geluid: z.boolean().default(true),
});
export type NieuweWorkshop = z.input<typeof NieuweWorkshop>;
export type NieuweWorkshopParsed = z.output<typeof NieuweWorkshop>;

/**
 * A change to the setup. Groups and questions are sent as the whole new list: an entry with a
 * known id keeps its answers, one without an id is new, and one left out is removed with its answers.
 */
export const WorkshopOpzetWijziging = z.object({
  id: WorkshopId,
  /**
   * The setup revision this change started from (WorkshopSessie.revision). A stale one answers
   * CONFLICT without writing: a setup form that did not see another window's new group can never
   * delete it (with its answers).
   */
  expectedRevision: z.number().int().positive(),
  titel: titel.optional(),
  groepen: groepenInvoer.optional(),
  vragen: vragenInvoer.optional(),
  tijden: Tijden.optional(),
  toonAdvies: z.boolean().optional(),
  geluid: z.boolean().optional(),
});
export type WorkshopOpzetWijziging = z.input<typeof WorkshopOpzetWijziging>;

/** The three questions of the workshop, in its own order; the trainer may reword or add. */
export function standaardVragen(): WorkshopVraag[] {
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

export function standaardGroepNamen(aantal: number): string[] {
  return Array.from({ length: aantal }, (_v, i) => `Groep ${i + 1}`);
}

/**
 * Gives every entry without an id a fresh one. `bezet` lists ids used before: a new group must
 * never get the id of a removed one, or the removed group's answers would reappear under it.
 */
export function vulIdsAan<T extends { id?: string | undefined }>(
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
