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

export type OverlapKind = 'instrument' | 'goal' | 'warning' | 'word';

export interface OverlapSuggestion {
  /** Stable across recomputations (`kind:id`), so a rode draad can remember where it came from. */
  key: string;
  kind: OverlapKind;
  /** What the groups share, in Dutch: an instrument name, a goal label, a warning text or the word. */
  label: string;
  groupIds: string[];
}

const KIND_ORDER: OverlapKind[] = ['instrument', 'goal', 'warning', 'word'];

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
  const phrases = new Map<string, string[]>();
  for (const instrument of catalogue.instruments) {
    const name = normalizeText(instrument.name);
    const withoutParentheses = name.replace(/\s*\(.*\)\s*/, ' ').trim();
    const inParentheses = /\(([^)]+)\)/.exec(name)?.[1];
    const set = new Set([
      withoutParentheses,
      instrument.id,
      instrument.id.replace(/-/g, ' '),
      ...(INSTRUMENT_ALIASES[instrument.id] ?? []),
    ]);
    if (inParentheses) set.add(inParentheses);
    phrases.set(instrument.id, [...set].map(normalizeText));
  }
  return phrases;
}

type Matches = Map<string, { label: string; groups: Set<string> }>;

function add(matches: Matches, id: string, label: string, groupId: string): void {
  const existing = matches.get(id) ?? { label, groups: new Set<string>() };
  existing.groups.add(groupId);
  matches.set(id, existing);
}

export interface OverlapOptions {
  catalogue: Catalogue;
  /** Advice per group when the caller already has it; otherwise it is computed from the group's choices. */
  advice?: ReadonlyMap<string, Recommendation>;
  /** How many repeated words to suggest at most; words are the weakest signal. */
  maxWords?: number;
}

export function suggestOverlap(session: WorkshopSession, options: OverlapOptions): OverlapSuggestion[] {
  const { catalogue } = options;
  const names = instrumentNames(catalogue);
  const phrases = instrumentPhrases(catalogue);
  const byKind: Record<OverlapKind, Matches> = {
    instrument: new Map(),
    goal: new Map(),
    warning: new Map(),
    word: new Map(),
  };

  // Words of the casus and the questions come back in every answer; they are not a shared idea.
  const background = new Set(
    wordsIn(
      [
        session.casus.title,
        session.casus.vraagstuk,
        ...session.questions.flatMap((q) => [q.title, q.explanation]),
      ].join(' '),
    ),
  );

  for (const group of session.groups) {
    const own = Object.hasOwn(session.answers, group.id) ? session.answers[group.id] : undefined;
    const text = normalizeText(Object.values(own ?? {}).join('\n'));

    for (const [id, variants] of phrases) {
      if (variants.some((z) => containsPhrase(text, z))) add(byKind.instrument, id, names(id), group.id);
    }
    for (const goal of GOALS) {
      if (GOAL_SIGNALS[goal].some((z) => containsPhrase(text, z)) || group.choice?.goals.includes(goal)) {
        add(byKind.goal, goal, goalLabels[goal].label, group.id);
      }
    }

    const advice =
      options.advice?.get(group.id) ??
      (isUsableChoice(group.choice) ? recommendInstruments(choiceToAnswers(group.choice), catalogue) : undefined);
    if (advice) {
      for (const warning of advice.warnings) add(byKind.warning, warning.id, describeWarning(warning, names), group.id);
    }

    for (const word of new Set(wordsIn(text))) {
      if (word.length < 4 || STOP_WORDS.has(word) || background.has(word) || /^\d+$/.test(word)) continue;
      add(byKind.word, word, word, group.id);
    }
  }

  // A word that is already part of an instrument or goal suggestion would say the same twice.
  const alreadyNamed = new Set(
    [...byKind.instrument.keys(), ...byKind.goal.keys()].flatMap((id) => [
      ...(phrases.get(id) ?? []),
      ...(GOAL_SIGNALS[id as Goal] ?? []),
    ]),
  );

  const result: OverlapSuggestion[] = [];
  for (const kind of KIND_ORDER) {
    const list = [...byKind[kind]]
      .filter(([id, t]) => t.groups.size >= 2 && !(kind === 'word' && alreadyNamed.has(id)))
      .map(([id, t]) => ({
        key: `${kind}:${id}`,
        kind,
        label: t.label,
        // Keep the session's group order, so the presenter lists groups the same way everywhere.
        groupIds: session.groups.map((g) => g.id).filter((g) => t.groups.has(g)),
      }))
      .sort((a, b) => b.groupIds.length - a.groupIds.length || a.label.localeCompare(b.label, 'nl'));
    result.push(...(kind === 'word' ? list.slice(0, options.maxWords ?? 8) : list));
  }
  return result.sort(
    (a, b) => b.groupIds.length - a.groupIds.length || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
