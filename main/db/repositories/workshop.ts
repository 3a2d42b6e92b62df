import { z } from 'zod';
import {
  GroupChoice,
  RodeDraad,
  defaultQuestions,
  DEFAULT_DURATIONS,
  Durations,
  TimerEvent,
  timerState,
  allowedActions,
  assignIds,
  WorkshopCasus,
  type WorkshopSetupChange,
  WorkshopSummary,
  WorkshopSession,
  WorkshopPosition,
  WorkshopQuestion,
  type NewWorkshopParsed,
  type TimerAction,
  type TimerName,
  type AnswerRevisions,
  type ChoiceRevisions,
  type WorkshopAnswers,
} from '../../../shared/workshop/index';
import { isRecord } from '../../../shared/json-file';
import { repairedCasusTitle } from '../../../shared/workshop/texts';
import type { Db } from '../open';
import { readBackBeforeCommit, refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

/** The setup of a session, stored as JSON in `workshop_sessions.setup` (English keys and values since migration 0011). */
const Setup = z.object({
  casus: WorkshopCasus,
  questions: z.array(WorkshopQuestion).min(1),
  durations: Durations,
  showAdvice: z.boolean(),
  sound: z.boolean(),
});
type Setup = z.infer<typeof Setup>;

interface SessionRow {
  id: string;
  title: string;
  setup: string;
  step: string;
  question_index: number;
  revision: number;
  rode_draden_revision: number;
  created_at: string;
  updated_at: string;
}
interface GroupRow {
  id: string;
  name: string;
  choice: string | null;
  choice_revision: number;
}

export class TimerActionNotAllowed extends Error {
  constructor(readonly status: string) {
    super(`timer action not allowed in status ${status}`);
  }
}

/**
 * All SQL for workshop sessions. Reads validate and repair field by field, so one damaged value
 * (a hand-edited database, an older build) costs that value and never the whole session.
 *
 * Every write of something a user edits names the revision it started from and throws
 * RevisionConflict (./revision.ts) before writing when that is stale: the setup (`revision`), one
 * answer cell, one group's choices and the rode draden list each have their own, so two windows
 * that edit different things never stop each other (migration 0009).
 */
export class WorkshopRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  list(): WorkshopSummary[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, (SELECT count(*) FROM workshop_groups g WHERE g.session_id = s.id) AS group_count
         FROM workshop_sessions s ORDER BY s.updated_at DESC, s.title`,
      )
      .all() as Array<SessionRow & { group_count: number }>;
    return rows.map((row) => {
      const { setup } = readSetup(row.setup);
      return WorkshopSummary.parse({
        id: row.id,
        title: row.title,
        casus: setup.casus,
        position: readPosition(row),
        groupCount: row.group_count,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    });
  }

  get(id: string): WorkshopSession | undefined {
    const row = this.db.prepare('SELECT * FROM workshop_sessions WHERE id = ?').get(id) as SessionRow | undefined;
    if (!row) return undefined;
    const { setup, repaired: setupRepaired } = readSetup(row.setup);
    let repaired = setupRepaired;

    const choiceRevisions: ChoiceRevisions = {};
    const groups = (
      this.db
        .prepare('SELECT id, name, choice, choice_revision FROM workshop_groups WHERE session_id = ? ORDER BY position')
        .all(id) as GroupRow[]
    ).map((g) => {
      const choice = g.choice === null ? null : GroupChoice.safeParse(safeJson(g.choice));
      if (choice && !choice.success) repaired = true;
      if (g.choice_revision > 0) choiceRevisions[g.id] = g.choice_revision;
      return { id: g.id, name: g.name, choice: choice?.success ? choice.data : null };
    });

    const answers: WorkshopAnswers = {};
    const answerRevisions: AnswerRevisions = {};
    const answerRows = this.db
      .prepare('SELECT group_id, question_id, text, revision FROM workshop_answers WHERE session_id = ?')
      .all(id) as Array<{ group_id: string; question_id: string; text: string; revision: number }>;
    for (const r of answerRows) {
      (answers[r.group_id] ??= {})[r.question_id] = r.text;
      (answerRevisions[r.group_id] ??= {})[r.question_id] = r.revision;
    }

    const rodeDraden = (
      this.db
        .prepare('SELECT id, text, group_ids, source FROM workshop_rode_draden WHERE session_id = ? ORDER BY position')
        .all(id) as Array<{ id: string; text: string; group_ids: string; source: string | null }>
    ).map((d) => {
      const parsed = RodeDraad.safeParse({
        id: d.id,
        text: d.text,
        groupIds: safeJson(d.group_ids),
        ...(d.source ? { source: d.source } : {}),
      });
      if (parsed.success) return parsed.data;
      repaired = true;
      return { id: d.id, text: d.text, groupIds: [] };
    });

    return WorkshopSession.parse({
      id: row.id,
      title: row.title,
      ...setup,
      groups,
      position: readPosition(row),
      answers,
      answerRevisions,
      choiceRevisions,
      timerEvents: this.timerEvents(id),
      rodeDraden,
      rodeDradenRevision: row.rode_draden_revision,
      repaired,
      revision: row.revision,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  create(input: NewWorkshopParsed, casus: WorkshopCasus): WorkshopSession {
    const id = this.newId();
    const stamp = this.now().toISOString();
    const setup: Setup = {
      casus,
      questions: assignIds(input.questions, 'vraag').map((q) => WorkshopQuestion.parse(q)),
      durations: input.durations,
      showAdvice: input.showAdvice,
      sound: input.sound,
    };
    refuseControlCharacters([input.title, setup, input.groups]);
    return this.db
      .transaction(() => {
        this.db
          .prepare('INSERT INTO workshop_sessions (id, title, setup, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(id, input.title, JSON.stringify(setup), stamp, stamp);
        this.writeGroups(id, input.groups);
        // Read back before commit: a session that cannot be opened is never stored.
        return readBackBeforeCommit(() => this.get(id));
      })
      .immediate();
  }

  /**
   * Changes the setup on top of `change.expectedRevision`: a stale revision throws
   * RevisionConflict before anything is written (so no group and no answer is deleted).
   * Returns undefined when the session does not exist.
   */
  updateSetup(change: z.output<typeof WorkshopSetupChange>): WorkshopSession | undefined {
    refuseControlCharacters([change.title, change.questions, change.groups]);
    return this.db
      .transaction(() => {
        const current = this.get(change.id);
        if (!current) return undefined;
        checkRevision('workshop', change.expectedRevision, current.revision);
        const questions = change.questions
          ? assignIds(
              change.questions,
              'vraag',
              current.questions.map((q) => q.id),
            ).map((q) => WorkshopQuestion.parse(q))
          : current.questions;
        const setup: Setup = {
          casus: current.casus,
          questions,
          durations: change.durations ?? current.durations,
          showAdvice: change.showAdvice ?? current.showAdvice,
          sound: change.sound ?? current.sound,
        };
        this.db
          .prepare(
            'UPDATE workshop_sessions SET title = ?, setup = ?, question_index = min(question_index, ?), revision = ? WHERE id = ?',
          )
          .run(
            change.title ?? current.title,
            JSON.stringify(setup),
            questions.length - 1,
            current.revision + 1,
            change.id,
          );
        if (change.questions) {
          // Answers to a question that was removed would never be shown again; drop them with it.
          const ids = questions.map((q) => q.id);
          this.db
            .prepare(
              `DELETE FROM workshop_answers WHERE session_id = ? AND question_id NOT IN (SELECT value FROM json_each(?))`,
            )
            .run(change.id, JSON.stringify(ids));
        }
        if (change.groups) this.writeGroups(change.id, change.groups);
        this.touch(change.id);
        return readBackBeforeCommit(() => this.get(change.id));
      })
      .immediate();
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM workshop_sessions WHERE id = ?').run(id).changes > 0;
  }

  /**
   * Saves one answer of one group on top of the cell's revision `expectedRevision` (0: the cell
   * was empty); RevisionConflict when another window saved it in between. Returns the cell's new
   * revision, or undefined when the session or group does not exist (any more).
   */
  saveAnswer(
    sessionId: string,
    groupId: string,
    questionId: string,
    text: string,
    expectedRevision: number,
  ): number | undefined {
    refuseControlCharacters(text);
    const stamp = this.now().toISOString();
    return this.db
      .transaction(() => {
        if (!this.hasGroup(sessionId, groupId)) return undefined;
        const current =
          (this.db
            .prepare('SELECT revision FROM workshop_answers WHERE session_id = ? AND group_id = ? AND question_id = ?')
            .pluck()
            .get(sessionId, groupId, questionId) as number | undefined) ?? 0;
        checkRevision('workshopAnswer', expectedRevision, current);
        this.db
          .prepare(
            `INSERT INTO workshop_answers (session_id, group_id, question_id, text, updated_at, revision)
             VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (session_id, group_id, question_id)
             DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, revision = excluded.revision`,
          )
          .run(sessionId, groupId, questionId, text, stamp, current + 1);
        this.touch(sessionId, stamp);
        return current + 1;
      })
      .immediate();
  }

  /**
   * Saves one group's choices (null clears them) on top of its choice revision; RevisionConflict
   * when it is stale. Returns the new revision, or undefined when the group does not exist.
   */
  saveChoice(
    sessionId: string,
    groupId: string,
    choice: GroupChoice | null,
    expectedRevision: number,
  ): number | undefined {
    return this.db
      .transaction(() => {
        const current = this.db
          .prepare('SELECT choice_revision FROM workshop_groups WHERE session_id = ? AND id = ?')
          .pluck()
          .get(sessionId, groupId) as number | undefined;
        if (current === undefined) return undefined;
        checkRevision('workshopChoice', expectedRevision, current);
        this.db
          .prepare('UPDATE workshop_groups SET choice = ?, choice_revision = ? WHERE session_id = ? AND id = ?')
          .run(choice === null ? null : JSON.stringify(choice), current + 1, sessionId, groupId);
        this.touch(sessionId);
        return current + 1;
      })
      .immediate();
  }

  /** Where the presenter is. Not a revision: the last press wins, as on a remote control. */
  setPosition(sessionId: string, position: WorkshopPosition): boolean {
    return (
      this.db
        .prepare('UPDATE workshop_sessions SET step = ?, question_index = ?, updated_at = ? WHERE id = ?')
        .run(position.step, position.questionIndex, this.now().toISOString(), sessionId).changes > 0
    );
  }

  timerEvents(sessionId: string): TimerEvent[] {
    const rows = this.db
      .prepare('SELECT timer, action, at, ms FROM workshop_timer_events WHERE session_id = ? ORDER BY seq')
      .all(sessionId);
    return z.array(TimerEvent).parse(rows);
  }

  /**
   * Records a timer press stamped with this process's clock. The check and the insert happen in
   * one transaction, so two windows pressing "start" at once give one start, not two.
   */
  pressTimer(sessionId: string, timer: TimerName, action: TimerAction, ms = 0): TimerEvent[] | undefined {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT setup FROM workshop_sessions WHERE id = ?').get(sessionId) as
          { setup: string } | undefined;
        if (!row) return undefined;
        const { setup } = readSetup(row.setup);
        const at = this.now().getTime();
        const baseMs = (timer === 'discussion' ? setup.durations.discussionSec : setup.durations.roundSec) * 1000;
        const state = timerState(this.timerEvents(sessionId), timer, baseMs, at);
        if (!allowedActions(state.status).includes(action)) throw new TimerActionNotAllowed(state.status);
        this.db
          .prepare('INSERT INTO workshop_timer_events (session_id, timer, action, at, ms) VALUES (?, ?, ?, ?, ?)')
          .run(sessionId, timer, action, at, action === 'extend' ? ms : 0);
        this.touch(sessionId);
        return this.timerEvents(sessionId);
      })
      .immediate();
  }

  /**
   * Replaces the rode draden of a session by this list (the editor saves the list as a whole) on
   * top of the list's revision `expectedRevision`; RevisionConflict when another window saved in
   * between. Undefined when the session does not exist.
   */
  saveRodeDraden(
    sessionId: string,
    threads: RodeDraad[],
    expectedRevision: number,
  ): { rodeDraden: RodeDraad[]; revision: number } | undefined {
    refuseControlCharacters(threads);
    return this.db
      .transaction(() => {
        const current = this.db
          .prepare('SELECT rode_draden_revision FROM workshop_sessions WHERE id = ?')
          .pluck()
          .get(sessionId) as number | undefined;
        if (current === undefined) return undefined;
        checkRevision('rodeDraden', expectedRevision, current);
        this.db.prepare('DELETE FROM workshop_rode_draden WHERE session_id = ?').run(sessionId);
        const insert = this.db.prepare(
          'INSERT INTO workshop_rode_draden (session_id, id, position, text, group_ids, source) VALUES (?, ?, ?, ?, ?, ?)',
        );
        threads.forEach((d, i) => insert.run(sessionId, d.id, i, d.text, JSON.stringify(d.groupIds), d.source ?? null));
        this.db
          .prepare('UPDATE workshop_sessions SET rode_draden_revision = ? WHERE id = ?')
          .run(current + 1, sessionId);
        this.touch(sessionId);
        const saved = readBackBeforeCommit(() => this.get(sessionId));
        return { rodeDraden: saved.rodeDraden, revision: saved.rodeDradenRevision };
      })
      .immediate();
  }

  private hasGroup(sessionId: string, groupId: string): boolean {
    return Boolean(
      this.db.prepare('SELECT 1 FROM workshop_groups WHERE session_id = ? AND id = ?').get(sessionId, groupId),
    );
  }

  private touch(sessionId: string, stamp = this.now().toISOString()): void {
    this.db.prepare('UPDATE workshop_sessions SET updated_at = ? WHERE id = ?').run(stamp, sessionId);
  }

  /** Writes the new group list: known ids keep their answers and choices, missing ones go (with their answers). */
  private writeGroups(sessionId: string, groups: Array<{ id?: string | undefined; name: string }>): void {
    const existing = this.db
      .prepare('SELECT id FROM workshop_groups WHERE session_id = ?')
      .pluck()
      .all(sessionId) as string[];
    const withIds = assignIds(groups, 'groep', existing);
    this.db
      .prepare('DELETE FROM workshop_groups WHERE session_id = ? AND id NOT IN (SELECT value FROM json_each(?))')
      .run(sessionId, JSON.stringify(withIds.map((g) => g.id)));
    const upsert = this.db.prepare(
      `INSERT INTO workshop_groups (session_id, id, position, name) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_id, id) DO UPDATE SET position = excluded.position, name = excluded.name`,
    );
    withIds.forEach((g, i) => upsert.run(sessionId, g.id, i, g.name.trim()));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readPosition(row: SessionRow): WorkshopPosition {
  const parsed = WorkshopPosition.safeParse({
    step: row.step,
    questionIndex: row.question_index,
  });
  return parsed.success ? parsed.data : { step: 'casus', questionIndex: 0 };
}

/** Keeps every field of the setup that still validates and falls back to the workshop defaults for the rest. */
function readSetup(text: string): { setup: Setup; repaired: boolean } {
  const raw = safeJson(text);
  const full = Setup.safeParse(raw);
  if (full.success) return { setup: full.data, repaired: false };
  const r = isRecord(raw) ? raw : {};
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const p = schema.safeParse(value);
    return p.success ? p.data : fallback;
  };
  return {
    setup: {
      casus: pick(WorkshopCasus, r.casus, {
        source: { kind: 'example', id: 'unknown' },
        title: repairedCasusTitle,
        municipality: '',
        vraagstuk: '',
      }),
      questions: pick(z.array(WorkshopQuestion).min(1), r.questions, defaultQuestions()),
      durations: pick(Durations, r.durations, DEFAULT_DURATIONS),
      showAdvice: pick(z.boolean(), r.showAdvice, false),
      sound: pick(z.boolean(), r.sound, true),
    },
    repaired: true,
  };
}
