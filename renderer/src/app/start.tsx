// The app itself: main.tsx loads this chunk once the frame (shell.ts) is on screen.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { createApiClient, defaultTransport } from '../api/client';
import { ApiProvider } from '../api/context';
import { App } from './App';
import { createI18n } from '../i18n';

z.config(z.locales.nl());

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <ApiProvider client={createApiClient(defaultTransport())}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
