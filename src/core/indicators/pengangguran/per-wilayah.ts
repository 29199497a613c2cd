import { AKTIF_KUBUS } from '../bases/aktif-kubus';
import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { DEFINISI_AKTIF, DEFINISI_PER_1000, DIMENSI_AKTIF, pendudukCte, SUMBER_AK1, SUMBER_USIA_PRODUKTIF_SP2020 } from './shared';
import { perWilayahCrossfilter } from './kubus';

/** One bar of the area chart: a kecamatan (city level) or a kelurahan (inside a kecamatan). */
export interface WilayahRow {
  kode: string;
  nama: string;
  tingkat: 'kecamatan' | 'kelurahan';
  /** Active job seekers (people) matching the selections. */
  nilai: number;
  /** Total population (kecamatan only; null for a kelurahan: not known). */
  penduduk: number | null;
  /** Year of that population figure. */
  penduduk_tahun: number | null;
  /** Estimated productive-age population (penduduk × 66.97 %). */
  usia_kerja: number | null;
  /** nilai × 1000 ÷ usia_kerja; null for a kelurahan. */
  per_1000: number | null;
}

/**
 * Active job seekers by area for the drill-down chart: at city level one row per kecamatan with
 * the rate per 1,000 productive-age residents; with a kecamatan chosen (with or without a
 * kelurahan), one row per kelurahan of that kecamatan, without a rate (kelurahan populations are
 * unknown). Every area appears, 0 where nobody matches. All selections apply.
 */
export const pengangguranPerWilayah: IndicatorDef<ViewParams, WilayahRow> = {
  id: 'pengangguranPerWilayah',
  label: { id: 'Pencari kerja aktif menurut wilayah', en: 'Active job seekers by area' },
  unit: 'orang',
  definition: {
    id: `${DEFINISI_AKTIF.id} Menurut kelurahan tempat tinggal pada pendaftaran. ${DEFINISI_PER_1000.id}`,
    en: `${DEFINISI_AKTIF.en} By kelurahan of residence at registration. ${DEFINISI_PER_1000.en}`,
  },
  source: {
    id: `${SUMBER_AK1.id}; penduduk: tabel indikator (BPS); porsi usia produktif: ${SUMBER_USIA_PRODUKTIF_SP2020}`,
    en: `${SUMBER_AK1.en}; population: indikator table (BPS); productive-age share: ${SUMBER_USIA_PRODUKTIF_SP2020}`,
  },
  tables: ['pencaker', 'wilayah', 'indikator'],
  bases: [AKTIF_KUBUS],
  crossfilter: perWilayahCrossfilter<WilayahRow>(),
  sql: (p) => {
    const pilih = selectionWhere(p.pilih, { supported: DIMENSI_AKTIF, alias: 'a' });
    if (p.kecamatan) {
      return bound(sql`
WITH n AS (
  SELECT CAST(a.kode_kelurahan AS VARCHAR) AS kode_kelurahan, sum(a.n) AS n FROM {{aktif_kubus}} a
  WHERE a.kode_kecamatan = ${p.kecamatan} ${pilih}
  GROUP BY a.kode_kelurahan
)
SELECT w.kode_kelurahan AS kode, w.nama_kelurahan AS nama, 'kelurahan' AS tingkat,
       CAST(coalesce(n.n, 0) AS INTEGER) AS nilai,
       CAST(NULL AS DOUBLE) AS penduduk, CAST(NULL AS INTEGER) AS penduduk_tahun,
       CAST(NULL AS DOUBLE) AS usia_kerja, CAST(NULL AS DOUBLE) AS per_1000
FROM wilayah w LEFT JOIN n ON n.kode_kelurahan = w.kode_kelurahan
WHERE w.kode_kecamatan = ${p.kecamatan}
ORDER BY w.kode_kelurahan`);
    }
    return bound(sql`
WITH n AS (
  SELECT CAST(a.kode_kecamatan AS VARCHAR) AS kode_kecamatan, sum(a.n) AS n FROM {{aktif_kubus}} a
  WHERE TRUE ${pilih}
  GROUP BY a.kode_kecamatan
),
kec AS (SELECT kode_kecamatan, any_value(nama_kecamatan) AS nama FROM wilayah GROUP BY kode_kecamatan),
pop AS (${pendudukCte(p.periode)})
SELECT k.kode_kecamatan AS kode, k.nama, 'kecamatan' AS tingkat,
       CAST(coalesce(n.n, 0) AS INTEGER) AS nilai,
       pop.penduduk, pop.penduduk_tahun, pop.usia_kerja,
       CAST(CASE WHEN pop.usia_kerja > 0 THEN coalesce(n.n, 0) * 1000.0 / pop.usia_kerja END AS DOUBLE) AS per_1000
FROM kec k
LEFT JOIN n ON n.kode_kecamatan = k.kode_kecamatan
LEFT JOIN pop ON pop.kode_wilayah = k.kode_kecamatan
ORDER BY k.kode_kecamatan`);
  },
};
