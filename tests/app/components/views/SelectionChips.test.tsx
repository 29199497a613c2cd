// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectionChips } from '../../../../src/app/components/views/SelectionChips';
import { renderWithProviders } from '../../../support/render';
import { harnessRoutes } from './harness';

afterEach(cleanup);

const ROUTE = '/pengangguran?periode=2026-10&kec=64.74.01&kel=64.74.01.1003&pilih.pend=SMA,SMK&pilih.jk=P';
const params = () => JSON.parse(screen.getByTestId('params').textContent ?? '{}');
const chipTexts = () =>
  Array.from(screen.getByTestId('selection-chips').querySelectorAll('button.chip')).map((b) => [
    b.getAttribute('data-testid'),
    b.textContent,
  ]);

describe('SelectionChips', () => {
  it('shows every active selection, area filter included, with dimension and value labels', () => {
    renderWithProviders(null, { routes: harnessRoutes((v) => <SelectionChips view={v} />), route: ROUTE });
    expect(chipTexts()).toEqual([
      ['chip-kec-64.74.01', 'Kecamatan: Bontang Utara✕'],
      ['chip-kel-64.74.01.1003', 'Kelurahan: Lok Tuan✕'],
      ['chip-jk-P', 'Jenis kelamin: Perempuan✕'],
      ['chip-pend-SMA', 'Pendidikan: SMA✕'],
      ['chip-pend-SMK', 'Pendidikan: SMK✕'],
    ]);
    expect(screen.getByRole('button', { name: 'Hapus pilihan Pendidikan: SMA' })).toBe(screen.getByTestId('chip-pend-SMA'));
    expect(params()).toEqual({
      periode: '2026-10',
      kecamatan: '64.74.01',
      kelurahan: '64.74.01.1003',
      pilih: { jk: ['P'], pend: ['SMA', 'SMK'] },
    });
  });

  it('removing a chip updates the URL (same page, other parameters kept), announces it and keeps focus on the chips', () => {
    const r = renderWithProviders(null, { routes: harnessRoutes((v) => <SelectionChips view={v} />), route: ROUTE });
    act(() => {
      fireEvent.click(screen.getByTestId('chip-pend-SMA'));
    });
    expect(r.location()).toEqual({
      pathname: '/pengangguran',
      search: '?periode=2026-10&kec=64.74.01&kel=64.74.01.1003&pilih.jk=P&pilih.pend=SMK',
    });
    expect(screen.queryByTestId('chip-pend-SMA')).toBeNull();
    expect(params().pilih).toEqual({ jk: ['P'], pend: ['SMK'] });
    expect(screen.getByTestId('chips-announcement').textContent).toBe(
      'Pilihan aktif: Kecamatan: Bontang Utara; Kelurahan: Lok Tuan; Jenis kelamin: Perempuan; Pendidikan: SMK.',
    );
    // The chip that took the removed one's place has the focus.
    expect(document.activeElement).toBe(screen.getByTestId('chip-pend-SMK'));

    // Back undoes the click.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'back' }));
    });
    expect(params().pilih).toEqual({ jk: ['P'], pend: ['SMA', 'SMK'] });
  });

  it('removing the kelurahan keeps the kecamatan; removing the kecamatan drops both; selections stay', () => {
    const r = renderWithProviders(null, { routes: harnessRoutes((v) => <SelectionChips view={v} />), route: ROUTE });
    act(() => {
      fireEvent.click(screen.getByTestId('chip-kel-64.74.01.1003'));
    });
    expect(r.location().search).toBe('?periode=2026-10&kec=64.74.01&pilih.jk=P&pilih.pend=SMA,SMK');
    act(() => {
      fireEvent.click(screen.getByTestId('chip-kec-64.74.01'));
    });
    expect(r.location().search).toBe('?periode=2026-10&pilih.jk=P&pilih.pend=SMA,SMK');
    expect(params()).toEqual({ periode: '2026-10', pilih: { jk: ['P'], pend: ['SMA', 'SMK'] } });
  });

  it('"Hapus semua pilihan" clears selections and area in one step, keeping the period', () => {
    const r = renderWithProviders(null, { routes: harnessRoutes((v) => <SelectionChips view={v} />), route: ROUTE });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Hapus semua pilihan' }));
    });
    expect(r.location().search).toBe('?periode=2026-10');
    expect(screen.queryAllByRole('button', { name: /^Hapus pilihan/ })).toHaveLength(0);
    expect(screen.getByTestId('selection-chips').textContent).toContain('Belum ada pilihan');
    expect(screen.getByTestId('chips-announcement').textContent).toBe('Tidak ada pilihan aktif; seluruh data ditampilkan.');
    // One history entry: a single Back restores everything.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'back' }));
    });
    expect(params().kelurahan).toBe('64.74.01.1003');
    expect(params().pilih).toEqual({ jk: ['P'], pend: ['SMA', 'SMK'] });
  });

  it('uses the view labels first and the defaults for desil, and English when chosen', () => {
    renderWithProviders(null, {
      routes: harnessRoutes((v) => <SelectionChips view={v} labelOf={(dim, value) => (dim === 'pend' ? `Jenjang ${value}` : undefined)} />),
      route: '/?periode=2026-10&pilih.pend=SMA&pilih.desil=1,luar',
    });
    expect(chipTexts().map(([, text]) => text)).toEqual([
      'Pendidikan: Jenjang SMA✕',
      'Desil DTSEN: Desil 1✕',
      'Desil DTSEN: Tidak ditemukan di DTSEN✕',
    ]);
    cleanup();
    renderWithProviders(null, {
      routes: harnessRoutes((v) => <SelectionChips view={v} />),
      route: '/?periode=2026-10&pilih.jk=L',
      lang: 'en',
    });
    expect(chipTexts()).toEqual([['chip-jk-L', 'Sex: Male✕']]);
    expect(screen.getByRole('button', { name: 'Clear all selections' })).toBeTruthy();
  });
});
