import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Lang } from '../../src/app/format/format';
import { createI18n } from '../../src/app/messages/i18n';

export interface RenderOptions {
  /** Initial route, e.g. '/?periode=2026-10&kec=64.74.01'. */
  route?: string;
  lang?: Lang;
}

export interface RenderWithProviders extends RenderResult {
  i18n: I18n;
  queryClient: QueryClient;
  /** The router's current location (pathname + search). */
  location(): { pathname: string; search: string };
}

/**
 * Render `ui` inside a fresh QueryClient (retries off), a fresh i18next instance (not persisted)
 * and a MemoryRouter at `route`.
 */
export function renderWithProviders(ui: ReactElement, opts: RenderOptions = {}): RenderWithProviders {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0 } } });
  const i18n = createI18n({ lang: opts.lang ?? 'id', persist: false });
  const current = { pathname: '', search: '' };
  function Probe({ children }: { children: ReactNode }) {
    const loc = useLocation();
    current.pathname = loc.pathname;
    current.search = loc.search;
    return <>{children}</>;
  }
  const result = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[opts.route ?? '/']}>
          <Routes>
            <Route path="*" element={<Probe>{ui}</Probe>} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...result, i18n, queryClient, location: () => ({ ...current }) };
}
