import { selectionWhere } from '../dimensions';
import { bound, EMPTY, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import {
  AKTIF_TEXT,
  COCOK_TEXT,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  listKecamatan,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
  sumber,
  SUMBER_BASES,
} from './shared';
import { prioritasKelurahanCrossfilter } from './crossfilter';

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
  bases: SUMBER_BASES,
  crossfilter: prioritasKelurahanCrossfilter(),
  sql: (p) => {
    const kec = listKecamatan(p);
    const s = sumber(p, (x) => sql`${sasaranCondition(p.pilih, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, alias: x })}`, {
      perKelurahan: true,
    });
    return bound(sql`
WITH n AS (
  SELECT a.kode_kelurahan, ${s.orang()} AS sasaran,
         ${s.orang(raw('a.cocok_jabatan OR a.cocok_keterampilan'))} AS prioritas,
         ${s.orang(raw('a.cocok_jabatan'))} AS cocok_jabatan,
         ${s.orang(raw('a.cocok_keterampilan AND NOT a.cocok_jabatan'))} AS cocok_keterampilan
  FROM ${s.from}
  GROUP BY a.kode_kelurahan
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
