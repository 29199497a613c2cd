// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotState } from '../../../../src/app/db/SnapshotProvider';
import type { KelurahanMapProps } from '../../../../src/app/components/map/KelurahanMap';
import { fillFor } from '../../../../src/app/components/map/choropleth';
import { AreaMap, colourClasses } from '../../../../src/app/components/views/AreaMap';
import { BivariateLegend } from '../../../../src/app/components/views/BivariateLegend';
import { BIVARIATE_PALETTE, bivariateClass, tercile, tercileBreaks } from '../../../../src/app/components/views/colours';
import { drillPatch } from '../../../../src/app/components/views/drill';
import { fakeDbClient, readyState, renderWithProviders } from '../../../support/render';
import { harnessRoutes } from './harness';

const snap = vi.hoisted(() => ({ state: undefined as unknown as SnapshotState }));
vi.mock('../../../../src/app/db/SnapshotProvider', () => ({ useSnapshot: () => snap.state }));
// Leaflet is replaced by one path per kelurahan, filled as the real map would fill it.
const map = vi.hoisted(() => ({ last: undefined as unknown as KelurahanMapProps }));
vi.mock('../../../../src/app/components/map/KelurahanMap', async () => {
  const { fillFor: fill } = await import('../../../../src/app/components/map/choropleth');
  return {
    KelurahanMap: (p: KelurahanMapProps) => {
      map.last = p;
      return (
        <svg data-testid="fake-map">
          {p.kelurahanGeo.features.map((f) => {
            const kode = String(f.properties.kode);
            return (
              <path
                key={kode}
                data-kode={kode}
                data-fill={fill(p.values.get(kode), p.classes)}
                data-selected={p.selectedKelurahan === kode ? 'true' : undefined}
                onClick={() => p.onSelect(kode)}
              />
            );
          })}
        </svg>
      );
    },
  };
});

beforeEach(() => {
  snap.state = readyState(fakeDbClient([]));
});
afterEach(cleanup);

const VALUES = new Map([
  ['64.74.01.1003', 420],
  ['64.74.02.1002', 1550],
]);
const fills = () =>
  Object.fromEntries(Array.from(screen.getByTestId('fake-map').querySelectorAll('path')).map((p) => [p.getAttribute('data-kode'), p.getAttribute('data-fill')]));

describe('AreaMap', () => {
  it('colours by value, lists every kelurahan by value with buttons, and shows the schematic note', () => {
    const onSelect = vi.fn();
    renderWithProviders(
      <AreaMap values={VALUES} legendTitle="Pencari kerja aktif (orang)" ariaLabel="Peta" selectedKelurahan="64.74.01.1003" onSelect={onSelect} />,
    );
    expect(screen.getByTestId('schematic-note').textContent).toBe('Batas wilayah skematis — bukan batas resmi');
    const f = fills();
    expect(f['64.74.01.1006']).toBe('#f3f4f6');
    expect(f['64.74.01.1003']).not.toBe(f['64.74.02.1002']);
    expect(map.last.tooltip('64.74.02.1002', 'Berbas Tengah', undefined)).toBe('Berbas Tengah: 1.550');
    expect(map.last.tooltip('64.74.01.1006', 'Api-Api', undefined)).toBe('Api-Api: Tidak ada data');

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Berbas Tengah', 'Bontang Selatan', '1.550'],
      ['Lok Tuan', 'Bontang Utara', '420'],
      ['Api-Api', 'Bontang Utara', '–'],
    ]);
    expect(screen.getByTestId('area-64.74.01.1003').getAttribute('aria-pressed')).toBe('true');
    act(() => {
      fireEvent.click(screen.getByTestId('area-64.74.02.1002'));
    });
    act(() => {
      fireEvent.click(screen.getByTestId('fake-map').querySelector('path[data-kode="64.74.01.1006"]')!);
    });
    expect(onSelect.mock.calls).toEqual([['64.74.02.1002'], ['64.74.01.1006']]);
    expect(screen.getByTestId('map-legend').textContent).toContain('Pencari kerja aktif (orang)');
  });

  it('colourOf recolours the map (bivariate) and the given legend replaces the sequential one', () => {
    const colours: Record<string, string> = { '64.74.01.1003': BIVARIATE_PALETTE[8], '64.74.02.1002': BIVARIATE_PALETTE[0] };
    const colourOf = (k: string) => colours[k];
    renderWithProviders(
      <AreaMap
        values={VALUES}
        legendTitle="x"
        ariaLabel="Peta bivariat"
        colourOf={colourOf}
        legend={<BivariateLegend xLabel="Pengangguran" yLabel="Kemiskinan" counts={[1, 0, 0, 0, 0, 0, 0, 0, 1]} />}
      />,
    );
    expect(fills()).toEqual({ '64.74.01.1003': '#333e13', '64.74.01.1006': '#f3f4f6', '64.74.02.1002': '#eeeeee' });
    expect(screen.queryByTestId('map-legend')).toBeNull();
    expect(screen.getByTestId('bivariate-legend')).toBeTruthy();
    // Without onSelect the list has no buttons.
    expect(screen.queryByTestId('area-64.74.01.1003')).toBeNull();
  });

  it('drills through the URL when wired to drillPatch', () => {
    const r = renderWithProviders(null, {
      route: '/irisan-kemiskinan?periode=2026-10',
      routes: harnessRoutes((v) => (
        <AreaMap
          values={VALUES}
          legendTitle="x"
          ariaLabel="Peta"
          selectedKelurahan={v.filters.kelurahan}
          selectedKecamatan={v.filters.kecamatan}
          onSelect={(k) => v.setFilters(drillPatch(v.filters, k))}
        />
      )),
    });
    act(() => {
      fireEvent.click(screen.getByTestId('area-64.74.01.1003'));
    });
    expect(r.location().search).toBe('?periode=2026-10&kec=64.74.01');
    act(() => {
      fireEvent.click(screen.getByTestId('area-64.74.01.1003'));
    });
    expect(r.location().search).toBe('?periode=2026-10&kec=64.74.01&kel=64.74.01.1003');
    expect(screen.getByTestId('fake-map').querySelector('[data-selected="true"]')?.getAttribute('data-kode')).toBe('64.74.01.1003');
  });
});

describe('bivariate helpers', () => {
  it('bivariateClass puts x across and y upwards, index = y*3 + x', () => {
    const xb = [10, 20] as const;
    const yb = [30, 50] as const;
    expect(bivariateClass(5, 60, xb, yb)).toEqual({ x: 0, y: 2, index: 6, colour: BIVARIATE_PALETTE[6] });
    expect(bivariateClass(20, 30, xb, yb)).toEqual({ x: 1, y: 0, index: 1, colour: BIVARIATE_PALETTE[1] });
    expect(bivariateClass(21, 51, xb, yb)?.index).toBe(8);
    expect(bivariateClass(null, 51, xb, yb)).toBeNull();
    expect(tercile(Number.NaN, xb)).toBeNull();
  });

  it('tercileBreaks splits values into thirds', () => {
    expect(tercileBreaks([9, 1, 3, 7, 5, 2, 8, 4, 6])).toEqual([3, 6]);
    expect(tercileBreaks([])).toEqual([0, 0]);
  });

  it('the palette gets darker towards "both high" (lightness order for grey print)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let y = 0; y < 3; y++)
      for (let x = 0; x < 3; x++) {
        const here = lum(BIVARIATE_PALETTE[y * 3 + x]);
        if (x < 2) expect(lum(BIVARIATE_PALETTE[y * 3 + x + 1])).toBeLessThan(here);
        if (y < 2) expect(lum(BIVARIATE_PALETTE[(y + 1) * 3 + x])).toBeLessThan(here);
      }
    expect(new Set(BIVARIATE_PALETTE).size).toBe(9);
  });

  it('colourClasses maps each distinct colour to a class the map can fill', () => {
    const { values, classes } = colourClasses(['a', 'b', 'c', 'd'], (k) => ({ a: '#111111', b: '#222222', c: '#111111' })[k]);
    expect([...values]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(['a', 'b', 'c', 'd'].map((k) => fillFor(values.get(k), classes))).toEqual(['#111111', '#222222', '#111111', '#f3f4f6']);
  });

  it('BivariateLegend labels every cell in words, with counts and class bounds', () => {
    renderWithProviders(
      <BivariateLegend xLabel="Pengangguran" yLabel="Kemiskinan" xBreaks={[12, 25]} yBreaks={[1000, 2500]} counts={[3, 0, 0, 0, 2, 0, 0, 0, 1]} />,
    );
    const cells = screen.getByTestId('bivariate-legend').querySelectorAll('li.bivariate-cell');
    // Top row first: y high.
    expect(cells[0].getAttribute('data-class')).toBe('6');
    expect(cells[8].textContent).toBe('Pengangguran tinggi, Kemiskinan rendah0: 0 kelurahan');
    expect(cells[6].textContent).toBe('Pengangguran rendah, Kemiskinan rendah3: 3 kelurahan');
    expect(cells[2].textContent).toBe('Pengangguran tinggi, Kemiskinan tinggi1: 1 kelurahan');
    expect(screen.getByText('rendah ≤ 12 · sedang 12–25 · tinggi > 25')).toBeTruthy();
    expect(screen.getByText('rendah ≤ 1.000 · sedang 1.000–2.500 · tinggi > 2.500')).toBeTruthy();
  });
});
