// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotState } from '../../../src/app/db/SnapshotProvider';
import type { DbClient } from '../../../src/app/db/types';
import type { ViewEChartProps } from '../../../src/app/components/views/ViewEChart';
import { PengangguranPage } from '../../../src/app/routes/PengangguranPage';
import { fakeSnapshot, readyState, renderWithProviders } from '../../support/render';

// The data layer is faked at its edge: a DbClient that recognises each indicator of the view by
// its SQL and answers with fixed rows (the base relation's CREATE TABLE succeeds silently).
// ECharts and Leaflet are replaced by plain elements.
const snap = vi.hoisted(() => ({ state: undefined as unknown as SnapshotState }));
vi.mock('../../../src/app/db/SnapshotProvider', () => ({ useSnapshot: () => snap.state }));
vi.mock('../../../src/app/components/views/ViewEChart', () => ({
  ViewEChart: (p: ViewEChartProps) => <div role="img" aria-label={p.description} data-testid="echart" />,
}));
vi.mock('../../../src/app/components/map/KelurahanMap', () => ({
  KelurahanMap: (p: { kelurahanGeo: { features: Array<{ properties: Record<string, unknown> }> }; onSelect(kode: string): void }) => (
    <svg data-testid="fake-map">
      {p.kelurahanGeo.features.map((f) => (
        <path key={String(f.properties.kode)} data-kode={String(f.properties.kode)} onClick={() => p.onSelect(String(f.properties.kode))} />
      ))}
    </svg>
  ),
}));

type Params = ReadonlyArray<string | number | boolean | null>;
const months = Array.from({ length: 24 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 10 + i, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
});

function rowsFor(sql: string, params: Params): unknown[] {
  const has = (v: string) => params.includes(v);
  if (/^(CREATE|DROP) /.test(sql) || sql.includes('__mentah')) return []; // base tables and their storage probe
  if (sql.includes('median(durasi_bulan)')) {
    const kel = has('64.74.01.1003');
    return [
      {
        aktif: kel ? 420 : 2120,
        penduduk: kel ? null : 89010,
        penduduk_tahun: kel ? null : 2024,
        usia_kerja: kel ? null : 59610,
        per_1000: kel ? null : 35.56,
        median_bulan: 9,
        lama: 800,
        persen_lama: 37.74,
      },
    ];
  }
  if (sql.includes("'kelurahan' AS tingkat")) {
    return [
      { kode: '64.74.01.1003', nama: 'Lok Tuan', tingkat: 'kelurahan', nilai: 420, penduduk: null, penduduk_tahun: null, usia_kerja: null, per_1000: null },
      { kode: '64.74.01.1006', nama: 'Api-Api', tingkat: 'kelurahan', nilai: 150, penduduk: null, penduduk_tahun: null, usia_kerja: null, per_1000: null },
    ];
  }
  if (sql.includes("'kecamatan' AS tingkat")) {
    return [
      { kode: '64.74.01', nama: 'Bontang Utara', tingkat: 'kecamatan', nilai: 570, penduduk: 89010, penduduk_tahun: 2024, usia_kerja: 59610, per_1000: 9.56 },
      { kode: '64.74.02', nama: 'Bontang Selatan', tingkat: 'kecamatan', nilai: 1550, penduduk: 71167, penduduk_tahun: 2024, usia_kerja: 47660, per_1000: 32.52 },
    ];
  }
  if (sql.includes('w.nama_kelurahan, w.kode_kecamatan')) {
    return [
      { kode_kelurahan: '64.74.01.1003', nama_kelurahan: 'Lok Tuan', kode_kecamatan: '64.74.01', nilai: 420 },
      { kode_kelurahan: '64.74.01.1006', nama_kelurahan: 'Api-Api', kode_kecamatan: '64.74.01', nilai: 150 },
      { kode_kelurahan: '64.74.02.1002', nama_kelurahan: 'Berbas Tengah', kode_kecamatan: '64.74.02', nilai: 1550 },
    ];
  }
  if (sql.includes('ref_pendidikan')) {
    return [
      { kunci: 'SMA', nama: 'SMA/Sederajat', urutan: 4, nilai: 900 },
      { kunci: 'SMK', nama: 'SMK/Sederajat', urutan: 5, nilai: 700 },
      { kunci: 'S1', nama: 'Sarjana (S1)', urutan: 10, nilai: 520 },
    ];
  }
  if (sql.includes('ref_kbji')) {
    return [
      { kunci: '7', nama: 'Pekerja Pengolahan, Kerajinan dan YBDI', urutan: 7, nilai: 1500 },
      { kunci: '?', nama: null, urutan: 99, nilai: 620 },
    ];
  }
  if (sql.includes("SELECT 'L' AS kunci")) {
    return [
      { kunci: 'L', nama: null, urutan: 1, nilai: has('SMA') ? 600 : 1500 },
      { kunci: 'P', nama: null, urutan: 2, nilai: has('SMA') ? 300 : 620 },
    ];
  }
  if (sql.includes("'0-2', '3-5'")) {
    return [
      { kunci: '0-2', nama: null, urutan: 0, nilai: 700 },
      { kunci: '12-17', nama: null, urutan: 12, nilai: 1420 },
    ];
  }
  if (sql.includes('kelompok_umur') && sql.includes('regexp_extract')) {
    return [
      { kunci: '20-24', nama: null, urutan: 20, nilai: 1200 },
      { kunci: '25-29', nama: null, urutan: 25, nilai: 920 },
    ];
  }
  if (sql.includes('jenis: 1')) return months.map((bulan, i) => ({ bulan, pendaftaran: 700 + i, penempatan: 300, kedaluwarsa: i > 2 ? 400 : 0 }));
  if (sql.includes("'angkatan_kerja'")) {
    return [
      { tahun: 2024, indikator: 'angkatan_kerja', nilai: 93930, satuan: 'orang', sumber: 'radarmedia', catatan: null },
      { tahun: 2021, indikator: 'tpak', nilai: 66.63, satuan: '%', sumber: 'niaga.asia', catatan: 'diturunkan (d): 72,08 − 5,45' },
      { tahun: 2024, indikator: 'penganggur', nilai: 6631, satuan: 'orang', sumber: 'radarmedia', catatan: null },
      { tahun: 2024, indikator: 'tpt', nilai: 7.06, satuan: '%', sumber: 'radarmedia', catatan: null },
      { tahun: 2025, indikator: 'tpt', nilai: 6.36, satuan: '%', sumber: 'ritmee', catatan: 'Pemkot tidak menyepakati' },
    ];
  }
  if (sql.includes('make_date')) return [{ tahun: 2025, nilai: 14376 }, { tahun: 2026, nilai: 14357 }];
  throw new Error(`fake db: unknown query ${sql.slice(0, 120)}`);
}

function fakeClient(): DbClient & { calls: Array<{ sql: string; params: Params }> } {
  const calls: Array<{ sql: string; params: Params }> = [];
  return {
    calls,
    query: async <T,>(sql: string, params: Params = []) => {
      calls.push({ sql, params });
      return rowsFor(sql, params) as T[];
    },
  } as DbClient & { calls: Array<{ sql: string; params: Params }> };
}

let client: ReturnType<typeof fakeClient>;
beforeEach(() => {
  client = fakeClient();
  snap.state = readyState(client, fakeSnapshot());
});
afterEach(cleanup);

const kpi = (id: string) => within(screen.getByTestId(`kpi-${id}`)).getByTestId('kpi-value');

async function renderPage(route = '/pengangguran?periode=2026-10') {
  const r = renderWithProviders(<PengangguranPage />, { route });
  await waitFor(() => expect(kpi('aktif').getAttribute('data-value')).not.toBe(''));
  return r;
}

describe('PengangguranPage', () => {
  it('shows the headline numbers in id-ID format with their raw values', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pengangguran terdaftar (AK1)');
    expect(kpi('aktif').textContent).toBe('2.120');
    expect(kpi('per1000').getAttribute('data-value')).toBe('35.56');
    expect(kpi('per1000').textContent).toBe('35,6');
    expect(within(screen.getByTestId('kpi-per1000')).getByTestId('kpi-note').textContent).toMatch(/penduduk 2024 × 66,97%/);
    expect(kpi('median').textContent).toBe('9 bulan');
    expect(screen.getByTestId('kpi-lama-persen').textContent).toBe('37,7% dari pencari kerja aktif');
    await waitFor(() => expect(screen.getByTestId('bar-wilayah-64.74.02').textContent).toContain('Bontang Selatan1.550'));
    expect(screen.getByTestId('chart-pengangguranPerWilayah').textContent).toContain('Pencari kerja aktif menurut kecamatan');
  });

  it('drills from the city to a kecamatan by a bar, to a kelurahan by the map list, and shows "—" for the kelurahan rate', async () => {
    const r = await renderPage();
    await waitFor(() => screen.getByTestId('bar-wilayah-64.74.01'));
    fireEvent.click(screen.getByTestId('bar-wilayah-64.74.01'));
    await waitFor(() => expect(r.location().search).toContain('kec=64.74.01'));
    await waitFor(() =>
      expect(screen.getByTestId('chart-pengangguranPerWilayah').textContent).toContain('menurut kelurahan di Kecamatan Bontang Utara'),
    );
    expect((screen.getByTestId('metric-rate') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('area-64.74.01.1003'));
    await waitFor(() => expect(r.location().search).toContain('kel=64.74.01.1003'));
    await waitFor(() => expect(kpi('aktif').getAttribute('data-value')).toBe('420'));
    expect(kpi('per1000').textContent).toBe('—');
    expect(kpi('per1000').getAttribute('data-value')).toBe('');
    expect(within(screen.getByTestId('kpi-per1000')).getByTestId('kpi-note').textContent).toMatch(/kelurahan tidak diketahui/);
    // the chosen kelurahan's bar is pressed; clicking it again goes back up to the kecamatan
    await waitFor(() => expect(screen.getByTestId('bar-wilayah-64.74.01.1003').getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByTestId('bar-wilayah-64.74.01.1003'));
    await waitFor(() => expect(r.location().search).not.toContain('kel='));
    expect(r.location().search).toContain('kec=64.74.01');
  });

  it('cross-filters: a bar toggles the selection in the URL, other charts query with it, its own chart does not', async () => {
    const r = await renderPage();
    await waitFor(() => screen.getByTestId('bar-pend-SMA'));
    fireEvent.click(screen.getByTestId('bar-pend-SMA'));
    await waitFor(() => expect(r.location().search).toContain('pilih.pend=SMA'));
    await waitFor(() => expect(screen.getByTestId('bar-jk-L').textContent).toContain('Laki-laki600'));
    expect(screen.getByTestId('bar-pend-SMA').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('chip-pend-SMA').textContent).toContain('SMA/Sederajat');
    const withSma = client.calls.filter((c) => c.params.includes('SMA'));
    expect(withSma.some((c) => c.sql.includes("SELECT 'L' AS kunci"))).toBe(true);
    expect(withSma.some((c) => c.sql.includes('ref_pendidikan'))).toBe(false);
    // removing the chip clears it
    fireEvent.click(screen.getByTestId('chip-pend-SMA'));
    await waitFor(() => expect(r.location().search).not.toContain('pilih.pend'));
  });

  it('says that a duration selection does not apply to the monthly flows, and leaves it out of their query', async () => {
    await renderPage('/pengangguran?periode=2026-10&pilih.durasi=12-17');
    await waitFor(() => screen.getByTestId('tren-durasi-note'));
    const tren = client.calls.filter((c) => c.sql.includes('jenis: 1'));
    expect(tren.length).toBeGreaterThan(0);
    expect(tren.every((c) => !c.params.includes('12-17'))).toBe(true);
    const jk = client.calls.filter((c) => c.sql.includes("SELECT 'L' AS kunci"));
    expect(jk.some((c) => c.params.includes('12-17'))).toBe(true);
  });

  it('shows the BPS series with definitions, derived figures marked, and the register count beside it', async () => {
    await renderPage();
    const card = screen.getByTestId('chart-bpsPasarKerja');
    await waitFor(() => expect(card.getAttribute('data-status')).toBe('ready'));
    expect(card.textContent).toMatch(/Sakernas/);
    await act(async () => fireEvent.click(within(card).getByTestId('chart-bpsPasarKerja-table-toggle')));
    const table = within(card).getByTestId('chart-bpsPasarKerja-table');
    expect(table.textContent).toContain('7,06');
    expect(table.textContent).toContain('6,36');
    expect(table.textContent).toContain('66,63*');
    expect(table.textContent).toContain('93.930');
    const compare = screen.getByTestId('chart-pencakerAktifAgustus');
    await act(async () => fireEvent.click(within(compare).getByTestId('chart-pencakerAktifAgustus-table-toggle')));
    const t2 = within(compare).getByTestId('chart-pencakerAktifAgustus-table');
    expect(t2.textContent).toContain('14.376');
    expect(t2.textContent).toContain('6.631');
    expect(compare.textContent).toMatch(/tercakup penuh/);
  });
});
