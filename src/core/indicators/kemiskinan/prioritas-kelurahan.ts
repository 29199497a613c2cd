import { selectionWhere } from '../dimensions';
import { bound, EMPTY, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { AKTIF_COCOK } from './aktif-cocok';
import {
  AKTIF_TEXT,
  COCOK_TEXT,
  DIMS_NO_DESIL,
  joinText,
  listKecamatan,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
} from './shared';

/** The priority pool of one kelurahan. */
export interface KemiskinanPrioritasKelurahanRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  /** Target group (people): the denominator. */
  sasaran: number;
  /** Priority pool: target group matching an open vacancy by occupation or skill. */
  prioritas: number;
  /** Of the pool, matching by occupation (4-digit KBJI). */
  cocok_jabatan: number;
  /** Of the pool, matching by skill only. */
  cocok_keterampilan: number;
  /** prioritas / sasaran, percent; null when sasaran = 0. */
  persen: number | null;
}

/**
 * The priority pool (target group members matching an open vacancy) per kelurahan, split into
 * matches by occupation and by skill only. Lists every kelurahan of the city, or of the selected
 * kecamatan (or of the selected kelurahan's kecamatan). Every selection applies (desil through the
 * target group).
 */
export const kemiskinanPrioritasKelurahan: IndicatorDef<ViewParams, KemiskinanPrioritasKelurahanRow> = {
  id: 'kemiskinanPrioritasKelurahan',
  label: { id: 'Kelompok prioritas per kelurahan', en: 'Priority pool by kelurahan' },
  unit: 'orang',
  definition: joinText(
    AKTIF_TEXT,
    SASARAN_TEXT,
    {
      id:
        'Kelompok prioritas = anggota kelompok sasaran yang cocok dengan lowongan terbuka, dipisah menjadi cocok lewat ' +
        'jabatan dan hanya lewat keterampilan; persentase terhadap kelompok sasaran kelurahan.',
      en:
        "Priority pool = target group members who match an open vacancy, split into matches by occupation and by skill " +
        "only; shares of the kelurahan's target group.",
    },
    COCOK_TEXT,
  ),
  source: SOURCE_AK1_DTSEN_LOWONGAN,
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: [AKTIF_COCOK],
  sql: (p) => {
    const kec = listKecamatan(p);
    return bound(sql`
WITH g AS (
  SELECT a.kode_kelurahan, a.cocok_jabatan AS jab, a.cocok_keterampilan AS skl
  FROM {{aktif_cocok}} a
  WHERE ${sasaranCondition(p.pilih, 'a')} ${selectionWhere(p.pilih, { supported: DIMS_NO_DESIL, alias: 'a' })}
),
n AS (
  SELECT kode_kelurahan, count(*) AS sasaran, count(*) FILTER (WHERE jab OR skl) AS prioritas,
         count(*) FILTER (WHERE jab) AS cocok_jabatan, count(*) FILTER (WHERE skl AND NOT jab) AS cocok_keterampilan
  FROM g GROUP BY kode_kelurahan
)
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan,
       CAST(coalesce(n.sasaran, 0) AS INTEGER) AS sasaran, CAST(coalesce(n.prioritas, 0) AS INTEGER) AS prioritas,
       CAST(coalesce(n.cocok_jabatan, 0) AS INTEGER) AS cocok_jabatan,
       CAST(coalesce(n.cocok_keterampilan, 0) AS INTEGER) AS cocok_keterampilan,
       CAST(100.0 * n.prioritas / NULLIF(n.sasaran, 0) AS DOUBLE) AS persen
FROM wilayah w LEFT JOIN n ON n.kode_kelurahan = w.kode_kelurahan
WHERE TRUE ${kec ? sql`AND w.kode_kecamatan = ${kec}` : EMPTY}
ORDER BY w.kode_kelurahan`);
  },
};
