import { areaFilter, bound, checkPeriode, periodEnd, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** Registrations in one calendar year. */
export interface PencakerTahunanRow {
  tahun: number;
  nilai: number;
}

/**
 * New AK1 registrations (rows, not people) per calendar year, from the first year in the register
 * up to the year of `periode`; the year of `periode` counts only up to its last day (year to date).
 * Years without registrations appear with 0. Area filters apply to the registration's kelurahan.
 */
export const pencakerTerdaftarTahunan: IndicatorDef<AreaPeriodParams, PencakerTahunanRow> = {
  id: 'pencakerTerdaftarTahunan',
  label: { id: 'Pendaftaran pencari kerja per tahun', en: 'Job-seeker registrations per year' },
  unit: 'pendaftaran',
  definition: {
    id:
      'Jumlah pendaftaran kartu AK1 baru per tahun kalender (satu orang bisa mendaftar lebih dari sekali). ' +
      'Tahun berjalan dihitung sampai akhir periode yang dipilih.',
    en:
      'New AK1 card registrations per calendar year (one person may register more than once). ' +
      'The current year counts up to the end of the selected period.',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), kolom tanggal_daftar',
    en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), column tanggal_daftar',
  },
  tables: ['pencaker', 'wilayah'],
  sql: (p) => {
    const { year } = checkPeriode(p.periode);
    return bound(sql`
WITH p AS (
  SELECT year(tanggal_daftar) AS tahun FROM pencaker
  WHERE tanggal_daftar <= ${periodEnd(p.periode)} ${areaFilter('kode_kelurahan', p)}
),
t AS (
  SELECT CAST(unnest(generate_series(y0, CAST(${year} AS BIGINT))) AS INTEGER) AS tahun
  FROM (SELECT CAST(COALESCE(MIN(year(tanggal_daftar)), ${year}) AS BIGINT) AS y0 FROM pencaker)
)
SELECT t.tahun, CAST(COUNT(p.tahun) AS INTEGER) AS nilai
FROM t LEFT JOIN p ON p.tahun = t.tahun
GROUP BY t.tahun
ORDER BY t.tahun`);
  },
};
