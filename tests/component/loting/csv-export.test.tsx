import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LotingScreen } from '../../../renderer/src/features/loting/LotingScreen';
import { renderWithBackend } from '../render';
import { exampleDraw } from './example';

const { poolData, settings, result } = await exampleDraw();
const outcome = { result };

afterEach(() => vi.unstubAllGlobals());

/** The file's text with its byte order mark kept (Blob.text() drops it). */
const text = async (b: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await b.arrayBuffer());

describe('loting result: the CSV variant is chosen on the screen', () => {
  it('downloads semicolons with a decimal comma by default and commas with a decimal point when chosen', async () => {
    const downloads: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: (b: Blob) => (downloads.push(b), 'blob:x'), revokeObjectURL: () => {} }),
    );
    let poolId = '';
    renderWithBackend(<Screen getId={() => poolId} />, {
      seed: (services) => {
        poolId = services.loting.create('Burgerberaad', poolData).id;
        services.loting.saveSettings(poolId, settings);
        services.loting.saveDraw(poolId, outcome.result);
      },
    });
    const semicolon = await screen.findByRole(
      'radio',
      { name: 'Voor Nederlandse Excel (puntkomma)' },
      { timeout: 10_000 },
    );
    const comma = screen.getByRole('radio', { name: 'Komma-gescheiden' });
    expect(semicolon).toBeChecked();
    expect(comma).not.toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Alle kansen (CSV)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const defaultValue = await text(downloads[0]!);
    expect(defaultValue.split('\r\n')[0]).toBe('\uFEFFid;kans_leximin;kans_gretig;in_panel');
    expect(defaultValue.split('\r\n')[1]).toMatch(/^R1;0,\d+;0,\d+;[01]$/);

    await userEvent.click(comma);
    expect(comma).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Alle kansen (CSV)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
    const withComma = await text(downloads[1]!);
    expect(withComma.split('\r\n')[0]).toBe('\uFEFFid,kans_leximin,kans_gretig,in_panel');
    expect(withComma.split('\r\n')[1]).toMatch(/^R1,0\.\d+,0\.\d+,[01]$/);
  }, 60_000);
});

function Screen({ getId }: { getId: () => string }) {
  return <LotingScreen route={{ name: 'loting', poolId: getId() }} navigate={() => {}} />;
}
