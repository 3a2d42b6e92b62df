import { z } from 'zod';
import { Level, LEVELS } from '../participatie/vocabulary';
import { codeMessages as m } from './messages';
import { upgradeCodeData } from './upgrade';

/**
 * The participatiecode of one gemeente: every choice a participatieverordening and the
 * participatiebeleid make, as data. The texts (verordening, toelichting, beleid, spelregelkaart)
 * are built from it in shared/code/; the file format `.samenspel-code` is this object plus a
 * format id (file.ts). Ids are stable: they travel through files, the CLI and (later) the
 * database. Free text is capped so a pasted document cannot blow up a file or a page.
 */

/** 2: English keys and ids (version 1 had Dutch ones and is still read, see upgrade.ts). */
export const CODE_FORMAT_VERSION = 2;

/** Caps for free text: a name or short line, and a sentence or short paragraph. */
export const MAX_SHORT_TEXT = 200;
export const MAX_TEXT = 1000;
/** At most this many items in any list (own definitions, cases, tasks). */
export const MAX_ITEMS = 40;

const shortText = z.string().trim().min(1).max(MAX_SHORT_TEXT);
const longText = z.string().trim().min(1).max(MAX_TEXT);
/** An id for an item the gemeente adds itself: lower case, digits and dashes. */
const ownId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, m.ownIdForm)
  .max(60);
const weeks = (min: number, max: number) => z.number().int().min(min).max(max);

/** Adds an issue at `path` for every value that occurs twice in a list of ids. */
function addDuplicateIssues<T>(
  items: readonly T[],
  id: (item: T) => string,
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  what: string,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = id(item);
    if (seen.has(key))
      ctx.addIssue({
        code: 'custom',
        path: [...path, i],
        message: m.duplicate(what, key),
      });
    seen.add(key);
  });
}
/** A list of enum ids that may each occur once. */
function idList<T extends string>(schema: z.ZodType<T>, what: string, min = 0) {
  return z
    .array(schema)
    .min(min)
    .max(MAX_ITEMS)
    .superRefine((items, ctx) => addDuplicateIssues(items, (x) => x, ctx, [], what));
}
/** Own items with an id and a text, ids unique. */
function ownItemList(what: string) {
  return z
    .array(z.strictObject({ id: ownId, text: longText }))
    .max(MAX_ITEMS)
    .superRefine((items, ctx) => addDuplicateIssues(items, (x) => x.id, ctx, [], what));
}

// ---------------------------------------------------------------- begrippen

/** Terms the verordening can define (artikel 1); the gemeente picks which ones it uses. */
export const DEFINED_TERMS = [
  'beleid',
  'belanghebbende',
  'bestuursorgaan',
  'inspraak',
  'inwoner',
  'inwonersparticipatie',
  'maatschappelijke-partij',
  'ondernemer',
  'overheidsparticipatie',
  'maatschappelijk-initiatief',
  'participatieplan',
  'participatieverslag',
  'uitdaagrecht',
  'initiatiefnemer',
] as const;
export const DefinedTerm = z.enum(DEFINED_TERMS);
export type DefinedTerm = z.infer<typeof DefinedTerm>;

// ---------------------------------------------------------------- toepassing

export const EXEMPTIONS = [
  'wettelijk-uitgesloten',
  'geen-beleidsruimte',
  'begroting-belastingen',
  'spoed',
  'ondergeschikte-wijziging',
  'eerder-geparticipeerd',
  'openbare-orde',
] as const;
export const Exemption = z.enum(EXEMPTIONS);
export type Exemption = z.infer<typeof Exemption>;

export const IMPACT_CRITERIA = [
  'veel-inwoners',
  'fysieke-leefomgeving',
  'dagelijks-leven',
  'maatschappelijke-aandacht',
  'kwetsbare-groepen',
  'tegengestelde-belangen',
  'hoge-kosten',
] as const;
export const ImpactCriterion = z.enum(IMPACT_CRITERIA);
export type ImpactCriterion = z.infer<typeof ImpactCriterion>;

export const CodeScope = z.strictObject({
  /** Exceptions the gemeente chooses; the bestuursorgaan still motivates when it invokes one. */
  exemptions: idList(Exemption, m.item.exemption),
  ownExemptions: ownItemList(m.item.exemption),
  /** What makes beleid "grote maatschappelijke impact"; empty = the verordening names no criteria. */
  impactCriteria: idList(ImpactCriterion, m.item.criterion),
  ownImpactCriteria: ownItemList(m.item.criterion),
  /** With grote maatschappelijke impact participation is the norm; not applying it needs a reason. */
  normForLargeImpact: z.boolean(),
});
export type CodeScope = z.infer<typeof CodeScope>;

// ---------------------------------------------------------------- niveaus

export const LevelChoice = z.strictObject({
  level: Level,
  /** The promise in the verordening (formal). */
  promise: longText,
  /** The same promise on the spelregelkaart, in B1 with "je"; a default per level when absent. */
  cardPromise: longText.optional(),
});
export type LevelChoice = z.infer<typeof LevelChoice>;

// ---------------------------------------------------------------- participatieplan

export const PLAN_SECTIONS = [
  'aanleiding',
  'doel',
  'kaders',
  'beleidsruimte',
  'niveau',
  'belanghebbenden',
  'moeilijk-bereikbaar',
  'methoden',
  'planning',
  'rolverdeling',
  'budget',
  'terugkoppeling',
  'weging',
  'evaluatie',
] as const;
export const PlanSection = z.enum(PLAN_SECTIONS);
export type PlanSection = z.infer<typeof PlanSection>;

export const Participatieplan = z.strictObject({
  /** Whether every traject needs a participatieplan, or only those with grote maatschappelijke impact. */
  required: z.enum(['always', 'large-impact']),
  sections: idList(PlanSection, m.item.section, 3),
  /**
   * When the raad sees the plan: before participation starts for high-impact beleid (and may set
   * kaders), before every traject, or afterwards for information only.
   */
  raadSees: z.enum(['before-if-large-impact', 'before-always', 'afterwards-for-information']),
});
export type Participatieplan = z.infer<typeof Participatieplan>;

// ---------------------------------------------------------------- rollen

export const RAAD_INSTRUMENTS = [
  'rondetafelgesprek',
  'spreekrecht',
  'raad-op-locatie',
  'informatiebijeenkomst',
  'werkbezoek',
  'jongerenraad',
] as const;
export const RaadInstrument = z.enum(RAAD_INSTRUMENTS);
export type RaadInstrument = z.infer<typeof RaadInstrument>;

export const Roles = z.strictObject({
  /** The raad's own ways of hearing inwoners. */
  raadInstruments: idList(RaadInstrument, m.item.instrument),
  /** The griffie supports the raad in its own participation. */
  griffieSupports: z.boolean(),
  /** The burgemeester watches over the quality of participation processes. */
  burgemeesterMonitors: z.boolean(),
  /** The ambtelijke organisatie has a participatieadviseur or -coördinator. */
  participationAdviser: z.boolean(),
});
export type Roles = z.infer<typeof Roles>;

// ---------------------------------------------------------------- verslag en terugkoppeling

export const REPORT_SECTIONS = [
  'wie-betrokken',
  'werkwijze',
  'bereik',
  'inbreng',
  'weging',
  'reactie',
  'vervolg',
] as const;
export const ReportSection = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof ReportSection>;

export const Terugkoppeling = z.strictObject({
  reportSections: idList(ReportSection, m.item.section, 1),
  /** Within how many weeks after the decision participants hear what was decided and why. */
  terugkoppelingWeeks: weeks(1, 26),
  /** The verslag goes with the proposal to the deciding body. */
  reportWithProposal: z.boolean(),
  /** The verslag is published. */
  reportPublic: z.boolean(),
});
export type Terugkoppeling = z.infer<typeof Terugkoppeling>;

// ---------------------------------------------------------------- inspraak

/** Afdeling 3.4 Awb: zienswijzen within six weeks (art. 3:16), longer only where a regulation says so. */
export const AWB_MIN_WEEKS = 6;

export const Inspraak = z.strictObject({
  /** Inspraak follows afdeling 3.4 Awb unless the bestuursorgaan decides otherwise. */
  awbDefault: z.boolean(),
  /** Term for zienswijzen in weeks. */
  termWeeks: weeks(2, 26),
  /** Zienswijzen may also be given orally. */
  oral: z.boolean(),
});
export type Inspraak = z.infer<typeof Inspraak>;

// ---------------------------------------------------------------- uitdaagrecht

export const CHALLENGERS = ['inwoners', 'maatschappelijke-partijen'] as const;
export const Challenger = z.enum(CHALLENGERS);
export type Challenger = z.infer<typeof Challenger>;

export const REQUEST_SECTIONS = [
  'taak',
  'beter-goedkoper',
  'sociale-waarde',
  'draagvlak',
  'deskundigheid',
  'kosten',
  'looptijd',
  'risicos',
  'samenwerking',
] as const;
export const RequestSection = z.enum(REQUEST_SECTIONS);
export type RequestSection = z.infer<typeof RequestSection>;

export const UITDAAGRECHT_CRITERIA = [
  'beter',
  'goedkoper',
  'sociale-waarde',
  'draagvlak',
  'continuiteit',
  'gelijke-toegang',
  'rechtmatigheid',
] as const;
export const UitdaagrechtCriterion = z.enum(UITDAAGRECHT_CRITERIA);
export type UitdaagrechtCriterion = z.infer<typeof UitdaagrechtCriterion>;

export const AGREEMENT_SECTIONS = [
  'resultaat',
  'budget',
  'looptijd',
  'kwaliteit',
  'verantwoording',
  'beeindiging',
  'aansprakelijkheid',
] as const;
export const AgreementSection = z.enum(AGREEMENT_SECTIONS);
export type AgreementSection = z.infer<typeof AgreementSection>;

export const Uitdaagrecht = z.strictObject({
  enabled: z.boolean(),
  challengers: idList(Challenger, m.item.challenger),
  /** All tasks of the gemeente except the excluded ones, or only the listed ones. */
  tasks: z.enum(['all-except-excluded', 'only-listed']),
  listedTasks: ownItemList(m.item.task),
  excludedTasks: ownItemList(m.item.task),
  requestSections: idList(RequestSection, m.item.section),
  criteria: idList(UitdaagrechtCriterion, m.item.criterion),
  /** Conversation with the challengers within this many weeks after receipt. */
  conversationWeeks: weeks(1, 12),
  /** Decision within this many weeks after receipt. */
  decisionWeeks: weeks(2, 26),
  /** Who decides on a request. */
  decider: z.enum(['college', 'competent-body']),
  /** With the task's budget, without it, or decided per request. */
  budget: z.enum(['with-budget', 'without-budget', 'per-request']),
  agreementSections: idList(AgreementSection, m.item.section),
  /** The college informs the raad of every decision on a request. */
  raadInformed: z.boolean(),
});
export type Uitdaagrecht = z.infer<typeof Uitdaagrecht>;

// ---------------------------------------------------------------- overheidsparticipatie

export const SUPPORT_FORMS = ['aanspreekpunt', 'meedenken', 'vergunningen', 'ruimte', 'netwerk', 'geld'] as const;
export const Support = z.enum(SUPPORT_FORMS);
export type Support = z.infer<typeof Support>;

export const GovernmentParticipation = z.strictObject({
  enabled: z.boolean(),
  support: idList(Support, m.item.support),
  /** Initiatiefnemers hear within this many weeks whether and how the gemeente supports them. */
  responseWeeks: weeks(1, 26),
  initiativeFund: z.boolean(),
  /** Agenderingsrecht: residents put a subject on the raad's agenda. */
  citizensInitiative: z.strictObject({
    enabled: z.boolean(),
    signatures: z.number().int().min(10).max(10000),
    minimumAge: z.number().int().min(12).max(18),
  }),
  /** The raad may hold a raadgevend (advisory) referendum, under a verordening of its own. */
  referendum: z.boolean(),
});
export type GovernmentParticipation = z.infer<typeof GovernmentParticipation>;

// ---------------------------------------------------------------- evaluatie

export const Evaluation = z.strictObject({
  /** The code is evaluated every this many years. */
  years: z.number().int().min(1).max(10),
  by: z.enum(['college', 'audit-office', 'independent', 'raad-working-group']),
  /** Inwoners and participants take part in the evaluation. */
  withInwoners: z.boolean(),
  /** Every high-impact traject is evaluated afterwards too. */
  trajectEvaluation: z.boolean(),
});
export type Evaluation = z.infer<typeof Evaluation>;

// ---------------------------------------------------------------- initiatiefnemers

export const INITIATOR_REPORT_ITEMS = ['wie', 'hoe', 'resultaten', 'aanpassingen', 'niet-overgenomen'] as const;
export const InitiatorReportItem = z.enum(INITIATOR_REPORT_ITEMS);
export type InitiatorReportItem = z.infer<typeof InitiatorReportItem>;

export const Initiators = z.strictObject({
  enabled: z.boolean(),
  /** Cases of a buitenplanse omgevingsplanactiviteit where participation is mandatory (art. 16.55, zevende lid, Omgevingswet). */
  mandatoryCases: ownItemList(m.item.case),
  /** What the applicant reports with the application. */
  report: idList(InitiatorReportItem, m.item.section),
  /** The gemeente offers a conversation before participation starts. */
  preliminaryConsultation: z.boolean(),
});
export type Initiators = z.infer<typeof Initiators>;

// ---------------------------------------------------------------- the code

export const EntryIntoForce = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('day-after-publication') }),
  z.strictObject({
    kind: z.literal('date'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateForm),
  }),
]);
export type EntryIntoForce = z.infer<typeof EntryIntoForce>;

/** The current version's object; `ParticipatieCode` also reads earlier versions. */
const CurrentCode = z
  .strictObject({
    formatVersion: z.literal(CODE_FORMAT_VERSION),
    /** The gemeente's name without "gemeente" ("Lindewaard"). */
    municipality: z.string().trim().min(1).max(80),
    /** Year in the citeertitel. */
    year: z.number().int().min(2024).max(2100),
    /** Own citeertitel; "Participatieverordening <gemeente> <jaar>" when absent. */
    citationTitle: shortText.optional(),
    /** The regulation this one replaces (usually the inspraakverordening); no transitional article when absent. */
    replacedRegulation: shortText.optional(),
    entryIntoForce: EntryIntoForce,
    definedTerms: idList(DefinedTerm, m.item.term),
    ownDefinedTerms: z
      .array(z.strictObject({ id: ownId, term: z.string().trim().min(1).max(80), description: longText }))
      .max(MAX_ITEMS)
      .superRefine((items, ctx) => addDuplicateIssues(items, (x) => x.id, ctx, [], m.item.term)),
    scope: CodeScope,
    levels: z
      .array(LevelChoice)
      .min(1)
      .max(LEVELS.length)
      .superRefine((items, ctx) => addDuplicateIssues(items, (x) => x.level, ctx, [], m.item.level)),
    participatieplan: Participatieplan,
    roles: Roles,
    terugkoppeling: Terugkoppeling,
    inspraak: Inspraak,
    uitdaagrecht: Uitdaagrecht,
    governmentParticipation: GovernmentParticipation,
    evaluation: Evaluation,
    initiators: Initiators,
  })
  .superRefine((code, ctx) => {
    // Choices that only make sense together, each reported at the field to fix.
    if (code.inspraak.awbDefault && code.inspraak.termWeeks < AWB_MIN_WEEKS)
      ctx.addIssue({
        code: 'custom',
        path: ['inspraak', 'termWeeks'],
        message: m.awbMinimumTerm(AWB_MIN_WEEKS),
      });
    const u = code.uitdaagrecht;
    if (u.enabled) {
      if (u.challengers.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['uitdaagrecht', 'challengers'],
          message: m.nameChallengers,
        });
      if (u.tasks === 'only-listed' && u.listedTasks.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['uitdaagrecht', 'listedTasks'],
          message: m.nameListedTask,
        });
      if (u.criteria.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['uitdaagrecht', 'criteria'],
          message: m.nameCriterion,
        });
      if (u.requestSections.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['uitdaagrecht', 'requestSections'],
          message: m.nameRequestSections,
        });
      if (u.conversationWeeks > u.decisionWeeks)
        ctx.addIssue({
          code: 'custom',
          path: ['uitdaagrecht', 'conversationWeeks'],
          message: m.conversationBeforeDecision,
        });
    }
    const i = code.initiators;
    if (i.enabled && i.report.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['initiators', 'report'],
        message: m.nameInitiatorReport,
      });
    const o = code.governmentParticipation;
    if (o.enabled && o.support.length === 0 && !o.initiativeFund)
      ctx.addIssue({
        code: 'custom',
        path: ['governmentParticipation', 'support'],
        message: m.nameSupport,
      });
    // Every choice that speaks of "grote maatschappelijke impact" needs the criteria that define it.
    const criteria = code.scope.impactCriteria.length + code.scope.ownImpactCriteria.length;
    const dependsOnImpact = [
      ...(code.participatieplan.required === 'large-impact' ? ['participatieplan.required'] : []),
      ...(code.participatieplan.raadSees === 'before-if-large-impact' ? ['participatieplan.raadSees'] : []),
      ...(code.scope.normForLargeImpact ? ['scope.normForLargeImpact'] : []),
      ...(code.evaluation.trajectEvaluation ? ['evaluation.trajectEvaluation'] : []),
    ];
    if (criteria === 0 && dependsOnImpact.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['scope', 'impactCriteria'],
        message: m.nameImpactCriterion(dependsOnImpact),
      });
    // An own definition may not shadow a standard one by the same term.
    const standardTerms = new Set<string>(DEFINED_TERMS);
    code.ownDefinedTerms.forEach((b, index) => {
      if (standardTerms.has(b.id))
        ctx.addIssue({
          code: 'custom',
          path: ['ownDefinedTerms', index, 'id'],
          message: m.standardTerm(b.id),
        });
    });
  });

/** A participatiecode; data of an earlier format version is upgraded first (upgrade.ts). */
export const ParticipatieCode = z.preprocess(upgradeCodeData, CurrentCode).meta({
  title: m.schemaTitle,
  description: m.schemaDescription,
});
export type ParticipatieCode = z.infer<typeof ParticipatieCode>;
export type ParticipatieCodeInput = z.input<typeof CurrentCode>;
