import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { AKTIF_TEXT, aktifArea, joinText, KUBUS_DIMS, SOURCE_AK1_DTSEN, sumber, SUMBER_BASES } from './shared';
import { perDesilCrossfilter } from './crossfilter';

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
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: SUMBER_BASES,
  crossfilter: perDesilCrossfilter(),
  sql: (p) => {
    const s = sumber(p, (x) => sql`TRUE ${aktifArea(p, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS, exclude: 'desil', alias: x })}`);
    return bound(sql`
SELECT k.desil_kat, k.urutan, CAST(coalesce(n.nilai, 0) AS INTEGER) AS nilai,
       CAST(100.0 * coalesce(n.nilai, 0) / NULLIF(sum(coalesce(n.nilai, 0)) OVER (), 0) AS DOUBLE) AS persen
FROM (VALUES ('1', 1), ('2', 2), ('3', 3), ('4', 4), ('5', 5), ('6', 6), ('7', 7), ('8', 8), ('9', 9), ('10', 10), ('tanpa', 11),
             ('luar', 12)) k(desil_kat, urutan)
LEFT JOIN (
  SELECT a.desil_kat, ${s.orang()} AS nilai
  FROM ${s.from}
  GROUP BY a.desil_kat
) n ON n.desil_kat = k.desil_kat
ORDER BY k.urutan`);
  },
};
