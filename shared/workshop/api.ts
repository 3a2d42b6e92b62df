import { z } from 'zod';
import { hasControlCharacter, controlCharacterMessage } from '../api/text';
import { Traject } from '../traject/traject';
import {
  GroupChoice,
  LocalId,
  NewWorkshop,
  RodeDraad,
  RodeDradenList,
  TimerAction,
  TimerEvent,
  TimerName,
  WorkshopId,
  WorkshopSetupChange,
  WorkshopSummary,
  WorkshopSession,
  WorkshopPosition,
} from './session';
import { workshopMessages } from './texts';

/** The revision a write started from: 0 for something never saved yet. */
const Revision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * The workshop part of the API contract (spread into shared/api/contract.ts). Kept here so the
 * workshop feature does not have to edit the shared contract file for every method.
 */
export const workshopContract = {
  /** All workshop sessions, most recently changed first. */
  'workshop.list': {
    input: z.object({}),
    output: z.array(WorkshopSummary),
  },
  /** One session with its groups, answers, timer presses and rode draden; NOT_FOUND when gone. */
  'workshop.get': {
    input: z.object({ id: WorkshopId }),
    output: WorkshopSession,
  },
  /** Starts a session on a built-in example casus or an existing traject (its text is copied). */
  'workshop.create': {
    input: NewWorkshop,
    output: WorkshopSession,
  },
  /** Changes the setup; groups and questions are sent as whole lists (see WorkshopSetupChange). */
  'workshop.update': {
    input: WorkshopSetupChange,
    output: WorkshopSession,
  },
  'workshop.delete': {
    input: z.object({ id: WorkshopId }),
    output: z.object({ id: WorkshopId }),
  },
  /**
   * Autosave of one group's answer to one question; other answers are left alone. Names the
   * revision of that answer cell it started from (answerRevisions, 0 for an empty cell): a stale
   * one answers CONFLICT and writes nothing. Answers with the cell's next revision.
   */
  'workshop.saveAnswer': {
    input: z.object({
      sessionId: WorkshopId,
      groupId: LocalId,
      questionId: LocalId,
      text: z
        .string()
        .max(20_000, { error: workshopMessages.answerTooLong })
        .refine((t) => !hasControlCharacter(t), { error: controlCharacterMessage }),
      expectedRevision: Revision,
    }),
    output: z.object({ revision: z.number().int().positive() }),
  },
  /**
   * A group's compact choices for the engine (null clears them), on top of the group's
   * choiceRevision it started from: a stale one answers CONFLICT and writes nothing.
   */
  'workshop.saveChoice': {
    input: z.object({
      sessionId: WorkshopId,
      groupId: LocalId,
      choice: GroupChoice.nullable(),
      expectedRevision: Revision,
    }),
    output: z.object({ revision: z.number().int().positive() }),
  },
  /** Where the presenter is (step and question), so a reload opens at the same place. */
  'workshop.setPosition': {
    input: z.object({ sessionId: WorkshopId, position: WorkshopPosition }),
    output: WorkshopPosition,
  },
  /**
   * A press on a timer button, stamped with the main process clock. CONFLICT when it does not fit
   * the timer's state (e.g. pause while not running), which happens when two windows disagree.
   */
  'workshop.pressTimer': {
    input: z.object({
      sessionId: WorkshopId,
      timer: TimerName,
      action: TimerAction,
      /** Only for `extend`. */
      ms: z.number().int().positive().max(3_600_000).optional(),
    }),
    output: z.object({ timerEvents: z.array(TimerEvent) }),
  },
  /**
   * Replaces the rode draden with this list, on top of the rodeDradenRevision the edit started
   * from: when another window saved in between, CONFLICT and nothing is written, so nobody's
   * threads are silently overwritten.
   */
  'workshop.saveRodeDraden': {
    input: z.object({
      sessionId: WorkshopId,
      rodeDraden: RodeDradenList,
      expectedRevision: Revision,
    }),
    output: z.object({ rodeDraden: z.array(RodeDraad), revision: z.number().int().positive() }),
  },
  /** The session report as a file: the casus, every group's answers per question, the rode draden. */
  'workshop.exportReport': {
    input: z.object({ id: WorkshopId, format: z.enum(['docx', 'markdown', 'pdf']) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  /** Makes a new traject from one group's work (title: casus + group name) for follow-up. */
  'workshop.createTraject': {
    input: z.object({ sessionId: WorkshopId, groupId: LocalId }),
    output: Traject,
  },
} as const;
