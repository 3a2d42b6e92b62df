import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../shared/participatie/index';
import { ParticipationLadder } from '../../../renderer/src/features/flow/ParticipationLadder';
import { renderWithBackend } from '../render';

function Ladder({ start, maxLevel }: { start?: Level; maxLevel?: Level }) {
  const [value, setValue] = useState<Level | undefined>(start);
  return <ParticipationLadder name="test-rol" value={value} maxLevel={maxLevel} onChange={setValue} />;
}

describe('Participation ladder', () => {
  it('shows the rungs as a ladder, highest on top, each with its promise to participants', () => {
    renderWithBackend(<Ladder />);
    const rungs = within(screen.getByRole('group', { name: /participatieladder/ })).getAllByRole('listitem');
    expect(rungs.map((r) => r.getAttribute('data-level'))).toEqual([
      'zelfbeheer',
      'meebeslissen',
      'coproduceren',
      'adviseren',
      'raadplegen',
      'informeren',
    ]);
    const raadplegen = screen.getByRole('radio', { name: /Raadplegen/ });
    expect(raadplegen).toHaveAccessibleDescription(
      'Belofte aan deelnemers: We vragen je mening, nemen die mee in onze afweging en laten je weten wat we ermee gedaan hebben.',
    );
  });

  it('marks the rungs the chosen room cannot carry', () => {
    renderWithBackend(<Ladder maxLevel="adviseren" />);
    expect(screen.getByRole('radio', { name: /Coproduceren/ })).toHaveAccessibleDescription(
      /Belooft meer invloed dan de gekozen ruimte toelaat\./,
    );
    expect(screen.getByRole('radio', { name: /Adviseren/ })).not.toHaveAccessibleDescription(/Belooft meer invloed/);
  });

  it('is one radio group: choosing a rung (by its label) unchooses the others', async () => {
    const user = userEvent.setup();
    renderWithBackend(<Ladder start="raadplegen" />);
    await user.click(screen.getByText('Adviseren'));
    expect(screen.getByRole('radio', { name: /Adviseren/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Raadplegen/ })).not.toBeChecked();
    // One name makes it one group, so the browser's arrow keys walk the rungs (checked in e2e).
    const names = new Set(screen.getAllByRole('radio').map((r) => r.getAttribute('name')));
    expect(names).toEqual(new Set(['test-rol']));
    fireEvent.click(screen.getByRole('radio', { name: /Zelfbeheer/ }));
    expect(screen.getByRole('radio', { name: /Zelfbeheer/ })).toBeChecked();
  });
});
