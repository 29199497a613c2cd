import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, MemoryRouter, Route, RouterProvider, Routes, useLocation, type RouteObject } from 'react-router';
import type { IndicatorDef } from '../../src/core/indicators/types';
import type { SnapshotManifest } from '../../src/core/schema/snapshot';
import type { SnapshotState } from '../../src/app/db/SnapshotProvider';
import type { DbClient, FeatureCollectionLike, LoadedSnapshot } from '../../src/app/db/types';
import type { Lang } from '../../src/app/format/format';
import { createI18n } from '../../src/app/messages/i18n';

// findBy…/waitFor give up after 1 s by default. Lazy pages and DuckDB work take longer than that on a
// loaded 2-core CI machine; waiting longer only slows a test that is about to fail anyway.
configure({ asyncUtilTimeout: 10_000 });

export interface RenderOptions {
  /** Initial route, e.g. '/?periode=2026-10&kec=64.74.01'. */
  route?: string;
  lang?: Lang;
  /** Render this route tree (createMemoryRouter) instead of `ui` alone. */
  routes?: RouteObject[];
}

export interface RenderWithProviders extends RenderResult {
  i18n: I18n;
  queryClient: QueryClient;
  /** The router's current location (pathname + search). */
  location(): { pathname: string; search: string };
}

/**
 * Render `ui` inside a fresh QueryClient (retries off), a fresh i18next instance (not persisted)
 * and a memory router at `route` (or the given route tree).
 */
export function renderWithProviders(ui: ReactElement | null, opts: RenderOptions = {}): RenderWithProviders {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0 } } });
  const i18n = createI18n({ lang: opts.lang ?? 'id', persist: false });
  const initial = opts.route ?? '/';
  const wrap = (node: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </QueryClientProvider>
  );

  if (opts.routes) {
    const router = createMemoryRouter(opts.routes, { initialEntries: [initial] });
    const result = render(wrap(<RouterProvider router={router} />));
    return {
      ...result,
      i18n,
      queryClient,
      location: () => ({ pathname: router.state.location.pathname, search: router.state.location.search }),
    };
  }

  const current = { pathname: '', search: '' };
  function Probe({ children }: { children: ReactNode }) {
    const loc = useLocation();
    current.pathname = loc.pathname;
    current.search = loc.search;
    return <>{children}</>;
  }
  const result = render(
    wrap(
      <MemoryRouter initialEntries={[initial]}>
        <Routes>
          <Route path="*" element={<Probe>{ui}</Probe>} />
        </Routes>
      </MemoryRouter>,
    ),
  );
  return { ...result, i18n, queryClient, location: () => ({ ...current }) };
}

// ---------- a fake snapshot (synthetic, three kelurahan in two kecamatan) ----------

function square(x: number, y: number): unknown {
  const s = 0.01;
  return { type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] };
}

export const FAKE_KELURAHAN: FeatureCollectionLike = {
  type: 'FeatureCollection',
  features: [
    ['64.74.01.1003', 'Lok Tuan', '64.74.01', 'Bontang Utara', 117.48, 0.17],
    ['64.74.01.1006', 'Api-Api', '64.74.01', 'Bontang Utara', 117.49, 0.13],
    ['64.74.02.1002', 'Berbas Tengah', '64.74.02', 'Bontang Selatan', 117.48, 0.11],
  ].map(([kode, nama, kodeKec, namaKec, x, y]) => ({
    type: 'Feature' as const,
    properties: { kode, nama, kode_kecamatan: kodeKec, nama_kecamatan: namaKec, skematis: true },
    geometry: square(x as number, y as number),
  })),
};

export const FAKE_KECAMATAN: FeatureCollectionLike = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { kode: '64.74.01', nama: 'Bontang Utara' }, geometry: square(117.48, 0.13) },
    { type: 'Feature', properties: { kode: '64.74.02', nama: 'Bontang Selatan' }, geometry: square(117.48, 0.11) },
  ],
};

export function fakeManifest(overrides: Partial<SnapshotManifest> = {}): SnapshotManifest {
  return {
    schema_version: 1,
    pipeline_version: 'test',
    built_at: '2026-11-22T02:00:00Z',
    demo: true,
    region: { kode: '64.74', nama: 'Kota Bontang' },
    periode: { mulai: '2025-10-01', akhir: '2026-10-31' },
    tables: [],
    files: [],
    geometry: { kind: 'schematic', source: 'test' },
    sources: [],
    rejects: { total_rejected: 0, total_repaired: 0, total_notes: 0, report: 'laporan/penolakan.csv' },
    ...overrides,
  };
}

export function fakeSnapshot(manifest: SnapshotManifest = fakeManifest()): LoadedSnapshot {
  return {
    manifest,
    kelurahanGeo: FAKE_KELURAHAN,
    kecamatanGeo: FAKE_KECAMATAN,
    version: 'test-v1',
    sourceLabel: 'uji',
  };
}

/** A stub response: the rows an indicator returns for given parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FakeResponse = [IndicatorDef<any, any>, unknown, unknown[]];

/**
 * A DbClient returning fixed rows: each response is matched by the exact SQL and parameters the
 * indicator produces. Unknown queries reject, so a test notices an unexpected query.
 */
export function fakeDbClient(responses: FakeResponse[]): DbClient & { calls: string[] } {
  const table = new Map<string, unknown[]>();
  for (const [def, params, rows] of responses) {
    const q = (def as IndicatorDef<unknown, unknown>).sql(params);
    table.set(JSON.stringify([q.sql, q.params]), rows);
  }
  const calls: string[] = [];
  return {
    calls,
    query: async <T,>(sql: string, params?: ReadonlyArray<string | number | boolean | null>) => {
      const key = JSON.stringify([sql, params ?? []]);
      calls.push(key);
      const rows = table.get(key);
      if (!rows) throw new Error(`fake db: no rows for ${key.slice(0, 200)}`);
      return rows as T[];
    },
  } as DbClient & { calls: string[] };
}

/** A ready SnapshotState (as useSnapshot returns it) around a fake snapshot and client. */
export function readyState(client: DbClient, snapshot: LoadedSnapshot = fakeSnapshot()): SnapshotState {
  return { status: 'ready', snapshot, client, load: () => {} };
}
