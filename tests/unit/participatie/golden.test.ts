import { describe, expect, it } from 'vitest';
import {
  type Phase,
  SAMPLING_RECRUITMENTS,
  catalogue,
  recommendInstruments,
  exampleCasussen,
} from '../../../shared/participatie/index';

/**
 * Golden tests for the worked examples. The expectations were checked against participation
 * practice; each states WHY the instrument belongs on top. If a rule change moves them, the change
 * must be argued as well as these comments.
 */
const run = (id: keyof typeof exampleCasussen) => recommendInstruments(exampleCasussen[id].answers, catalogue);
const top = (rec: ReturnType<typeof run>, phase: Phase, n: number) =>
  rec.phases
    .find((p) => p.phase === phase)!
    .ranking.slice(0, n)
    .map((r) => r.instrumentId);
const mix = (rec: ReturnType<typeof run>, phase: Phase) =>
  rec.phases.find((p) => p.phase === phase)!.mix.items.map((i) => i.instrumentId);
/** Instruments that draw their participants (sample or lot). */
const drawn = new Set(
  catalogue.instruments.filter((i) => i.recruitment.some((r) => SAMPLING_RECRUITMENTS.has(r))).map((i) => i.id),
);
const warnings = (rec: ReturnType<typeof run>) => rec.warnings.map((w) => `${w.phase}:${w.id}`);

describe('aardgasvrij De Horst (the workshop casus)', () => {
  const rec = run('aardgasvrij-de-horst');

  it('agendering: ophaalgesprekken first, sleutelpersonen and a raad op locatie close behind', () => {
    // Trust is low and the wijk has many older, low-literate and migrant households: you go to
    // them (ophaalgesprekken, sleutelpersonen) instead of waiting for them at an evening meeting.
    // With the raad in its volksvertegenwoordigende role, a raadsmarkt / raad op locatie in the
    // wijk lets councillors hear the problem themselves (model 2.0: new in catalogue 1.1).
    expect(top(rec, 'agendering', 1)).toEqual(['ophaalgesprekken']);
    expect(top(rec, 'agendering', 3)).toEqual(expect.arrayContaining(['sleutelpersonen', 'raadsmarkt']));
    expect(mix(rec, 'agendering')).toEqual(['ophaalgesprekken', 'sleutelpersonen']);
  });

  it('agendering: the chosen wijkgesprek + open vragenlijst misses laaggeletterden and migrants', () => {
    // A written survey and an evening talk are exactly the combination that misses these groups.
    expect(rec.warnings.find((w) => w.id === 'groepen-niet-bereikt')).toMatchObject({
      phase: 'agendering',
      groups: ['laaggeletterden', 'migratieachtergrond'],
    });
  });

  it('beleidsvoorbereiding: wijkgesprek, wijkraad and klankbordgroep on top; klankbordgroep in the mix for ondernemers', () => {
    // Advising on real options with frames set: a standing klankbordgroep of belanghebbenden
    // (including shopkeepers) plus tables to develop ideas; the wijkraad advises the same way.
    // The ontwerpatelier is the heavier co-design option; no burgerberaad for one wijk.
    expect(top(rec, 'beleidsvoorbereiding', 3)).toEqual(
      expect.arrayContaining(['wijkgesprek', 'dorps-wijkraad', 'klankbordgroep']),
    );
    expect(top(rec, 'beleidsvoorbereiding', 5)).toContain('ontwerpatelier');
    expect(top(rec, 'beleidsvoorbereiding', 10)).not.toContain('burgerberaad');
    expect(mix(rec, 'beleidsvoorbereiding')).toEqual(['wijkgesprek', 'klankbordgroep']);
  });

  it('besluitvorming: the council hears residents itself (rondetafelgesprek, spreekrecht, shown as a tie) and an inloopavond informs', () => {
    // The decision is the council's: instruments that bring residents to the council fit its
    // volksvertegenwoordigende role; informing and feedback come from an inloopavond. The two
    // council hearings are equally good advice, so they share rank 1.
    const decision = rec.phases.find((p) => p.phase === 'besluitvorming')!;
    expect(decision.ranking.slice(0, 2).map((r) => [r.instrumentId, r.rank])).toEqual([
      ['rondetafelgesprek', 1],
      ['spreekrecht', 1],
    ]);
    expect(mix(rec, 'besluitvorming')).toEqual(['rondetafelgesprek', 'inloopavond']);
  });

  it('uitvoering: a talk at home per household, omgevingsmanagement for the works', () => {
    // Switching a house off gas is personal (costs, works in your home): a gesprek aan huis
    // reaches older and disabled residents; omgevingsmanagement (a contact, a spreekuur, a bouwapp)
    // handles planning and nuisance and tells people what happens.
    expect(top(rec, 'uitvoering', 1)).toEqual(['gesprek-aan-huis']);
    expect(mix(rec, 'uitvoering')).toEqual(['gesprek-aan-huis', 'omgevingsmanagement']);
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
    // With a budget mandate and residents deciding, the burgerbegroting is the instrument (for
    // one wijk it is not a heavy instrument); sleutelpersonen help groups that otherwise do not
    // submit plans.
    expect(top(rec, 'beleidsvoorbereiding', 1)).toEqual(['burgerbegroting']);
    expect(mix(rec, 'beleidsvoorbereiding')).toEqual(['burgerbegroting', 'sleutelpersonen']);
    expect(top(rec, 'besluitvorming', 1)).toEqual(['burgerbegroting']);
  });

  it('at meebeslissen no instrument reaches migrants well: reported as uncovered, and warned for the chosen mix', () => {
    const decision = rec.phases.find((p) => p.phase === 'besluitvorming')!;
    expect(decision.mix.uncovered).toEqual([{ kind: 'groep', id: 'migratieachtergrond' }]);
    expect(warnings(rec)).toEqual(['beleidsvoorbereiding:groepen-niet-bereikt', 'besluitvorming:groepen-niet-bereikt']);
  });

  it('uitvoering: a wijkbudget, because residents decide on small plans (uitdaagrecht is for taking over a task)', () => {
    expect(top(rec, 'uitvoering', 1)).toEqual(['wijkbudget']);
  });
});

describe('omgevingsvisie Westerzande', () => {
  const rec = run('omgevingsvisie-westerzande');

  it('agendering with a wide-open question and a representative picture: outreach plus a drawn sample', () => {
    // Ophaalgesprekken reach jongeren and afhakers where they are; a representative picture needs
    // a sample (steekproefonderzoek, or a burgerpanel recruited by sample), not self-selection.
    expect(top(rec, 'agendering', 2)).toEqual(['ophaalgesprekken', 'steekproefonderzoek']);
    expect(mix(rec, 'agendering').some((id) => drawn.has(id))).toBe(true);
  });

  it('beleidsvoorbereiding: a mini-public for weighing housing, nature and energy', () => {
    // Complex trade-offs for the whole gemeente: a burgertop or a gelote burgertafel. The
    // burgerberaad is not feasible with € 90.000 (it costs € 100.000 or more), so it is never on top.
    expect(top(rec, 'beleidsvoorbereiding', 2)).toEqual(['burgertop', 'gelote-burgertafel']);
    const ranked = rec.phases.find((p) => p.phase === 'beleidsvoorbereiding')!.ranking;
    expect(ranked.find((r) => r.instrumentId === 'burgerberaad')).toMatchObject({ feasible: false });
  });

  it('besluitvorming: the statutory terinzagelegging is in the mix (afdeling 3.4 Awb applies to an omgevingsvisie)', () => {
    expect(mix(rec, 'besluitvorming')).toContain('terinzagelegging-zienswijzen');
  });

  it('flags the chosen online forum + street talks as not representative and without feedback', () => {
    expect(warnings(rec)).toEqual([
      'agendering:representatief-alleen-zelfselectie',
      'agendering:geen-terugkoppeling',
      'agendering:groepen-niet-bereikt',
      'beleidsvoorbereiding:groepen-niet-bereikt',
    ]);
  });
});

describe('uitdaagrecht De Schakel', () => {
  const rec = run('uitdaagrecht-de-schakel');

  it('uitvoering at zelfbeheer within fixed frames: the uitdaagrecht', () => {
    // The stichting asks to take over a task: that is precisely the right to challenge. The room
    // is "echte keuzes binnen kaders", which carries zelfbeheer since model 2.0.
    expect(top(rec, 'uitvoering', 1)).toEqual(['uitdaagrecht']);
    expect(mix(rec, 'uitvoering')).toEqual(['uitdaagrecht']);
  });

  it('besluitvorming without participation carries its motivering, so no warning for it', () => {
    expect(rec.phases.find((p) => p.phase === 'besluitvorming')!.geenParticipatie).toBe(true);
    expect(warnings(rec)).toEqual(['uitvoering:groepen-niet-bereikt']);
  });
});

describe('herindeling Aaldorp en Zeevenen', () => {
  const rec = run('herindeling-aaldorp-zeevenen');

  it('agendering: a sample for the representative picture, outreach for trust', () => {
    // The burgerpanel is recruited by sample (werving), so the chosen mix gives a representative
    // picture and no warning fires; the advice starts with a steekproefonderzoek.
    // A gelote burgertafel (a drawn group that can also talk the open question through) or a
    // burgerpeiling: both give a representative picture; ophaalgesprekken add trust.
    expect(top(rec, 'agendering', 2)).toEqual(expect.arrayContaining(['gelote-burgertafel', 'steekproefonderzoek']));
    expect(top(rec, 'agendering', 3)).toContain('ophaalgesprekken');
  });

  it('beleidsvoorbereiding: burgerberaad; besluitvorming: an advisory referendum on the yes/no question', () => {
    // The merger question is a genuine yes/no choice with a verordening and a council decision
    // moment, so a raadgevend referendum is defensible; before that, a burgerberaad (with a
    // realistic budget) weighs what matters about the kernen.
    expect(top(rec, 'beleidsvoorbereiding', 1)).toEqual(['burgerberaad']);
    expect(top(rec, 'besluitvorming', 1)).toEqual(['referendum']);
    expect(warnings(rec)).toEqual([]);
  });
});
