import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useQuery } from '@tanstack/react-query';
import {
  catalogue,
  describeMixItem,
  describeWarning,
  instrumentNames,
  recommendInstruments,
} from '../../../shared/participatie/index';
import { choiceToAnswers } from '../../../shared/workshop/index';
import { useApi } from '../../../renderer/src/api/context';
import type { Transport } from '../../../renderer/src/api/client';
import { sessionQuery } from '../../../renderer/src/features/workshop/queries';
import { AnswersView } from '../../../renderer/src/features/workshop/AnswersView';
import { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';
import { createExampleSession } from './seed';

function Answers({ getId }: { getId: () => string }) {
  const session = useQuery(sessionQuery(useApi(), getId()));
  return session.data ? <AnswersView session={session.data} /> : null;
}

describe('advice next to a workshop group’s choices', () => {
  it('is the shared engine’s advice for the choices, computed in the window without asking main', async () => {
    const user = userEvent.setup();
    const backend = memoryBackend();
    const id = createExampleSession(backend.services, { showAdvice: true });
    const methods: string[] = [];
    const transport: Transport = (method, input) => {
      methods.push(method);
      return backend.dispatch(method, structuredClone(input), 'ipc');
    };
    renderWithBackend(<Answers getId={() => id} />, { transport });

    expect(
      await screen.findByText('Kies minstens een doel of een niveau, dan verschijnt hier het advies.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Alles ligt vast' }));
    await user.click(screen.getByRole('radio', { name: /^Meebeslissen/ }));

    const heading = await screen.findByRole('heading', { name: /^Advies van Samenspel voor de fase/ });
    const panel = heading.parentElement!;
    const choice = {
      phase: 'beleidsvoorbereiding' as const,
      goals: [],
      groups: [],
      room: 'geen' as const,
      level: 'meebeslissen' as const,
    };
    const expected = recommendInstruments(choiceToAnswers(choice), catalogue);
    const names = instrumentNames(catalogue);
    // A contradiction the engine warns about: no room, but participants would co-decide.
    expect(expected.warnings.map((w) => w.id)).toContain('ruimte-geen-maar-invloed');
    for (const warning of expected.warnings)
      expect(within(panel).getByText(describeWarning(warning, names))).toBeInTheDocument();
    for (const item of expected.phases.find((p) => p.phase === choice.phase)?.mix.items ?? [])
      expect(within(panel).getByText(describeMixItem(item, names))).toBeInTheDocument();
    // Only the session and the saves of the choices went to main; the advice did not.
    expect(methods.filter((m) => !m.startsWith('workshop.'))).toEqual([]);
  });
});
