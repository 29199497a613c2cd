import { activeAt, areaFilter, bound, monthsCte, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** One month of the poverty-overlap share. */
export interface PencakerMiskinRow {
  bulan: string;
  /** Percent 0-100; null when there is no active job seeker. */
  nilai: number | null;
  /** Active people in DTSEN desil 1-4. */
  pembilang: number;
  /** All active people. */
  penyebut: number;
}

/**
 * Share of active job seekers (same definition as `pencakerAktifBulanan`) who are in DTSEN
 * desil 1-4, at the last day of each of the 13 months ending at `periode`. The denominator is
 * every active person, including those not found in DTSEN.
 */
export const pencakerMiskinBulanan: IndicatorDef<AreaPeriodParams, PencakerMiskinRow> = {
  id: 'pencakerMiskinBulanan',
  label: { id: 'Pencari kerja dari keluarga miskin (desil 1-4)', en: 'Job seekers from poor households (decile 1-4)' },
  unit: '%',
  definition: {
    id:
      'Persentase pencari kerja aktif (orang berbeda) yang tercatat di DTSEN pada desil 1-4, terhadap seluruh pencari kerja aktif ' +
      '(termasuk yang tidak ditemukan di DTSEN), pada hari terakhir tiap bulan.',
    en:
      'Share of active job seekers (distinct people) recorded in DTSEN deciles 1-4, out of all active job seekers ' +
      '(including those not found in DTSEN), on the last day of each month.',
  },
  source: {
    id: 'AK1 Disnaker ditautkan ke DTSEN (DSPM/Dinsos) lewat pseudonim NIK',
    en: 'Disnaker AK1 linked to DTSEN (DSPM/Dinsos) through a NIK pseudonym',
  },
  tables: ['pencaker', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH bulan AS (${monthsCte(p.periode)}),
p AS (SELECT * FROM pencaker WHERE TRUE ${areaFilter('kode_kelurahan', p)}),
a AS (
  SELECT b.bulan, p.id_orang, bool_or(p.desil BETWEEN 1 AND 4) AS miskin
  FROM bulan b JOIN p ON ${activeAt('p', 'b.d')}
  GROUP BY b.bulan, p.id_orang
),
s AS (
  SELECT bulan, COUNT(*) AS penyebut, COUNT(*) FILTER (WHERE miskin) AS pembilang FROM a GROUP BY bulan
)
SELECT b.bulan,
  CAST(100.0 * s.pembilang / NULLIF(s.penyebut, 0) AS DOUBLE) AS nilai,
  CAST(COALESCE(s.pembilang, 0) AS INTEGER) AS pembilang,
  CAST(COALESCE(s.penyebut, 0) AS INTEGER) AS penyebut
FROM bulan b LEFT JOIN s ON s.bulan = b.bulan
ORDER BY b.bulan`),
};
