import { AKTIF } from '../bases/aktif';
import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { AKTIF_DIMS, AKTIF_TEXT, aktifArea, joinText, SOURCE_AK1_DTSEN } from './shared';

/** Active job seekers in one DTSEN category. */
export interface KemiskinanDesilRow {
  /** '1'…'10', 'tanpa' (in DTSEN, no desil) or 'luar' (not found in DTSEN): the `desil` dimension's values. */
  desil_kat: string;
  /** 1…12, the order of the categories. */
  urutan: number;
  /** People. */
  nilai: number;
  /** nilai / all people shown (every category) in percent; null when nobody is shown. */
  persen: number | null;
}

/**
 * Active job seekers by DTSEN welfare decile, with the two categories without a decile. Always
 * returns all twelve categories (0 where nobody). Cross-filtered by every selection except desil,
 * so the chart keeps all categories and highlights the chosen ones.
 */
export const kemiskinanPerDesil: IndicatorDef<ViewParams, KemiskinanDesilRow> = {
  id: 'kemiskinanPerDesil',
  label: { id: 'Pencari kerja aktif menurut desil DTSEN', en: 'Active job seekers by DTSEN decile' },
  unit: 'orang',
  definition: joinText(AKTIF_TEXT, {
    id:
      'Dikelompokkan menurut desil kesejahteraan DTSEN (1 = 10% termiskin) dari pseudonim NIK yang cocok; "tanpa desil" = ' +
      'ditemukan di DTSEN tetapi belum berperingkat; "tidak ditemukan" = NIK tidak ada di ekstrak DTSEN (bukan berarti tidak ' +
      'miskin). Persentase terhadap seluruh pencari kerja aktif yang ditampilkan.',
    en:
      'Grouped by DTSEN welfare decile (1 = poorest 10%) through the matching NIK pseudonym; "no decile" = found in DTSEN but ' +
      'not ranked; "not found" = the NIK is not in the DTSEN extract (which does not mean not poor). Shares of all active job ' +
      'seekers shown.',
  }),
  source: SOURCE_AK1_DTSEN,
  tables: ['pencaker', 'wilayah'],
  bases: [AKTIF],
  sql: (p) =>
    bound(sql`
WITH k AS (
  SELECT CAST(g AS VARCHAR) AS desil_kat, CAST(g AS INTEGER) AS urutan FROM generate_series(1, 10) AS t(g)
  UNION ALL SELECT 'tanpa', 11
  UNION ALL SELECT 'luar', 12
),
n AS (
  SELECT a.desil_kat, count(*) AS nilai
  FROM {{aktif}} a
  WHERE TRUE ${aktifArea(p, 'a')} ${selectionWhere(p.pilih, { supported: AKTIF_DIMS, exclude: 'desil', alias: 'a' })}
  GROUP BY a.desil_kat
)
SELECT k.desil_kat, k.urutan, CAST(coalesce(n.nilai, 0) AS INTEGER) AS nilai,
       CAST(100.0 * coalesce(n.nilai, 0) / NULLIF(sum(coalesce(n.nilai, 0)) OVER (), 0) AS DOUBLE) AS persen
FROM k LEFT JOIN n ON n.desil_kat = k.desil_kat
ORDER BY k.urutan`),
};
