import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { FilterOptions } from '../../../../src/app/state/filters';
import { monthRange } from '../../../../src/app/state/months';
import { useViewState, type ViewState } from '../../../../src/app/state/useViewParams';

/** Areas and months of the fake snapshot (tests/support/render.tsx), as filter options. */
export const OPTIONS: FilterOptions = {
  months: monthRange('2026-01', '2026-10'),
  kecamatan: [
    { kode: '64.74.01', nama: 'Bontang Utara' },
    { kode: '64.74.02', nama: 'Bontang Selatan' },
  ],
  kelurahan: [
    { kode: '64.74.01.1003', nama: 'Lok Tuan', kode_kecamatan: '64.74.01' },
    { kode: '64.74.01.1006', nama: 'Api-Api', kode_kecamatan: '64.74.01' },
    { kode: '64.74.02.1002', nama: 'Berbas Tengah', kode_kecamatan: '64.74.02' },
  ],
};

/** Renders `children(view)` with the URL-backed view state, the params as JSON, and a Back button. */
export function ViewHarness({ children }: { children(view: ViewState): ReactNode }) {
  const view = useViewState(OPTIONS);
  const navigate = useNavigate();
  return (
    <>
      {children(view)}
      <output data-testid="params">{JSON.stringify(view.params)}</output>
      <button type="button" onClick={() => navigate(-1)}>
        back
      </button>
    </>
  );
}

/** Route tree for renderWithProviders: the harness on every path. */
export function harnessRoutes(children: (view: ViewState) => ReactNode) {
  return [{ path: '*', element: <ViewHarness>{children}</ViewHarness> }];
}
