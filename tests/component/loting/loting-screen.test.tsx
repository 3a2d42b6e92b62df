import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LotingScreen } from '../../../renderer/src/features/loting/LotingScreen';
import { renderWithBackend } from '../render';
import { highsSolver } from '../../../main/loting/highs';
import { computeLoting } from '../../../shared/loting/compute';
import { createPool } from '../../../shared/loting/validation';
import { exampleDraw } from './example';

const { poolData, settings, result } = await exampleDraw();
const outcome = { result };

describe('LotingScreen', () => {
  it('says so when the pool no longer exists', async () => {
    renderWithBackend(
      <LotingScreen route={{ name: 'loting', poolId: '00000000-0000-4000-8000-000000000000' }} navigate={() => {}} />,
    );
    expect(await screen.findByText(/bestaat niet \(meer\)/)).toBeInTheDocument();
  });

  it('renders quota, validation, result figures, panel, reserves and exports', async () => {
    let poolId = '';
    renderWithBackend(<Wrapper getId={() => poolId} />, {
      seed: (services) => {
        poolId = services.loting.create('Burgerberaad', poolData).id;
        services.loting.saveSettings(poolId, settings);
        services.loting.saveDraw(poolId, outcome.result);
      },
    });
    expect(await screen.findByRole('heading', { name: 'Burgerberaad (200)' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Resultaat' })).toBeInTheDocument();
    expect(screen.getByText(/^Berekend op .* met een panel van 20, 4 quota\.$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Minimum voor gender = female')).toHaveValue('9');
    expect(await screen.findByText('De quota passen bij de pool.')).toBeInTheDocument();

    const digits = screen.getByText('Laagste selectiekans').closest('div')!;
    expect(within(digits).getByText('10,00%')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Selectiekansen van alle respondenten.*LEXIMIN: laagste kans 10,00%/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Kansen in cijfers' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(screen.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Reservelijst \(\d+\)/ })).toBeInTheDocument();

    // Dropouts: within the guarantee the reserves fill the seats; a re-selection round replaces the draw.
    expect(screen.getByText(/vallen er tegelijk hoogstens 4 panelleden met een reserve af/)).toBeInTheDocument();
    const first = outcome.result.replacements.find((v) => v.reserve !== null)!;
    const name = `R${first.member + 1}`;
    await userEvent.click(screen.getByRole('checkbox', { name: `${name} valt af` }));
    expect(
      await screen.findByText(new RegExp(`Deze 1 plaats\\(en\\) vul je met de reserves: R${first.reserve! + 1}\\.`)),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Herselectie: loot de open plaatsen opnieuw' }));
    expect(
      await screen.findByText(/Dit is een herselectie\. Afgevallen: 1, gebleven: 19\./, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: `${name} valt af` })).not.toBeInTheDocument();

    // A quotum the pool cannot meet is explained before anything is computed.
    const min = screen.getByLabelText('Minimum voor gender = female');
    await userEvent.clear(min);
    await userEvent.type(min, '150');
    expect(
      await screen.findByText('gender = female: het minimum (150) is groter dan het maximum (20).'),
    ).toBeInTheDocument();
    // The result no longer belongs to the quota on the screen: it says so at once.
    expect(screen.getByRole('heading', { name: 'Resultaat (verouderd)' })).toBeInTheDocument();
    expect(screen.getByText(/Deze uitkomst is verouderd: hij is berekend op .* met andere quota/)).toBeInTheDocument();
    await userEvent.clear(min);
    await userEvent.type(min, '15');
    expect(
      await screen.findByText('gender: de minima vragen samen 24 plaatsen, maar het panel heeft er 20.'),
    ).toBeInTheDocument();

    // A quota file with a kenmerk the pool lacks is refused, naming it.
    const file = new File(['category,feature,min,max\nleeftijd,16-24,1,4\n'], 'quota.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Quotabestand laden (CSV)'), file);
    expect(
      await screen.findByText(
        /^Het quotabestand is niet geladen\. De quota noemen het kenmerk “leeftijd”, maar de pool heeft geen kenmerk met die naam\./,
      ),
    ).toBeInTheDocument();
  }, 60_000);
});

describe('LotingScreen: every zero explained', () => {
  it('names who can never be selected and why, before and after the computation', async () => {
    const small = {
      columns: [
        { name: 'id', role: 'id' as const },
        { name: 'geslacht', role: 'feature' as const },
      ],
      rows: [
        ['A1', 'vrouw'],
        ['A2', 'vrouw'],
        ['A3', 'man'],
        ['A4', 'man'],
        ['X1', 'anders'],
      ],
    };
    const smallSettings = {
      panelSize: 2,
      quota: [
        { category: 'geslacht', value: 'vrouw', min: 1, max: 1 },
        { category: 'geslacht', value: 'man', min: 1, max: 1 },
        { category: 'geslacht', value: 'anders', min: 0, max: 0 },
      ],
      excludeHouseholds: false,
    };
    const r = await computeLoting(createPool(small).pool, smallSettings, {
      solver: await highsSolver(),
      seed: 1,
      hasHouseholdColumn: false,
      legacyDraws: 100,
      legacyBoundDraws: { min: 100, max: 100 },
    });
    if (!r.ok) throw new Error('berekening');
    let poolId = '';
    renderWithBackend(<Wrapper getId={() => poolId} />, {
      seed: (services) => {
        poolId = services.loting.create('Klein', small).id;
        services.loting.saveSettings(poolId, smallSettings);
        services.loting.saveDraw(poolId, r.result);
      },
    });
    // Before the computation: the quota check names X1 and the quotum that excludes X1.
    expect(
      await screen.findByText(
        /Deze respondent kan nooit in het panel komen \(kans 0%\): X1\. Waarom: het quotum voor geslacht = anders heeft maximum 0/,
      ),
    ).toBeInTheDocument();
    // After: the minimum is 0 and said so, the others' lowest chance is shown, X1 is named with the reason.
    const digits = screen.getByText('Laagste selectiekans').closest('div')!;
    expect(within(digits).getByText('0% (zie hieronder)')).toBeInTheDocument();
    expect(screen.getByText('Laagste kans van wie in een panel past').closest('div')).toHaveTextContent('50,00%');
    expect(screen.getByText(/1 respondent\(en\) kunnen nooit in het panel komen/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'X1 (anders): het quotum voor geslacht = anders heeft maximum 0, dus niemand met deze waarde mag in het panel.',
      ),
    ).toBeInTheDocument();
  });
});

function Wrapper({ getId }: { getId(): string }) {
  return <LotingScreen route={{ name: 'loting', poolId: getId() }} navigate={() => {}} />;
}
