import type { Catalogue } from './instrument';
import {
  councilRoleLabels,
  domainLabels,
  goalLabels,
  groupLabels,
  levelLabels,
  impactLabels,
  phaseLabels,
  reachLabels,
  recruitmentLabels,
  roomLabels,
  scaleLabels,
} from './labels';
import { ROOM_MAX_LEVEL, type WarningId } from './rules';
import type { CoverageTarget, Exclusion, Infeasibility, MixItem, Reason, Warning } from './types';
import type {
  CouncilRole,
  Domain,
  Goal,
  Group,
  Impact,
  Level,
  Phase,
  Reach,
  Recruitment,
  Room,
  Scale,
} from './vocabulary';

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
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
/** "€ 26.000" (Intl puts a non-breaking space after the sign). */
export const euro = (n: number): string => euroFormat.format(n);
/** "€ 100.000 tot € 400.000" from a range value "low-high". */
const euroRange = (value: string | number | undefined): string => {
  const [low, high] = String(value).split('-').map(Number);
  return low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high)
    ? String(value)
    : `${euro(low)} tot ${euro(high)}`;
};
const scaleOrImpact = (answer: string): string =>
  answer
    .split(',')
    .filter((x) => x !== '')
    .map((x) =>
      x in scaleLabels
        ? `schaal ${scaleLabels[x as Scale].label.toLowerCase()}`
        : `impact ${impactLabels[x as Impact]?.label.toLowerCase() ?? x}`,
    )
    .join(', ');

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export function describeReason(reason: Reason): string {
  const a = String(reason.answer);
  switch (reason.criterion) {
    case 'fase':
      return `Geschikt voor de fase ${phase(a)}.`;
    case 'niveau':
      return reason.effect === 'fits'
        ? `Gemaakt voor het niveau ${level(a)}.`
        : `Kan op het niveau ${level(a)}, maar is vooral bedoeld voor ${level(String(reason.value))}.`;
    case 'ruimte':
      return reason.effect === 'does-not-fit'
        ? 'Zwaar en intensief, terwijl er maar weinig te kiezen valt.'
        : 'Benut de grote ruimte: deelnemers kunnen zelf ideeën inbrengen en afwegen.';
    case 'doel':
      return reason.effect === 'fits' ? `Helpt bij het doel ${goal(a)}.` : `Helpt niet bij het doel ${goal(a)}.`;
    case 'representatief':
      return reason.effect === 'does-not-fit'
        ? 'Deelnemers melden zich zelf aan of worden gericht uitgenodigd; de uitkomst zegt iets over wie meedoet, niet over alle inwoners.'
        : reason.value === 'mits-steekproef'
          ? 'Kan een representatief beeld geven, maar alleen als je de deelnemers trekt met een steekproef of loting. Geef dat aan bij de werving.'
          : 'Deelnemers worden getrokken met een steekproef of loting, dus het geeft een representatief beeld.';
    case 'werving':
      return reason.effect === 'fits'
        ? `Je werft met ${(recruitmentLabels[a as Recruitment] ?? a).toLowerCase()}: dat geeft een representatief beeld.`
        : `Je werft ${(recruitmentLabels[a as Recruitment] ?? a).toLowerCase().replace(/:.*/, '')}: wie meedoet kiest zichzelf of wordt gevraagd, dus het beeld is niet representatief.`;
    case 'domein':
      return `Hoort bij het domein ${domainLabels[a as Domain]?.label.toLowerCase() ?? a}, net als deze vraag.`;
    case 'polarisatie':
      return reason.effect === 'fits'
        ? 'Helpt bij een gepolariseerd onderwerp: feiten en waarden worden uit elkaar gehaald, of deelnemers worden geloot.'
        : 'Riskant bij een gepolariseerd onderwerp: in een open of plenaire vorm domineert het luidste kamp.';
    case 'procedure':
      return 'De wet schrijft deze procedure voor (afdeling 3.4 Awb): het ontwerpbesluit ligt ter inzage en iedereen kan een zienswijze geven.';
    case 'omvang':
      return reason.effect === 'fits'
        ? reason.value === 'heavy'
          ? `Een zwaar instrument, en dat past bij een vraag van deze omvang (${scaleOrImpact(a)}).`
          : `Licht en dichtbij: past bij een vraag van deze omvang (${scaleOrImpact(a)}).`
        : reason.value === 'heavy'
          ? `Te zwaar voor een vraag van deze omvang (${scaleOrImpact(a)}): maanden werk en hoge verwachtingen voor een kleine vraag.`
          : `Te licht om alleen op te leunen bij een gemeentebrede vraag met grote impact.`;
    case 'bereik':
      return reason.effect === 'fits' ? `Bereikt ${reach(a)}.` : `Bereikt ${reach(a)} niet goed.`;
    case 'groep':
      return reason.effect === 'fits'
        ? `Bereikt ${group(a)} goed.`
        : reason.effect === 'does-not-fit'
          ? `Bereikt ${group(a)} niet.`
          : `Bereikt ${group(a)} alleen met extra moeite.`;
    case 'budget':
      return reason.effect === 'fits'
        ? `Kost ongeveer ${euroRange(reason.value)}; dat past binnen je budget van ${euro(Number(reason.answer))}.`
        : reason.effect === 'neutral'
          ? `Kost ongeveer ${euroRange(reason.value)}; met je budget van ${euro(Number(reason.answer))} kan het alleen in een eenvoudige vorm.`
          : `Kost ongeveer ${euroRange(reason.value)}; dat is meer dan je budget van ${euro(Number(reason.answer))}.`;
    case 'tijd':
      return reason.effect === 'fits'
        ? `Haalbaar in ${a} weken.`
        : `Heeft minstens ${reason.value} weken nodig; je hebt er ${a}.`;
    case 'mandaat':
      return reason.effect === 'fits'
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
    case 'domein':
      return `Hoort bij een ander domein dan deze vraag (${domainLabels[a as Domain]?.label.toLowerCase() ?? a}).`;
  }
}

/** Why an instrument is niet haalbaar: one sentence per limit. */
export function describeInfeasibility(limit: Infeasibility): string {
  return limit.criterion === 'budget'
    ? `Kost minstens ${euro(limit.needed)}; je budget is ${euro(limit.answer)}.`
    : `Heeft minstens ${limit.needed} weken nodig; je hebt er ${limit.answer}.`;
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
    case 'procedure':
      return 'de wettelijke procedure met zienswijzen';
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
    `${list((w.instrumentIds ?? []).map(names))} werkt het best met één vraag die met ja of nee te beantwoorden is, en dat is hier niet (zeker) zo. Een referendum met meer keuzes kan (Duiven deed het in 2008), maar dan moet vooraf vastliggen hoe de uitslag wordt geteld. Vaak past een preferendum beter.`,
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
  'meebeslissen-zonder-mandaat': () =>
    'Inwoners beslissen in deze fase, maar niemand heeft vooraf een mandaat gegeven of toegezegd de uitkomst over te nemen. Dan is de belofte leeg. Regel het mandaat of de toezegging, of kies een lager niveau.',
  'mandaat-niet-doorgetrokken': () =>
    'In een andere fase is een mandaat geregeld, maar niet in deze fase, waar inwoners ook beslissen. Een mandaat geldt alleen waarvoor het is gegeven: regel het ook hier, of kies een lager niveau.',
  'doel-past-niet-bij-niveau': (w) =>
    `Het doel ${list((w.goals ?? []).map(goal))} past niet bij het niveau dat je belooft. Een besluit nemen kan pas vanaf meebeslissen; kennis of ideeën ophalen vraagt minstens raadplegen. Pas het doel of het niveau aan.`,
  'representatief-met-actieve-inwoners': () =>
    'Je wilt een representatief beeld, maar je richt je op actieve inwoners: mensen die zich zelf melden. Zij zijn geen doorsnede van de gemeente. Kies alle inwoners als doelgroep, of laat het doel representatief beeld los.',
  'specifieke-groepen-zonder-groepen': () =>
    'Je wilt specifieke groepen bereiken, maar je hebt nog niet gekozen welke. Kies de groepen, dan kan het advies erop letten.',
  'geen-kaderstelling-vooraf': () =>
    'De raad stelt nergens vooraf de kaders vast. Zonder kaders weten deelnemers niet waarover ze wel en niet kunnen meepraten. Geef de raad in deze fase of eerder een kaderstellende rol.',
  'start-bij-besluitvorming': () =>
    'Het traject begint pas bij de besluitvorming. Zijn inwoners bij de agendering en de voorbereiding niet gevraagd? Beantwoord die fasen ook, of leg uit waarom het besluit er al ligt.',
  'ondersteunend-instrument': (w, names) =>
    `${list((w.instrumentIds ?? []).map(names))} geeft deelnemers minder invloed dan het niveau van deze fase. Als ondersteuning is dat prima, maar vertel deelnemers welke invloed ze met dit instrument hebben.`,
  'geen-participatie-met-instrumenten': (w, names) =>
    `Je kiest voor geen participatie in deze fase, maar er staan nog instrumenten: ${list((w.instrumentIds ?? []).map(names))}. Haal ze weg, of kies toch voor participatie.`,
  'geen-evaluatie': () =>
    'Er is geen evaluatie gepland. Spreek af wanneer je terugkijkt op de participatie en hoe de raad daarover hoort; de participatieverordening vraagt dat.',
  'gekozen-instrument-niet-haalbaar': (w, names) =>
    `${list((w.instrumentIds ?? []).map(names))} is niet haalbaar: ${(w.infeasible ?? [])
      .map((l) =>
        describeInfeasibility(l)
          .replace(/\.$/, '')
          .replace(/^./, (c) => c.toLowerCase()),
      )
      .join('; ')}. Kies een ander instrument, of zorg voor meer budget of tijd.`,
  'pas-laat-betrokken': () =>
    'Inwoners doen pas mee als het probleem en de plannen al vastliggen: bij agendering en beleidsvoorbereiding betrek je ze niet. Te laat betrokken worden is een van de bekendste klachten over inspraak. Kijk of inwoners eerder kunnen meedenken. Kan dat niet, leg dan uit waarom.',
};

export function describeWarning(w: Warning, names: InstrumentNames = (id) => id): string {
  return warningTexts[w.id](w, names);
}

/** The first thing the advice says when the asked level is above what the room carries. */
export function describeLevelAdvice(advice: { asked: Level; advised: Level; room: Room }): string {
  return `Je vraagt om ${level(advice.asked)}, maar bij ${room(advice.room)} kan hooguit ${level(advice.advised)} eerlijk. Het advies hieronder is voor ${level(advice.advised)}.`;
}

/** When no instrument has a positive score: say so instead of proposing a poor fit as the best. */
export const NO_GOOD_FIT =
  'Geen enkel instrument past goed bij deze antwoorden. Kijk nog eens naar de doelen, het niveau en de doelgroep, of naar het budget en de tijd.';

/** "1" or "gedeeld 2e" when another instrument has the same rank. */
export function rankLabel(rank: number, shared: boolean): string {
  return shared ? `gedeeld ${rank}e` : String(rank);
}
