import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  validasiDtsenPencaker,
  validasiProgresKelurahan,
  validasiProgresSeri,
  validasiProgresWilayah,
  validasiTautanDtsen,
  validasiTemuanKualitas,
  type ProgresWilayahRow,
} from '../../../../src/core/indicators/validasi';
import { generateDemoData, type DemoTruth } from '../../../../src/pipeline/demo';
import { openSnapshotDb, queryIndicator, type SnapshotDb } from '../../../support/snapshot-db';

/**
 * The validasi view's numbers on the committed demo snapshot against the demo generator's own
 * truth (computed from its model, not from the files): progress and completion per kecamatan and
 * kelurahan, the job seekers linked to DTSEN, and the quality findings per source table.
 */
let dir: string;
let truth: DemoTruth;
let db: SnapshotDb;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sk-validasi-truth-'));
  truth = await generateDemoData({ outDir: dir });
  db = await openSnapshotDb('data/snapshots/demo');
}, 120_000);

afterAll(async () => {
  db?.close();
  await rm(dir, { recursive: true, force: true });
});

const month = (iso: string) => iso.slice(0, 7);
const rincian = (rows: ProgresWilayahRow[]) => new Map(rows.filter((r) => r.jenis === 'rincian').map((r) => [r.kode, r]));

describe('validasi view against the demo generator truth', () => {
  it('shows each kecamatan at the latest report as the generator made it, with its completion date', async () => {
    const rows = rincian(await queryIndicator(db, validasiProgresWilayah, { periode: month(truth.validasi.latestDate) }));
    expect([...rows.keys()].sort()).toEqual(Object.keys(truth.validasi.byKecamatan).sort());
    for (const [kec, t] of Object.entries(truth.validasi.byKecamatan)) {
      const r = rows.get(kec)!;
      expect(r.tanggal_laporan, kec).toBe(truth.validasi.latestDate);
      expect([r.target_kk, r.terverifikasi_kk, r.target_jiwa, r.terverifikasi_jiwa], kec).toEqual([t.targetKk, t.terverifikasiKk, t.targetJiwa, t.terverifikasiJiwa]);
      expect(r.persen_kk! / 100, kec).toBeCloseTo(t.share, 12);
      expect(r.tanggal_selesai, kec).toBe(t.reached100On);
      if (t.reached100On) expect(r.status, kec).toBe('selesai');
      else expect(r.status, kec).not.toBe('selesai');
    }
  });

  it('orders completion as in the field: Selatan and Barat before Utara', () => {
    const k = truth.validasi.byKecamatan;
    expect(k['64.74.02'].reached100On! < k['64.74.01'].reached100On!).toBe(true);
    expect(k['64.74.03'].reached100On! < k['64.74.01'].reached100On!).toBe(true);
  });

  it('marks a kecamatan complete only from the month of its completion date, and projects it before', async () => {
    for (const [kec, t] of Object.entries(truth.validasi.byKecamatan)) {
      const done = t.reached100On!;
      const before = truth.validasi.reportingDates.filter((d) => month(d) < month(done)).at(-1);
      const atDone = rincian(await queryIndicator(db, validasiProgresWilayah, { periode: month(done) })).get(kec)!;
      expect([atDone.status, atDone.tanggal_selesai], kec).toEqual(['selesai', done]);
      if (!before) continue;
      const early = rincian(await queryIndicator(db, validasiProgresWilayah, { periode: month(before) })).get(kec)!;
      expect(early.status, `${kec} ${before}`).toBe('berjalan');
      expect(early.tanggal_selesai).toBeNull();
      expect(early.tanggal_proyeksi! > before, `${kec} projected after its last report`).toBe(true);
    }
  });

  it('gives every kelurahan its completion date, on the map and in the kecamatan drill-down', async () => {
    const periode = month(truth.validasi.latestDate);
    const map = await queryIndicator(db, validasiProgresKelurahan, { periode });
    expect(Object.fromEntries(map.map((r) => [r.kode_kelurahan, r.tanggal_selesai]))).toEqual(truth.validasi.kelurahanReached100On);
    for (const kec of Object.keys(truth.validasi.byKecamatan)) {
      const rows = rincian(await queryIndicator(db, validasiProgresWilayah, { periode, kecamatan: kec }));
      for (const [kel, r] of rows) expect(r.tanggal_selesai, kel).toBe(truth.validasi.kelurahanReached100On[kel]);
    }
    // Guntung (64.74.01.1004) finishes last; in November 2025 it is not complete yet.
    const nov = await queryIndicator(db, validasiProgresKelurahan, { periode: '2025-11' });
    for (const r of nov) {
      const reached = truth.validasi.kelurahanReached100On[r.kode_kelurahan]!;
      expect(r.tanggal_selesai, r.kode_kelurahan).toBe(reached <= '2025-11-30' ? reached : null);
    }
  });

  it('draws the lines over exactly the reporting dates, ending at the truth totals', async () => {
    const rows = await queryIndicator(db, validasiProgresSeri, { periode: month(truth.validasi.latestDate) });
    expect([...new Set(rows.map((r) => r.tanggal))]).toEqual(truth.validasi.reportingDates);
    const last = rows.filter((r) => r.tanggal === truth.validasi.latestDate && r.jenis === 'rincian');
    for (const r of last) {
      const t = truth.validasi.byKecamatan[r.kode];
      expect([r.terverifikasi_kk, r.target_kk], r.kode).toEqual([t.terverifikasiKk, t.targetKk]);
    }
    // A period before the first report has no line at all (the view shows its empty state).
    const firstMonth = month(truth.validasi.reportingDates[0]);
    const [y, m] = firstMonth.split('-').map(Number);
    const prior = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    expect(await queryIndicator(db, validasiProgresSeri, { periode: prior })).toEqual([]);
  });

  it('counts job seekers found in DTSEN as the generator linked them', async () => {
    const periode = month(truth.pencaker.lastMonthEnd);
    const [city] = (await queryIndicator(db, validasiTautanDtsen, { periode })).filter((r) => r.jenis === 'induk');
    expect(city.aktif).toBe(truth.pencaker.activeAtLastMonthEnd.total);
    expect(city.aktif_dtsen).toBe(truth.pencaker.activeAtLastMonthEnd.linkedToDtsen);
    expect(city.terdaftar).toBe(truth.pencaker.distinctPersons);
    expect(city.terdaftar_dtsen).toBe(truth.pencaker.personsLinkedToDtsen);
    // By kecamatan, active job seekers add up to the truth per kelurahan.
    const kec = (await queryIndicator(db, validasiTautanDtsen, { periode })).filter((r) => r.jenis === 'rincian');
    for (const r of kec) {
      const want = Object.entries(truth.pencaker.activeAtLastMonthEndByKelurahan)
        .filter(([kel]) => kel.startsWith(`${r.kode}.`))
        .reduce((a, [, n]) => a + n, 0);
      expect(r.aktif, r.kode).toBe(want);
    }
  });

  it('sees the same linkage from the DTSEN side', async () => {
    const [city] = (await queryIndicator(db, validasiDtsenPencaker, { periode: '2026-10' })).filter((r) => r.jenis === 'induk');
    expect(city.jiwa).toBe(truth.dtsen.acceptedIndividuals);
    expect(city.pencaker).toBe(truth.pencaker.personsLinkedToDtsen);
  });

  it('lists the quality findings per source table exactly as the generator planted them', async () => {
    const rows = await queryIndicator(db, validasiTemuanKualitas, { periode: '2026-10' });
    for (const [table, t] of Object.entries(truth.tables)) {
      const of = (tingkat: string) =>
        Object.fromEntries(rows.filter((r) => r.tabel === table && r.tingkat === tingkat).map((r) => [r.kode_temuan, r.jumlah]));
      expect(of('ditolak'), `${table} ditolak`).toEqual(t.rejectedByCode);
      expect(of('diperbaiki'), `${table} diperbaiki`).toEqual(t.repairedByCode);
      expect(of('catatan'), `${table} catatan`).toEqual(t.notedByCode);
    }
    expect(rows.every((r) => r.tabel in truth.tables)).toBe(true);
  });
});
