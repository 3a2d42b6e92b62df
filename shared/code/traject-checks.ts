import { z } from 'zod';
import type { TrajectAnswers } from '../participatie/answers';
import { levelLabels, phaseLabels } from '../participatie/labels';
import { PHASES, Phase, type Level } from '../participatie/vocabulary';
import { formatIsoDate } from '../format';
import { catalogue as defaultCatalogue } from '../participatie/catalogus/index';
import type { Catalogue } from '../participatie/instrument';
import { competentBodyOf, generateProcesplaat } from '../procesplaat/generate';
import { adjacency, reachable } from '../procesplaat/graph';
import type { ProcesEdge, ProcesNode } from '../procesplaat/model';
import { isDecision, isKaderstelling, UITDAAGRECHT } from '../procesplaat/order';
import { numberWord } from './labels';
import type { ParticipatieCode } from './schema';
import { citeertitel, verordeningArticles } from './verordening';

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

export const CODE_CHECK_SEVERITY: Record<CodeCheckId, 'hoog' | 'middel'> = {
  // The raad could not set its kaders: the Ombudsman's "politics had already decided" the other way round.
  'plan-niet-naar-raad': 'hoog',
  // Fixable by moving a date; the promise to participants is broken if it stays.
  'terugkoppeling-te-laat': 'middel',
  // A promise the gemeente has not defined: participants cannot know what it means.
  'niveau-niet-in-code': 'hoog',
  // The verordening requires the motivering; without it the decision breaks the rules.
  'uitzondering-zonder-motivering': 'hoog',
  // Residents are offered a right the gemeente has not regulated.
  'uitdaagrecht-uit': 'middel',
};

/** The article a check comes from, as the participatieplan cites it. */
export const CodeArticle = z.object({
  /** The article's stable key in the verordening ("participatieplan"). */
  key: z.string(),
  nummer: z.number().int().positive(),
  titel: z.string(),
  /** "artikel 6 van de Participatieverordening Lindewaard 2026". */
  citaat: z.string(),
});
export type CodeArticle = z.infer<typeof CodeArticle>;

export const CodeCheck = z.object({
  /** Stable: `<check>` or `<check>:<phase or node id>`. */
  id: z.string(),
  check: CodeCheckId,
  severity: z.enum(['hoog', 'middel']),
  /** The phase it is about, where it is about one. */
  phase: Phase.optional(),
  /** Steps on the procesplaat it is about; the first is where a click takes you. */
  nodeIds: z.array(z.string()),
  tekst: z.string(),
  /** Null when the rule is that the verordening does NOT regulate something (no uitdaagrecht). */
  artikel: CodeArticle.nullable(),
});
export type CodeCheck = z.infer<typeof CodeCheck>;

/** An article of the code's verordening by key, with its number and citation; undefined when the code has no such article. */
export function codeArticle(code: ParticipatieCode, key: string): CodeArticle | undefined {
  for (const h of verordeningArticles(code))
    for (const a of h.articles)
      if (a.key === key)
        return { key, nummer: a.number, titel: a.title, citaat: `artikel ${a.number} van de ${citeertitel(code)}` };
  return undefined;
}

/**
 * The article a participatieplan rests on, as the plan cites it: the article on the
 * participatieplan ("artikel 6 van de Participatieverordening Lindewaard 2026"); a traject that
 * involves nobody rests on the article that asks for the motivering.
 */
export function planLegalBasis(code: ParticipatieCode, geenParticipatie = false): string {
  const artikel = geenParticipatie
    ? (codeArticle(code, 'uitzonderingen') ?? codeArticle(code, 'toepassing'))
    : codeArticle(code, 'participatieplan');
  return artikel?.citaat ?? citeertitel(code);
}

type Plate = { nodes: readonly ProcesNode[]; edges: readonly ProcesEdge[] };

const phaseNaam = (phase: Phase) => phaseLabels[phase].label.toLowerCase();
const niveauNaam = (level: Level) => levelLabels[level].label.toLowerCase();
const quote = (n: ProcesNode) => `‘${n.data.title}’`;
const weken = (n: number) => `${numberWord(n)} ${n === 1 ? 'week' : 'weken'}`;
const DAG = 24 * 60 * 60 * 1000;

/** Phases in which residents take part: answered, no exception invoked, and a level or instruments chosen. */
function participatieFasen(answers: TrajectAnswers): Phase[] {
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
function raadBeslist(answers: TrajectAnswers): boolean {
  return PHASES.some((p) => competentBodyOf(answers, p) === 'raad');
}

function dagVan(iso: string): number | undefined {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

function nodeDatum(n: ProcesNode): string {
  return 'date' in n.data && typeof n.data.date === 'string' ? n.data.date : '';
}

/** All checks, in the order of CODE_CHECK_IDS and then of the phases or steps. */
export function checkTrajectAgainstCode(
  code: ParticipatieCode,
  answers: TrajectAnswers,
  plate?: Plate | null,
): CodeCheck[] {
  const titel = citeertitel(code);
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
      tekst,
      artikel: artikel ?? null,
    });
  const bron = (a: CodeArticle | undefined) => (a ? a.citaat : `de ${titel}`);
  const flow = (plate?.nodes ?? []).filter((n) => n.type !== 'fase');
  const deelname = participatieFasen(answers);

  // 1. The raad sees the participatieplan before participation starts.
  const p = code.participatieplan;
  const groot = hasLargeImpact(answers);
  const moetNaarRaad = p.raadSees === 'before-always' || (p.raadSees === 'before-if-large-impact' && groot);
  if (moetNaarRaad && deelname.length > 0 && raadBeslist(answers)) {
    const gezien = plate
      ? flow.some(isKaderstelling)
      : PHASES.some((ph) => answers.phases[ph]?.councilRoles.includes('kaderstellend'));
    if (!gezien) {
      const artikel = codeArticle(code, 'participatieplan');
      const waarom =
        p.raadSees === 'before-always'
          ? 'De raad besluit over dit traject'
          : 'Dit traject heeft een grote maatschappelijke impact en de raad besluit erover';
      add(
        'plan-niet-naar-raad',
        undefined,
        `${waarom}. Volgens ${bron(artikel)} legt het college het participatieplan aan de raad voor voordat de participatie begint, zodat de raad kaders kan meegeven. ${
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
    const termijn = code.terugkoppeling.terugkoppelingWeeks;
    const all = adjacency(flow, plate.edges);
    const byId = new Map(flow.map((n) => [n.id, n]));
    const artikel = codeArticle(code, 'verslag');
    for (const besluit of flow.filter(isDecision)) {
      const besloten = dagVan(nodeDatum(besluit));
      if (besloten === undefined) continue;
      // The feedback on this decision: before any next activity (that feedback is about the activity).
      const na = [...reachable(all.out, besluit.id, (id) => byId.get(id)?.type === 'activiteit')]
        .map((id) => byId.get(id)!)
        .filter((n) => n.type === 'terugkoppeling' && dagVan(nodeDatum(n)) !== undefined)
        .sort((a, b) => dagVan(nodeDatum(a))! - dagVan(nodeDatum(b))!);
      const eerste = na[0];
      if (!eerste) continue;
      const dagen = (dagVan(nodeDatum(eerste))! - besloten) / DAG;
      if (dagen <= termijn * 7) continue;
      const wekenLater = Math.ceil(dagen / 7);
      add(
        'terugkoppeling-te-laat',
        besluit.id,
        `${quote(eerste)} staat op ${formatIsoDate(nodeDatum(eerste))}, ${weken(wekenLater)} na het besluit ${quote(besluit)} van ${formatIsoDate(nodeDatum(besluit))}. Volgens ${bron(artikel)} horen deelnemers binnen ${weken(termijn)} na het besluit wat is besloten en waarom. Plan de terugkoppeling eerder.`,
        artikel,
        { nodeIds: [eerste.id, besluit.id], ...(eerste.data.phase ? { phase: eerste.data.phase } : {}) },
      );
    }
  }

  // 3. Only the levels the code uses, each with its promise.
  const niveaus = new Set(code.levels.map((n) => n.level));
  const gebruikt = opsommingNiveaus(code);
  const niveauArtikel = codeArticle(code, 'niveaus');
  const gemeld = new Set<Phase>();
  for (const phase of PHASES) {
    const a = answers.phases[phase];
    if (!a || a.geenParticipatie || !a.level || niveaus.has(a.level)) continue;
    gemeld.add(phase);
    add(
      'niveau-niet-in-code',
      phase,
      `In de fase ${phaseNaam(phase)} is het niveau ${niveauNaam(a.level)} gekozen, maar ${bron(niveauArtikel)} kent alleen ${gebruikt}. Kies een van die niveaus, zodat deelnemers de belofte kennen die erbij hoort.`,
      niveauArtikel,
      { phase },
    );
  }
  for (const n of flow) {
    if (n.type !== 'activiteit' || !n.data.level || niveaus.has(n.data.level)) continue;
    if (n.data.phase && gemeld.has(n.data.phase)) continue;
    add(
      'niveau-niet-in-code',
      n.id,
      `${quote(n)} belooft ${niveauNaam(n.data.level)}, maar ${bron(niveauArtikel)} kent alleen ${gebruikt}. Kies een van die niveaus.`,
      niveauArtikel,
      { nodeIds: [n.id], ...(n.data.phase ? { phase: n.data.phase } : {}) },
    );
  }

  // 4. An exception is invoked with its reasons.
  const uitzonderingArtikel = codeArticle(code, 'uitzonderingen') ?? codeArticle(code, 'toepassing');
  for (const phase of PHASES) {
    const g = answers.phases[phase]?.geenParticipatie;
    if (!g || g.reden.trim() !== '') continue;
    add(
      'uitzondering-zonder-motivering',
      phase,
      `In de fase ${phaseNaam(phase)} worden inwoners niet betrokken, maar de motivering ontbreekt. Volgens ${bron(uitzonderingArtikel)} vermeldt het bestuursorgaan in het besluit waarom het afziet van participatie${code.scope.exemptions.length + code.scope.ownExemptions.length > 0 ? ' en welke uitzondering het toepast' : ''}.`,
      uitzonderingArtikel,
      { phase },
    );
  }

  // 5. The uitdaagrecht only where the code regulates it.
  if (!code.uitdaagrecht.enabled) {
    const fasen = PHASES.filter(
      (ph) => !answers.phases[ph]?.geenParticipatie && answers.phases[ph]?.instruments.includes(UITDAAGRECHT),
    );
    const nodes = flow.filter((n) => n.type === 'activiteit' && n.data.instrument === UITDAAGRECHT).map((n) => n.id);
    if (fasen.length > 0 || nodes.length > 0 || answers.plan?.uitdaagrecht?.vanToepassing === true)
      add(
        'uitdaagrecht-uit',
        undefined,
        `Dit traject gebruikt het uitdaagrecht, maar de ${titel} regelt geen uitdaagrecht: er zijn geen regels voor wie mag uitdagen, wat een verzoek bevat en hoe het college beslist. Kies een ander instrument, of vraag de raad eerst het uitdaagrecht in de verordening op te nemen.`,
        null,
        { nodeIds: nodes, ...(fasen[0] ? { phase: fasen[0] } : {}) },
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

function opsommingNiveaus(code: ParticipatieCode): string {
  const namen = code.levels.map((n) => niveauNaam(n.level));
  return namen.length === 1 ? `het niveau ${namen[0]}` : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}
