import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineQuery } from '../../../../src/core/indicators/bases';
import type { IndicatorDef, ViewParams } from '../../../../src/core/indicators/types';
import {
  validasiDtsenPencaker,
  validasiProgresKelurahan,
  validasiProgresSeri,
  validasiProgresWilayah,
  validasiTautanDtsen,
  validasiTemuanKualitas,
} from '../../../../src/core/indicators/validasi';
import { makeTestSnapshot } from '../../../support/make-test-snapshot';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';
import {
  expectedDtsenPencaker,
  expectedKelurahan,
  expectedSeri,
  expectedTautan,
  expectedWilayah,
  sameRows,
  type PRow,
  type VRow,
  type WRow,
} from './expected-validasi';

/**
 * Every indicator of the validasi view against plain TypeScript over the raw rows of the same
 * snapshot: the committed demo (weekly reports, all kelurahan on the same day) and the synthetic
 * test snapshot (irregular reports, kecamatan starting months apart), under several filter sets.
 */
interface Raw {
  validasi: VRow[];
  wilayah: WRow[];
  pencaker: PRow[];
  agregat: Array<{ kode_kelurahan: string; jumlah_jiwa: number; jumlah_pencaker: number }>;
  kualitas: Array<Record<string, unknown>>;
}

async function rawRows(db: SnapshotDb): Promise<Raw> {
  return {
    validasi: await db.query<VRow>('SELECT * FROM validasi'),
    wilayah: await db.query<WRow>('SELECT * FROM wilayah'),
    pencaker: await db.query<PRow>('SELECT * FROM pencaker'),
    agregat: await db.query('SELECT * FROM dtsen_agregat'),
    kualitas: await db.query('SELECT * FROM kualitas'),
  };
}

const sources: Array<{ name: string; params: ViewParams[]; open(): Promise<SnapshotDb> }> = [
  {
    name: 'demo snapshot',
    params: [
      { periode: '2025-08' }, // before the first report
      { periode: '2025-09' },
      { periode: '2025-10' },
      { periode: '2025-11' },
      { periode: '2025-12', kecamatan: '64.74.01' },
      { periode: '2025-11', kecamatan: '64.74.01', kelurahan: '64.74.01.1004' },
      { periode: '2025-12', kelurahan: '64.74.01.1004' },
      { periode: '2025-10', kecamatan: '64.74.02' },
      { periode: '2026-10' },
      { periode: '2026-10', kecamatan: '64.74.03', pilih: { jk: ['P'] } }, // selections do not apply in this view
    ],
    open: () => openSnapshotDb('data/snapshots/demo'),
  },
  {
    name: 'synthetic test snapshot',
    params: [
      { periode: '2025-03' },
      { periode: '2025-05' },
      { periode: '2025-08' }, // Selatan and Barat reporting, Utara not yet
      { periode: '2025-11' },
      { periode: '2025-11', kecamatan: '64.74.01' },
      { periode: '2026-01', kecamatan: '64.74.02', kelurahan: '64.74.02.1003' },
      { periode: '2026-03' },
      { periode: '2025-07', kecamatan: '64.74.03' },
    ],
    open: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'sk-validasi-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      await makeTestSnapshot(dir);
      return openSnapshotDb(dir);
    },
  },
];

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

for (const source of sources) {
  describe(`validasi indicators on the ${source.name} match plain TypeScript`, () => {
    let db: SnapshotDb;
    let raw: Raw;
    beforeAll(async () => {
      db = await source.open();
      raw = await rawRows(db);
    }, 60_000);
    afterAll(() => db?.close());

    const run = <R>(def: IndicatorDef<ViewParams, R>, p: ViewParams) =>
      queryIndicator(db, def, p) as Promise<Array<Record<string, unknown>>>;

    for (const p of source.params) {
      const label = JSON.stringify(p);
      it(`progress by area, completion and projection ${label}`, async () => {
        sameRows(await run(validasiProgresWilayah, p), expectedWilayah(p, raw.validasi, raw.wilayah));
      });
      it(`progress series ${label}`, async () => {
        sameRows(await run(validasiProgresSeri, p), expectedSeri(p, raw.validasi, raw.wilayah));
      });
      it(`map progress per kelurahan ${label}`, async () => {
        sameRows(await run(validasiProgresKelurahan, p), expectedKelurahan(p, raw.validasi, raw.wilayah));
      });
      it(`job seekers found in DTSEN ${label}`, async () => {
        sameRows(await run(validasiTautanDtsen, p), expectedTautan(p, raw.pencaker, raw.wilayah));
      });
      it(`DTSEN individuals registered as job seekers ${label}`, async () => {
        sameRows(await run(validasiDtsenPencaker, p), expectedDtsenPencaker(p, raw.agregat, raw.wilayah));
      });
    }

    it('quality findings are the kualitas rows, with their kind, rejected first', async () => {
      const rows = await run(validasiTemuanKualitas, { periode: '2026-01' });
      expect(rows.length).toBe(raw.kualitas.length);
      const key = (r: Record<string, unknown>) => `${r.tabel}|${r.kode_temuan}|${r.tingkat}`;
      const want = new Map(raw.kualitas.map((r) => [key(r), r.jumlah]));
      for (const r of rows) expect(r.jumlah, key(r)).toBe(want.get(key(r)));
      const order = { ditolak: 1, diperbaiki: 2, catatan: 3 } as Record<string, number>;
      for (let i = 1; i < rows.length; i++) {
        if (rows[i].tabel === rows[i - 1].tabel) expect(order[rows[i].tingkat as string]).toBeGreaterThanOrEqual(order[rows[i - 1].tingkat as string]);
      }
      const kind = (code: string) =>
        code.startsWith('nik-') && !code.endsWith('-mismatch') ? 'nik' : code.endsWith('-mismatch') ? 'ketidaksesuaian' : code === 'duplicate-row' ? 'ganda' : code.startsWith('kelurahan-') ? 'wilayah' : 'lain';
      for (const r of rows) expect(r.kategori, String(r.kode_temuan)).toBe(kind(String(r.kode_temuan)));
    });
  });
}

/**
 * Cases the real data may bring and the demo does not: a kelurahan without any gain, two reports
 * on one day, one that starts reporting later, verified above target, and a period before any
 * report. Run on a hand-made database, with the expected values worked out by hand.
 */
describe('validation progress edge cases', () => {
  let instance: DuckDBInstance;
  let query: (def: IndicatorDef<ViewParams, unknown>, p: ViewParams) => Promise<Array<Record<string, unknown>>>;
  const wilayah: WRow[] = [
    { kode_kelurahan: '64.74.01.1001', nama_kelurahan: 'Satu', kode_kecamatan: '64.74.01', nama_kecamatan: 'Utara' },
    { kode_kelurahan: '64.74.01.1002', nama_kelurahan: 'Dua', kode_kecamatan: '64.74.01', nama_kecamatan: 'Utara' },
    { kode_kelurahan: '64.74.01.1003', nama_kelurahan: 'Tiga', kode_kecamatan: '64.74.01', nama_kecamatan: 'Utara' },
    { kode_kelurahan: '64.74.02.1001', nama_kelurahan: 'Empat', kode_kecamatan: '64.74.02', nama_kecamatan: 'Selatan' },
  ];
  const v = (tanggal: string, kel: string, t: number, done: number, tj: number | null = null, vj: number | null = null): VRow => ({
    tanggal,
    kode_kelurahan: `64.74.0${kel}`,
    target_kk: t,
    terverifikasi_kk: done,
    target_jiwa: tj,
    terverifikasi_jiwa: vj,
  });
  const validasi: VRow[] = [
    v('2025-01-03', '1.1001', 100, 0),
    v('2025-01-10', '1.1001', 100, 0),
    v('2025-02-07', '1.1001', 100, 0),
    v('2025-01-03', '1.1002', 100, 50, 300, 150),
    v('2025-01-31', '1.1002', 100, 75, 300, 220),
    v('2025-01-31', '1.1002', 100, 80, 300, 240),
    v('2025-02-05', '1.1003', 40, 10),
    v('2025-02-26', '1.1003', 40, 40),
    v('2025-01-10', '2.1001', 100, 100),
    v('2025-01-17', '2.1001', 100, 120),
  ];

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run(`CREATE TABLE wilayah (kode_kelurahan VARCHAR, nama_kelurahan VARCHAR, kode_kecamatan VARCHAR, nama_kecamatan VARCHAR)`);
    await conn.run(
      `CREATE TABLE validasi (tanggal DATE, kode_kelurahan VARCHAR, target_kk INTEGER, terverifikasi_kk INTEGER, target_jiwa INTEGER, terverifikasi_jiwa INTEGER)`,
    );
    for (const w of wilayah) await conn.run(`INSERT INTO wilayah VALUES (?, ?, ?, ?)`, [w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan, w.nama_kecamatan]);
    for (const r of validasi) {
      await conn.run(`INSERT INTO validasi VALUES (CAST(? AS DATE), ?, ?, ?, ?, ?)`, [
        r.tanggal,
        r.kode_kelurahan,
        r.target_kk,
        r.terverifikasi_kk,
        r.target_jiwa,
        r.terverifikasi_jiwa,
      ]);
    }
    query = async (def, p) => {
      const q = inlineQuery(def, p);
      const reader = await conn.runAndReadAll(q.sql, q.params as never);
      return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
    };
  });
  afterAll(() => instance?.closeSync());

  const cases: ViewParams[] = [
    { periode: '2024-12' },
    { periode: '2025-01' },
    { periode: '2025-02' },
    { periode: '2025-01', kecamatan: '64.74.01' },
    { periode: '2025-02', kecamatan: '64.74.01', kelurahan: '64.74.01.1002' },
  ];
  for (const p of cases) {
    it(`matches plain TypeScript ${JSON.stringify(p)}`, async () => {
      sameRows(await query(validasiProgresWilayah, p), expectedWilayah(p, validasi, wilayah));
      sameRows(await query(validasiProgresSeri, p), expectedSeri(p, validasi, wilayah));
      sameRows(await query(validasiProgresKelurahan, p), expectedKelurahan(p, validasi, wilayah));
    });
  }

  it('gives the hand-worked completion dates, projections and reasons', async () => {
    const jan = await query(validasiProgresWilayah, { periode: '2025-01', kecamatan: '64.74.01' });
    const by = (rows: Array<Record<string, unknown>>, kode: string) => rows.find((r) => r.kode === kode)!;
    // 1002: latest 31 Jan (80 of the two same-day reports), 28 days earlier 3 Jan at 50: +30 in 28 days, 20 left -> 19 days.
    expect(by(jan, '64.74.01.1002')).toMatchObject({ status: 'berjalan', tanggal_proyeksi: '2025-02-19', laju_hari: 28, sisa_kk: 20 });
    expect(by(jan, '64.74.01.1002').laju_kk_minggu).toBeCloseTo(7.5, 9);
    expect(by(jan, '64.74.01.1002').persen_jiwa).toBeCloseTo(80, 9);
    // 1001: reports but no gain -> cannot be projected.
    expect(by(jan, '64.74.01.1001')).toMatchObject({ status: 'tanpa-proyeksi', tanggal_proyeksi: null, kelurahan_tanpa_laju: 1, laju_kk_minggu: 0 });
    // 1003 has not reported in January: the kecamatan cannot be projected, its target counts 2 kelurahan only.
    expect(by(jan, '64.74.01.1003')).toMatchObject({ status: 'belum-lapor', kelurahan_lapor: 0, laporan_pertama: '2025-02-05', persen_kk: null });
    expect(by(jan, '64.74.01')).toMatchObject({ jenis: 'induk', status: 'tanpa-proyeksi', kelurahan: 3, kelurahan_lapor: 2, target_kk: 200, terverifikasi_kk: 80 });

    const kota = await query(validasiProgresWilayah, { periode: '2025-01' });
    // Above target counts as complete, from the first report at 100%.
    expect(by(kota, '64.74.02')).toMatchObject({ status: 'selesai', tanggal_selesai: '2025-01-10', persen_kk: 120, sisa_kk: 0 });
    expect(by(kota, '64.74')).toMatchObject({ jenis: 'induk', nama: null, status: 'tanpa-proyeksi' });

    const before = await query(validasiProgresWilayah, { periode: '2024-12' });
    expect(before.every((r) => r.status === 'belum-lapor' && r.laporan_pertama !== null)).toBe(true);
    expect(await query(validasiProgresSeri, { periode: '2024-12' })).toEqual([]);

    // 1003 finishes on 26 Feb; 1002 still projected; 1001 still stuck.
    const feb = await query(validasiProgresKelurahan, { periode: '2025-02' });
    expect(feb.find((r) => r.kode_kelurahan === '64.74.01.1003')).toMatchObject({ tanggal_selesai: '2025-02-26', persen_kk: 100 });
    expect(feb.find((r) => r.kode_kelurahan === '64.74.02.1001')).toMatchObject({ tanggal_selesai: '2025-01-10', terverifikasi_kk: 120 });
  });
});
