// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartCard, type ChartTable } from '../../../../src/app/components/views/ChartCard';
import { renderWithProviders } from '../../../support/render';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Row {
  pendidikan: string;
  nilai: number;
  persen: number | null;
}
const ROWS: Row[] = [
  { pendidikan: 'SMA', nilai: 1234, persen: 41.25 },
  { pendidikan: 'S1', nilai: 56, persen: null },
];
const TABLE: ChartTable<Row> = {
  columns: [
    { key: 'pendidikan', label: 'Pendidikan' },
    { key: 'nilai', label: 'Pencari kerja (orang)' },
    { key: 'persen', label: 'Porsi', format: (v) => (v == null ? '–' : `${String(v).replace('.', ',')}%`) },
  ],
  rows: ROWS,
};
const INFO = {
  definition: { id: 'Orang dengan kartu AK1 aktif.', en: 'People with an active AK1 card.' },
  source: { id: 'Disnaker Kota Bontang', en: 'Disnaker Kota Bontang (AK1)' },
};
const ready = { isPending: false, isError: false, data: ROWS };

describe('ChartCard', () => {
  it('shows title, subtitle, definition and source, and the data table behind a toggle', () => {
    renderWithProviders(
      <ChartCard title="Pencari kerja menurut pendidikan" subtitle="orang, akhir Oktober 2026" info={INFO} query={ready} table={TABLE} testId="card-pend">
        <div data-testid="chart">chart</div>
      </ChartCard>,
    );
    const card = screen.getByTestId('card-pend');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('Pencari kerja menurut pendidikan');
    expect(screen.getByRole('region', { name: 'Pencari kerja menurut pendidikan' })).toBe(card);
    expect(within(card).getByText('orang, akhir Oktober 2026')).toBeTruthy();
    expect(within(card).getByRole('note', { hidden: true }).textContent).toContain('Orang dengan kartu AK1 aktif.');
    expect(within(card).getByText('Sumber: Disnaker Kota Bontang')).toBeTruthy();
    expect(within(card).getByTestId('chart')).toBeTruthy();

    const toggle = within(card).getByRole('button', { name: 'Tampilkan tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(card).queryByRole('table')).toBeNull();
    act(() => {
      fireEvent.click(toggle);
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Sembunyikan tabel');
    const table = within(card).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Pencari kerja menurut pendidikan — orang, akhir Oktober 2026');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Pendidikan', 'Pencari kerja (orang)', 'Porsi']);
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['SMA', '1.234', '41,25%'],
      ['S1', '56', '–'],
    ]);
    // First column is the row header; numbers are right-aligned.
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['SMA', 'S1']);
    expect(rows.length).toBe(2);
    expect(table.querySelectorAll('td.num')).toHaveLength(4);
    expect(Array.from(table.querySelectorAll('td')).map((td) => td.getAttribute('data-value'))).toEqual(['1234', '41.25', '56', null]);
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.className)).toEqual(['', 'num', 'num']);
  });

  it('shows the empty state (and no table toggle) when the query returns no rows', () => {
    renderWithProviders(
      <ChartCard title="Pencari kerja menurut umur" query={{ isPending: false, isError: false, data: [] }} table={TABLE} testId="card-umur">
        <div data-testid="chart">chart</div>
      </ChartCard>,
    );
    const card = screen.getByTestId('card-umur');
    expect(card.getAttribute('data-status')).toBe('empty');
    expect(within(card).getByText('Data belum tersedia untuk pilihan ini.')).toBeTruthy();
    expect(within(card).queryByTestId('chart')).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Tampilkan tabel' })).toBeNull();
  });

  it('shows loading, then error from the query, and a custom empty rule', () => {
    const { rerender } = renderWithProviders(
      <ChartCard title="T" query={{ isPending: true, isError: false }} testId="c">
        x
      </ChartCard>,
    );
    expect(within(screen.getByTestId('c')).getByRole('status').textContent).toBe('Memuat data…');
    rerender(
      <ChartCard title="T" query={[ready, { isPending: false, isError: true, error: new Error('boom') }]} testId="c">
        x
      </ChartCard>,
    );
    expect(within(screen.getByTestId('c')).getByRole('alert').textContent).toBe('Gagal memuat data. Silakan muat ulang halaman.');
    rerender(
      <ChartCard title="T" query={ready} isEmpty={(rows: Row[]) => rows.every((r) => r.nilai === 0)} testId="c" headingLevel={3}>
        x
      </ChartCard>,
    );
    expect(screen.getByTestId('c').getAttribute('data-status')).toBe('ready');
    expect(within(screen.getByTestId('c')).getByRole('heading', { level: 3 })).toBeTruthy();
  });
});
