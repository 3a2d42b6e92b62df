import type { Catalogue } from '../participatie/instrument';
import { goalLabels } from '../participatie/labels';
import { recommendInstruments } from '../participatie/recommend';
import { describeWarning, instrumentNames } from '../participatie/texts';
import type { Recommendation } from '../participatie/types';
import { GOALS, type Goal } from '../participatie/vocabulary';
import { isUsableChoice, choiceToAnswers } from './to-traject';
import type { WorkshopSession } from './session';
import { containsPhrase, normalizeText, STOP_WORDS, wordsIn } from './words';

/**
 * Suggestions for rode draden: points that come back in two or more groups. The trainer decides;
 * these only save looking. Four kinds, most telling first: the same instrument, the same goal,
 * the same warning from the engine, and words the groups repeat.
 */

export type OverlapKind = 'instrument' | 'doel' | 'waarschuwing' | 'woord';

export interface OverlapSuggestion {
  /** Stable across recomputations (`soort:id`), so a rode draad can remember where it came from. */
  sleutel: string;
  soort: OverlapKind;
  /** What the groups share, in Dutch: an instrument name, a goal label, a warning text or the word. */
  label: string;
  groepIds: string[];
}

const KIND_ORDER: OverlapKind[] = ['instrument', 'doel', 'waarschuwing', 'woord'];

/** Everyday words for each goal: groups write "draagvlak creëren", not the goal's id. */
const GOAL_SIGNALS: Record<Goal, string[]> = {
  'informeren-uitleggen': ['informeren', 'uitleggen', 'voorlichting'],
  'kennis-ophalen': ['kennis ophalen', 'ervaringskennis', 'ophalen'],
  'ideeen-ontwikkelen': ['ideeen', 'ideeen ontwikkelen', 'cocreatie', 'co-creatie'],
  draagvlak: ['draagvlak', 'acceptatie'],
  betrokkenheid: ['betrokkenheid', 'betrekken', 'betrokken'],
  'representatief-beeld': ['representatief', 'representatieve', 'afspiegeling'],
  prioriteren: ['prioriteren', 'prioriteiten', 'keuzes maken'],
  'besluit-nemen': ['besluit nemen', 'meebeslissen', 'laten beslissen'],
  'initiatief-ondersteunen': ['initiatief', 'initiatieven', 'bewonersinitiatief'],
  'vertrouwen-herstellen': ['vertrouwen'],
  'taak-overnemen': ['taak overnemen', 'uitdaagrecht', 'zelf uitvoeren', 'overnemen'],
};

/** Extra names people use for an instrument, next to its catalogue name and id. */
const INSTRUMENT_ALIASES: Record<string, string[]> = {
  wijkgesprek: ['wijkgesprek', 'wijkgesprekken', 'dorpsgesprek', 'stadsgesprek', 'buurtgesprek'],
  'dorps-wijkraad': ['wijkraad', 'dorpsraad', 'buurtraad'],
  enquete: ['enquete', 'enquetes', 'vragenlijst'],
  steekproefonderzoek: ['peiling', 'burgerpeiling', 'steekproef'],
  uitdaagrecht: ['right to challenge'],
  burgertop: ['g1000'],
  burgerberaad: ['burgerberaad', 'burgerberaden', 'loting', 'gelote burgers'],
  'gelote-burgertafel': ['burgertafel', 'gelote tafel'],
  'joint-fact-finding': ['joint fact finding', 'feitenonderzoek'],
  'terinzagelegging-zienswijzen': ['zienswijze', 'zienswijzen', 'terinzagelegging'],
  'nieuwsbrief-projectwebsite': ['nieuwsbrief', 'projectwebsite', 'website'],
  informatiebijeenkomst: ['informatieavond', 'informatiebijeenkomst'],
  'gesprek-aan-huis': ['huisbezoek', 'huisbezoeken', 'keukentafelgesprek', 'keukentafelgesprekken'],
  ophaalgesprekken: ['ophaalgesprek', 'ophaalgesprekken'],
  sleutelpersonen: ['sleutelpersonen', 'sleutelfiguren', 'buurtambassadeurs'],
  'online-forum': ['online forum', 'forum'],
  'living-lab': ['living lab', 'stadslab'],
  'mkba-met-inwoners': ['mkba'],
  'participatieve-waarde-evaluatie': ['pwe'],
};

function instrumentPhrases(catalogue: Catalogue): Map<string, string[]> {
  const zinnen = new Map<string, string[]>();
  for (const instrument of catalogue.instruments) {
    const naam = normalizeText(instrument.name);
    const withoutParentheses = naam.replace(/\s*\(.*\)\s*/, ' ').trim();
    const inParentheses = /\(([^)]+)\)/.exec(naam)?.[1];
    const set = new Set([
      withoutParentheses,
      instrument.id,
      instrument.id.replace(/-/g, ' '),
      ...(INSTRUMENT_ALIASES[instrument.id] ?? []),
    ]);
    if (inParentheses) set.add(inParentheses);
    zinnen.set(instrument.id, [...set].map(normalizeText));
  }
  return zinnen;
}

type Treffers = Map<string, { label: string; groepen: Set<string> }>;

function add(treffers: Treffers, id: string, label: string, groepId: string): void {
  const bestaand = treffers.get(id) ?? { label, groepen: new Set<string>() };
  bestaand.groepen.add(groepId);
  treffers.set(id, bestaand);
}

export interface OverlapOptions {
  catalogue: Catalogue;
  /** Advice per group when the caller already has it; otherwise it is computed from the group's choices. */
  advies?: ReadonlyMap<string, Recommendation>;
  /** How many repeated words to suggest at most; words are the weakest signal. */
  maxWoorden?: number;
}

export function suggestOverlap(sessie: WorkshopSession, opties: OverlapOptions): OverlapSuggestion[] {
  const { catalogue } = opties;
  const names = instrumentNames(catalogue);
  const zinnen = instrumentPhrases(catalogue);
  const byKind: Record<OverlapKind, Treffers> = {
    instrument: new Map(),
    doel: new Map(),
    waarschuwing: new Map(),
    woord: new Map(),
  };

  // Words of the casus and the questions come back in every answer; they are not a shared idea.
  const achtergrond = new Set(
    wordsIn(
      [sessie.casus.titel, sessie.casus.vraagstuk, ...sessie.vragen.flatMap((v) => [v.titel, v.toelichting])].join(' '),
    ),
  );

  for (const groep of sessie.groepen) {
    const eigen = Object.hasOwn(sessie.antwoorden, groep.id) ? sessie.antwoorden[groep.id] : undefined;
    const tekst = normalizeText(Object.values(eigen ?? {}).join('\n'));

    for (const [id, varianten] of zinnen) {
      if (varianten.some((z) => containsPhrase(tekst, z))) add(byKind.instrument, id, names(id), groep.id);
    }
    for (const goal of GOALS) {
      if (GOAL_SIGNALS[goal].some((z) => containsPhrase(tekst, z)) || groep.keuze?.goals.includes(goal)) {
        add(byKind.doel, goal, goalLabels[goal].label, groep.id);
      }
    }

    const advies =
      opties.advies?.get(groep.id) ??
      (isUsableChoice(groep.keuze) ? recommendInstruments(choiceToAnswers(groep.keuze), catalogue) : undefined);
    if (advies) {
      for (const warning of advies.warnings)
        add(byKind.waarschuwing, warning.id, describeWarning(warning, names), groep.id);
    }

    for (const woord of new Set(wordsIn(tekst))) {
      if (woord.length < 4 || STOP_WORDS.has(woord) || achtergrond.has(woord) || /^\d+$/.test(woord)) continue;
      add(byKind.woord, woord, woord, groep.id);
    }
  }

  // A word that is already part of an instrument or goal suggestion would say the same twice.
  const alGenoemd = new Set(
    [...byKind.instrument.keys(), ...byKind.doel.keys()].flatMap((id) => [
      ...(zinnen.get(id) ?? []),
      ...(GOAL_SIGNALS[id as Goal] ?? []),
    ]),
  );

  const resultaat: OverlapSuggestion[] = [];
  for (const soort of KIND_ORDER) {
    const lijst = [...byKind[soort]]
      .filter(([id, t]) => t.groepen.size >= 2 && !(soort === 'woord' && alGenoemd.has(id)))
      .map(([id, t]) => ({
        sleutel: `${soort}:${id}`,
        soort,
        label: t.label,
        // Keep the session's group order, so the presenter lists groups the same way everywhere.
        groepIds: sessie.groepen.map((g) => g.id).filter((g) => t.groepen.has(g)),
      }))
      .sort((a, b) => b.groepIds.length - a.groepIds.length || a.label.localeCompare(b.label, 'nl'));
    resultaat.push(...(soort === 'woord' ? lijst.slice(0, opties.maxWoorden ?? 8) : lijst));
  }
  return resultaat.sort(
    (a, b) => b.groepIds.length - a.groepIds.length || KIND_ORDER.indexOf(a.soort) - KIND_ORDER.indexOf(b.soort),
  );
}
