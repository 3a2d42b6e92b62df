import { z } from 'zod';
import type { TrajectAnswers } from '../participatie/answers';
import { PHASES, type Phase } from '../participatie/vocabulary';
import type { ProcesNode, Procesplaat } from '../procesplaat/model';
import { belofteCitaat, datumVoluit, groupName, levelName, opsomming, phaseName } from './texts';

/**
 * Spelregels: the numbered rules a council and participants agree on before participation
 * starts (the answer to the Ombudsman's complaints: decided beforehand, input ignored, no news).
 * Generated from the answers and the procesplaat; the user may edit them before export, and the
 * edited list is what is stored and exported.
 */
export const Spelregel = z.strictObject({
  /** Generated rules have a stable id (so an edit can be traced); own rules start with "eigen-". */
  id: z.string().regex(/^[a-z0-9:-]{1,80}$/, 'een id met kleine letters, cijfers, : en -'),
  tekst: z
    .string()
    .trim()
    .min(1, 'Een spelregel mag niet leeg zijn.')
    .max(2000, 'Een spelregel is hoogstens 2000 tekens.'),
});
export type Spelregel = z.infer<typeof Spelregel>;
export const Spelregels = z.array(Spelregel).max(100, 'Hoogstens 100 spelregels.');

const withDate = (date: string | undefined) => (date ? ` (gepland op ${datumVoluit(date)})` : '');

function nodesOf<T extends ProcesNode['type']>(plaat: Procesplaat, type: T): Extract<ProcesNode, { type: T }>[] {
  return plaat.nodes.filter((n): n is Extract<ProcesNode, { type: T }> => n.type === type);
}

export function generateSpelregels(answers: TrajectAnswers, plaat: Procesplaat): Spelregel[] {
  const rules: Spelregel[] = [];
  const add = (id: string, tekst: string) => rules.push({ id, tekst });
  const raad = nodesOf(plaat, 'raadsmoment');
  const kader = raad.find((n) => n.data.moment === 'kaderstelling');
  const informatie = raad.find((n) => n.data.moment === 'informatie');
  const besluit = raad.find((n) => n.data.moment === 'besluit');

  const kaders = PHASES.flatMap((p) => answers.phases[p]?.kaders ?? []);
  if (kader || kaders.length > 0) {
    add(
      'kaders-vooraf',
      `Voordat de participatie begint, stelt de raad de kaders vast${withDate(kader?.data.date)}. Wat binnen die kaders vastligt, staat tijdens het traject niet ter discussie; dit wordt aan deelnemers vooraf verteld.`,
    );
  }

  for (const phase of PHASES) {
    const a = answers.phases[phase];
    if (!a) continue;
    if (a.geenParticipatie) {
      const reden = a.geenParticipatie.reden.trim();
      add(
        `geen-participatie:${phase}`,
        `In de fase ${phaseName(phase).toLowerCase()} worden inwoners niet betrokken. ${reden ? `Motivering: ${reden}` : 'De motivering wordt nog vastgelegd.'}`,
      );
    } else if (a.level) {
      add(
        `niveau:${phase}`,
        `In de fase ${phaseName(phase).toLowerCase()} is het participatieniveau ${levelName(a.level).toLowerCase()}. De belofte aan deelnemers luidt: ${belofteCitaat(a.level)}`,
      );
    }
    if (a.mandate) {
      add(
        `mandaat:${phase}`,
        `De raad geeft deelnemers in de fase ${phaseName(phase).toLowerCase()} een mandaat. Binnen de afgesproken kaders neemt het bestuur de uitkomst over.`,
      );
    }
  }

  const groups = [
    ...new Set(PHASES.flatMap((p) => (answers.phases[p]?.geenParticipatie ? [] : (answers.phases[p]?.groups ?? [])))),
  ];
  if (groups.length > 0) {
    add(
      'bereik',
      `De gemeente zoekt ${opsomming(groups.map((g) => groupName(g).toLowerCase()))} actief op, waar mogelijk op plekken waar zij al komen, zodat niet alleen de mensen meedoen die zich uit zichzelf melden.`,
    );
  }

  const terug = nodesOf(plaat, 'terugkoppeling');
  const kanalen = [...new Set(terug.map((n) => n.data.channel.trim()).filter(Boolean))];
  add(
    'terugkoppeling',
    `Na elke activiteit horen deelnemers wat er met hun inbreng is gedaan en waarom${terug.length > 0 ? ` (${terug.length} ${terug.length === 1 ? 'terugkoppelmoment' : 'terugkoppelmomenten'} in de procesplaat${kanalen.length ? `, via ${opsomming(kanalen)}` : ''})` : ''}. Wordt een voorstel niet overgenomen, dan wordt uitgelegd waarom.`,
  );

  if (informatie || besluit) {
    add(
      'verslag-aan-raad',
      `Voordat de raad besluit, ontvangt hij een participatieverslag${withDate(informatie?.data.date)}: wie er hebben meegedaan, wat zij hebben ingebracht en wat daarmee is gedaan.`,
    );
  }
  if (besluit) {
    add(
      'weging',
      `Bij het besluit${withDate(besluit.data.date)} legt de raad uit hoe de inbreng van inwoners is gewogen.`,
    );
  }

  add(
    'wijziging-kaders',
    'Veranderen de kaders of de planning tijdens het traject, dan meldt het college dit direct aan deelnemers en aan de raad, met de reden.',
  );
  add('informatie', 'Alle informatie die deelnemers nodig hebben, is openbaar en in begrijpelijke taal beschikbaar.');

  const evaluatie = nodesOf(plaat, 'evaluatie')[0];
  if (evaluatie || answers.phases.evaluatie) {
    const vraag = evaluatie?.data.question.trim();
    add(
      'evaluatie',
      `Na afloop wordt de participatie geëvalueerd${withDate(evaluatie?.data.date)}${vraag ? ` met de vraag “${vraag}”` : ''}. Deelnemers en de raad ontvangen de uitkomst.`,
    );
  }
  return rules;
}

/** Phases in which residents take part, for texts that summarise the traject. */
export function activePhases(answers: TrajectAnswers): Phase[] {
  return PHASES.filter((p) => answers.phases[p] && !answers.phases[p]?.geenParticipatie);
}
