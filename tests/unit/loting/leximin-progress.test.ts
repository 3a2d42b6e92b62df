import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { leximin, type Progress } from '../../../shared/loting/leximin';
import { createProgressReporter } from '../../../shared/loting/leximin-steps/progress';
import { example } from './helpers';

describe('LEXIMIN progress: one reporter for every step', () => {
  it('reports the same total throughout, never fewer panels than before, and ends with everyone fixed', async () => {
    const { pool, quota } = example();
    const instance = buildInstance(pool, { panelSize: 20, quota, excludeHouseholds: false });
    const messages: Progress[] = [];
    const out = await leximin(instance, { solver: await highsSolver(), onProgress: (v) => messages.push(v) });
    expect(out.ok).toBe(true);
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map((m) => m.total))).toEqual(new Set([200]));
    messages.forEach((m, i) => {
      expect(['coverage', 'relaxation', 'panels', 'leximin', 'distribution']).toContain(m.phase);
      expect(m.fixed).toBeGreaterThanOrEqual(0);
      expect(m.fixed).toBeLessThanOrEqual(m.total);
      if (i > 0) expect(m.panels).toBeGreaterThanOrEqual(messages[i - 1]!.panels);
    });
    expect(messages.at(-1)).toMatchObject({ phase: 'distribution', fixed: 200 });
  });

  it('throttles: a long loop reports at most once per interval', () => {
    let now = 0;
    const messages: Progress[] = [];
    const reporter = createProgressReporter((v) => messages.push(v), {
      total: 7,
      panelCount: () => 3,
      now: () => now,
    });
    expect(reporter.reportThrottled('panels')).toBe(false);
    now = 501;
    expect(reporter.reportThrottled('panels')).toBe(true);
    now = 900;
    expect(reporter.reportThrottled('panels')).toBe(false);
    reporter.report('leximin', 4, 2);
    expect(messages).toEqual([
      { phase: 'panels', fixed: 0, total: 7, panels: 3, round: 0 },
      { phase: 'leximin', fixed: 4, total: 7, panels: 3, round: 2 },
    ]);
  });
});
