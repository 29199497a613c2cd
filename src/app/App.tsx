import { useState } from 'react';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SnapshotProvider } from './db/SnapshotProvider';
import type { SnapshotSource } from './db/types';
import { routes } from './routes/routes';

// Query answers reach the components in a microtask instead of a timer task each: answers computed
// in memory (cross-filter clicks) then render in the same task as the click's commit, and the
// browser paints the whole page once instead of once per stage.
notifyManager.setScheduler(queueMicrotask);

/** React Query defaults: snapshot data never changes under a loaded snapshot, so no refetching. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
    },
  });
}

export interface AppProps {
  source: SnapshotSource;
  i18n: I18n;
  queryClient?: QueryClient;
}

/**
 * The whole app. A hash router (`#/validasi?periode=…`) so the build works from any static
 * folder or intranet share without server rewrites.
 */
export function App({ source, i18n, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createHashRouter(routes));
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <SnapshotProvider source={source}>
          <RouterProvider router={router} />
        </SnapshotProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
