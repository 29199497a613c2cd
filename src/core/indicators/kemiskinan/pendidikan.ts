import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import {
  AKTIF_TEXT,
  aktifArea,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN,
  sumber,
  SUMBER_BASES,
} from './shared';
import { pendidikanCrossfilter } from './crossfilter';

/** Target-group job seekers with one education level. */
export interface KemiskinanPendidikanRow {
  /** Education code of ref_pendidikan (TS, SD, …, S3): the `pend` dimension's values. */
  pendidikan: string;
  nama: string;
  urutan: number;
  /** People. */
  nilai: number;
  /** nilai / the whole target group shown, percent; null when the group is empty. */
  persen: number | null;
}

/**
 * Education of the target group (desil 1-4, or the selected deciles): every level of
 * ref_pendidikan in order (0 where nobody). Cross-filtered by every selection except education.
 */
export const kemiskinanPendidikan: IndicatorDef<ViewParams, KemiskinanPendidikanRow> = {
  id: 'kemiskinanPendidikan',
  label: { id: 'Pendidikan pencari kerja miskin (desil 1-4)', en: 'Education of poor job seekers (deciles 1-4)' },
  unit: 'orang',
  definition: joinText(AKTIF_TEXT, SASARAN_TEXT, {
    id: 'Dikelompokkan menurut pendidikan terakhir pada pendaftaran AK1 yang berlaku; persentase terhadap seluruh kelompok sasaran.',
    en: 'Grouped by the highest education on the valid AK1 registration; shares of the whole target group.',
  }),
  source: SOURCE_AK1_DTSEN,
  tables: ['pencaker', 'wilayah', 'ref_pendidikan', 'lowongan'],
  bases: SUMBER_BASES,
  crossfilter: pendidikanCrossfilter(),
  sql: (p) => {
    const s = sumber(
      p,
      (x) =>
        sql`${sasaranCondition(p.pilih, x)} ${aktifArea(p, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, exclude: 'pend', alias: x })}`,
    );
    return bound(sql`
WITH n AS (
  SELECT a.pendidikan, ${s.orang()} AS nilai
  FROM ${s.from}
  GROUP BY a.pendidikan
)
SELECT r.kode AS pendidikan, r.nama, CAST(r.urutan AS INTEGER) AS urutan, CAST(coalesce(n.nilai, 0) AS INTEGER) AS nilai,
       CAST(100.0 * coalesce(n.nilai, 0) / NULLIF(sum(coalesce(n.nilai, 0)) OVER (), 0) AS DOUBLE) AS persen
FROM ref_pendidikan r LEFT JOIN n ON n.pendidikan = r.kode
ORDER BY r.urutan`);
  },
};
