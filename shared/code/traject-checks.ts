import { z } from 'zod';
import type { TrajectAnswers } from '../participatie/answers';
import { levelLabels, phaseLabels } from '../participatie/labels';
import { PHASES, Phase, type Level } from '../participatie/vocabulary';
import { formatIsoDate } from '../format';
import { catalogue as defaultCatalogue } from '../participatie/catalogus/index';
import type { Catalogue } from '../participatie/instrument';
import { competentBodyOf, generateProcesplaat } from '../procesplaat/generate';
import { adjacency, reachable } from '../procesplaat/graph';
import type { PlateEdge, PlateNode } from '../procesplaat/model';
import { isDecision, isKaderstelling, UITDAAGRECHT } from '../procesplaat/order';
import { numberWord } from './labels';
import type { ParticipatieCode } from './schema';
import { citationTitle, verordeningArticles } from './verordening';

/**
 * The code's rules as checks on one traject: pure, from the code, the traject's answers and
 * (when there is one) its procesplaat. Every check has a stable id, a Dutch text, a severity and
 * the article of the verordening it comes from, so the flow, the procesplaat and the
 * participatieplan can show it and say where the rule is written.
 */
export const CODE_CHECK_IDS = [
  'plan-niet-naar-raad',
  'terugkoppeling-te-laat',
  'niveau-niet-in-code',
  'uitzondering-zonder-motivering',
  'uitdaagrecht-uit',
] as const;
export const CodeCheckId = z.enum(CODE_CHECK_IDS);
export type CodeCheckId = z.infer<typeof CodeCheckId>;

export const CODE_CHECK_SEVERITY: Record<CodeCheckId, 'high' | 'medium'> = {
  // The raad could not set its kaders: the Ombudsman's "politics had already decided" the other way round.
  'plan-niet-naar-raad': 'high',
  // Fixable by moving a date; the promise to participants is broken if it stays.
  'terugkoppeling-te-laat': 'medium',
  // A promise the gemeente has not defined: participants cannot know what it means.
  'niveau-niet-in-code': 'high',
  // The verordening requires the motivering; without it the decision breaks the rules.
  'uitzondering-zonder-motivering': 'high',
  // Residents are offered a right the gemeente has not regulated.
  'uitdaagrecht-uit': 'medium',
};

/** The article a check comes from, as the participatieplan cites it. */
export const CodeArticle = z.object({
  /** The article's stable key in the verordening ("participatieplan"). */
  key: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  /** "artikel 6 van de Participatieverordening Lindewaard 2026". */
  citation: z.string(),
});
export type CodeArticle = z.infer<typeof CodeArticle>;

export const CodeCheck = z.object({
  /** Stable: `<check>` or `<check>:<phase or node id>`. */
  id: z.string(),
  check: CodeCheckId,
  severity: z.enum(['high', 'medium']),
  /** The phase it is about, where it is about one. */
  phase: Phase.optional(),
  /** Steps on the procesplaat it is about; the first is where a click takes you. */
  nodeIds: z.array(z.string()),
  text: z.string(),
  /** Null when the rule is that the verordening does NOT regulate something (no uitdaagrecht). */
  article: CodeArticle.nullable(),
});
export type CodeCheck = z.infer<typeof CodeCheck>;

/** An article of the code's verordening by key, with its number and citation; undefined when the code has no such article. */
export function codeArticle(code: ParticipatieCode, key: string): CodeArticle | undefined {
  for (const h of verordeningArticles(code))
    for (const a of h.articles)
      if (a.key === key)
        return { key, number: a.number, title: a.title, citation: `artikel ${a.number} van de ${citationTitle(code)}` };
  return undefined;
}

/**
 * The article a participatieplan rests on, as the plan cites it: the article on the
 * participatieplan ("artikel 6 van de Participatieverordening Lindewaard 2026"); a traject that
 * involves nobody rests on the article that asks for the motivering.
 */
export function planLegalBasis(code: ParticipatieCode, noParticipation = false): string {
  const artikel = noParticipation
    ? (codeArticle(code, 'uitzonderingen') ?? codeArticle(code, 'toepassing'))
    : codeArticle(code, 'participatieplan');
  return artikel?.citation ?? citationTitle(code);
}

type Plate = { nodes: readonly PlateNode[]; edges: readonly PlateEdge[] };

const phaseName = (phase: Phase) => phaseLabels[phase].label.toLowerCase();
const levelName = (level: Level) => levelLabels[level].label.toLowerCase();
const quote = (n: PlateNode) => `‘${n.data.title}’`;
const weeks = (n: number) => `${numberWord(n)} ${n === 1 ? 'week' : 'weken'}`;
const DAY = 24 * 60 * 60 * 1000;

/** Phases in which residents take part: answered, no exception invoked, and a level or instruments chosen. */
function participationPhases(answers: TrajectAnswers): Phase[] {
  return PHASES.filter((p) => {
    const a = answers.phases[p];
    return !!a && !a.geenParticipatie && (a.instruments.length > 0 || a.level !== undefined);
  });
}

/** Grote maatschappelijke impact as the traject answered it (the traject's or a phase's impact). */
export function hasLargeImpact(answers: TrajectAnswers): boolean {
  return answers.impact === 'groot' || PHASES.some((p) => answers.phases[p]?.impact === 'groot');
}

/** The raad decides somewhere in this traject (the default in besluitvorming). */
function raadDecides(answers: TrajectAnswers): boolean {
  return PHASES.some((p) => competentBodyOf(answers, p) === 'raad');
}

function dayOf(iso: string): number | undefined {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

function nodeDate(n: PlateNode): string {
  return 'date' in n.data && typeof n.data.date === 'string' ? n.data.date : '';
}

/** All checks, in the order of CODE_CHECK_IDS and then of the phases or steps. */
export function checkTrajectAgainstCode(
  code: ParticipatieCode,
  answers: TrajectAnswers,
  plate?: Plate | null,
): CodeCheck[] {
  const titel = citationTitle(code);
  const checks: CodeCheck[] = [];
  const add = (
    check: CodeCheckId,
    suffix: string | undefined,
    tekst: string,
    artikel: CodeArticle | undefined | null,
    extra: { phase?: Phase; nodeIds?: string[] } = {},
  ) =>
    checks.push({
      id: suffix ? `${check}:${suffix}` : check,
      check,
      severity: CODE_CHECK_SEVERITY[check],
      ...(extra.phase ? { phase: extra.phase } : {}),
      nodeIds: extra.nodeIds ?? [],
      text: tekst,
      article: artikel ?? null,
    });
  const source = (a: CodeArticle | undefined) => (a ? a.citation : `de ${titel}`);
  const flow = (plate?.nodes ?? []).filter((n) => n.type !== 'fase');
  const participation = participationPhases(answers);

  // 1. The raad sees the participatieplan before participation starts.
  const p = code.participatieplan;
  const large = hasLargeImpact(answers);
  const mustReachRaad = p.raadSees === 'before-always' || (p.raadSees === 'before-if-large-impact' && large);
  if (mustReachRaad && participation.length > 0 && raadDecides(answers)) {
    const seen = plate
      ? flow.some(isKaderstelling)
      : PHASES.some((ph) => answers.phases[ph]?.councilRoles.includes('kaderstellend'));
    if (!seen) {
      const artikel = codeArticle(code, 'participatieplan');
      const reason =
        p.raadSees === 'before-always'
          ? 'De raad besluit over dit traject'
          : 'Dit traject heeft een grote maatschappelijke impact en de raad besluit erover';
      add(
        'plan-niet-naar-raad',
        undefined,
        `${reason}. Volgens ${source(artikel)} legt het college het participatieplan aan de raad voor voordat de participatie begint, zodat de raad kaders kan meegeven. ${
          plate
            ? 'Zet een raadsmoment ‘kaderstelling’ vóór de eerste activiteit.'
            : 'Kies bij de rol van de raad ‘kaderstellend’ in de fase waarin de raad het plan bespreekt.'
        }`,
        artikel,
      );
    }
  }

  // 2. Participants hear back within the code's term after the decision.
  if (plate) {
    const term = code.terugkoppeling.terugkoppelingWeeks;
    const all = adjacency(flow, plate.edges);
    const byId = new Map(flow.map((n) => [n.id, n]));
    const artikel = codeArticle(code, 'verslag');
    for (const decision of flow.filter(isDecision)) {
      const decidedOn = dayOf(nodeDate(decision));
      if (decidedOn === undefined) continue;
      // The feedback on this decision: before any next activity (that feedback is about the activity).
      const after = [...reachable(all.out, decision.id, (id) => byId.get(id)?.type === 'activiteit')]
        .map((id) => byId.get(id)!)
        .filter((n) => n.type === 'terugkoppeling' && dayOf(nodeDate(n)) !== undefined)
        .sort((a, b) => dayOf(nodeDate(a))! - dayOf(nodeDate(b))!);
      const first = after[0];
      if (!first) continue;
      const days = (dayOf(nodeDate(first))! - decidedOn) / DAY;
      if (days <= term * 7) continue;
      const weeksLater = Math.ceil(days / 7);
      add(
        'terugkoppeling-te-laat',
        decision.id,
        `${quote(first)} staat op ${formatIsoDate(nodeDate(first))}, ${weeks(weeksLater)} na het besluit ${quote(decision)} van ${formatIsoDate(nodeDate(decision))}. Volgens ${source(artikel)} horen deelnemers binnen ${weeks(term)} na het besluit wat is besloten en waarom. Plan de terugkoppeling eerder.`,
        artikel,
        { nodeIds: [first.id, decision.id], ...(first.data.phase ? { phase: first.data.phase } : {}) },
      );
    }
  }

  // 3. Only the levels the code uses, each with its promise.
  const levels = new Set(code.levels.map((n) => n.level));
  const used = levelList(code);
  const levelArticle = codeArticle(code, 'niveaus');
  const reported = new Set<Phase>();
  for (const phase of PHASES) {
    const a = answers.phases[phase];
    if (!a || a.geenParticipatie || !a.level || levels.has(a.level)) continue;
    reported.add(phase);
    add(
      'niveau-niet-in-code',
      phase,
      `In de fase ${phaseName(phase)} is het niveau ${levelName(a.level)} gekozen, maar ${source(levelArticle)} kent alleen ${used}. Kies een van die niveaus, zodat deelnemers de belofte kennen die erbij hoort.`,
      levelArticle,
      { phase },
    );
  }
  for (const n of flow) {
    if (n.type !== 'activiteit' || !n.data.level || levels.has(n.data.level)) continue;
    if (n.data.phase && reported.has(n.data.phase)) continue;
    add(
      'niveau-niet-in-code',
      n.id,
      `${quote(n)} belooft ${levelName(n.data.level)}, maar ${source(levelArticle)} kent alleen ${used}. Kies een van die niveaus.`,
      levelArticle,
      { nodeIds: [n.id], ...(n.data.phase ? { phase: n.data.phase } : {}) },
    );
  }

  // 4. An exception is invoked with its reasons.
  const exemptionArticle = codeArticle(code, 'uitzonderingen') ?? codeArticle(code, 'toepassing');
  for (const phase of PHASES) {
    const g = answers.phases[phase]?.geenParticipatie;
    if (!g || g.reden.trim() !== '') continue;
    add(
      'uitzondering-zonder-motivering',
      phase,
      `In de fase ${phaseName(phase)} worden inwoners niet betrokken, maar de motivering ontbreekt. Volgens ${source(exemptionArticle)} vermeldt het bestuursorgaan in het besluit waarom het afziet van participatie${code.scope.exemptions.length + code.scope.ownExemptions.length > 0 ? ' en welke uitzondering het toepast' : ''}.`,
      exemptionArticle,
      { phase },
    );
  }

  // 5. The uitdaagrecht only where the code regulates it.
  if (!code.uitdaagrecht.enabled) {
    const phases = PHASES.filter(
      (ph) => !answers.phases[ph]?.geenParticipatie && answers.phases[ph]?.instruments.includes(UITDAAGRECHT),
    );
    const nodes = flow.filter((n) => n.type === 'activiteit' && n.data.instrument === UITDAAGRECHT).map((n) => n.id);
    if (phases.length > 0 || nodes.length > 0 || answers.plan?.uitdaagrecht?.vanToepassing === true)
      add(
        'uitdaagrecht-uit',
        undefined,
        `Dit traject gebruikt het uitdaagrecht, maar de ${titel} regelt geen uitdaagrecht: er zijn geen regels voor wie mag uitdagen, wat een verzoek bevat en hoe het college beslist. Kies een ander instrument, of vraag de raad eerst het uitdaagrecht in de verordening op te nemen.`,
        null,
        { nodeIds: nodes, ...(phases[0] ? { phase: phases[0] } : {}) },
      );
  }

  return checks;
}

/**
 * The checks as the flow, the procesplaat and the participatieplan all show them: on the stored
 * procesplaat, or, when the traject has none yet, on the one generated from the answers (the
 * plate the participatieplan draws). One function for every place, so the flow and the plan's
 * open points never disagree.
 */
export function codeChecksForTraject(
  code: ParticipatieCode,
  answers: TrajectAnswers,
  storedPlate: Plate | null | undefined,
  catalogue: Catalogue = defaultCatalogue,
): CodeCheck[] {
  return checkTrajectAgainstCode(code, answers, storedPlate ?? generateProcesplaat(answers, { catalogue }));
}

function levelList(code: ParticipatieCode): string {
  const names = code.levels.map((n) => levelName(n.level));
  return names.length === 1 ? `het niveau ${names[0]}` : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}
