import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderTraject } from './harness';

describe('Help panel', () => {
  it('opens beside the form at the asked concept, and Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderTraject();
    await screen.findByRole('heading', { name: 'Fase: Agendering' });
    const toggle = screen.getByRole('button', { name: 'Uitleg tonen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Uitleg over Beïnvloedingsruimte' }));
    const panel = screen.getByRole('complementary', { name: 'Uitleg' });
    expect(within(panel).getByRole('heading', { name: 'Beïnvloedingsruimte' })).toHaveFocus();
    // The form stays there and usable next to it.
    expect(screen.getByRole('radio', { name: 'Alles ligt vast' })).toBeVisible();
    for (const concept of ['De participatieladder', 'Meervoudige democratie', 'De rollen van de raad']) {
      expect(within(panel).getByRole('heading', { name: concept })).toBeInTheDocument();
    }

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Uitleg' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitleg over Beïnvloedingsruimte' })).toHaveFocus();
  });
});
