import { z } from 'zod';
import { WARNING_IDS } from './rules';
import type { Recommendation as RecommendationType } from './types';
import { Goal, Group, Level, Phase, Reach, Room } from './vocabulary';

/**
 * The zod twin of the engine's output types (types.ts), so the API contract can validate what
 * crosses the boundary. The assertion at the bottom fails the type check when the two drift.
 */
const Criterion = z.enum([
  'fase',
  'niveau',
  'ruimte',
  'doel',
  'representatief',
  'bereik',
  'groep',
  'budget',
  'tijd',
  'mandaat',
  'raad',
  'ja-nee-vraag',
  'domein',
  'omvang',
  'werving',
  'polarisatie',
  'procedure',
]);

const Reason = z.object({
  criterion: Criterion,
  answer: z.union([z.string(), z.number()]),
  effect: z.enum(['fits', 'does-not-fit', 'neutral']),
  weight: z.number(),
  value: z.union([z.string(), z.number()]).optional(),
});

const Exclusion = z.object({
  criterion: z.enum(['fase', 'niveau', 'ruimte', 'ja-nee-vraag', 'domein']),
  answer: z.union([z.string(), z.number(), z.boolean()]),
});

const CoverageTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('doel'), id: Goal }),
  z.object({ kind: z.literal('bereik'), id: Reach }),
  z.object({ kind: z.literal('groep'), id: Group }),
  z.object({ kind: z.literal('representatief') }),
  z.object({ kind: z.literal('terugkoppeling') }),
  z.object({ kind: z.literal('procedure') }),
]);

const Infeasibility = z.object({
  criterion: z.enum(['budget', 'tijd']),
  answer: z.number(),
  needed: z.number(),
});

const PhaseRecommendation = z.object({
  phase: Phase,
  geenParticipatie: z.boolean(),
  levelAdvice: z.object({ asked: Level, advised: Level, room: Room }).optional(),
  contradiction: z.boolean(),
  noGoodFit: z.boolean(),
  ranking: z.array(
    z.object({
      instrumentId: z.string(),
      score: z.number(),
      rank: z.number().int().positive(),
      feasible: z.boolean(),
      infeasible: z.array(Infeasibility),
      reasons: z.array(Reason),
    }),
  ),
  excluded: z.array(z.object({ instrumentId: z.string(), exclusions: z.array(Exclusion) })),
  mix: z.object({
    items: z.array(
      z.object({
        instrumentId: z.string(),
        score: z.number(),
        why: z.enum(['hoogste-score', 'dekking', 'terugkoppeling']),
        covers: z.array(CoverageTarget),
      }),
    ),
    uncovered: z.array(CoverageTarget),
  }),
});

const Warning = z.object({
  id: z.enum(WARNING_IDS),
  severity: z.enum(['high', 'medium']),
  phase: Phase,
  field: z.enum([
    'goals',
    'room',
    'level',
    'groups',
    'instruments',
    'vraagIsJaNee',
    'councilDecisionMoment',
    'mandate',
    'geenParticipatie',
    'reach',
    'councilRoles',
  ]),
  instrumentIds: z.array(z.string()).optional(),
  groups: z.array(Group).optional(),
  exclusions: z.array(Exclusion).optional(),
  goals: z.array(Goal).optional(),
  infeasible: z.array(Infeasibility).optional(),
});

export const RecommendationSchema = z.object({
  catalogueVersion: z.string(),
  phases: z.array(PhaseRecommendation),
  warnings: z.array(Warning),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.infer<typeof RecommendationSchema>, RecommendationType> = true;
void schemaMatchesTypes;
