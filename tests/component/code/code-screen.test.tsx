import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultCode } from '../../../shared/code/defaults';
import { exampleCodes } from '../../../shared/code/examples/index';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import { CodeScreen } from '../../../renderer/src/features/code/CodeScreen';
import type { CodeRoute } from '../../../renderer/src/features/code/route';
import type { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';

const saved = () => screen.findByText('Alles is opgeslagen.', {}, { timeout: 5000 });

type Services = ReturnType<typeof memoryBackend>['services'];

/** The code screen at a route that needs the ids of what `seed` stored. */
function renderCode(
  route: (ids: Record<string, string>) => CodeRoute,
  seed: (services: Services, ids: Record<string, string>) => void,
) {
  const ids: Record<string, string> = {};
  let current: CodeRoute | undefined;
  const navigated: CodeRoute[] = [];
  const result = renderWithBackend(<Scherm />, { seed: (services) => seed(services, ids) });
  function Scherm() {
    current ??= route(ids);
    return <CodeScreen route={current} navigate={(r) => navigated.push(r)} />;
  }
  return { ...result, ids, navigated };
}

describe('the choices of a participatiecode', () => {
  it('saves a choice by itself, shows its consequences for the verordening and undoes it with Ctrl+Z', async () => {
    const { backend, ids } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'niveaus' }),
      (services, ids) => {
        ids.code = services.codes.create('Concept raadswerkgroep', defaultCode('Lindewaard', 2027)).id;
      },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Concept raadswerkgroep' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '3. Niveaus en beloften' })).toBeInTheDocument();
    expect(screen.getByText(/Maak een keuze\. Hier zie je dan direct/)).toBeInTheDocument();

    const meebeslissen = screen.getByRole('checkbox', { name: 'Meebeslissen' });
    await userEvent.click(meebeslissen);
    expect(meebeslissen).not.toBeChecked();
    // Live: the article on levels changes, built with the verordening's own builders.
    expect(
      within(screen.getByTestId('gevolgen')).getByText(/^Anders: Artikel \d+ Participatieniveaus$/),
    ).toBeInTheDocument();
    await saved();
    const stored = backend.services.codes.get(ids.code!)!;
    expect(stored.revision).toBe(2);
    expect(stored.code.levels.map((n) => n.level)).not.toContain('meebeslissen');

    // Undo with the keyboard (not in a text field), and it is saved again.
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(screen.getByRole('checkbox', { name: 'Meebeslissen' })).toBeChecked();
    await waitFor(() => expect(backend.services.codes.get(ids.code!)!.revision).toBe(3), { timeout: 5000 });
    expect(backend.services.codes.get(ids.code!)!.code.levels.map((n) => n.level)).toContain('meebeslissen');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(screen.getByRole('checkbox', { name: 'Meebeslissen' })).not.toBeChecked();
  });

  it('switching a subject off removes its articles and renumbers the rest', async () => {
    renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'uitdaagrecht' }),
      (services, ids) => {
        ids.code = services.codes.create('Lindewaard', defaultCode('Lindewaard', 2027)).id;
      },
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'De gemeente regelt het uitdaagrecht' }));
    const consequencesOf = within(screen.getByTestId('gevolgen'));
    expect(consequencesOf.getAllByText(/^Weg: Artikel \d+ /).length).toBeGreaterThan(1);
    expect(consequencesOf.getByText(/andere artikelen krijgen een nieuw nummer/)).toBeInTheDocument();
    expect(screen.getByText('Deze keuzes staan nu niet in de verordening.')).toBeInTheDocument();
  });

  it('a choice that does not fit is explained at its step and not saved', async () => {
    const { backend, ids } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'inspraak' }),
      (services, ids) => {
        ids.code = services.codes.create('Lindewaard', defaultCode('Lindewaard', 2027)).id;
      },
    );
    const termijn = await screen.findByLabelText('Termijn voor zienswijzen (weken)');
    await userEvent.clear(termijn);
    await userEvent.type(termijn, '4');
    expect(
      await screen.findByText(/Nog niet opgeslagen: een keuze past nog niet/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/inspraak\.termWeeks: moet minstens 6 weken zijn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /7\. Inspraak.*past nog niet/ })).toBeInTheDocument();
    expect(backend.services.codes.get(ids.code!)!.revision).toBe(1);
    await userEvent.clear(termijn);
    await userEvent.type(termijn, '8');
    await saved();
    expect(backend.services.codes.get(ids.code!)!.code.inspraak.termWeeks).toBe(8);
  });

  it('on a conflict the screen says so in Dutch and loads the newest version', async () => {
    const { backend, ids } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'rollen' }),
      (services, ids) => {
        ids.code = services.codes.create('Lindewaard', defaultCode('Lindewaard', 2027)).id;
      },
    );
    const griffie = await screen.findByRole('checkbox', {
      name: 'De griffie helpt de raad bij zijn eigen participatie',
    });
    await saved();
    // Someone else saves in between (a second window): the participatieadviseur is switched on there.
    const elders = structuredClone(backend.services.codes.get(ids.code!)!.code);
    elders.roles.participationAdviser = true;
    await act(() => backend.dispatch('codes.update', { id: ids.code, expectedRevision: 1, code: elders }, 'ipc'));

    await userEvent.click(griffie);
    // The one conflict dialog of the app, as on the Vraagstuk and in the flow.
    const dialog = await screen.findByRole('dialog', { name: 'Intussen ergens anders gewijzigd' });
    expect(dialog).toHaveTextContent(/intussen ergens anders gewijzigd/);
    expect(screen.getByText('Niet opgeslagen: de code is ergens anders gewijzigd.')).toBeInTheDocument();
    // Nothing of ours was written.
    expect(backend.services.codes.get(ids.code!)!.code.roles.griffieSupports).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await saved();
    expect(screen.getByRole('checkbox', { name: 'Er is een participatieadviseur voor de ambtenaren' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'De griffie helpt de raad bij zijn eigen participatie' }),
    ).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Nieuwste versie laden' })).not.toBeInTheDocument();
    // Undo starts over after loading: nothing to take back.
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  });
  it('keeps the user’s choices after a conflict as a copy of the code, and opens it', async () => {
    const { backend, ids, navigated } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'rollen' }),
      (services, ids) => {
        ids.code = services.codes.create('Lindewaard', defaultCode('Lindewaard', 2027)).id;
      },
    );
    const griffie = await screen.findByRole('checkbox', {
      name: 'De griffie helpt de raad bij zijn eigen participatie',
    });
    await saved();
    const elders = structuredClone(backend.services.codes.get(ids.code!)!.code);
    elders.roles.participationAdviser = true;
    await act(() => backend.dispatch('codes.update', { id: ids.code, expectedRevision: 1, code: elders }, 'ipc'));

    await userEvent.click(griffie);
    const dialog = await screen.findByRole('dialog', { name: 'Intussen ergens anders gewijzigd' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mijn versie bewaren als kopie' }));
    await waitFor(() => expect(navigated).toHaveLength(1));
    const copyId = (navigated[0] as { id: string }).id;
    expect(navigated[0]).toEqual({ name: 'code', id: copyId, tab: 'keuzes' });
    const copy = backend.services.codes.get(copyId)!;
    expect(copy.naam).toBe('Lindewaard (kopie)');
    expect(copy.code.roles.griffieSupports).toBe(false);
    expect(copy.code.roles.participationAdviser).toBe(false);
    // The original keeps what the other window stored; this screen shows it again.
    const original = backend.services.codes.get(ids.code!)!;
    expect(original.code.roles).toMatchObject({ griffieSupports: true, participationAdviser: true });
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Er is een participatieadviseur voor de ambtenaren' })).toBeChecked(),
    );
  });

  it('renames the code; the name follows the same revision rule', async () => {
    const { backend, ids } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'keuzes', step: 'evaluatie' }),
      (services, ids) => {
        ids.code = services.codes.create('Concept', defaultCode('Lindewaard', 2027)).id;
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Naam wijzigen' }));
    const veld = screen.getByLabelText('Naam van de code');
    expect(veld).toHaveFocus();
    await userEvent.clear(veld);
    await userEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(screen.getByText('Geef de code een naam.')).toBeInTheDocument();
    await userEvent.type(veld, 'Concept raadswerkgroep april');
    await userEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Concept raadswerkgroep april' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Naam wijzigen' })).toBeInTheDocument();
    const stored = backend.services.codes.get(ids.code!)!;
    expect([stored.naam, stored.revision]).toEqual(['Concept raadswerkgroep april', 2]);
    // A choice after the rename saves on top of the new revision.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Inwoners en deelnemers doen mee aan de evaluatie' }));
    await saved();
    expect(backend.services.codes.get(ids.code!)!.revision).toBe(3);
  });
});

describe('comparing two codes', () => {
  it('puts the choices side by side and marks the differences', async () => {
    renderCode(
      (ids) => ({ name: 'code', compare: { a: ids.a!, b: ids.b! } }),
      (services, ids) => {
        ids.a = services.codes.create('Lindewaard', exampleCodes.lindewaard).id;
        ids.b = services.codes.create('Bremerveld', exampleCodes.bremerveld).id;
      },
    );
    const telling = await screen.findByText(/^\d+ keuzes verschillen\.$/);
    const n = Number(/^(\d+)/.exec(telling.textContent!)![1]);
    expect(n).toBeGreaterThan(5);
    const uitdaag = screen.getByRole('table', { name: 'Uitdaagrecht' });
    expect(within(uitdaag).getByRole('columnheader', { name: 'Code A: Lindewaard' })).toBeInTheDocument();
    const rij = within(uitdaag)
      .getByRole('rowheader', { name: /^Uitdaagrecht\s*\(verschilt\)$/ })
      .closest('tr')!;
    expect(
      within(rij as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['nee', 'ja']);
    expect(rij).toHaveClass('samenspel-code-verschil');
    expect(screen.getAllByRole('rowheader', { name: /\(verschilt\)$/ })).toHaveLength(n);

    // Only the differences: equal rows leave.
    const voor = screen.getAllByRole('row').length;
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alleen verschillen tonen' }));
    expect(screen.getAllByRole('row').length).toBeLessThan(voor);
    for (const row of screen.getAllByRole('row').filter((r) => within(r).queryAllByRole('cell').length > 0))
      expect(row).toHaveClass('samenspel-code-verschil');
  });
});

describe('linking trajecten', () => {
  it('links a traject, shows the check against the code with its article, and unlinks', async () => {
    const { backend, ids } = renderCode(
      (ids) => ({ name: 'code', id: ids.code!, tab: 'trajecten' }),
      (services, ids) => {
        ids.code = services.codes.create('Lindewaard', defaultCode('Lindewaard', 2027)).id;
        ids.traject = services.trajecten.create({ title: 'Plein', municipality: 'Lindewaard', vraagstuk: '' }).id;
        services.answers.save(
          ids.traject,
          TrajectAnswers.parse({ phases: { uitvoering: { geenParticipatie: { reden: '' } } } }),
        );
        services.trajecten.create({ title: 'Bibliotheek', municipality: '', vraagstuk: '' });
      },
    );
    expect(await screen.findByText('Nog geen traject volgt deze code.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Traject koppelen'), 'Plein (Lindewaard)');
    await userEvent.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect(await screen.findByText('‘Plein’ volgt nu deze code.')).toBeInTheDocument();
    expect(backend.services.codes.codeIdOfTraject(ids.traject!)).toBe(ids.code);

    const toets = await screen.findByRole('article', { name: 'Toets van ‘Plein’ aan de code' });
    expect(await within(toets).findByText(/de motivering ontbreekt/)).toBeInTheDocument();
    expect(
      within(toets).getByText(/^Bron: artikel \d+ van de Participatieverordening Lindewaard 2027$/),
    ).toBeInTheDocument();
    expect(within(toets).getByText('Let op:')).toBeInTheDocument();
    // The linked traject is no longer offered; the other one still is.
    const keuzes = within(screen.getByLabelText('Traject koppelen')).getAllByRole('option');
    expect(keuzes.map((o) => o.textContent)).toEqual(['Kies een traject', 'Bibliotheek']);

    await userEvent.click(within(toets).getByRole('button', { name: 'Plein ontkoppelen' }));
    expect(await screen.findByText('‘Plein’ volgt geen code meer.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    expect(backend.services.codes.codeIdOfTraject(ids.traject!)).toBeNull();
  });
});
