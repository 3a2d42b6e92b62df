import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Phase,
  type PhaseRecommendation,
  type Recommendation,
  TrajectAnswers,
  catalogue,
  recommendInstruments,
} from '../../../shared/participatie/index';

/**
 * Golden runner for the adviser casussen in tests/fixtures/adviser (see its README): each casus
 * states what an experienced participation adviser expects, written before the engine was run.
 * Every expectation is its own test, so a report shows exactly which advice the engine does not
 * give. Never tune a weight to make one casus pass.
 */

interface PhaseExpectation {
  firstOneOf?: string[];
  inTop?: { n: number; ids: string[] };
  notInTop?: { n: number; ids: string[] };
  mixIncludesOneOf?: string[][];
  mixExcludes?: string[];
  levelAdvisedAs?: string;
  /**
   * Expectations the engine is known not to meet yet, each with the reason. They run as
   * `it.fails`: the day the engine meets one, that test fails and the gap must be removed here.
   */
  knownGaps?: Partial<Record<'firstOneOf' | 'inTop' | 'notInTop' | 'mixIncludesOneOf' | 'mixExcludes', string>>;
}

interface AdviserCasus {
  title: string;
  situation: string;
  answers: unknown;
  expect: {
    phases?: Partial<Record<Phase, PhaseExpectation>>;
    warnings?: { must?: string[]; mustNot?: string[] };
    reasoning: string;
  };
}

const DIR = path.resolve(import.meta.dirname, '../../fixtures/adviser');
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const casussen = files.map((file) => ({
  slug: file.replace(/\.json$/, ''),
  casus: JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as AdviserCasus,
}));

const ids = (items: { instrumentId: string }[]) => items.map((i) => i.instrumentId);

/** `phase:id` matches that phase only; a bare id matches any phase. */
function matches(pattern: string, warning: Recommendation['warnings'][number]): boolean {
  const i = pattern.indexOf(':');
  if (i < 0) return warning.id === pattern;
  return `${warning.phase}:${warning.id}` === pattern;
}

describe('adviser casus set', () => {
  it('holds at least 25 casussen', () => {
    expect(casussen.length).toBeGreaterThanOrEqual(25);
  });

  it.each(casussen.map((c) => [c.slug, c.casus] as const))(
    '%s has a title, a situation and reasoning',
    (_slug, casus) => {
      expect(casus.title?.trim()).toBeTruthy();
      expect(casus.situation?.trim()).toBeTruthy();
      expect(casus.expect?.reasoning?.trim().length ?? 0).toBeGreaterThan(40);
    },
  );
});

for (const { slug, casus } of casussen) {
  describe(`${slug}: ${casus.title}`, () => {
    // Computed lazily so a casus whose answers do not parse fails its own checks, not the file.
    let cached: Recommendation | undefined;
    const rec = (): Recommendation => {
      cached ??= recommendInstruments(TrajectAnswers.parse(casus.answers), catalogue);
      return cached;
    };
    const phaseRec = (phase: Phase): PhaseRecommendation => {
      const p = rec().phases.find((x) => x.phase === phase);
      if (!p) throw new Error(`no recommendation for phase ${phase}`);
      return p;
    };
    const ranking = (phase: Phase) => ids(phaseRec(phase).ranking);
    const mix = (phase: Phase) => ids(phaseRec(phase).mix.items);

    it('answers parse', () => {
      expect(() => TrajectAnswers.parse(casus.answers)).not.toThrow();
    });

    for (const [phase, exp] of Object.entries(casus.expect.phases ?? {}) as [Phase, PhaseExpectation][]) {
      if (exp.firstOneOf) {
        const allowed = exp.firstOneOf;
        const gap = exp.knownGaps?.firstOneOf;
        (gap === undefined ? it : it.fails)(
          `${phase}: #1 is one of ${allowed.join(', ')}${gap ? ` (known gap: ${gap})` : ''}`,
          () => {
            const top = ranking(phase).slice(0, 5);
            expect(allowed, `top 5 was ${top.join(', ')}`).toContain(top[0]);
          },
        );
      }
      if (exp.inTop) {
        const { n, ids: want } = exp.inTop;
        for (const id of want) {
          it(`${phase}: ${id} in the top ${n}`, () => {
            const top = ranking(phase).slice(0, n);
            expect(top, `top ${n} was ${top.join(', ')}`).toContain(id);
          });
        }
      }
      if (exp.notInTop) {
        const { n, ids: banned } = exp.notInTop;
        it(`${phase}: none of ${banned.join(', ')} in the top ${n}`, () => {
          const top = ranking(phase).slice(0, n);
          expect(
            top.filter((id) => banned.includes(id)),
            `top ${n} was ${top.join(', ')}`,
          ).toEqual([]);
        });
      }
      for (const oneOf of exp.mixIncludesOneOf ?? []) {
        it(`${phase}: mix includes one of ${oneOf.join(', ')}`, () => {
          const m = mix(phase);
          expect(
            m.some((id) => oneOf.includes(id)),
            `mix was ${m.join(', ') || '(empty)'}`,
          ).toBe(true);
        });
      }
      if (exp.mixExcludes) {
        const banned = exp.mixExcludes;
        it(`${phase}: mix excludes ${banned.join(', ')}`, () => {
          const m = mix(phase);
          expect(
            m.filter((id) => banned.includes(id)),
            `mix was ${m.join(', ') || '(empty)'}`,
          ).toEqual([]);
        });
      }
      if (exp.levelAdvisedAs) {
        const level = exp.levelAdvisedAs;
        it(`${phase}: advice made for level ${level}`, () => {
          expect(phaseRec(phase).levelAdvice?.advised).toBe(level);
        });
      }
    }

    const all = () => rec().warnings.map((w) => `${w.phase}:${w.id}`);
    for (const pattern of casus.expect.warnings?.must ?? []) {
      it(`warns ${pattern}`, () => {
        expect(
          rec().warnings.some((w) => matches(pattern, w)),
          `warnings were ${all().join(', ') || '(none)'}`,
        ).toBe(true);
      });
    }
    for (const pattern of casus.expect.warnings?.mustNot ?? []) {
      it(`does not warn ${pattern}`, () => {
        expect(
          rec()
            .warnings.filter((w) => matches(pattern, w))
            .map((w) => `${w.phase}:${w.id}`),
          `warnings were ${all().join(', ') || '(none)'}`,
        ).toEqual([]);
      });
    }
  });
}
