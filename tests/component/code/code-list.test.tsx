import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultCode } from '../../../shared/code/defaults';
import { serializeCodeFile } from '../../../shared/code/file';
import { exampleCodes } from '../../../shared/code/examples/index';
import { CodeScreen } from '../../../renderer/src/features/code/CodeScreen';
import { consequencesOf } from '../../../renderer/src/features/code/consequences';
import { codeHash, parseCodeRoute, type CodeRoute } from '../../../renderer/src/features/code/route';
import type { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';

type Services = ReturnType<typeof memoryBackend>['services'];

function renderLijst(seed?: (services: Services) => void) {
  const navigated: CodeRoute[] = [];
  const result = renderWithBackend(<CodeScreen route={{ name: 'code' }} navigate={(r) => navigated.push(r)} />, {
    ...(seed ? { seed } : {}),
  });
  return { ...result, navigated };
}

describe('the list of codes', () => {
  it('makes a code from the default choices, with Dutch errors at the field', async () => {
    const { backend, navigated } = renderLijst();
    expect(await screen.findByText(/Er zijn nog geen codes/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Code maken' }));
    expect(await screen.findByText('Vul de naam van de gemeente in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Gemeente')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(screen.getByLabelText('Gemeente'), 'Lindewaard');
    await userEvent.clear(screen.getByLabelText('Jaar in de titel van de verordening'));
    await userEvent.type(screen.getByLabelText('Jaar in de titel van de verordening'), '2027');
    await userEvent.click(screen.getByRole('button', { name: 'Code maken' }));
    await waitFor(() => expect(navigated).toHaveLength(1));
    const [code] = backend.services.codes.list();
    expect(code!.naam).toBe('Participatieverordening Lindewaard 2027');
    expect(navigated[0]).toEqual({ name: 'code', id: code!.id, tab: 'keuzes' });
  });

  it('starts from an example and opens a shared file; a broken file names the field', async () => {
    const { backend } = renderLijst();
    await userEvent.click(await screen.findByRole('button', { name: /Begin met Bremerveld/ }));
    await waitFor(() => expect(backend.services.codes.list()).toHaveLength(1));

    const kapot = JSON.parse(serializeCodeFile(exampleCodes.lindewaard)) as Record<string, unknown>;
    (kapot['inspraak'] as Record<string, unknown>)['termWeeks'] = 99;
    await userEvent.upload(
      screen.getByLabelText('Bestand (.samenspel-code)'),
      new File([JSON.stringify(kapot)], 'lindewaard.samenspel-code', { type: 'application/json' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bestand openen' }));
    expect(await screen.findByText(/kan niet worden geïmporteerd: inspraak\.termWeeks/)).toBeInTheDocument();

    await userEvent.upload(
      screen.getByLabelText('Bestand (.samenspel-code)'),
      new File([serializeCodeFile(exampleCodes.lindewaard)], 'lindewaard.samenspel-code'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bestand openen' }));
    await waitFor(() => expect(backend.services.codes.list()).toHaveLength(2));
  });

  it('deletes only after confirmation; Annuleren keeps the code', async () => {
    const { backend } = renderLijst((services) => {
      services.codes.create('Concept maart', defaultCode('Lindewaard', 2027));
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Concept maart verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Code verwijderen?' });
    expect(within(dialog).getByRole('button', { name: 'Nee, bewaren' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nee, bewaren' }));
    expect(backend.services.codes.list()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Concept maart verwijderen' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Code verwijderen?' })).getByRole('button', {
        name: 'Ja, verwijderen',
      }),
    );
    expect(await screen.findByText('‘Concept maart’ is verwijderd.')).toBeInTheDocument();
    expect(backend.services.codes.list()).toHaveLength(0);
  });
});

describe('routes and consequences', () => {
  it('reads and writes the routes of the code', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    for (const route of [
      { name: 'code' },
      { name: 'code', id, tab: 'keuzes', step: 'uitdaagrecht' },
      { name: 'code', id, tab: 'documenten' },
      { name: 'code', compare: { a: id, b } },
    ] as CodeRoute[])
      expect(parseCodeRoute(codeHash(route))).toEqual(route);
    expect(parseCodeRoute('#/code/vergelijk')).toEqual({ name: 'code', compare: {} });
    expect(parseCodeRoute(`#/code/${id}/onzin`)).toEqual({ name: 'code', id, tab: 'keuzes' });
    expect(parseCodeRoute('#/loting')).toBeUndefined();
  });

  it('consequences: a subject switched on adds articles and a legal basis; nothing changed is null', () => {
    const voor = defaultCode('Lindewaard', 2027);
    expect(consequencesOf(voor, structuredClone(voor))).toBeNull();
    const na = { ...voor, initiators: { ...voor.initiators, enabled: true } };
    const g = consequencesOf(voor, na)!;
    expect(g.added.map((a) => a.key)).toEqual(expect.arrayContaining(['in-verplicht', 'in-verslag']));
    expect(g.addedLegalBases.some((x) => x.includes('Omgevingswet'))).toBe(true);
    expect(g.removed).toEqual([]);
    expect(g.renumbered).toBeGreaterThan(0);
  });
});
