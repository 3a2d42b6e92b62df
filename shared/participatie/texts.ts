import type { Catalogue } from './instrument';
import {
  costLabels,
  councilRoleLabels,
  goalLabels,
  groupLabels,
  levelLabels,
  phaseLabels,
  reachLabels,
  roomLabels,
} from './labels';
import { ROOM_MAX_LEVEL, type WarningId } from './rules';
import type { CoverageTarget, Exclusion, MixItem, Reason, Warning } from './types';
import type { CostClass, CouncilRole, Goal, Group, Level, Phase, Reach, Room } from './vocabulary';

/**
 * Dutch sentences for the engine's data. The CLI, the UI and the export all call these, so a
 * reason reads the same everywhere. Plain language (B1), addressing the user as "je".
 */

/** Looks up an instrument's display name; falls back to the id for unknown ids. */
export type InstrumentNames = (id: string) => string;

export function instrumentNames(catalogue: Catalogue): InstrumentNames {
  const names = new Map(catalogue.instruments.map((i) => [i.id, i.name]));
  return (id) => names.get(id) ?? id;
}

const level = (id: string) => levelLabels[id as Level]?.label.toLowerCase() ?? id;
const goal = (id: string) => goalLabels[id as Goal]?.label.toLowerCase() ?? id;
const group = (id: string) => groupLabels[id as Group]?.label.toLowerCase() ?? id;
const reach = (id: string) => reachLabels[id as Reach]?.label.toLowerCase() ?? id;
const phase = (id: string) => phaseLabels[id as Phase]?.label.toLowerCase() ?? id;
const room = (id: string) => roomLabels[id as Room]?.label.toLowerCase() ?? id;
const euro = (n: number) => `€ ${n.toLocaleString('nl-NL')}`;

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export function describeReason(reason: Reason): string {
  const a = String(reason.answer);
  switch (reason.criterion) {
    case 'fase':
      return `Geschikt voor de fase ${phase(a)}.`;
    case 'niveau':
      return reason.effect === 'past'
        ? `Gemaakt voor het niveau ${level(a)}.`
        : `Kan op het niveau ${level(a)}, maar is vooral bedoeld voor ${level(String(reason.value))}.`;
    case 'ruimte':
      return reason.effect === 'past-niet'
        ? 'Zwaar en intensief, terwijl er maar weinig te kiezen valt.'
        : 'Benut de grote ruimte: deelnemers kunnen zelf ideeën inbrengen en afwegen.';
    case 'doel':
      return reason.effect === 'past' ? `Helpt bij het doel ${goal(a)}.` : `Helpt niet bij het doel ${goal(a)}.`;
    case 'representatief':
      return reason.effect === 'past'
        ? 'Deelnemers worden (deels) geloot, dus het geeft een representatief beeld.'
        : 'Deelnemers melden zich zelf aan of worden gericht uitgenodigd; de uitkomst zegt iets over wie meedoet, niet over alle inwoners.';
    case 'bereik':
      return reason.effect === 'past' ? `Bereikt ${reach(a)}.` : `Bereikt ${reach(a)} niet goed.`;
    case 'groep':
      return reason.effect === 'past'
        ? `Bereikt ${group(a)} goed.`
        : reason.effect === 'past-niet'
          ? `Bereikt ${group(a)} niet.`
          : `Bereikt ${group(a)} alleen met extra moeite.`;
    case 'budget':
      return reason.effect === 'past'
        ? `Past binnen het budget van ${euro(Number(reason.answer))}.`
        : `Kost meer (${costLabels[reason.value as CostClass] ?? reason.value}) dan het budget van ${euro(Number(reason.answer))} toelaat.`;
    case 'tijd':
      return reason.effect === 'past'
        ? `Haalbaar in ${a} weken.`
        : `Heeft minstens ${reason.value} weken nodig; je hebt er ${a}.`;
    case 'mandaat':
      return reason.effect === 'past'
        ? 'De raad heeft het budgetmandaat gegeven dat dit instrument nodig heeft.'
        : 'Vraagt een budgetmandaat van de raad, en dat is (nog) niet geregeld.';
    case 'raad':
      return `Past bij de rol van de raad (${councilRoleLabels[a as CouncilRole]?.label.toLowerCase() ?? a}): raadsleden horen inwoners zelf.`;
    case 'ja-nee-vraag':
      return 'Vraagt om een vraag die je met ja of nee kunt beantwoorden.';
  }
}

export function describeExclusion(exclusion: Exclusion): string {
  const a = String(exclusion.answer);
  switch (exclusion.criterion) {
    case 'fase':
      return `Niet geschikt voor de fase ${phase(a)}.`;
    case 'niveau':
      return `Kan het niveau ${level(a)} niet waarmaken.`;
    case 'ruimte':
      return `Belooft meer invloed dan de ruimte toelaat (${room(a)}: hooguit ${level(ROOM_MAX_LEVEL[a as Room] ?? a)}).`;
    case 'ja-nee-vraag':
      return 'De vraag is geen ja/nee-vraag, en dit instrument werkt alleen met een ja/nee-vraag.';
  }
}

export function describeCoverage(target: CoverageTarget): string {
  switch (target.kind) {
    case 'doel':
      return `doel ${goal(target.id)}`;
    case 'bereik':
      return `bereik: ${reach(target.id)}`;
    case 'groep':
      return group(target.id);
    case 'representatief':
      return 'een representatief beeld';
    case 'terugkoppeling':
      return 'terugkoppeling aan deelnemers';
  }
}

export function describeMixItem(item: MixItem, names: InstrumentNames): string {
  const covered = list(item.covers.map(describeCoverage));
  if (item.why === 'hoogste-score') {
    return covered === ''
      ? `${names(item.instrumentId)}: past het best bij je antwoorden.`
      : `${names(item.instrumentId)}: past het best bij je antwoorden en dekt ${covered}.`;
  }
  if (item.why === 'terugkoppeling') {
    return `${names(item.instrumentId)}: toegevoegd om deelnemers te laten weten wat er met hun inbreng gebeurt (informeren hoort bij elk niveau).`;
  }
  return `${names(item.instrumentId)}: toegevoegd voor ${covered}.`;
}

/** For a target the mix could not cover with instruments that fit this phase and level. */
export function describeUncovered(target: CoverageTarget): string {
  switch (target.kind) {
    case 'groep':
      return `Geen passend instrument op dit niveau bereikt ${group(target.id)} goed. Denk aan extra inzet, zoals sleutelpersonen of ophaalgesprekken in een eerdere fase.`;
    case 'terugkoppeling':
      return 'Geen passend instrument regelt de terugkoppeling. Spreek zelf af hoe deelnemers horen wat er met hun inbreng gebeurt.';
    case 'representatief':
      return 'Geen passend instrument geeft hier een representatief beeld. Overweeg een steekproef of loting.';
    default:
      return `Geen passend instrument dekt ${describeCoverage(target)}.`;
  }
}

type WarningText = (w: Warning, names: InstrumentNames) => string;

/** One entry per warning id; the type makes a missing Dutch message a compile error. */
export const warningTexts: Record<WarningId, WarningText> = {
  'ruimte-geen-maar-invloed': () =>
    'Er is geen ruimte meer om iets te veranderen, maar je belooft deelnemers wel invloed. Dat is niet eerlijk: kies voor informeren, of zoek eerst uit waar nog wel ruimte is.',
  'niveau-hoger-dan-ruimte': () =>
    'Je belooft deelnemers meer invloed dan de ruimte toelaat. Verlaag het niveau of maak de ruimte groter, anders krijg je teleurgestelde deelnemers.',
  'representatief-alleen-zelfselectie': (w, names) =>
    `Je wilt een representatief beeld, maar ${list((w.instrumentIds ?? []).map(names))} ${(w.instrumentIds ?? []).length > 1 ? 'werken' : 'werkt'} niet met loting of een steekproef: wie meedoet, kiest zichzelf of wordt gericht gevraagd. Voeg een instrument met loting of een steekproef toe.`,
  'besluit-zonder-raadsmoment': () =>
    'Je wilt dat inwoners een besluit nemen, maar er is geen besluitmoment van de raad en geen mandaat. Spreek vooraf af hoe de raad de uitkomst overneemt.',
  'referendum-geen-ja-nee-vraag': (w, names) =>
    `${list((w.instrumentIds ?? []).map(names))} werkt alleen met een vraag die met ja of nee te beantwoorden is, en dat is hier niet (zeker) zo. Overweeg een preferendum.`,
  'geen-terugkoppeling': () =>
    'In je mix zit geen moment waarop deelnemers horen wat er met hun inbreng is gedaan. Voeg een terugkoppeling toe, bijvoorbeeld een bijeenkomst of nieuwsbrief.',
  'instrumenten-voor-doelen': () =>
    'Je hebt al instrumenten gekozen, maar nog geen doel. Bepaal eerst wat je wilt bereiken; kies daarna pas de instrumenten.',
  'groepen-niet-bereikt': (w) =>
    `Je mix bereikt ${list((w.groups ?? []).map(group))} niet goed. Voeg een instrument toe dat deze groepen wel bereikt.`,
  'geen-participatie-zonder-reden': () =>
    'Je kiest ervoor om inwoners in deze fase niet te betrekken. Schrijf op waarom; dat vraagt de participatieverordening.',
  'gekozen-instrument-past-niet': (w, names) =>
    `${list((w.instrumentIds ?? []).map(names))} past niet bij je antwoorden: ${(w.exclusions ?? []).map((e) => describeExclusion(e).replace(/\.$/, '').toLowerCase()).join('; ')}.`,
  'onbekend-instrument': (w) => `Onbekend instrument: ${list(w.instrumentIds ?? [])}. Controleer de naam.`,
  'budgetmandaat-ontbreekt': (w, names) =>
    `${list((w.instrumentIds ?? []).map(names))} vraagt een budget en mandaat van de raad, en dat is (nog) niet geregeld.`,
  'pas-laat-betrokken': () =>
    'Inwoners doen pas mee als het probleem en de plannen al vastliggen: bij agendering en beleidsvoorbereiding betrek je ze niet. Te laat betrokken worden is een van de bekendste klachten over inspraak. Kijk of inwoners eerder kunnen meedenken. Kan dat niet, leg dan uit waarom.',
};

export function describeWarning(w: Warning, names: InstrumentNames = (id) => id): string {
  return warningTexts[w.id](w, names);
}
