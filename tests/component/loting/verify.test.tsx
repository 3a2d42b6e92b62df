import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asPublished, publicationOf, drawWithValue } from '../../../shared/loting/verification';
import { LotingScreen } from '../../../renderer/src/features/loting/LotingScreen';
import { renderWithBackend } from '../render';
import { exampleDraw } from './example';

const { poolData, pool, settings, result } = await exampleDraw({ withNames: true, legacyDraws: 200 });
const outcome = { result };
const step1 = asPublished(
  outcome.result,
  pool,
  { kind: 'public-source', description: 'Staatsloterij 10 januari 2027, eerste prijs' },
  'Burgerberaad',
  new Date('2027-01-02T10:00:00Z'),
);

describe('LotingScreen: verifiable draw, trial draw and the check', () => {
  it('step 1 shows the fingerprint and the source, a trial draw is marked, step 2 draws the panel by name', async () => {
    let poolId = '';
    renderWithBackend(<Wrapper getId={() => poolId} />, {
      seed: (services) => {
        poolId = services.loting.create('Burgerberaad', poolData).id;
        services.loting.saveSettings(poolId, settings);
        services.loting.saveDraw(poolId, step1);
      },
    });
    expect(
      await screen.findByRole('heading', { name: 'Stap 1 klaar: de verdeling is vastgelegd' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(step1.verification!.fingerprint)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Getrokken panel/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Proefpanels trekken' }));
    expect(await screen.findByText('PROEFTREKKING — geen echte loting, niets vastgelegd')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: /^Proefpanel \d \(proeftrekking\)$/ })).toHaveLength(3);
    // People are shown by id and the kept column (the name), not by a row number.
    expect(screen.getAllByText(/R\d+ · Persoon \d+/).length).toBeGreaterThan(0);

    await userEvent.type(screen.getByLabelText('Het openbare getal'), '4 8 15 16 23 42');
    await userEvent.click(screen.getByRole('button', { name: 'Trek het panel' }));
    expect(
      await screen.findByRole('heading', { name: 'Getrokken panel (20)' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const expected = drawWithValue(step1, pool, '4 8 15 16 23 42', new Date());
    const first = expected.panel[0]!;
    expect(screen.getByRole('rowheader', { name: `R${first + 1} · Persoon ${first + 1}` })).toBeInTheDocument();
  }, 60_000);

  it('the check accepts the genuine draw and refuses a wrong value, in Dutch', async () => {
    renderWithBackend(<LotingScreen route={{ name: 'loting' }} navigate={() => {}} />);
    const step2 = drawWithValue(step1, pool, '77', new Date());
    const json = JSON.stringify(publicationOf(step1, pool, 'Burgerberaad'));
    await userEvent.upload(
      screen.getByLabelText('Gepubliceerde verdeling (JSON)'),
      new File([json], 'verdeling.json', { type: 'application/json' }),
    );
    await userEvent.type(screen.getByLabelText('Het getal waarmee getrokken is'), '77');
    await userEvent.type(
      screen.getByLabelText('Nummers van het panel (mag leeg)'),
      step2.panel.map((p) => p + 1).join(', '),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Goedgekeurd.')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Het getal waarmee getrokken is'));
    await userEvent.type(screen.getByLabelText('Het getal waarmee getrokken is'), '78');
    await userEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Afgekeurd.')).toBeInTheDocument();
    expect(
      screen.getByText(/Het panel klopt niet met een trekking uit deze verdeling met het getal “78”/),
    ).toBeInTheDocument();
  });
});

function Wrapper({ getId }: { getId(): string }) {
  return <LotingScreen route={{ name: 'loting', poolId: getId() }} navigate={() => {}} />;
}
