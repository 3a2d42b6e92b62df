import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/participatie/catalogus/index';
import { suggestOverlap } from '../../../shared/workshop/index';
import { session } from './fixtures';

const withAnswers = (answers: Record<string, Record<string, string>>, extra = {}) => session({ answers, ...extra });

describe('overlap suggestions for rode draden', () => {
  it('finds an instrument two groups name in their own words (accents, plural, alias)', () => {
    const s = withAnswers({
      'groep-1': { aanpak: 'Eerst een Enquête onder alle bewoners, daarna keukentafelgesprekken.' },
      'groep-2': { aanpak: 'Een korte vragenlijst huis aan huis.' },
      'groep-3': { aanpak: 'Een burgerberaad met gelote bewoners.' },
    });
    const enquete = suggestOverlap(s, { catalogue }).find((o) => o.key === 'instrument:enquete');
    expect(enquete).toMatchObject({
      kind: 'instrument',
      label: 'Open vragenlijst (enquête)',
      groupIds: ['groep-1', 'groep-2'],
    });
    // Named by one group only: not a rode draad.
    expect(suggestOverlap(s, { catalogue }).some((o) => o.key === 'instrument:burgerberaad')).toBe(false);
  });

  it('finds shared goals from the text and from the groups\u2019 choices', () => {
    const s = withAnswers(
      { 'groep-1': { doel: 'Draagvlak in de wijk.' }, 'groep-3': { doel: 'Vooral het vertrouwen terugwinnen.' } },
      {
        groups: [
          { id: 'groep-1', name: 'Tafel Noord', choice: null },
          {
            id: 'groep-2',
            name: 'Tafel Zuid',
            choice: { phase: 'agendering', goals: ['draagvlak', 'vertrouwen-herstellen'], groups: [] },
          },
          { id: 'groep-3', name: 'Tafel West', choice: null },
        ],
      },
    );
    const goals = suggestOverlap(s, { catalogue }).filter((o) => o.kind === 'goal');
    expect(goals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'goal:draagvlak', label: 'Draagvlak', groupIds: ['groep-1', 'groep-2'] }),
        expect.objectContaining({ key: 'goal:vertrouwen-herstellen', groupIds: ['groep-2', 'groep-3'] }),
      ]),
    );
  });

  it('finds the same engine warning in two groups\u2019 choices', () => {
    // Room "geen" with level "meebeslissen" promises influence that is not there.
    const contradictory = {
      phase: 'besluitvorming' as const,
      goals: ['besluit-nemen' as const],
      room: 'geen' as const,
      level: 'meebeslissen' as const,
      groups: [],
    };
    const s = session({
      groups: [
        { id: 'groep-1', name: 'Tafel Noord', choice: contradictory },
        { id: 'groep-2', name: 'Tafel Zuid', choice: null },
        { id: 'groep-3', name: 'Tafel West', choice: contradictory },
      ],
    });
    const warning = suggestOverlap(s, { catalogue }).find((o) => o.key === 'warning:ruimte-geen-maar-invloed');
    expect(warning?.groupIds).toEqual(['groep-1', 'groep-3']);
    expect(warning?.label).toMatch(/geen ruimte/i);
  });

  it('suggests repeated words but not stop words, casus words or words already covered', () => {
    const s = withAnswers({
      'groep-1': {
        organisatie: 'De raad moet vooraf kaders stellen en budget geven. Wij hebben een procesregisseur nodig.',
      },
      'groep-2': { organisatie: 'Een vaste procesregisseur, duidelijke kaders en budget, en een enquête.' },
      'groep-3': { organisatie: 'Budget!! En een enquête over de Horst.' },
    });
    const words = suggestOverlap(s, { catalogue }).filter((o) => o.kind === 'word');
    // "kaders" is in the question itself, "horst" in the casus, "enquête" is already an instrument suggestion.
    expect(words.map((w) => w.label)).toEqual(['budget', 'procesregisseur']);
    expect(words[0]!.groupIds).toEqual(['groep-1', 'groep-2', 'groep-3']);
  });

  it('puts the points shared by most groups first', () => {
    const s = withAnswers({
      'groep-1': { aanpak: 'wijkgesprek en enquête' },
      'groep-2': { aanpak: 'wijkgesprek en enquête' },
      'groep-3': { aanpak: 'dorpsgesprek' },
    });
    const [first, second] = suggestOverlap(s, { catalogue });
    expect(first).toMatchObject({ key: 'instrument:wijkgesprek', groupIds: ['groep-1', 'groep-2', 'groep-3'] });
    expect(second).toMatchObject({ key: 'instrument:enquete' });
  });

  it('suggests nothing when groups have not written anything yet', () => {
    expect(suggestOverlap(session(), { catalogue })).toEqual([]);
  });
});
