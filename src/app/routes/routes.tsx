import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { StatusPanel } from '../components/panels/StatusPanel';
import { afterFirstFiles } from '../db/prefetch';
import { Shell } from '../components/shell/Shell';
import { NotFoundPage } from './NotFoundPage';
import { PlaceholderPage } from './PlaceholderPage';
import { RingkasanPage } from './RingkasanPage';

// The overview is in the first bundle; each analysis view is its own chunk. The chunks are fetched
// once the page is idle and the first snapshot files are in (so they do not compete with the first
// render), and at the latest when opened.
const loaders: Array<() => Promise<unknown>> = [];
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  let module: Promise<{ default: ComponentType }> | null = null;
  const get = () => {
    if (!module) {
      module = load().then(
        (m) => ({ default: m[name] }),
        (e: unknown) => {
          module = null; // a failed download is tried again on the next visit
          throw e;
        },
      );
    }
    return module;
  };
  loaders.push(get);
  return lazy(get);
}

const PengangguranPage = page(() => import('./PengangguranPage'), 'PengangguranPage');
const IrisanKemiskinanPage = page(() => import('./IrisanKemiskinanPage'), 'IrisanKemiskinanPage');
const ValidasiPage = page(() => import('./ValidasiPage'), 'ValidasiPage');
const KesenjanganPage = page(() => import('./KesenjanganPage'), 'KesenjanganPage');

const prefetch = () => {
  for (const get of loaders) get().catch(() => undefined);
};
if (typeof window !== 'undefined') {
  // not before the snapshot files of the first page have arrived (see afterFirstFiles)
  afterFirstFiles(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 0);
  });
}

/** A lazily loaded page, with the app's usual loading panel while its code arrives. */
const later = (children: ReactNode) => <Suspense fallback={<StatusPanel status="loading" minHeight={320} />}>{children}</Suspense>;

/** The route tree: the shell, the overview at '/', the four analysis views, and the pages still to come. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <RingkasanPage /> },
      { path: 'pengangguran', element: later(<PengangguranPage />) },
      { path: 'irisan-kemiskinan', element: later(<IrisanKemiskinanPage />) },
      { path: 'validasi', element: later(<ValidasiPage />) },
      { path: 'kesenjangan', element: later(<KesenjanganPage />) },
      { path: 'jelajah', element: <PlaceholderPage page="jelajah" /> },
      { path: 'briefing', element: <PlaceholderPage page="briefing" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
