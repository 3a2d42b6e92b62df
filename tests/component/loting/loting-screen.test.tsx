import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { berekenLoting } from '../../../shared/loting/bereken';
import { leesCsv, leesQuotaCsv } from '../../../shared/loting/csv';
import { maakPool } from '../../../shared/loting/validatie';
import { LotingScreen } from '../../../renderer/src/features/loting/LotingScreen';
import { renderWithBackend } from '../render';

const map = join(import.meta.dirname, '../../fixtures/sortition/example_small_20');
const tabel = leesCsv(readFileSync(join(map, 'respondents.csv'), 'utf8'));
const quota = leesQuotaCsv(readFileSync(join(map, 'categories.csv'), 'utf8'));
if (!tabel.ok || !quota.ok) throw new Error('fixture');
const gegevens = {
  kolommen: [
    { naam: 'id', rol: 'id' as const },
    ...tabel.waarde.kolommen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
  ],
  rijen: tabel.waarde.rijen.map((r, i) => [`R${i + 1}`, ...r]),
};
const instellingen = { panelgrootte: 20, quota: quota.waarde, huishoudensUitsluiten: false };
const uitkomst = await berekenLoting(maakPool(gegevens).pool, instellingen, {
  solver: await highsSolver(),
  seed: 5,
  heeftHuishoudkolom: false,
  legacyTrekkingen: 300,
});
if (!uitkomst.ok) throw new Error('berekening');

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
        poolId = services.loting.create('Burgerberaad', gegevens).id;
        services.loting.saveInstellingen(poolId, instellingen);
        services.loting.saveTrekking(poolId, uitkomst.resultaat);
      },
    });
    expect(await screen.findByRole('heading', { name: 'Burgerberaad (200)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Minimum voor gender = female')).toHaveValue('9');
    expect(await screen.findByText('De quota passen bij de pool.')).toBeInTheDocument();

    const cijfers = screen.getByText('Laagste selectiekans').closest('div')!;
    expect(within(cijfers).getByText('10,00%')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Selectiekansen van alle respondenten.*LEXIMIN: laagste kans 10,00%/ }),
    ).toBeInTheDocument();
    const tabel = screen.getByRole('table', { name: 'Kansen in cijfers' });
    expect(within(tabel).getAllByRole('row')).toHaveLength(8);
    expect(screen.getByRole('heading', { name: 'Getrokken panel (20)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Reservelijst \(\d+\)/ })).toBeInTheDocument();

    // A quotum the pool cannot meet is explained before anything is computed.
    const min = screen.getByLabelText('Minimum voor gender = female');
    await userEvent.clear(min);
    await userEvent.type(min, '150');
    expect(
      await screen.findByText('gender = female: het minimum (150) is groter dan het maximum (20).'),
    ).toBeInTheDocument();
    await userEvent.clear(min);
    await userEvent.type(min, '15');
    expect(
      await screen.findByText('gender: de minima vragen samen 24 plaatsen, maar het panel heeft er 20.'),
    ).toBeInTheDocument();
  });
});

function Wrapper({ getId }: { getId(): string }) {
  return <LotingScreen route={{ name: 'loting', poolId: getId() }} navigate={() => {}} />;
}
