import { selectionWhere } from '../dimensions';
import { bound, EMPTY, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import {
  AKTIF_TEXT,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  listKecamatan,
  SOURCE_AK1_DTSEN,
  sumber,
  SUMBER_BASES,
} from './shared';
import { miskinPerKelurahanCrossfilter } from './crossfilter';

/** Share of a kelurahan's active job seekers in desil 1-4. */
export interface KemiskinanKelurahanRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  /** Active job seekers in desil 1-4 (people). */
  miskin: number;
  /** All active job seekers of the kelurahan (the denominator). */
  aktif: number;
  /** miskin / aktif in percent; null when aktif = 0. */
  nilai: number | null;
}

/**
 * Per kelurahan: the share of its active job seekers who are in DTSEN desil 1-4. Lists every
 * kelurahan of the city, or of the selected kecamatan (with a kelurahan selected: of its
 * kecamatan, so the chosen one is seen among its neighbours). Every selection except desil applies
 * (desil defines the share).
 */
export const kemiskinanMiskinPerKelurahan: IndicatorDef<ViewParams, KemiskinanKelurahanRow> = {
  id: 'kemiskinanMiskinPerKelurahan',
  label: { id: 'Pencari kerja aktif dari desil 1-4 per kelurahan', en: 'Active job seekers in deciles 1-4 by kelurahan' },
  unit: '%',
  definition: joinText(AKTIF_TEXT, {
    id:
      'Persentase pencari kerja aktif kelurahan yang tercatat di DTSEN pada desil 1-4. Penyebut: seluruh pencari kerja aktif ' +
      'kelurahan itu, termasuk yang tidak ditemukan di DTSEN; kelurahan menurut alamat saat mendaftar AK1.',
    en:
      "Share of the kelurahan's active job seekers recorded in DTSEN deciles 1-4. Denominator: all active job seekers of that " +
      'kelurahan, including those not found in DTSEN; kelurahan as given at AK1 registration.',
  }),
  source: SOURCE_AK1_DTSEN,
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: SUMBER_BASES,
  crossfilter: miskinPerKelurahanCrossfilter(),
  sql: (p) => {
    const kec = listKecamatan(p);
    const s = sumber(p, (x) => sql`TRUE ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, alias: x })}`, {
      perKelurahan: true,
    });
    return bound(sql`
WITH n AS (
  SELECT a.kode_kelurahan, ${s.orang()} AS aktif, ${s.orang(raw('a.desil BETWEEN 1 AND 4'))} AS miskin
  FROM ${s.from}
  GROUP BY a.kode_kelurahan
)
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan,
       CAST(coalesce(n.miskin, 0) AS INTEGER) AS miskin, CAST(coalesce(n.aktif, 0) AS INTEGER) AS aktif,
       CAST(100.0 * n.miskin / NULLIF(n.aktif, 0) AS DOUBLE) AS nilai
FROM wilayah w LEFT JOIN n ON n.kode_kelurahan = w.kode_kelurahan
WHERE TRUE ${kec ? sql`AND w.kode_kecamatan = ${kec}` : EMPTY}
ORDER BY w.kode_kelurahan`);
  },
};
