// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/app/components/shell/FilterBar';
import type { FilterOptions } from '../../../src/app/state/filters';
import { monthRange } from '../../../src/app/state/months';
import { useFilterState } from '../../../src/app/state/useFilterState';
import { renderWithProviders } from '../../support/render';

afterEach(cleanup);

const OPTIONS: FilterOptions = {
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

function Harness() {
  const s = useFilterState(OPTIONS);
  return (
    <>
      <FilterBar options={OPTIONS} filters={s.filters} onChange={s.setFilters} onReset={s.reset} />
      <output data-testid="params">{JSON.stringify(s.params)}</output>
    </>
  );
}

const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const params = () => JSON.parse(screen.getByTestId('params').textContent ?? '{}');

describe('FilterBar with URL state', () => {
  it('defaults to the latest month, newest first, in Indonesian', () => {
    renderWithProviders(<Harness />);
    expect(select('Periode').value).toBe('2026-10');
    expect(select('Periode').options[0].textContent).toBe('Oktober 2026');
    expect(select('Periode').options).toHaveLength(10);
    expect(params()).toEqual({ periode: '2026-10' });
  });

  it('reads the filters from the URL', () => {
    renderWithProviders(<Harness />, { route: '/?periode=2026-05&kec=64.74.01&kel=64.74.01.1006' });
    expect(select('Periode').value).toBe('2026-05');
    expect(select('Kecamatan').value).toBe('64.74.01');
    expect(select('Kelurahan').value).toBe('64.74.01.1006');
    expect(params()).toEqual({ periode: '2026-05', kecamatan: '64.74.01', kelurahan: '64.74.01.1006' });
  });

  it('writes choices into the URL, and the kelurahan list follows the kecamatan', () => {
    const r = renderWithProviders(<Harness />);
    act(() => {
      fireEvent.change(select('Kecamatan'), { target: { value: '64.74.02' } });
    });
    expect(r.location().search).toBe('?periode=2026-10&kec=64.74.02');
    const kelOptions = Array.from(select('Kelurahan').options).map((o) => o.textContent);
    expect(kelOptions).toEqual(['Semua kelurahan', 'Berbas Tengah']);

    act(() => {
      fireEvent.change(select('Kelurahan'), { target: { value: '64.74.02.1002' } });
    });
    act(() => {
      fireEvent.change(select('Periode'), { target: { value: '2026-03' } });
    });
    expect(r.location().search).toBe('?periode=2026-03&kec=64.74.02&kel=64.74.02.1002');

    act(() => {
      fireEvent.change(select('Kecamatan'), { target: { value: '64.74.01' } });
    });
    expect(r.location().search).toBe('?periode=2026-03&kec=64.74.01');
  });

  it('choosing a kelurahan without a kecamatan sets both', () => {
    const r = renderWithProviders(<Harness />);
    act(() => {
      fireEvent.change(select('Kelurahan'), { target: { value: '64.74.01.1003' } });
    });
    expect(r.location().search).toBe('?periode=2026-10&kec=64.74.01&kel=64.74.01.1003');
  });

  it('resets to the whole city and the latest month', () => {
    const r = renderWithProviders(<Harness />, { route: '/?periode=2026-02&kec=64.74.01&x=1' });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Atur ulang filter' }));
    });
    expect(r.location().search).toBe('?x=1');
    expect(params()).toEqual({ periode: '2026-10' });
  });
});
