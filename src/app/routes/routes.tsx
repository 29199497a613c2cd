import type { RouteObject } from 'react-router';
import { Shell } from '../components/shell/Shell';
import { IrisanKemiskinanPage } from './IrisanKemiskinanPage';
import { KesenjanganPage } from './KesenjanganPage';
import { NotFoundPage } from './NotFoundPage';
import { PengangguranPage } from './PengangguranPage';
import { PlaceholderPage } from './PlaceholderPage';
import { RingkasanPage } from './RingkasanPage';
import { ValidasiPage } from './ValidasiPage';

/** The route tree: the shell, the overview at '/', the four analysis views, and the pages still to come. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <RingkasanPage /> },
      { path: 'pengangguran', element: <PengangguranPage /> },
      { path: 'irisan-kemiskinan', element: <IrisanKemiskinanPage /> },
      { path: 'validasi', element: <ValidasiPage /> },
      { path: 'kesenjangan', element: <KesenjanganPage /> },
      { path: 'jelajah', element: <PlaceholderPage page="jelajah" /> },
      { path: 'briefing', element: <PlaceholderPage page="briefing" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
