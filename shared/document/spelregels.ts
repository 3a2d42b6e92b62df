import { formatIsoDate, formatList } from '../format';
import { z } from 'zod';
import type { TrajectAnswers } from '../participatie/answers';
import { PHASES } from '../participatie/vocabulary';
import type { PlateNode, Procesplaat } from '../procesplaat/model';
import { analysePlan, type PlanFacts } from './analysis';
import { exportMessages } from './messages';
import { quotedPromise, groupName, inPhases, levelName, phaseName } from './texts';

/**
 * Spelregels: the numbered rules a council and participants agree on before participation
 * starts (the answer to the Ombudsman's complaints: decided beforehand, input ignored, no news).
 * Generated from the answers and the procesplaat; the user may edit them before export, and the
 * edited list is what is stored and exported.
 */
export const Spelregel = z.strictObject({
  /** Generated rules have a stable id (so an edit can be traced); own rules start with "eigen-". */
  id: z.string().regex(/^[a-z0-9:-]{1,80}$/, exportMessages.spelregelId),
  tekst: z.string().trim().min(1, exportMessages.spelregelEmpty).max(2000, exportMessages.spelregelTooLong),
});
export type Spelregel = z.infer<typeof Spelregel>;
export const Spelregels = z.array(Spelregel).max(100, exportMessages.tooManySpelregels);

const withDate = (date: string | undefined) => (date ? ` (gepland op ${formatIsoDate(date)})` : '');
const dateOf = (n: PlateNode | undefined) => (n?.data as { date?: string } | undefined)?.date;

/**
 * The rules follow from the facts of the plan (analysis.ts), the same facts that fill the annex
 * of open points: a rule is only printed when the plan arranges it, so the document never
 * promises what its own annex says is missing.
 */
export function generateSpelregels(answers: TrajectAnswers, plate: Procesplaat, given?: PlanFacts): Spelregel[] {
  const facts = given ?? analysePlan(answers, plate);
  const rules: Spelregel[] = [];
  const add = (id: string, tekst: string) => rules.push({ id, tekst });
  if (facts.participating.length === 0) {
    for (const phase of PHASES) {
      const reason = answers.phases[phase]?.geenParticipatie?.reden.trim();
      if (answers.phases[phase]?.geenParticipatie)
        add(
          `geen-participatie:${phase}`,
          `In de fase ${phaseName(phase).toLowerCase()} worden inwoners niet betrokken. ${reason ? `Motivering: ${reason}` : 'De motivering wordt nog vastgelegd.'}`,
        );
    }
    return rules;
  }

  if (facts.framesFirst) {
    add(
      'kaders-vooraf',
      `Voordat de participatie begint, stelt de raad de kaders vast${withDate(dateOf(facts.framesFirst))}. Wat binnen die kaders vastligt, staat tijdens het traject niet ter discussie; dit wordt aan deelnemers vooraf verteld.`,
    );
  }

  for (const phase of PHASES) {
    const a = answers.phases[phase];
    if (!a) continue;
    if (a.geenParticipatie) {
      const reason = a.geenParticipatie.reden.trim();
      add(
        `geen-participatie:${phase}`,
        `In de fase ${phaseName(phase).toLowerCase()} worden inwoners niet betrokken. ${reason ? `Motivering: ${reason}` : 'De motivering wordt nog vastgelegd.'}`,
      );
    } else if (a.level && facts.promiseOpen.includes(phase)) {
      add(
        `niveau:${phase}`,
        `In de fase ${phaseName(phase).toLowerCase()} is het beoogde participatieniveau ${levelName(a.level).toLowerCase()}. Deze belofte wordt pas aan deelnemers gedaan wanneer het open punt voor deze fase in de bijlage is opgelost.`,
      );
    } else if (a.level) {
      add(
        `niveau:${phase}`,
        `In de fase ${phaseName(phase).toLowerCase()} is het participatieniveau ${levelName(a.level).toLowerCase()}. De belofte aan deelnemers luidt: ${quotedPromise(a.level)}`,
      );
    }
  }

  // The mandate once, for every phase it covers, with what happens to a choice that cannot be carried out.
  if (facts.mandate.length > 0) {
    add(
      'mandaat',
      `De raad geeft inwoners ${inPhases(facts.mandate)} vooraf een mandaat: binnen de vastgestelde kaders neemt het bestuur hun keuze over en voert het college die uit. Een keuze die niet uitvoerbaar is binnen het beschikbare budget of de beschikbare tijd, of die in strijd is met wet- of regelgeving, voert het college niet uit; het legt dat met redenen voor aan de deelnemers en aan de raad.`,
    );
  }

  const missed = new Set(facts.warnings.filter((w) => w.id === 'groepen-niet-bereikt').flatMap((w) => w.groups ?? []));
  const groups = [...new Set(facts.participating.flatMap((p) => answers.phases[p]?.groups ?? []))].filter(
    (g) => !missed.has(g),
  );
  if (groups.length > 0) {
    add(
      'bereik',
      `De gemeente zoekt ${formatList(groups.map((g) => groupName(g).toLowerCase()))} actief op, waar mogelijk op plekken waar zij al komen, zodat niet alleen de mensen meedoen die zich uit zichzelf melden.`,
    );
  }

  const withFeedback = facts.participating.filter((p) => !facts.noFeedback.includes(p));
  if (facts.feedbackEverywhere) {
    add(
      'terugkoppeling',
      'Na elke activiteit horen deelnemers wat met hun inbreng is gedaan en waarom. Wordt een voorstel niet overgenomen, dan wordt uitgelegd waarom.',
    );
  } else if (withFeedback.length > 0 && plate.nodes.some((n) => n.type === 'terugkoppeling')) {
    add(
      'terugkoppeling',
      `Na de activiteiten ${inPhases(withFeedback)} horen deelnemers wat met hun inbreng is gedaan en waarom. Wordt een voorstel niet overgenomen, dan wordt uitgelegd waarom.`,
    );
  }

  if (facts.raadInformed) {
    add(
      'verslag-aan-raad',
      `Voordat de raad besluit, ontvangt hij een participatieverslag${withDate(dateOf(facts.raadInformed))}: wie er hebben meegedaan, wat zij hebben ingebracht en wat daarmee is gedaan.`,
    );
  }

  // Weighing is stated by the body that decides, and only where a body decides.
  const councilPhases = [...new Set(facts.decisions.filter((d) => d.by === 'raad').map((d) => d.phase))];
  if (councilPhases.length > 0) {
    const dateText =
      councilPhases.length === 1 ? withDate(dateOf(facts.decisions.find((d) => d.by === 'raad')?.node)) : '';
    add(
      'weging',
      `Bij het besluit${dateText} ${inPhases(councilPhases)} legt de raad uit hoe de inbreng van inwoners is gewogen.`,
    );
  }
  for (const body of ['college', 'burgemeester'] as const) {
    const own = facts.decisions.filter((d) => d.by === body);
    const decides = [...new Set(own.filter((d) => !d.request).map((d) => d.phase))];
    const onRequest = [...new Set(own.filter((d) => d.request).map((d) => d.phase))];
    const who = body === 'college' ? 'het college' : 'de burgemeester';
    if (decides.length > 0)
      add(
        `weging:${body}`,
        `Waar ${who} besluit (${inPhases(decides).replace(/^in de /, '')}), legt ${who} uit hoe de inbreng van inwoners is gewogen; de raad wordt daarover met een raadsinformatiebrief geïnformeerd.`,
      );
    if (onRequest.length > 0)
      add(
        'uitdaagrecht',
        'Op een verzoek om de uitvoering van een taak over te nemen (uitdaagrecht) beslist het college met een motivering; de raad wordt met een raadsinformatiebrief geïnformeerd.',
      );
  }

  if (facts.decisionsFedBack) {
    add(
      'besluit-terugkoppeling',
      'Na elk besluit horen alle deelnemers wat is besloten, hoe hun inbreng is gewogen en waarom.',
    );
  }

  if (facts.formalProcedure.length > 0) {
    add(
      'formele-procedure',
      `Na de participatie ${inPhases(facts.formalProcedure)} volgt de procedure van afdeling 3.4 van de Algemene wet bestuursrecht: het ontwerpbesluit wordt ter inzage gelegd en gedurende zes weken kunnen zienswijzen naar voren worden gebracht. Op de zienswijzen wordt gemotiveerd gereageerd.`,
    );
  }

  add(
    'wijziging-kaders',
    'Veranderen de kaders of de planning tijdens het traject, dan meldt het college dit direct aan deelnemers en aan de raad, met de reden.',
  );
  add('informatie', 'Alle informatie die deelnemers nodig hebben, is openbaar en in begrijpelijke taal beschikbaar.');

  if (facts.evaluation) {
    const n = facts.evaluation;
    const question = n.type === 'evaluatie' ? n.data.question.trim() : '';
    add(
      'evaluatie',
      `Na afloop wordt de participatie geëvalueerd${withDate(dateOf(n))}${question ? ` met de vraag “${question}”` : ''}. Deelnemers en de raad ontvangen de uitkomst.`,
    );
  }
  return rules;
}
