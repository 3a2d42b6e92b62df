import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createApiClient, type Transport } from '../../renderer/src/api/client';
import { ApiProvider } from '../../renderer/src/api/context';
import { createI18n } from '../../renderer/src/i18n';
import { AutosaveDelay } from '../../renderer/src/lib/documentSession';
import { memoryBackend } from '../support/services';

/**
 * Renders a screen against the real dispatcher and an in-memory database: no mocks of our own API.
 * Autosave runs without its debounce (delay 0), so tests never wait on the real 600 ms.
 */
export function renderWithBackend(
  ui: ReactElement,
  options: { transport?: Transport; seed?: (services: ReturnType<typeof memoryBackend>['services']) => void } = {},
) {
  const backend = memoryBackend();
  options.seed?.(backend.services);
  const transport: Transport =
    options.transport ?? ((method, input) => backend.dispatch(method, structuredClone(input), 'ipc'));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <I18nextProvider i18n={createI18n()}>
      <ApiProvider client={createApiClient(transport)}>
        <QueryClientProvider client={queryClient}>
          <AutosaveDelay.Provider value={0}>{ui}</AutosaveDelay.Provider>
        </QueryClientProvider>
      </ApiProvider>
    </I18nextProvider>,
  );
  return { ...result, backend };
}
