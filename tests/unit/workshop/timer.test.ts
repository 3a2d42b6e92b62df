import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../shared/format';
import { remainingSeconds, timerState, allowedActions, type TimerEvent } from '../../../shared/workshop/index';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);
const ev = (
  action: TimerEvent['action'],
  op: number,
  ms = 0,
  timer: TimerEvent['timer'] = 'discussion',
): TimerEvent => ({
  timer,
  action: action,
  at: op,
  ms,
});

describe('timer from timestamps', () => {
  it('is ready and full before the start', () => {
    const state = timerState([], 'discussion', 20 * MIN, T0);
    expect(state).toMatchObject({ status: 'ready', remainingMs: 20 * MIN, elapsedMs: 0, endsAt: undefined });
  });

  it('counts down from the start and ends exactly at the planned duration', () => {
    const events = [ev('start', T0)];
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 5 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 15 * MIN,
      endsAt: T0 + 20 * MIN,
    });
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 20 * MIN - 1).status).toBe('running');
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 20 * MIN)).toMatchObject({
      status: 'finished',
      remainingMs: 0,
    });
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 23 * MIN).overtimeMs).toBe(3 * MIN);
  });

  it('stands still while paused and does not count the pause after resuming', () => {
    const events = [ev('start', T0), ev('pause', T0 + 4 * MIN)];
    // A laptop lid closed for an hour during the pause changes nothing.
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 64 * MIN)).toMatchObject({
      status: 'paused',
      remainingMs: 16 * MIN,
    });
    const hervat = [...events, ev('resume', T0 + 10 * MIN)];
    expect(timerState(hervat, 'discussion', 20 * MIN, T0 + 12 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 14 * MIN,
      endsAt: T0 + 26 * MIN,
    });
  });

  it('adds an extension to the running time', () => {
    const events = [ev('start', T0), ev('extend', T0 + 18 * MIN, 5 * MIN)];
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 19 * MIN)).toMatchObject({
      remainingMs: 6 * MIN,
      totalMs: 25 * MIN,
    });
  });

  it('gives the full extension from the moment of pressing when the time was already up', () => {
    const events = [ev('start', T0), ev('extend', T0 + 22 * MIN, 5 * MIN)];
    const state = timerState(events, 'discussion', 20 * MIN, T0 + 22 * MIN);
    expect(state).toMatchObject({ status: 'running', remainingMs: 5 * MIN });
  });

  it('resumes after a restart of the app: the same stored presses give the same time at a later moment', () => {
    const stored: TimerEvent[] = JSON.parse(
      JSON.stringify([ev('start', T0), ev('pause', T0 + MIN), ev('resume', T0 + 2 * MIN)]),
    );
    // The app was closed at T0+3 and opened again at T0+9: the talk went on meanwhile.
    expect(timerState(stored, 'discussion', 20 * MIN, T0 + 9 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 12 * MIN,
    });
  });

  it('keeps the two timers of a session apart and starts over after a restart', () => {
    const events = [ev('start', T0), ev('start', T0 + 20 * MIN, 0, 'round'), ev('restart', T0 + 21 * MIN)];
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 25 * MIN).status).toBe('ready');
    expect(timerState(events, 'round', 10 * MIN, T0 + 25 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 5 * MIN,
    });
  });

  it('never shows negative elapsed time when the clock jumps back', () => {
    expect(timerState([ev('start', T0)], 'discussion', 20 * MIN, T0 - 5 * MIN)).toMatchObject({
      elapsedMs: 0,
      remainingMs: 20 * MIN,
    });
  });

  it('only offers presses that fit the state', () => {
    expect(allowedActions('ready')).not.toContain('pause');
    expect(allowedActions('running')).toContain('pause');
    expect(allowedActions('paused')).toEqual(expect.arrayContaining(['resume']));
    expect(allowedActions('finished')).not.toContain('pause');
  });

  it('property: remaining + elapsed equals the total until the end, whatever presses happen', () => {
    const action = fc.constantFrom<TimerEvent['action']>('start', 'pause', 'resume', 'extend', 'restart');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 5 * MIN }))),
        fc.integer({ min: 0, max: 60 * MIN }),
        (steps, extra) => {
          let op = T0;
          const events = steps.map(([a, dt, ms]) => ev(a, (op += dt), a === 'extend' ? ms : 0));
          const state = timerState(events, 'discussion', 20 * MIN, op + extra);
          expect(state.remainingMs).toBeGreaterThanOrEqual(0);
          expect(state.remainingMs).toBeLessThanOrEqual(state.totalMs);
          if (state.status !== 'finished') expect(state.remainingMs + state.elapsedMs).toBe(state.totalMs);
        },
      ),
    );
  });

  it('shows the clock rounded up to whole seconds, 0:00 only when time is up', () => {
    const clock = (ms: number) => formatClock(remainingSeconds(ms));
    expect(clock(20 * MIN)).toBe('20:00');
    expect(clock(61_001)).toBe('1:02');
    expect(clock(1)).toBe('0:01');
    expect(clock(0)).toBe('0:00');
    expect(clock(-5)).toBe('0:00');
    expect(clock(65 * MIN)).toBe('1:05:00');
  });
});
