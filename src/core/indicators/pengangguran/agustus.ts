import { activeAt, bound, checkPeriode, periodEnd, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { SUMBER_AK1 } from './shared';

/** The register's active job seekers on 31 August of one year. */
export interface AgustusRow {
  tahun: number;
  nilai: number;
}

/**
 * Active job seekers in the whole city on 31 August of each year (the BPS Sakernas reference
 * month) up to the end of `periode`, for comparison with the BPS count of unemployed people.
 * Only years the register covers completely: a card is valid 2 years, so the register must start
 * at least 2 years before that 31 August (its first registration date is taken as its start).
 * City level only: area filters and selections do not apply.
 */
export const pencakerAktifAgustus: IndicatorDef<ViewParams, AgustusRow> = {
  id: 'pencakerAktifAgustus',
  label: { id: 'Pencari kerja aktif terdaftar pada 31 Agustus', en: 'Registered active job seekers on 31 August' },
  unit: 'orang',
  definition: {
    id:
      'Orang berbeda dengan kartu AK1 aktif pada 31 Agustus tiap tahun (bulan acuan Sakernas), seluruh kota. ' +
      'Hanya tahun yang tercakup penuh oleh data pendaftaran: kartu berlaku 2 tahun, jadi data harus dimulai paling lambat ' +
      '2 tahun sebelum tanggal itu. Pemegang kartu bisa saja sudah bekerja tanpa melapor, dan penganggur yang tidak mendaftar ' +
      'tidak terhitung: angka ini bukan jumlah penganggur.',
    en:
      'Distinct people with an active AK1 card on 31 August of each year (the Sakernas reference month), whole city. ' +
      'Only years fully covered by the register: a card is valid 2 years, so the data must start at least 2 years before ' +
      'that date. Card holders may already work without reporting it, and unemployed people who never registered are not ' +
      'counted: this is not the number of unemployed.',
  },
  source: SUMBER_AK1,
  tables: ['pencaker'],
  sql: (p) => {
    const { year } = checkPeriode(p.periode);
    return bound(sql`
WITH awal AS (SELECT min(tanggal_daftar) AS d0 FROM pencaker),
t AS (
  SELECT CAST(y AS INTEGER) AS tahun, make_date(CAST(y AS INTEGER), 8, 31) AS d
  FROM awal, generate_series(CAST(year(awal.d0) AS BIGINT), CAST(${year} AS BIGINT)) AS g(y)
  WHERE awal.d0 IS NOT NULL
),
t2 AS (
  SELECT t.tahun, t.d FROM t, awal
  WHERE t.d <= ${periodEnd(p.periode)} AND awal.d0 <= CAST(t.d - INTERVAL 2 YEAR AS DATE)
)
SELECT t2.tahun, CAST(count(DISTINCT p.id_orang) AS INTEGER) AS nilai
FROM t2 LEFT JOIN pencaker p ON ${activeAt('p', 't2.d')}
GROUP BY t2.tahun
ORDER BY t2.tahun`);
  },
};
