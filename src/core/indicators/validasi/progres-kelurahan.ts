import { bound, periodEnd, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';

/** Verification state of one kelurahan at the end of the period (for the map). */
export interface ProgresKelurahanRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** Latest report on or before the period end, 'YYYY-MM-DD'; null when none. */
  tanggal_laporan: string | null;
  /** Null when the kelurahan has not reported by the period end. */
  target_kk: number | null;
  terverifikasi_kk: number | null;
  persen_kk: number | null;
  /** When the latest report is at >= 100%: the first report at >= 100%, 'YYYY-MM-DD'; else null. */
  tanggal_selesai: string | null;
}

/**
 * Every kelurahan of the city (the map shows the whole city; the chosen area is only highlighted)
 * with its latest verification report on or before the end of `periode` and the first report on
 * which it reached 100%. Area filters are deliberately ignored.
 */
export const validasiProgresKelurahan: IndicatorDef<ViewParams, ProgresKelurahanRow> = {
  id: 'validasiProgresKelurahan',
  label: { id: 'Progres verifikasi keluarga per kelurahan', en: 'Household verification progress by kelurahan' },
  unit: '%',
  definition: {
    id:
      'Keluarga (KK) terverifikasi dibagi target menurut laporan terakhir kelurahan sampai akhir periode. Tanggal selesai: laporan ' +
      'pertama dengan capaian 100% atau lebih (bila laporan terakhir masih 100%). Semua kelurahan ditampilkan; pilihan wilayah hanya disorot.',
    en:
      'Households (KK) verified divided by the target in the kelurahan\'s latest report up to the end of the period. Completion date: ' +
      'the first report at 100% or more (when the latest report is still at 100%). Every kelurahan is shown; the chosen area is only highlighted.',
  },
  source: {
    id: 'Laporan progres verifikasi DTSEN per kelurahan (DSPM Kota Bontang), tabel validasi',
    en: 'DTSEN verification progress reports per kelurahan (DSPM Kota Bontang), table validasi',
  },
  tables: ['validasi', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH v AS (SELECT * FROM validasi WHERE tanggal <= ${periodEnd(p.periode)}),
terakhir AS (
  SELECT * FROM v
  QUALIFY row_number() OVER (PARTITION BY kode_kelurahan ORDER BY tanggal DESC, terverifikasi_kk DESC) = 1
),
selesai AS (SELECT kode_kelurahan, MIN(tanggal) AS t FROM v WHERE terverifikasi_kk >= target_kk GROUP BY kode_kelurahan)
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan, w.nama_kecamatan,
  strftime(l.tanggal, '%Y-%m-%d') AS tanggal_laporan,
  CAST(l.target_kk AS INTEGER) AS target_kk,
  CAST(l.terverifikasi_kk AS INTEGER) AS terverifikasi_kk,
  CAST(100.0 * l.terverifikasi_kk / NULLIF(l.target_kk, 0) AS DOUBLE) AS persen_kk,
  CASE WHEN l.terverifikasi_kk >= l.target_kk THEN strftime(s.t, '%Y-%m-%d') END AS tanggal_selesai
FROM wilayah w
LEFT JOIN terakhir l ON l.kode_kelurahan = w.kode_kelurahan
LEFT JOIN selesai s ON s.kode_kelurahan = w.kode_kelurahan
ORDER BY w.kode_kelurahan`),
};
