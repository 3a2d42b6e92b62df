import type { TimerAction, TimerEvent, TimerName } from './session';

/**
 * A timer is never a ticking counter in memory: it is the list of button presses with their
 * timestamps, and the remaining time is computed from them and "now". That way it survives a
 * reload, a crash or a closed laptop lid, and a test can pass any "now" it likes.
 */

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface TimerState {
  status: TimerStatus;
  /** The planned duration plus every extension. */
  totalMs: number;
  elapsedMs: number;
  /** Never below zero; see `overtimeMs` for how long it has been over. */
  remainingMs: number;
  overtimeMs: number;
  /** When it will (or did) end, in ms since 1970; undefined while not started or paused. */
  endsAt: number | undefined;
}

interface Fold {
  startedAt: number | undefined;
  pausedAt: number | undefined;
  pausedMs: number;
  extraMs: number;
}

const empty = (): Fold => ({ startedAt: undefined, pausedAt: undefined, pausedMs: 0, extraMs: 0 });

// A clock that jumped back (time zone fix, NTP) must not make elapsed time negative.
function elapsed(f: Fold, now: number): number {
  if (f.startedAt === undefined) return 0;
  return Math.max(0, (f.pausedAt ?? Math.max(now, f.startedAt)) - f.startedAt - f.pausedMs);
}

function apply(f: Fold, e: TimerEvent, baseMs: number): Fold {
  switch (e.action) {
    case 'restart':
      return empty();
    case 'start':
      return f.startedAt === undefined ? { ...f, startedAt: e.at } : f;
    case 'pause':
      return f.startedAt !== undefined && f.pausedAt === undefined ? { ...f, pausedAt: e.at } : f;
    case 'resume':
      return f.pausedAt !== undefined
        ? { ...f, pausedMs: f.pausedMs + Math.max(0, e.at - f.pausedAt), pausedAt: undefined }
        : f;
    case 'extend': {
      // Extending after the end gives the full extension from now, not minus the time already over.
      const over = Math.max(0, elapsed(f, e.at) - (baseMs + f.extraMs));
      return { ...f, extraMs: f.extraMs + over + e.ms };
    }
  }
}

/** The state of one timer at moment `now`, from the stored presses of all timers of a session. */
export function timerState(events: readonly TimerEvent[], timer: TimerName, baseMs: number, now: number): TimerState {
  const f = events.filter((e) => e.timer === timer).reduce((acc, e) => apply(acc, e, baseMs), empty());
  const totalMs = baseMs + f.extraMs;
  const elapsedMs = elapsed(f, now);
  const remainingMs = Math.max(0, totalMs - elapsedMs);
  const overtimeMs = Math.max(0, elapsedMs - totalMs);
  const status: TimerStatus =
    f.startedAt === undefined
      ? 'ready'
      : remainingMs === 0
        ? 'finished'
        : f.pausedAt !== undefined
          ? 'paused'
          : 'running';
  const endsAt = f.startedAt !== undefined && f.pausedAt === undefined ? f.startedAt + f.pausedMs + totalMs : undefined;
  return { status, totalMs, elapsedMs, remainingMs, overtimeMs, endsAt };
}

/** Which presses make sense now; the buttons follow this and the API refuses the rest. */
export function allowedActions(status: TimerStatus): TimerAction[] {
  switch (status) {
    case 'ready':
      return ['start', 'extend'];
    case 'running':
      return ['pause', 'extend', 'restart'];
    case 'paused':
      return ['resume', 'extend', 'restart'];
    case 'finished':
      return ['extend', 'restart'];
  }
}

/**
 * The whole seconds left for the big clock (shared/format formatClock), rounded up so it shows
 * 0:00 only when time is really up.
 */
export function remainingSeconds(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 1000);
}
