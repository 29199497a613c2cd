import { areaFilter, bound, monthsCte, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** One month of verification progress. */
export interface ValidasiProgresRow {
  bulan: string;
  /** Percent 0-100 of target households verified; null while no kelurahan has reported. */
  nilai: number | null;
  terverifikasi: number;
  target: number;
}

/**
 * Verification progress of the poverty register (households, KK) at the last day of each of the
 * 13 months ending at `periode`: for every kelurahan the latest report dated on or before that day,
 * summed over kelurahan. Kelurahan that have not reported yet add nothing to target or progress.
 */
export const validasiProgresBulanan: IndicatorDef<AreaPeriodParams, ValidasiProgresRow> = {
  id: 'validasiProgresBulanan',
  label: { id: 'Progres validasi DTSEN', en: 'DTSEN verification progress' },
  unit: '%',
  definition: {
    id:
      'Keluarga (KK) terverifikasi dibagi target keluarga, dari laporan terakhir tiap kelurahan sampai hari terakhir bulan, ' +
      'dijumlahkan per wilayah. Kelurahan yang belum melapor belum dihitung dalam target.',
    en:
      'Households (KK) verified divided by the household target, from each kelurahan\'s latest report up to the last day of ' +
      'the month, summed over the area. Kelurahan that have not reported yet are not in the target.',
  },
  source: {
    id: 'Laporan validasi DTSEN (DSPM), angka kumulatif per kelurahan',
    en: 'DTSEN validation reports (DSPM), cumulative figures per kelurahan',
  },
  tables: ['validasi', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH bulan AS (${monthsCte(p.periode)}),
v AS (SELECT * FROM validasi WHERE TRUE ${areaFilter('kode_kelurahan', p)}),
latest AS (
  SELECT b.bulan, v.kode_kelurahan, v.terverifikasi_kk, v.target_kk
  FROM bulan b JOIN v ON v.tanggal <= b.d
  QUALIFY row_number() OVER (PARTITION BY b.bulan, v.kode_kelurahan ORDER BY v.tanggal DESC, v.terverifikasi_kk DESC) = 1
),
s AS (SELECT bulan, SUM(terverifikasi_kk) AS terverifikasi, SUM(target_kk) AS target FROM latest GROUP BY bulan)
SELECT b.bulan,
  CAST(100.0 * s.terverifikasi / NULLIF(s.target, 0) AS DOUBLE) AS nilai,
  CAST(COALESCE(s.terverifikasi, 0) AS INTEGER) AS terverifikasi,
  CAST(COALESCE(s.target, 0) AS INTEGER) AS target
FROM bulan b LEFT JOIN s ON s.bulan = b.bulan
ORDER BY b.bulan`),
};
