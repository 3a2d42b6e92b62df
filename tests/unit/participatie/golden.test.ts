import { describe, expect, it } from 'vitest';
import { type Phase, catalogue, recommendInstruments, voorbeeldCasussen } from '../../../shared/participatie/index';

/**
 * Golden tests for the worked examples. The expectations were checked against participation
 * practice; each states WHY the instrument belongs on top. If a rule change moves them, the change
 * must be argued as well as these comments.
 */
const run = (id: keyof typeof voorbeeldCasussen) => recommendInstruments(voorbeeldCasussen[id].answers, catalogue);
const top = (rec: ReturnType<typeof run>, phase: Phase, n: number) =>
  rec.phases
    .find((p) => p.phase === phase)!
    .ranking.slice(0, n)
    .map((r) => r.instrumentId);
const mix = (rec: ReturnType<typeof run>, phase: Phase) =>
  rec.phases.find((p) => p.phase === phase)!.mix.items.map((i) => i.instrumentId);
const warnings = (rec: ReturnType<typeof run>) => rec.warnings.map((w) => `${w.phase}:${w.id}`);

describe('aardgasvrij De Horst (workshopcasus)', () => {
  const rec = run('aardgasvrij-de-horst');

  it('agendering: ophaalgesprekken first, wijkgesprek in the top 3', () => {
    // Trust is low and the wijk has many older, low-literate and migrant households: you go to
    // them (ophaalgesprekken, sleutelpersonen) instead of waiting for them at an evening meeting.
    // The wijkgesprek is the classic opener for "what is the problem here?".
    expect(top(rec, 'agendering', 3)).toEqual(['ophaalgesprekken', 'sleutelpersonen', 'wijkgesprek']);
  });

  it('agendering: the chosen wijkgesprek + enquete misses laaggeletterden and migrants', () => {
    // A written survey and an evening talk are exactly the combination that misses these groups.
    expect(rec.warnings.find((w) => w.id === 'groepen-niet-bereikt')).toMatchObject({
      phase: 'agendering',
      groups: ['laaggeletterden', 'migratieachtergrond'],
    });
  });

  it('beleidsvoorbereiding: wijkgesprek and klankbordgroep on top, ontwerpatelier in the top 5; klankbordgroep in the mix for ondernemers', () => {
    // Advising on real options with frames set: a standing klankbordgroep of belanghebbenden
    // (including shopkeepers) plus tables to develop ideas; the ontwerpatelier is the heavier
    // co-design option. The burgerberaad ranks lower because the reach is the wijk's
    // belanghebbenden, not all residents.
    expect(top(rec, 'beleidsvoorbereiding', 2)).toEqual(['wijkgesprek', 'klankbordgroep']);
    expect(top(rec, 'beleidsvoorbereiding', 5)).toContain('ontwerpatelier');
    expect(mix(rec, 'beleidsvoorbereiding')).toEqual(['wijkgesprek', 'klankbordgroep']);
  });

  it('besluitvorming: the council hears residents itself (rondetafelgesprek, spreekrecht) and an inloopavond informs', () => {
    // The decision is the council's: instruments that bring residents to the council fit its
    // volksvertegenwoordigende role; informing and feedback come from an inloopavond.
    expect(top(rec, 'besluitvorming', 2)).toEqual(['rondetafelgesprek', 'spreekrecht']);
    expect(mix(rec, 'besluitvorming')).toEqual(['rondetafelgesprek', 'inloopavond']);
  });

  it('uitvoering: keukentafelgesprekken per household, klankbordgroep close behind, inloopavond for feedback', () => {
    // Switching a house off gas is personal (costs, works in your home): kitchen-table talks reach
    // older and disabled residents; a klankbordgroep follows planning and nuisance.
    expect(top(rec, 'uitvoering', 1)).toEqual(['keukentafelgesprek']);
    expect(top(rec, 'uitvoering', 3)).toContain('klankbordgroep');
    expect(mix(rec, 'uitvoering')).toEqual(['keukentafelgesprek', 'inloopavond']);
  });

  it('evaluatie: an evaluation session with participants', () => {
    // It reports back what happened with the input and collects lessons in one go.
    expect(top(rec, 'evaluatie', 1)).toEqual(['evaluatiesessie']);
  });

  it('raises only the group warning', () => {
    expect(warnings(rec)).toEqual(['agendering:groepen-niet-bereikt']);
  });
});

describe('burgerbegroting Oosterpark', () => {
  const rec = run('burgerbegroting-oosterpark');

  it('the burgerbegroting itself tops preparation and decision; sleutelpersonen reach migrants', () => {
    // With a budget mandate and residents deciding, the burgerbegroting is the instrument;
    // sleutelpersonen help groups that otherwise do not submit plans.
    expect(top(rec, 'beleidsvoorbereiding', 1)).toEqual(['burgerbegroting']);
    expect(mix(rec, 'beleidsvoorbereiding')).toEqual(['burgerbegroting', 'sleutelpersonen']);
    expect(top(rec, 'besluitvorming', 1)).toEqual(['burgerbegroting']);
  });

  it('at meebeslissen no instrument reaches migrants well: reported as uncovered, and warned for the chosen mix', () => {
    const besluit = rec.phases.find((p) => p.phase === 'besluitvorming')!;
    expect(besluit.mix.uncovered).toEqual([{ kind: 'groep', id: 'migratieachtergrond' }]);
    expect(warnings(rec)).toEqual(['beleidsvoorbereiding:groepen-niet-bereikt', 'besluitvorming:groepen-niet-bereikt']);
  });

  it('uitvoering: a wijkbudget, because residents decide on small plans (uitdaagrecht is for taking over a task)', () => {
    expect(top(rec, 'uitvoering', 1)).toEqual(['wijkbudget']);
  });
});

describe('omgevingsvisie Westerzande', () => {
  const rec = run('omgevingsvisie-westerzande');

  it('agendering with a wide-open question and a representative picture: burgertop plus outreach', () => {
    // A G1000-style burgertop draws part of its participants by lot and suits an open question;
    // ophaalgesprekken add jongeren and afhakers, a focusgroep adds ondernemers.
    expect(top(rec, 'agendering', 2)).toEqual(['burgertop', 'ophaalgesprekken']);
    expect(mix(rec, 'agendering')).toEqual(['burgertop', 'ophaalgesprekken', 'focusgroep']);
  });

  it('beleidsvoorbereiding: a burgerberaad for weighing housing, nature and energy', () => {
    // Complex trade-offs, a representative group by stratified lot, time and budget available.
    expect(top(rec, 'beleidsvoorbereiding', 1)).toEqual(['burgerberaad']);
  });

  it('flags the chosen online forum + street talks as not representative and without feedback', () => {
    expect(warnings(rec)).toEqual([
      'agendering:representatief-alleen-zelfselectie',
      'agendering:geen-terugkoppeling',
      'agendering:groepen-niet-bereikt',
      'besluitvorming:geen-terugkoppeling',
    ]);
  });
});

describe('uitdaagrecht De Schakel', () => {
  const rec = run('uitdaagrecht-de-schakel');

  it('uitvoering at zelfbeheer: the uitdaagrecht', () => {
    // The stichting asks to take over a task: that is precisely the right to challenge.
    expect(top(rec, 'uitvoering', 1)).toEqual(['uitdaagrecht']);
  });

  it('besluitvorming without participation carries its motivering, so no warning for it', () => {
    expect(rec.phases.find((p) => p.phase === 'besluitvorming')!.geenParticipatie).toBe(true);
    expect(warnings(rec)).toEqual(['uitvoering:groepen-niet-bereikt']);
  });
});

describe('herindeling Aaldorp en Zeevenen', () => {
  const rec = run('herindeling-aaldorp-zeevenen');

  it('agendering: ophaalgesprekken for trust, a burgerpanel for the representative picture', () => {
    expect(mix(rec, 'agendering')).toEqual(['ophaalgesprekken', 'burgerpanel']);
  });

  it('beleidsvoorbereiding: burgerberaad; besluitvorming: a referendum on the yes/no question', () => {
    // The merger question is a genuine yes/no choice with a verordening and a council decision
    // moment, so a (raadgevend) referendum is defensible; before that, a burgerberaad weighs
    // what matters about the kernen.
    expect(top(rec, 'beleidsvoorbereiding', 1)).toEqual(['burgerberaad']);
    expect(top(rec, 'besluitvorming', 1)).toEqual(['referendum']);
    expect(warnings(rec)).toEqual([]);
  });
});
