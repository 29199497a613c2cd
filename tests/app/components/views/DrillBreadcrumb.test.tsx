// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { drillLevel, drillPatch } from '../../../../src/app/components/views/drill';
import { DrillBreadcrumb } from '../../../../src/app/components/views/DrillBreadcrumb';
import { renderWithProviders } from '../../../support/render';
import { harnessRoutes } from './harness';

afterEach(cleanup);

const crumb = () => screen.getByTestId('drill-breadcrumb');
const levels = () => within(crumb()).getAllByRole('listitem').map((li) => li.textContent);

describe('DrillBreadcrumb', () => {
  it('shows kota › kecamatan › kelurahan; the current level is not a button', () => {
    renderWithProviders(null, {
      routes: harnessRoutes((v) => <DrillBreadcrumb view={v} />),
      route: '/validasi?periode=2026-10&kec=64.74.01&kel=64.74.01.1003',
    });
    expect(levels()).toEqual(['Kota Bontang', '›Bontang Utara', '›Lok Tuan']);
    expect(screen.getByRole('navigation', { name: 'Tingkat wilayah' })).toBe(crumb());
    const current = within(screen.getByTestId('drill-kel')).getByText('Lok Tuan');
    expect(current.getAttribute('aria-current')).toBe('location');
    expect(within(screen.getByTestId('drill-kel')).queryByRole('button')).toBeNull();
    expect(within(crumb()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Kota Bontang', 'Bontang Utara']);
  });

  it('drills back up to the kecamatan, then to the city, keeping period and selections', () => {
    const r = renderWithProviders(null, {
      routes: harnessRoutes((v) => <DrillBreadcrumb view={v} />),
      route: '/validasi?periode=2026-09&kec=64.74.01&kel=64.74.01.1003&pilih.jk=L',
    });
    act(() => {
      fireEvent.click(within(crumb()).getByRole('button', { name: 'Bontang Utara' }));
    });
    expect(r.location().search).toBe('?periode=2026-09&kec=64.74.01&pilih.jk=L');
    expect(levels()).toEqual(['Kota Bontang', '›Bontang Utara']);
    act(() => {
      fireEvent.click(within(crumb()).getByRole('button', { name: 'Kota Bontang' }));
    });
    expect(r.location().search).toBe('?periode=2026-09&pilih.jk=L');
    expect(levels()).toEqual(['Kota Bontang']);
    expect(within(crumb()).queryByRole('button')).toBeNull();
    expect(crumb().textContent).toContain('Klik wilayah pada peta');
  });
});

describe('drillPatch', () => {
  it('goes one level down per click, back up on the chosen kelurahan, sideways to another kecamatan', () => {
    expect(drillPatch({}, '64.74.01.1003')).toEqual({ kecamatan: '64.74.01' });
    expect(drillPatch({ kecamatan: '64.74.01' }, '64.74.01.1003')).toEqual({ kelurahan: '64.74.01.1003' });
    expect(drillPatch({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' }, '64.74.01.1006')).toEqual({ kelurahan: '64.74.01.1006' });
    expect(drillPatch({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' }, '64.74.01.1003')).toEqual({ kelurahan: undefined });
    expect(drillPatch({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' }, '64.74.02.1002')).toEqual({ kecamatan: '64.74.02' });
    expect(drillLevel({})).toBe('kota');
    expect(drillLevel({ kecamatan: '64.74.01' })).toBe('kecamatan');
    expect(drillLevel({ kecamatan: '64.74.01', kelurahan: '64.74.01.1003' })).toBe('kelurahan');
  });
});
