import type { RouteObject } from 'react-router';
import { Shell } from '../components/shell/Shell';
import { NotFoundPage } from './NotFoundPage';
import { PAGES } from './pages';
import { PlaceholderPage } from './PlaceholderPage';
import { RingkasanPage } from './RingkasanPage';

/** The route tree: the shell, the overview at '/', a placeholder for every other page. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <RingkasanPage /> },
      ...PAGES.filter((p) => p.key !== 'ringkasan').map((p) => ({
        path: p.path.slice(1),
        element: <PlaceholderPage page={p.key as Exclude<typeof p.key, 'ringkasan'>} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
