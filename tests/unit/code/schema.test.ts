import { describe, expect, it } from 'vitest';
import { defaultCode } from '../../../shared/code/defaults';
import { MAX_TEKST, ParticipatieCode } from '../../../shared/code/schema';
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
    expect(lindewaard.uitdaagrecht.aan).toBe(false);
    expect(lindewaard.initiatiefnemers.aan).toBe(false);
    expect(bremerveld.uitdaagrecht.aan).toBe(true);
    expect(bremerveld.overheidsparticipatie.aan).toBe(true);
    expect(bremerveld.initiatiefnemers.aan).toBe(true);
    expect(bremerveld.initiatiefnemers.verplichteGevallen.length).toBeGreaterThan(0);
  });

  it.each<[string, (c: ReturnType<typeof code>) => unknown, RegExp]>([
    [
      'a term chosen twice',
      (c) => (c.begrippen = ['inspraak', 'beleid', 'inspraak']),
      /^begrippen\[2\]: Begrip "inspraak" staat er twee keer in$/,
    ],
    [
      'two own terms with one id',
      (c) =>
        (c.eigenBegrippen = [
          { id: 'wijkraad', term: 'wijkraad', omschrijving: 'x' },
          { id: 'wijkraad', term: 'dorpsraad', omschrijving: 'y' },
        ]),
      /^eigenBegrippen\[1\]: Begrip "wijkraad" staat er twee keer in$/,
    ],
    [
      'an own term that is a standard one',
      (c) => (c.eigenBegrippen = [{ id: 'inspraak', term: 'inspraak', omschrijving: 'x' }]),
      /^eigenBegrippen\[0\]\.id: "inspraak" is al een standaardbegrip/,
    ],
    [
      'an own id with capitals',
      (c) => (c.toepassing.eigenUitzonderingen = [{ id: 'Spoed', tekst: 'x' }]),
      /^toepassing\.eigenUitzonderingen\[0\]\.id: heeft niet de goede vorm/,
    ],
    [
      'a level twice',
      (c) => c.niveaus.push({ niveau: 'informeren', belofte: 'x' }),
      /^niveaus\[5\]: Niveau "informeren" staat er twee keer in$/,
    ],
    ['no levels at all', (c) => (c.niveaus = []), /^niveaus: moet minstens één item bevatten$/],
    [
      'an unknown level',
      (c) => (c.niveaus[0]!.niveau = 'beslissen' as never),
      /^niveaus\[0\]\.niveau: verwacht een van "informeren"/,
    ],
    [
      'a promise longer than the cap',
      (c) => (c.niveaus[0]!.belofte = 'a'.repeat(MAX_TEKST + 1)),
      new RegExp(`^niveaus\\[0\\]\\.belofte: moet hooguit ${MAX_TEKST} tekens hebben$`),
    ],
    ['an empty gemeente', (c) => (c.gemeente = '  '), /^gemeente: mag niet leeg zijn$/],
    [
      'feedback after half a year',
      (c) => (c.terugkoppeling.terugkoppelingWeken = 30),
      /^terugkoppeling\.terugkoppelingWeken: moet hooguit 26 zijn$/,
    ],
    [
      'a zienswijze term under six weeks with afdeling 3.4 Awb',
      (c) => (c.inspraak.termijnWeken = 4),
      /^inspraak\.termijnWeken: moet minstens 6 weken zijn als afdeling 3\.4 Awb geldt/,
    ],
    [
      'uitdaagrecht without challengers',
      (c) => (c.uitdaagrecht.wie = []),
      /^uitdaagrecht\.wie: noem wie de gemeente mag uitdagen$/,
    ],
    [
      'uitdaagrecht for listed tasks without a list',
      (c) => (c.uitdaagrecht.taken = 'alleen-genoemde'),
      /^uitdaagrecht\.genoemdeTaken: noem minstens één taak/,
    ],
    [
      'a conversation after the decision',
      (c) => ((c.uitdaagrecht.gesprekWeken = 12), (c.uitdaagrecht.beslisWeken = 8)),
      /^uitdaagrecht\.gesprekWeken: het gesprek hoort vóór het besluit/,
    ],
    [
      'an unknown decider',
      (c) => (c.uitdaagrecht.beslisser = 'raad' as never),
      /^uitdaagrecht\.beslisser: verwacht een van "college", "bevoegd-bestuursorgaan"/,
    ],
    [
      'high impact rules without criteria',
      (c) => (c.toepassing.impactCriteria = []),
      /^toepassing\.impactCriteria: noem minstens één criterium voor grote maatschappelijke impact; participatieplan\.verplicht, participatieplan\.raadZiet, toepassing\.normBijGroteImpact verwijzen ernaar$/,
    ],
    [
      'an unknown field',
      (c) => ((c as Record<string, unknown>)['referendumDrempel'] = 30),
      /^\(hoofdniveau\): onbekend veld "referendumDrempel"$/,
    ],
    [
      'a wrong version',
      (c) => ((c as { formatVersion: number }).formatVersion = 2),
      /^formatVersion: verwacht 1, maar gevonden: het getal 2$/,
    ],
    [
      'a date in the wrong form',
      (c) => (c.inwerkingtreding = { soort: 'datum', datum: '1-1-2027' }),
      /^inwerkingtreding\.datum: heeft niet de goede vorm; verwacht een datum als 2027-01-01/,
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
    c.toepassing.impactCriteria = [];
    c.toepassing.normBijGroteImpact = false;
    c.participatieplan.verplicht = 'altijd';
    c.participatieplan.raadZiet = 'ter-informatie';
    expect(fouten(c)).toEqual([]);
  });

  it('a switched-off uitdaagrecht needs none of its details', () => {
    const c = code();
    c.uitdaagrecht = { ...c.uitdaagrecht, aan: false, wie: [], criteria: [], verzoekOnderdelen: [] };
    expect(fouten(c)).toEqual([]);
  });
});
