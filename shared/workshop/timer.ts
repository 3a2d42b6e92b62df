import type { TimerAction, TimerEvent, TimerName } from './session';

/**
 * A timer is never a ticking counter in memory: it is the list of button presses with their
 * timestamps, and the remaining time is computed from them and "now". That way it survives a
 * reload, a crash or a closed laptop lid, and a test can pass any "now" it likes.
 */

export type TimerStatus = 'klaar' | 'loopt' | 'gepauzeerd' | 'afgelopen';

export interface TimerState {
  status: TimerStatus;
  /** The planned duration plus every extension. */
  totaalMs: number;
  verstrekenMs: number;
  /** Never below zero; see `overTijdMs` for how long it has been over. */
  resterendMs: number;
  overTijdMs: number;
  /** When it will (or did) end, in ms since 1970; undefined while not started or paused. */
  eindeOp: number | undefined;
}

interface Fold {
  gestartOp: number | undefined;
  gepauzeerdOp: number | undefined;
  pauzeMs: number;
  extraMs: number;
}

const leeg = (): Fold => ({ gestartOp: undefined, gepauzeerdOp: undefined, pauzeMs: 0, extraMs: 0 });

// A clock that jumped back (time zone fix, NTP) must not make elapsed time negative.
function elapsed(f: Fold, nu: number): number {
  if (f.gestartOp === undefined) return 0;
  return Math.max(0, (f.gepauzeerdOp ?? Math.max(nu, f.gestartOp)) - f.gestartOp - f.pauzeMs);
}

function apply(f: Fold, e: TimerEvent, basisMs: number): Fold {
  switch (e.actie) {
    case 'herstart':
      return leeg();
    case 'start':
      return f.gestartOp === undefined ? { ...f, gestartOp: e.op } : f;
    case 'pauze':
      return f.gestartOp !== undefined && f.gepauzeerdOp === undefined ? { ...f, gepauzeerdOp: e.op } : f;
    case 'hervat':
      return f.gepauzeerdOp !== undefined
        ? { ...f, pauzeMs: f.pauzeMs + Math.max(0, e.op - f.gepauzeerdOp), gepauzeerdOp: undefined }
        : f;
    case 'verleng': {
      // Extending after the end gives the full extension from now, not minus the time already over.
      const over = Math.max(0, elapsed(f, e.op) - (basisMs + f.extraMs));
      return { ...f, extraMs: f.extraMs + over + e.ms };
    }
  }
}

/** The state of one timer at moment `nu`, from the stored presses of all timers of a session. */
export function timerState(events: readonly TimerEvent[], timer: TimerName, basisMs: number, nu: number): TimerState {
  const f = events.filter((e) => e.timer === timer).reduce((acc, e) => apply(acc, e, basisMs), leeg());
  const totaalMs = basisMs + f.extraMs;
  const verstrekenMs = elapsed(f, nu);
  const resterendMs = Math.max(0, totaalMs - verstrekenMs);
  const overTijdMs = Math.max(0, verstrekenMs - totaalMs);
  const status: TimerStatus =
    f.gestartOp === undefined
      ? 'klaar'
      : resterendMs === 0
        ? 'afgelopen'
        : f.gepauzeerdOp !== undefined
          ? 'gepauzeerd'
          : 'loopt';
  const eindeOp =
    f.gestartOp !== undefined && f.gepauzeerdOp === undefined ? f.gestartOp + f.pauzeMs + totaalMs : undefined;
  return { status, totaalMs, verstrekenMs, resterendMs, overTijdMs, eindeOp };
}

/** Which presses make sense now; the buttons follow this and the API refuses the rest. */
export function allowedActions(status: TimerStatus): TimerAction[] {
  switch (status) {
    case 'klaar':
      return ['start', 'verleng'];
    case 'loopt':
      return ['pauze', 'verleng', 'herstart'];
    case 'gepauzeerd':
      return ['hervat', 'verleng', 'herstart'];
    case 'afgelopen':
      return ['verleng', 'herstart'];
  }
}

/**
 * The whole seconds left for the big clock (shared/format formatClock), rounded up so it shows
 * 0:00 only when time is really up.
 */
export function remainingSeconds(ms: number): number {
  return Math.ceil(Math.max(0, ms) / 1000);
}
