import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { PhaseRecommendation, RankedInstrument, Warning } from '../../../shared/participatie/index';
import { AdvicePanel } from '../../../renderer/src/features/flow/AdvicePanel';
import { instrumentName } from '../../../renderer/src/features/flow/advice';
import { createI18n } from '../../../renderer/src/i18n';
import { renderTraject } from './harness';

/** A ranked instrument as engine 2.0 returns it. */
const ranked = (instrumentId: string, rank: number, extra: Partial<RankedInstrument> = {}): RankedInstrument => ({
  instrumentId,
  score: 10 - rank,
  rank,
  feasible: true,
  infeasible: [],
  reasons: [{ criterion: 'doel', answer: 'kennis-ophalen', effect: 'fits', weight: 3 }],
  ...extra,
});

function recommendation(extra: Partial<PhaseRecommendation> = {}): PhaseRecommendation {
  return {
    phase: 'agendering',
    geenParticipatie: false,
    contradiction: false,
    noGoodFit: false,
    ranking: [
      ranked('wijkgesprek', 1),
      ranked('enquete', 2),
      ranked('informatiebijeenkomst', 2),
      ranked('burgerberaad', 4, {
        feasible: false,
        infeasible: [{ criterion: 'budget', answer: 20_000, needed: 100_000 }],
      }),
      ranked('referendum', 5, {
        feasible: false,
        infeasible: [{ criterion: 'tijd', answer: 10, needed: 20 }],
      }),
    ],
    excluded: [],
    mix: {
      // The engine keeps infeasible instruments out of the mix; the UI must hold even if it did not.
      items: [
        { instrumentId: 'wijkgesprek', score: 9, why: 'hoogste-score', covers: [] },
        { instrumentId: 'burgerberaad', score: 6, why: 'dekking', covers: [{ kind: 'representatief' }] },
      ],
      uncovered: [],
    },
    ...extra,
  };
}

function renderPanel(rec: PhaseRecommendation, warnings: Warning[] = [], chosen: string[] = []) {
  const onChosen = vi.fn();
  render(
    <I18nextProvider i18n={createI18n()}>
      <AdvicePanel phase="agendering" advice={{ recommendation: rec, warnings }} chosen={chosen} onChosen={onChosen} />
    </I18nextProvider>,
  );
  return { onChosen, panel: screen.getByRole('complementary', { name: /Advies voor de fase/ }) };
}

const card = (panel: HTMLElement, id: string) => panel.querySelector<HTMLElement>(`[data-instrument="${id}"]`)!;

describe('Engine 2.0 in the flow: answers', () => {
  it('saves several reaches as a list, in the vocabulary’s order', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    await user.click(screen.getByRole('checkbox', { name: 'Alle inwoners' }));
    await user.click(screen.getByRole('checkbox', { name: 'Belanghebbenden' }));
    expect(screen.getByRole('checkbox', { name: 'Alle inwoners' })).toBeChecked();
    expect(screen.getByRole('link', { name: /1\. Agendering/ })).toHaveTextContent('1 van 4 vragen');
    await waitFor(
      () => expect(stored().answers.phases.agendering?.reach).toEqual(['belanghebbenden', 'alle-inwoners']),
      { timeout: 3000 },
    );
    await user.click(screen.getByRole('checkbox', { name: 'Alle inwoners' }));
    await waitFor(() => expect(stored().answers.phases.agendering?.reach).toEqual(['belanghebbenden']), {
      timeout: 3000,
    });
  });

  it('asks how to recruit only for chosen instruments that recruit in several ways, and saves it', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject({
      answers: { phases: { agendering: { goals: ['representatief-beeld'], instruments: ['informatiebijeenkomst'] } } },
    });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    // An informatiebijeenkomst recruits one way only: nothing to ask.
    expect(screen.queryByRole('region', { name: /Werving/ })).not.toBeInTheDocument();

    const advice = screen.getByRole('complementary', { name: /Advies voor de fase/ });
    const showAll = within(advice).queryByRole('button', { name: /Toon alle/ });
    if (showAll) await user.click(showAll);
    await user.click(within(advice).getByRole('button', { name: `Kies ${instrumentName('burgerpanel')}` }));

    const recruitment = screen.getByRole('region', { name: /Werving/ });
    const question = within(recruitment).getByRole('group', {
      name: `Hoe werf je deelnemers voor ${instrumentName('burgerpanel')}?`,
    });
    expect(within(recruitment).getAllByRole('group')).toHaveLength(1);
    await user.click(within(question).getByRole('radio', { name: /Steekproef/ }));
    await waitFor(() => expect(stored().answers.phases.agendering?.werving).toEqual({ burgerpanel: 'steekproef' }), {
      timeout: 3000,
    });

    // Out of the mix, out of the werving.
    await user.click(within(advice).getAllByRole('button', { name: `Uit mix ${instrumentName('burgerpanel')}` })[0]!);
    expect(screen.queryByRole('region', { name: /Werving/ })).not.toBeInTheDocument();
    await waitFor(() => expect(stored().answers.phases.agendering?.werving).toEqual({}), { timeout: 3000 });
  });

  it('asks the traject’s domain, scale, impact and deciding body once, and a phase may differ', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const context = screen.getByTestId('context');
    expect(context).toHaveAttribute('open');
    await user.click(within(context).getByRole('radio', { name: 'Energie en klimaat' }));
    await user.click(within(context).getByRole('radio', { name: 'Buurt of wijk' }));
    const impact = within(context).getByRole('group', { name: /Hoeveel verandert er/ });
    await user.click(within(impact).getByRole('radio', { name: 'Groot' }));
    await user.click(within(context).getByRole('radio', { name: 'Het college van B en W' }));
    expect(context).toHaveTextContent('Energie en klimaat · Buurt of wijk · Groot · Het college van B en W');

    // This phase is about one street.
    await user.click(screen.getByText('Wijkt de vraag af in deze fase?'));
    const gebied = screen.getByRole('combobox', { name: 'Gebied' });
    expect(within(gebied).getByRole('option', { name: 'Zoals het hele traject: Buurt of wijk' })).toBeInTheDocument();
    await user.selectOptions(gebied, 'straat');

    await waitFor(
      () =>
        expect(stored().answers).toMatchObject({
          domain: 'energie-klimaat',
          scale: 'buurt',
          impact: 'groot',
          competentBody: 'college',
          phases: { agendering: { scale: 'straat' } },
        }),
      { timeout: 3000 },
    );
    await user.selectOptions(gebied, '');
    await waitFor(() => expect(stored().answers.phases.agendering).not.toHaveProperty('scale'), { timeout: 3000 });
  });

  it('folds the context to one line when it is all answered', async () => {
    renderTraject({
      answers: { domain: 'sociaal', scale: 'gemeente', impact: 'middel', competentBody: 'raad', phases: {} },
    });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const context = screen.getByTestId('context');
    expect(context).not.toHaveAttribute('open');
    expect(context).toHaveTextContent('Sociaal domein · Hele gemeente · Middel · De gemeenteraad');
  });

  it('asks next to the mandate whether the bestuur commits beforehand, and saves it', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    await user.click(screen.getByRole('checkbox', { name: /zegt vooraf toe de uitkomst over te nemen/ }));
    await waitFor(() => expect(stored().answers.phases.agendering?.priorCommitment).toBe(true), { timeout: 3000 });
  });
});

describe('Engine 2.0 in the flow: advice', () => {
  it('shows what the budget or time cannot carry as niet haalbaar, at the bottom, and never adopts it', async () => {
    const user = userEvent.setup();
    const { panel, onChosen } = renderPanel(recommendation());
    const ranking = within(panel).getByRole('list', { name: /3 passende instrumenten/ });
    expect(within(ranking).queryByText(/Niet haalbaar/)).not.toBeInTheDocument();

    const infeasible = within(panel).getByRole('list', { name: /2 instrumenten zijn niet haalbaar/ });
    // Below the ranking.
    expect(ranking.compareDocumentPosition(infeasible) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card(panel, 'burgerberaad')).toHaveTextContent(
      /Niet haalbaar: kost minstens €\s100\.000, je budget is €\s20\.000\./,
    );
    expect(card(panel, 'referendum')).toHaveTextContent(
      /Niet haalbaar: heeft minstens 20 weken nodig, je hebt er 10\./,
    );
    expect(card(panel, 'burgerberaad')).toHaveClass('samenspel-instrument--infeasible');

    await user.click(within(panel).getByText(/Bekijk een voorstel voor een mix \(1 instrument\)/));
    await user.click(within(panel).getByRole('button', { name: 'Voorstel overnemen' }));
    expect(onChosen).toHaveBeenCalledWith(['wijkgesprek']);
  });

  it('shows shared ranks as gedeeld', () => {
    const { panel } = renderPanel(recommendation());
    expect(card(panel, 'enquete')).toHaveTextContent('gedeeld 2e');
    expect(card(panel, 'informatiebijeenkomst')).toHaveTextContent('gedeeld 2e');
    expect(card(panel, 'wijkgesprek')).not.toHaveTextContent('gedeeld');
  });

  it('shows the cost range and the sources of an instrument', async () => {
    const user = userEvent.setup();
    const { panel } = renderPanel(recommendation());
    const wijkgesprek = card(panel, 'wijkgesprek');
    expect(wijkgesprek).toHaveTextContent(/Kosten: (€\s[\d.]+ tot €\s[\d.]+|ongeveer €\s[\d.]+|bijna niets)/);
    await user.click(within(wijkgesprek).getByText(`Meer over ${instrumentName('wijkgesprek')}`));
    expect(within(wijkgesprek).getByText('Bronnen:')).toBeVisible();
  });

  it('says first that the advice is for a lower level, and shows contradictions before the ranking', () => {
    const warning: Warning = { id: 'niveau-hoger-dan-ruimte', severity: 'high', phase: 'agendering', field: 'level' };
    const { panel } = renderPanel(
      recommendation({
        levelAdvice: { asked: 'meebeslissen', advised: 'adviseren', room: 'beperkt' },
        contradiction: true,
      }),
      [warning],
    );
    const levelAdvice = within(panel).getByText(
      'Je vraagt meebeslissen, maar de ruimte (alleen details open) draagt hooguit adviseren. Het advies hieronder is voor adviseren.',
    );
    const contradiction = within(panel).getByRole('region', { name: 'Los dit eerst op' });
    const shown = contradiction.querySelector('[data-warning="niveau-hoger-dan-ruimte"]');
    expect(shown).not.toBeNull();
    // Not a second live region: the warning is already read out next to the question.
    expect(contradiction.querySelector('[aria-live]')).toBeNull();
    const ranking = within(panel).getByRole('list', { name: /passende instrumenten/ });
    const mix = within(panel).getByRole('region', { name: /Je mix/ });
    const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(levelAdvice, contradiction)).toBe(true);
    expect(before(contradiction, mix)).toBe(true);
    expect(before(mix, ranking)).toBe(true);
    // The mix box does not repeat it.
    expect(panel.querySelectorAll('[data-warning="niveau-hoger-dan-ruimte"]')).toHaveLength(1);
  });

  it('says no instrument fits well and what to reconsider, and proposes nothing as "past het best"', () => {
    const misfit = (id: string, rank: number) =>
      ranked(id, rank, {
        score: -2,
        reasons: [
          { criterion: 'groep', answer: 'laaggeletterden', effect: 'does-not-fit', weight: -2 },
          { criterion: 'bereik', answer: 'alle-inwoners', effect: 'does-not-fit', weight: -1 },
        ],
      });
    const { panel } = renderPanel(
      recommendation({
        noGoodFit: true,
        ranking: [misfit('wijkgesprek', 1), misfit('enquete', 2)],
        mix: { items: [{ instrumentId: 'wijkgesprek', score: -2, why: 'hoogste-score', covers: [] }], uncovered: [] },
      }),
    );
    expect(within(panel).getByTestId('no-good-fit')).toHaveTextContent(
      'Geen enkel instrument past goed bij deze antwoorden. Kijk nog eens naar de groepen die je wilt bereiken en wie je wilt bereiken.',
    );
    expect(within(panel).queryByText(/past het best/)).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Voorstel overnemen' })).not.toBeInTheDocument();
  });
});

describe('Renamed instruments', () => {
  it('says once, at the top, what a newer catalogue renamed in the stored answers', async () => {
    const user = userEvent.setup();
    const { stored } = renderTraject({ answers: { phases: { agendering: { instruments: ['keukentafelgesprek'] } } } });
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const notice = screen.getByTestId('notes');
    expect(notice).toHaveTextContent(/keukentafelgesprek.*gesprek-aan-huis/);
    expect(screen.getByRole('list', { name: 'Gekozen instrumenten' })).toHaveTextContent(
      instrumentName('gesprek-aan-huis'),
    );
    // The new id is stored, so the next time there is nothing to tell.
    await waitFor(() => expect(stored().notes).toEqual([]), { timeout: 3000 });
    expect(stored().answers.phases.agendering?.instruments).toEqual(['gesprek-aan-huis']);

    await user.click(within(notice).getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByTestId('notes')).not.toBeInTheDocument();
  });
});
