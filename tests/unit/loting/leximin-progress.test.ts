import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { leximin, type Progress } from '../../../shared/loting/leximin';
import { createProgressReporter } from '../../../shared/loting/leximin-steps/progress';
import { voorbeeld } from './helpers';

describe('LEXIMIN progress: one reporter for every step', () => {
  it('reports the same total throughout, never fewer panels than before, and ends with everyone fixed', async () => {
    const { pool, quota } = voorbeeld();
    const instance = buildInstance(pool, { panelgrootte: 20, quota, huishoudensUitsluiten: false });
    const meldingen: Progress[] = [];
    const uit = await leximin(instance, { solver: await highsSolver(), onVoortgang: (v) => meldingen.push(v) });
    expect(uit.ok).toBe(true);
    expect(meldingen.length).toBeGreaterThan(0);
    expect(new Set(meldingen.map((m) => m.totaal))).toEqual(new Set([200]));
    meldingen.forEach((m, i) => {
      expect(['dekking', 'relaxatie', 'panels', 'leximin', 'verdeling']).toContain(m.fase);
      expect(m.vast).toBeGreaterThanOrEqual(0);
      expect(m.vast).toBeLessThanOrEqual(m.totaal);
      if (i > 0) expect(m.panels).toBeGreaterThanOrEqual(meldingen[i - 1]!.panels);
    });
    expect(meldingen.at(-1)).toMatchObject({ fase: 'verdeling', vast: 200 });
  });

  it('throttles: a long loop reports at most once per interval', () => {
    let nu = 0;
    const meldingen: Progress[] = [];
    const reporter = createProgressReporter((v) => meldingen.push(v), {
      totaal: 7,
      panelCount: () => 3,
      now: () => nu,
    });
    expect(reporter.reportThrottled('panels')).toBe(false);
    nu = 501;
    expect(reporter.reportThrottled('panels')).toBe(true);
    nu = 900;
    expect(reporter.reportThrottled('panels')).toBe(false);
    reporter.report('leximin', 4, 2);
    expect(meldingen).toEqual([
      { fase: 'panels', vast: 0, totaal: 7, panels: 3, ronde: 0 },
      { fase: 'leximin', vast: 4, totaal: 7, panels: 3, ronde: 2 },
    ]);
  });
});
