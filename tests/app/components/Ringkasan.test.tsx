// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  lowonganTerbukaBulanan,
  pencakerAktifBulanan,
  pencakerAktifPerKelurahan,
  pencakerMiskinBulanan,
  pencakerTerdaftarTahunan,
  penempatanBulanan,
  serapanLokal,
  tptBps,
  validasiProgresBulanan,
} from '../../../src/core/indicators';
import type { SnapshotState } from '../../../src/app/db/SnapshotProvider';
import { AppError } from '../../../src/app/db/types';
import { routes } from '../../../src/app/routes/routes';
import { addMonths } from '../../../src/app/state/months';
import { fakeDbClient, fakeManifest, fakeSnapshot, readyState, renderWithProviders, type FakeResponse } from '../../support/render';

// The data layer is faked at its edge: useSnapshot returns a fixed state whose DbClient answers
// each indicator's SQL with fixed rows. Charts and the Leaflet map are replaced by plain elements.
const snap = vi.hoisted(() => ({ state: undefined as unknown as SnapshotState }));
vi.mock('../../../src/app/db/SnapshotProvider', () => ({
  useSnapshot: () => snap.state,
  SnapshotProvider: ({ children }: { children: unknown }) => children,
}));
vi.mock('../../../src/app/components/charts/EChart', () => ({
  EChart: (p: { description: string }) => <div role="img" aria-label={p.description} data-testid="echart" />,
}));
vi.mock('../../../src/app/components/map/KelurahanMap', () => ({
  KelurahanMap: (p: {
    kelurahanGeo: { features: Array<{ properties: Record<string, unknown> }> };
    selectedKelurahan?: string;
    onSelect(kode: string): void;
  }) => (
    <svg data-testid="fake-map">
      {p.kelurahanGeo.features.map((f) => (
        <path
          key={String(f.properties.kode)}
          className="kelurahan-shape"
          data-kode={String(f.properties.kode)}
          data-selected={p.selectedKelurahan === f.properties.kode ? 'true' : undefined}
          onClick={() => p.onSelect(String(f.properties.kode))}
        />
      ))}
    </svg>
  ),
}));

const PERIODE = '2026-09';
const P = { periode: PERIODE };
const months = Array.from({ length: 13 }, (_, i) => addMonths(PERIODE, i - 12));
const series = (start: number, step: number) => months.map((bulan, i) => ({ bulan, nilai: start + i * step }));

const RESPONSES: FakeResponse[] = [
  [pencakerAktifBulanan, P, series(2000, 10)], // Sep 2026 = 2120, Aug = 2110
  [penempatanBulanan, P, series(40, 2)], // 64
  [lowonganTerbukaBulanan, P, series(300, -5)], // 240
  [pencakerMiskinBulanan, P, months.map((bulan, i) => ({ bulan, nilai: 30 + i * 0.5, pembilang: 600 + i, penyebut: 2000 }))],
  [validasiProgresBulanan, P, months.map((bulan, i) => ({ bulan, nilai: i * 7.5, terverifikasi: i * 375, target: 5000 }))],
  [serapanLokal, P, [{ pekerja: 20000, lokal: 14360, nilai: 71.8, kuota: 75 }]],
  [
    pencakerAktifPerKelurahan,
    P,
    [
      { kode_kelurahan: '64.74.01.1003', nama_kelurahan: 'Lok Tuan', kode_kecamatan: '64.74.01', nilai: 420 },
      { kode_kelurahan: '64.74.01.1006', nama_kelurahan: 'Api-Api', kode_kecamatan: '64.74.01', nilai: 150 },
      { kode_kelurahan: '64.74.02.1002', nama_kelurahan: 'Berbas Tengah', kode_kecamatan: '64.74.02', nilai: 1550 },
    ],
  ],
  [
    tptBps,
    P,
    [
      { tahun: 2024, nilai: 7.06, sumber: 'BPS Kota Bontang (via radarmedia.id)' },
      { tahun: 2025, nilai: 6.36, sumber: 'BPS Kota Bontang (via ritmee)' },
    ],
  ],
  [pencakerTerdaftarTahunan, P, [{ tahun: 2025, nilai: 10708 }, { tahun: 2026, nilai: 8001 }]],
];

beforeEach(() => {
  snap.state = readyState(fakeDbClient(RESPONSES));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const kpi = (id: string) => screen.getByTestId(`kpi-${id}`);
const kpiValue = async (id: string) => {
  const el = await within(kpi(id)).findByTestId('kpi-value');
  return { text: el.textContent, raw: el.getAttribute('data-value') };
};

describe('Ringkasan page', () => {
  it('shows the six KPIs with the raw values of the chosen month', async () => {
    renderWithProviders(null, { routes, route: `/?periode=${PERIODE}` });
    expect(await kpiValue('pencakerAktifBulanan')).toEqual({ text: '2.120 orang', raw: '2120' });
    expect(await kpiValue('penempatanBulanan')).toMatchObject({ raw: '64' });
    expect(await kpiValue('lowonganTerbukaBulanan')).toMatchObject({ raw: '240' });
    expect(await kpiValue('pencakerMiskinBulanan')).toEqual({ text: '36,0%', raw: '36' });
    expect(await kpiValue('validasiProgresBulanan')).toEqual({ text: '90,0%', raw: '90' });
    expect(await kpiValue('serapanLokal')).toEqual({ text: '71,8%', raw: '71.8' });
    expect(screen.getAllByTestId(/^kpi-/).filter((el) => el.tagName === 'ARTICLE')).toHaveLength(6);

    expect(within(kpi('pencakerAktifBulanan')).getByTestId('kpi-change').textContent).toBe(
      '▲ naik 10 dari Agustus 2026 (memburuk)',
    );
    expect(within(kpi('lowonganTerbukaBulanan')).getByTestId('kpi-change').textContent).toBe(
      '▼ turun 5 dari Agustus 2026 (memburuk)',
    );
    expect(within(kpi('serapanLokal')).getByTestId('kpi-change').textContent).toBe(
      '▼ 3,2 poin persen di bawah kuota 75%',
    );
    expect(within(kpi('validasiProgresBulanan')).getByText('4.500 dari 5.000 KK terverifikasi')).toBeTruthy();
    expect(screen.getByTestId('page-lede').textContent).toBe(
      'Indikator utama pasar kerja dan kemiskinan, Kota Bontang, September 2026.',
    );
  });

  it('shows the snapshot vintage, build date and the demo badge in the header', async () => {
    renderWithProviders(null, { routes, route: '/' });
    expect(screen.getByTestId('demo-badge').textContent).toBe('DATA SIMULASI');
    expect(screen.getByTestId('data-vintage').textContent).toBe('Data s.d. Oktober 2026');
    expect(screen.getByTestId('built-at').textContent).toBe('dibangun 22 November 2026');
  });

  it('draws the kelurahan map with a schematic note and a keyboard list that sets the URL filter', async () => {
    const r = renderWithProviders(null, { routes, route: `/?periode=${PERIODE}` });
    await screen.findByTestId('fake-map');
    expect(document.querySelectorAll('.kelurahan-shape')).toHaveLength(3);
    expect(screen.getByTestId('schematic-note').textContent).toBe('Batas wilayah skematis — bukan batas resmi');
    const legend = screen.getByTestId('map-legend');
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['150', '151–420', '421–1.550']);

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-kode'))).toEqual(['64.74.02.1002', '64.74.01.1003', '64.74.01.1006']);

    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Pilih Lok Tuan' }));
    });
    expect(r.location().search).toBe(`?periode=${PERIODE}&kec=64.74.01&kel=64.74.01.1003`);
    await waitFor(() => expect(document.querySelector('[data-kode="64.74.01.1003"]')?.getAttribute('data-selected')).toBe('true'));
    expect(screen.getByRole('button', { name: 'Batalkan pilihan Lok Tuan' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('asks the data layer for the selected area', async () => {
    const areaParams = { periode: PERIODE, kecamatan: '64.74.01', kelurahan: '64.74.01.1003' };
    const client = fakeDbClient([...RESPONSES, [pencakerAktifBulanan, areaParams, series(100, 1)]]);
    snap.state = readyState(client);
    renderWithProviders(null, { routes, route: `/?periode=${PERIODE}&kec=64.74.01&kel=64.74.01.1003` });
    expect(await kpiValue('pencakerAktifBulanan')).toEqual({ text: '112 orang', raw: '112' });
    expect(screen.getByTestId('page-lede').textContent).toContain('Kelurahan Lok Tuan, Kecamatan Bontang Utara');
  });

  it('shows BPS and Disnaker series side by side with definitions', async () => {
    renderWithProviders(null, { routes, route: `/?periode=${PERIODE}` });
    const panel = await screen.findByTestId('bps-disnaker-panel');
    await within(panel).findByRole('img', { name: 'TPT Kota Bontang menurut BPS: 2024 7,06%; 2025 6,36%.' });
    await within(panel).findByRole('img', { name: 'Pendaftaran AK1 per tahun: 2025 10.708; 2026 8.001.' });
    expect(within(panel).getByText('Mengapa angkanya berbeda?')).toBeTruthy();
  });

  it('switches the whole page to English and remembers nothing in tests', async () => {
    const r = renderWithProviders(null, { routes, route: `/?periode=${PERIODE}` });
    await kpiValue('pencakerAktifBulanan');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    });
    expect(r.i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('data-vintage').textContent).toBe('Data up to October 2026');
    expect((await kpiValue('pencakerAktifBulanan')).text).toBe('2,120 persons');
    expect(screen.getByRole('link', { name: 'Overview' })).toBeTruthy();
  });

  it('keeps the filters on navigation links', async () => {
    renderWithProviders(null, { routes, route: `/?periode=${PERIODE}&kec=64.74.02` });
    const link = screen.getByRole('link', { name: 'Validasi Data' });
    expect(link.getAttribute('href')).toBe(`/validasi?periode=${PERIODE}&kec=64.74.02`);
  });
});

describe('other routes and snapshot states', () => {
  it('has a placeholder for every page still to come', () => {
    for (const [path, title] of [
      ['/jelajah', 'Jelajah Data'],
      ['/briefing', 'Briefing'],
    ]) {
      renderWithProviders(null, { routes, route: path });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
      expect(screen.getByText('Segera hadir')).toBeTruthy();
      cleanup();
    }
  });

  it('shows loading progress', () => {
    snap.state = { status: 'loading', progress: { step: 'pencaker.parquet', done: 3, total: 12 }, load: () => {} };
    renderWithProviders(null, { routes, route: '/' });
    expect(screen.getByTestId('loading-screen').textContent).toContain('Memuat data… 3/12 berkas');
    expect(screen.queryByTestId('filter-bar')).toBeNull();
  });

  it('shows the error screen with a way to open a snapshot from disk', () => {
    const load = vi.fn();
    snap.state = { status: 'error', error: new AppError('snapshot-missing', 'HTTP 404'), load };
    renderWithProviders(null, { routes, route: '/' });
    expect(screen.getByTestId('error-screen').textContent).toContain('Snapshot tidak ditemukan.');
    expect(screen.getAllByRole('button', { name: 'Buka snapshot dari disk' }).length).toBeGreaterThan(0);
    const input = screen.getAllByTestId('open-snapshot-input')[0] as HTMLInputElement;
    expect(input.hasAttribute('webkitdirectory')).toBe(true);
    const file = new File(['{}'], 'manifest.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(load).toHaveBeenCalledWith({ kind: 'files', files: [file] });
  });

  it('hides the demo badge for real data and the schematic note for official boundaries', async () => {
    snap.state = readyState(
      fakeDbClient(RESPONSES),
      fakeSnapshot(fakeManifest({ demo: false, geometry: { kind: 'official', source: 'BIG' } })),
    );
    renderWithProviders(null, { routes, route: `/?periode=${PERIODE}` });
    await screen.findByTestId('fake-map');
    expect(screen.queryByTestId('demo-badge')).toBeNull();
    expect(screen.queryByTestId('schematic-note')).toBeNull();
  });
});
