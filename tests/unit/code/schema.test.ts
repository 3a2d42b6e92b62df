import { describe, expect, it } from 'vitest';
import { defaultCode } from '../../../shared/code/defaults';
import { MAX_TEXT, ParticipatieCode } from '../../../shared/code/schema';
import { exampleCodes } from '../../../shared/code/examples/index';
import { formatZodIssues } from '../../../shared/participatie/zod-dutch';
import { code } from './helpers';

/** The Dutch error lines for an input, or [] when it is valid. */
function fouten(input: unknown): string[] {
  const r = ParticipatieCode.safeParse(input, { reportInput: true });
  return r.success ? [] : formatZodIssues(r.error.issues);
}

describe('participatiecode schema', () => {
  it('accepts the defaults and both bundled codes', () => {
    expect(fouten(defaultCode('Teststad', 2026))).toEqual([]);
    expect(Object.keys(exampleCodes)).toEqual(['lindewaard', 'bremerveld']);
    for (const c of Object.values(exampleCodes)) expect(fouten(c)).toEqual([]);
  });

  it('the bundled codes choose differently: compact and extensive', () => {
    const { lindewaard, bremerveld } = exampleCodes;
    expect(lindewaard.uitdaagrecht.enabled).toBe(false);
    expect(lindewaard.initiators.enabled).toBe(false);
    expect(bremerveld.uitdaagrecht.enabled).toBe(true);
    expect(bremerveld.governmentParticipation.enabled).toBe(true);
    expect(bremerveld.initiators.enabled).toBe(true);
    expect(bremerveld.initiators.mandatoryCases.length).toBeGreaterThan(0);
  });

  it.each<[string, (c: ReturnType<typeof code>) => unknown, RegExp]>([
    [
      'a term chosen twice',
      (c) => (c.definedTerms = ['inspraak', 'beleid', 'inspraak']),
      /^definedTerms\[2\]: Begrip "inspraak" staat er twee keer in$/,
    ],
    [
      'two own terms with one id',
      (c) =>
        (c.ownDefinedTerms = [
          { id: 'wijkraad', term: 'wijkraad', description: 'x' },
          { id: 'wijkraad', term: 'dorpsraad', description: 'y' },
        ]),
      /^ownDefinedTerms\[1\]: Begrip "wijkraad" staat er twee keer in$/,
    ],
    [
      'an own term that is a standard one',
      (c) => (c.ownDefinedTerms = [{ id: 'inspraak', term: 'inspraak', description: 'x' }]),
      /^ownDefinedTerms\[0\]\.id: "inspraak" is al een standaardbegrip/,
    ],
    [
      'an own id with capitals',
      (c) => (c.scope.ownExemptions = [{ id: 'Spoed', text: 'x' }]),
      /^scope\.ownExemptions\[0\]\.id: heeft niet de goede vorm/,
    ],
    [
      'a level twice',
      (c) => c.levels.push({ level: 'informeren', promise: 'x' }),
      /^levels\[5\]: Niveau "informeren" staat er twee keer in$/,
    ],
    ['no levels at all', (c) => (c.levels = []), /^levels: moet minstens één item bevatten$/],
    [
      'an unknown level',
      (c) => (c.levels[0]!.level = 'beslissen' as never),
      /^levels\[0\]\.level: verwacht een van "informeren"/,
    ],
    [
      'a promise longer than the cap',
      (c) => (c.levels[0]!.promise = 'a'.repeat(MAX_TEXT + 1)),
      new RegExp(`^levels\\[0\\]\\.promise: moet hooguit ${MAX_TEXT} tekens hebben$`),
    ],
    ['an empty gemeente', (c) => (c.municipality = '  '), /^municipality: mag niet leeg zijn$/],
    [
      'feedback after half a year',
      (c) => (c.terugkoppeling.terugkoppelingWeeks = 30),
      /^terugkoppeling\.terugkoppelingWeeks: moet hooguit 26 zijn$/,
    ],
    [
      'a zienswijze term under six weeks with afdeling 3.4 Awb',
      (c) => (c.inspraak.termWeeks = 4),
      /^inspraak\.termWeeks: moet minstens 6 weken zijn als afdeling 3\.4 Awb geldt/,
    ],
    [
      'uitdaagrecht without challengers',
      (c) => (c.uitdaagrecht.challengers = []),
      /^uitdaagrecht\.challengers: noem wie de gemeente mag uitdagen$/,
    ],
    [
      'uitdaagrecht for listed tasks without a list',
      (c) => (c.uitdaagrecht.tasks = 'only-listed'),
      /^uitdaagrecht\.listedTasks: noem minstens één taak/,
    ],
    [
      'a conversation after the decision',
      (c) => ((c.uitdaagrecht.conversationWeeks = 12), (c.uitdaagrecht.decisionWeeks = 8)),
      /^uitdaagrecht\.conversationWeeks: het gesprek hoort vóór het besluit/,
    ],
    [
      'an unknown decider',
      (c) => (c.uitdaagrecht.decider = 'raad' as never),
      /^uitdaagrecht\.decider: verwacht een van "college", "competent-body"/,
    ],
    [
      'high impact rules without criteria',
      (c) => (c.scope.impactCriteria = []),
      /^scope\.impactCriteria: noem minstens één criterium voor grote maatschappelijke impact; participatieplan\.required, participatieplan\.raadSees, scope\.normForLargeImpact verwijzen ernaar$/,
    ],
    [
      'an unknown field',
      (c) => ((c as Record<string, unknown>)['referendumDrempel'] = 30),
      /^\(hoofdniveau\): onbekend veld "referendumDrempel"$/,
    ],
    [
      'a wrong version',
      (c) => ((c as { formatVersion: number }).formatVersion = 3),
      /^formatVersion: verwacht 2, maar gevonden: het getal 3$/,
    ],
    [
      'a date in the wrong form',
      (c) => (c.entryIntoForce = { kind: 'date', date: '1-1-2027' }),
      /^entryIntoForce\.date: heeft niet de goede vorm; verwacht een datum als 2027-01-01/,
    ],
  ])('refuses %s, naming the field in Dutch', (_, change, message) => {
    const c = code();
    change(c);
    const errors = fouten(c);
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('without high-impact rules the criteria may be empty', () => {
    const c = code();
    c.scope.impactCriteria = [];
    c.scope.normForLargeImpact = false;
    c.participatieplan.required = 'always';
    c.participatieplan.raadSees = 'afterwards-for-information';
    expect(fouten(c)).toEqual([]);
  });

  it('a switched-off uitdaagrecht needs none of its details', () => {
    const c = code();
    c.uitdaagrecht = { ...c.uitdaagrecht, enabled: false, challengers: [], criteria: [], requestSections: [] };
    expect(fouten(c)).toEqual([]);
  });
});
