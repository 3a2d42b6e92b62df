import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exampleCasussen } from '../../../shared/participatie/index';
import { StartScreen } from '../../../renderer/src/app/pages/StartScreen';
import { memoryBackend } from '../../support/services';
import { renderWithBackend } from '../render';

describe('Example casus', () => {
  it('opens the workshop casus from the start screen as a fresh copy with its answers', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const { backend } = renderWithBackend(<StartScreen onOpen={onOpen} />);
    await user.click(await screen.findByRole('button', { name: 'Open voorbeeld: Aardgasvrij in De Horst' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const [copy] = backend.services.trajecten.list();
    expect(onOpen).toHaveBeenCalledWith(copy!.id);
    expect(copy!.title).toBe('Aardgasvrij in De Horst (voorbeeld)');
    expect(backend.services.answers.get(copy!.id).answers).toEqual(exampleCasussen['aardgasvrij-de-horst'].answers);
  });

  it('writes traject and answers in one transaction: when the answers fail, no half copy is left', async () => {
    const { services, dispatch } = memoryBackend();
    services.answers.save = () => {
      throw new Error('schijf vol');
    };
    const result = await dispatch('examples.open', { id: 'aardgasvrij-de-horst' }, 'ipc');
    expect(result.ok).toBe(false);
    expect(services.trajecten.list()).toEqual([]);
  });

  it('refuses an unknown example', async () => {
    const { services, dispatch } = memoryBackend();
    const result = await dispatch('examples.open', { id: 'bestaat-niet' }, 'ipc');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(services.trajecten.list()).toEqual([]);
  });
});
