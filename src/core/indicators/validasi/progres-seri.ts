import { bound, periodEnd, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { grupCte, type Jenis } from './grup';

/** Verification progress of one area on one reporting date. */
export interface ProgresSeriRow {
  /** Reporting date 'YYYY-MM-DD'. */
  tanggal: string;
  jenis: Jenis;
  /** Kecamatan or kelurahan code; the city row has '64.74'. */
  kode: string;
  /** Area name; null for the city row. */
  nama: string | null;
  terverifikasi_kk: number;
  target_kk: number;
  /** 100 × terverifikasi_kk / target_kk; null when the target is 0. */
  persen_kk: number | null;
}

/**
 * Cumulative verification progress (households, KK) on every reporting date up to the end of
 * `periode`, per area of the drill level (kecamatan of the city, or kelurahan of the chosen
 * kecamatan) plus the parent area. On each date every kelurahan counts with its latest report
 * dated on or before it; kelurahan that have not reported yet are not in the target. Dates are the
 * distinct reporting dates of the shown area. No rows before the first report.
 */
export const validasiProgresSeri: IndicatorDef<ViewParams, ProgresSeriRow> = {
  id: 'validasiProgresSeri',
  label: { id: 'Progres verifikasi keluarga dari waktu ke waktu', en: 'Household verification progress over time' },
  unit: '%',
  definition: {
    id:
      'Persentase keluarga (KK) terverifikasi terhadap target pada tiap tanggal laporan, kumulatif: tiap kelurahan dihitung dengan ' +
      'laporan terakhirnya sampai tanggal itu, lalu dijumlahkan per wilayah. Kelurahan yang belum pernah melapor belum masuk target.',
    en:
      'Households (KK) verified as a share of the target on each reporting date, cumulative: each kelurahan counts with its latest ' +
      'report up to that date, summed over the area. Kelurahan that have not reported yet are not in the target.',
  },
  source: {
    id: 'Laporan progres verifikasi DTSEN per kelurahan (DSPM Kota Bontang), tabel validasi',
    en: 'DTSEN verification progress reports per kelurahan (DSPM Kota Bontang), table validasi',
  },
  tables: ['validasi', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH grup AS (${grupCte(p)}),
v AS (
  SELECT v.tanggal, v.kode_kelurahan, v.target_kk, v.terverifikasi_kk
  FROM validasi v
  WHERE v.tanggal <= ${periodEnd(p.periode)} AND v.kode_kelurahan IN (SELECT kode_kelurahan FROM grup)
),
tgl AS (SELECT DISTINCT tanggal FROM v),
terakhir AS (
  SELECT t.tanggal AS t, v.kode_kelurahan, v.target_kk, v.terverifikasi_kk
  FROM tgl t JOIN v ON v.tanggal <= t.tanggal
  QUALIFY row_number() OVER (PARTITION BY t.tanggal, v.kode_kelurahan ORDER BY v.tanggal DESC, v.terverifikasi_kk DESC) = 1
)
SELECT strftime(l.t, '%Y-%m-%d') AS tanggal, g.jenis, g.kode, g.nama,
  CAST(SUM(l.terverifikasi_kk) AS INTEGER) AS terverifikasi_kk,
  CAST(SUM(l.target_kk) AS INTEGER) AS target_kk,
  CAST(100.0 * SUM(l.terverifikasi_kk) / NULLIF(SUM(l.target_kk), 0) AS DOUBLE) AS persen_kk
FROM terakhir l JOIN grup g USING (kode_kelurahan)
GROUP BY l.t, g.jenis, g.kode, g.nama
ORDER BY l.t, g.jenis, g.kode`),
};
