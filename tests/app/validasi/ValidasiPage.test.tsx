// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  validasiDtsenPencaker,
  validasiProgresKelurahan,
  validasiProgresSeri,
  validasiProgresWilayah,
  validasiTautanDtsen,
  validasiTemuanKualitas,
  type ProgresWilayahRow,
} from '../../../src/core/indicators/validasi';
import { baseTableName, substituteRelations } from '../../../src/core/indicators/bases';
import type { IndicatorDef } from '../../../src/core/indicators/types';
import type { SnapshotState } from '../../../src/app/db/SnapshotProvider';
import type { DbClient } from '../../../src/app/db/types';
import { routes } from '../../../src/app/routes/routes';
import { fakeDbClient, fakeManifest, fakeSnapshot, readyState, renderWithProviders, type FakeResponse } from '../../support/render';

// The data layer is faked at its edge (fixed rows per indicator SQL); charts and the Leaflet map
// are replaced by plain elements that keep their text alternative and click handlers.
const snap = vi.hoisted(() => ({ state: undefined as unknown as SnapshotState }));
vi.mock('../../../src/app/db/SnapshotProvider', () => ({
  useSnapshot: () => snap.state,
  SnapshotProvider: ({ children }: { children: unknown }) => children,
}));
vi.mock('../../../src/app/components/views/ViewEChart', async () => ({
  ViewEChart: (await import('../../support/view-page')).FakeViewEChart,
}));
vi.mock('../../../src/app/components/map/KelurahanMap', async () => ({
  KelurahanMap: (await import('../../support/view-page')).FakeKelurahanMap,
}));

const base: Omit<ProgresWilayahRow, 'jenis' | 'kode' | 'nama'> = {
  kelurahan: 6,
  kelurahan_lapor: 6,
  kelurahan_selesai: 6,
  kelurahan_tanpa_laju: 0,
  tanggal_laporan: '2025-11-28',
  target_kk: 2429,
  terverifikasi_kk: 2429,
  persen_kk: 100,
  target_jiwa: 8566,
  terverifikasi_jiwa: 8566,
  persen_jiwa: 100,
  status: 'selesai',
  tanggal_selesai: '2025-11-14',
  sisa_kk: 0,
  laju_kk_minggu: null,
  laju_hari: null,
  tanggal_proyeksi: null,
  laporan_pertama: '2025-09-05',
};
const berjalan = { status: 'berjalan' as const, tanggal_selesai: null, tanggal_proyeksi: '2026-01-09', laju_kk_minggu: 56.25, laju_hari: 28 };
const NOV = { periode: '2025-11' };
const AUG = { periode: '2025-08' };
const belum = { ...base, kelurahan_lapor: 0, kelurahan_selesai: 0, tanggal_laporan: null, target_kk: 0, terverifikasi_kk: 0, persen_kk: null, target_jiwa: null, terverifikasi_jiwa: null, persen_jiwa: null, status: 'belum-lapor' as const, tanggal_selesai: null };

const common = (p: { periode: string }): FakeResponse[] => [
  [
    validasiProgresKelurahan,
    p,
    [
      { kode_kelurahan: '64.74.01.1003', nama_kelurahan: 'Lok Tuan', kode_kecamatan: '64.74.01', nama_kecamatan: 'Bontang Utara', tanggal_laporan: '2025-11-28', target_kk: 1094, terverifikasi_kk: 1094, persen_kk: 100, tanggal_selesai: '2025-11-28' },
      { kode_kelurahan: '64.74.01.1006', nama_kelurahan: 'Api-Api', kode_kecamatan: '64.74.01', nama_kecamatan: 'Bontang Utara', tanggal_laporan: '2025-11-28', target_kk: 233, terverifikasi_kk: 229, persen_kk: 98.28, tanggal_selesai: null },
      { kode_kelurahan: '64.74.02.1002', nama_kelurahan: 'Berbas Tengah', kode_kecamatan: '64.74.02', nama_kecamatan: 'Bontang Selatan', tanggal_laporan: null, target_kk: null, terverifikasi_kk: null, persen_kk: null, tanggal_selesai: null },
    ],
  ],
  [
    validasiTautanDtsen,
    p,
    [
      { jenis: 'induk', kode: '64.74', nama: null, aktif: 14204, aktif_dtsen: 4261, persen_aktif: 29.998, terdaftar: 30000, terdaftar_dtsen: 9000, persen_terdaftar: 30 },
      { jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara', aktif: 6600, aktif_dtsen: 1700, persen_aktif: 25.76, terdaftar: 17000, terdaftar_dtsen: 4400, persen_terdaftar: 25.88 },
      { jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan', aktif: 7604, aktif_dtsen: 2561, persen_aktif: 33.68, terdaftar: 13000, terdaftar_dtsen: 4600, persen_terdaftar: 35.38 },
    ],
  ],
  [
    validasiDtsenPencaker,
    p,
    [
      { jenis: 'induk', kode: '64.74', nama: null, jiwa: 59970, pencaker: 11126, persen: 18.55 },
      { jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara', jiwa: 25951, pencaker: 4483, persen: 17.27 },
      { jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan', jiwa: 34019, pencaker: 6643, persen: 19.53 },
    ],
  ],
  [
    validasiTemuanKualitas,
    p,
    [
      { tabel: 'dtsen', kode_temuan: 'duplicate-row', tingkat: 'ditolak', kategori: 'ganda', jumlah: 30 },
      { tabel: 'pencaker', kode_temuan: 'nik-excel-mangled', tingkat: 'ditolak', kategori: 'nik', jumlah: 162 },
      { tabel: 'pencaker', kode_temuan: 'nik-trailing-zeros', tingkat: 'ditolak', kategori: 'nik', jumlah: 81 },
      { tabel: 'pencaker', kode_temuan: 'nik-sex-mismatch', tingkat: 'catatan', kategori: 'ketidaksesuaian', jumlah: 61 },
    ],
  ],
];

const RESPONSES: FakeResponse[] = [
  ...common(NOV),
  [
    validasiProgresWilayah,
    NOV,
    [
      { ...base, ...berjalan, jenis: 'induk', kode: '64.74', nama: null, kelurahan: 12, kelurahan_lapor: 12, kelurahan_selesai: 8, target_kk: 4269, terverifikasi_kk: 4172, persen_kk: 97.728, sisa_kk: 97 },
      { ...base, ...berjalan, jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara', kelurahan_selesai: 2, target_kk: 1840, terverifikasi_kk: 1743, persen_kk: 94.73, sisa_kk: 97 },
      { ...base, jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan' },
    ],
  ],
  [
    validasiProgresSeri,
    NOV,
    [
      { tanggal: '2025-11-21', jenis: 'induk', kode: '64.74', nama: null, terverifikasi_kk: 4000, target_kk: 4269, persen_kk: 93.7 },
      { tanggal: '2025-11-21', jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara', terverifikasi_kk: 1600, target_kk: 1840, persen_kk: 86.96 },
      { tanggal: '2025-11-21', jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan', terverifikasi_kk: 2400, target_kk: 2429, persen_kk: 98.8 },
      { tanggal: '2025-11-28', jenis: 'induk', kode: '64.74', nama: null, terverifikasi_kk: 4172, target_kk: 4269, persen_kk: 97.728 },
      { tanggal: '2025-11-28', jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara', terverifikasi_kk: 1743, target_kk: 1840, persen_kk: 94.73 },
      { tanggal: '2025-11-28', jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan', terverifikasi_kk: 2429, target_kk: 2429, persen_kk: 100 },
    ],
  ],
  ...common(AUG),
  [
    validasiProgresWilayah,
    AUG,
    [
      { ...belum, jenis: 'induk', kode: '64.74', nama: null, kelurahan: 12 },
      { ...belum, jenis: 'rincian', kode: '64.74.01', nama: 'Bontang Utara' },
      { ...belum, jenis: 'rincian', kode: '64.74.02', nama: 'Bontang Selatan' },
    ],
  ],
  [validasiProgresSeri, AUG, []],
];

/**
 * The fake client answers an indicator's SQL as the browser sends it: with its base relations
 * ({{aktif}}, {{terdaftar}}) replaced by their materialised table names, whose CREATE and DROP
 * statements are accepted.
 */
function clientFor(responses: FakeResponse[]): DbClient {
  const asSent = responses.map(([def, p, rows]): FakeResponse => {
    const d = def as IndicatorDef<unknown, unknown>;
    if (!d.bases?.length) return [def, p, rows];
    const relations = Object.fromEntries(d.bases.map((b) => [b.id, { sql: baseTableName(b, p), params: [] }]));
    return [{ ...d, sql: (q: unknown) => substituteRelations(d.sql(q), relations) }, p, rows];
  });
  const inner = fakeDbClient(asSent);
  return {
    ...inner,
    query: (sql: string, params?: ReadonlyArray<string | number | boolean | null>) =>
      // the browser suffixes each snapshot's tables with its generation (base_aktif_2026_10_g3)
      /^(CREATE|DROP) /.test(sql) || sql.includes('__mentah') ? Promise.resolve([]) : inner.query(sql.replace(/\b(base_\w+?)_g\d+\b/g, '$1'), params),
  } as DbClient;
}

beforeEach(() => {
  snap.state = readyState(clientFor(RESPONSES), fakeSnapshot(fakeManifest({ periode: { mulai: '2025-01-01', akhir: '2026-10-31' } })));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const kpiValue = async (id: string) => {
  const el = within(await screen.findByTestId(`kpi-${id}`)).getByTestId('kpi-value');
  await waitFor(() => expect(el.getAttribute('data-value')).not.toBe(''));
  return { text: el.textContent, raw: el.getAttribute('data-value') };
};

describe('Validasi page', () => {
  it('shows the chosen area at the period end: share verified, projection, reporting kelurahan, DTSEN linkage', async () => {
    renderWithProviders(null, { routes, route: '/validasi?periode=2025-11' });
    expect(await kpiValue('persen')).toEqual({ text: '97,7%', raw: '97.728' });
    expect(await kpiValue('selesai')).toEqual({ text: '9 Januari 2026', raw: '2026-01-09' });
    expect(screen.getByTestId('kpi-selesai').querySelector('h3')?.textContent).toBe('Perkiraan selesai');
    expect(screen.getByTestId('kpi-selesai').textContent).toContain('laju 56,3 KK/minggu (rata-rata 28 hari terakhir)');
    expect(await kpiValue('lapor')).toEqual({ text: '12 dari 12', raw: '12' });
    expect(await kpiValue('tautan')).toEqual({ text: '30,0%', raw: '29.998' });
    expect(screen.getByTestId('page-lede').textContent).toContain('Kota Bontang sampai akhir November 2025');
  });

  it('words completion and projection per kecamatan, and a row click drills into the kecamatan', async () => {
    const r = renderWithProviders(null, { routes, route: '/validasi?periode=2025-11' });
    const selatan = await screen.findByTestId('progress-64.74.02');
    expect(selatan.textContent).toContain('Selesai 14 November 2025');
    expect(selatan.textContent).toContain('2.429 dari 2.429 KK');
    expect(screen.getByTestId('progress-64.74.01').textContent).toContain('Perkiraan selesai 9 Januari 2026, laju 56,3 KK/minggu');
    fireEvent.click(within(screen.getByTestId('progress-64.74.01')).getByRole('button'));
    await waitFor(() => expect(r.location().search).toContain('kec=64.74.01'));
  });

  it('lists the quality findings with the Indonesian issue text and highlights a source table via the URL', async () => {
    const r = renderWithProviders(null, { routes, route: '/validasi?periode=2025-11' });
    const row = await screen.findByTestId('temuan-pencaker-nik-excel-mangled-ditolak');
    expect(row.textContent).toContain('NIK rusak oleh Excel');
    expect(row.textContent).toContain('ditolak');
    expect(within(row).getByText('162').getAttribute('data-value')).toBe('162');
    expect(screen.getByTestId('temuan-pencaker-nik-sex-mismatch-catatan').textContent).toContain('catatan');
    expect(screen.getByTestId('validasi-rejected-nik').getAttribute('data-value')).toBe('243');
    expect(screen.getByTestId('validasi-dtsen-side').textContent).toContain('11.126 dari 59.970 individu DTSEN di Kota Bontang (18,6%)');
    fireEvent.click(screen.getByTestId('kualitas-tabel-pencaker'));
    await waitFor(() => expect(r.location().search).toContain('temuan=pencaker'));
    expect(screen.getByTestId('kualitas-group-dtsen').className).toContain('is-faded');
  });

  it('says clearly that there is no report yet before the first one, naming its date', async () => {
    renderWithProviders(null, { routes, route: '/validasi?periode=2025-08' });
    const empty = await screen.findByTestId('validasi-empty');
    expect(empty.textContent).toBe(
      'Belum ada laporan verifikasi sampai akhir Agustus 2025Laporan verifikasi pertama di Kota Bontang bertanggal 5 September 2025. Pilih periode September 2025 atau sesudahnya untuk melihat progresnya.',
    );
    expect(await screen.findAllByTestId('validasi-empty-chart')).toHaveLength(2);
    expect(within(screen.getByTestId('kpi-persen')).getByTestId('kpi-value').textContent).toBe('–');
  });

  it('speaks English when asked', async () => {
    renderWithProviders(null, { routes, route: '/validasi?periode=2025-11', lang: 'en' });
    expect((await screen.findByTestId('progress-64.74.02')).textContent).toContain('Complete 14 November 2025');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Poverty-data validation and data linkage');
  });
});
