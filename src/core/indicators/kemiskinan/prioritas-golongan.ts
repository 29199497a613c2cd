import { selectionWhere } from '../dimensions';
import { bound, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { KEMISKINAN_GOLONGAN } from './kerangka';
import {
  AKTIF_TEXT,
  aktifArea,
  COCOK_TEXT,
  joinText,
  KUBUS_DIMS_NO_DESIL,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
  sumber,
  SUMBER_BASES,
} from './shared';
import { prioritasGolonganCrossfilter } from './crossfilter';

/** The priority pool in one KBJI major group, with the positions open in that group. */
export interface KemiskinanPrioritasGolonganRow {
  /** KBJI 2014 major group '0'…'9', or '?' when the occupation sought is unknown: the `kbji` dimension's values. */
  golongan: string;
  /** Name from ref_kbji; null for '?'. */
  nama: string | null;
  /** Target group (people) seeking an occupation of this group. */
  sasaran: number;
  /** Priority pool (people). */
  prioritas: number;
  /** Of the pool, matching by occupation. */
  cocok_jabatan: number;
  /** Positions in vacancies of this group open at the period end (whole city). */
  posisi_terbuka: number;
}

/**
 * The priority pool by KBJI major group of the occupation sought, next to the positions open in
 * that group in the whole city. Every group of ref_kbji is listed, plus '?' (occupation unknown)
 * when it has anyone. Cross-filtered by every selection except kbji.
 */
export const kemiskinanPrioritasGolongan: IndicatorDef<ViewParams, KemiskinanPrioritasGolonganRow> = {
  id: 'kemiskinanPrioritasGolongan',
  label: { id: 'Kelompok prioritas menurut golongan jabatan (KBJI)', en: 'Priority pool by occupation group (KBJI)' },
  unit: 'orang; posisi',
  definition: joinText(
    AKTIF_TEXT,
    SASARAN_TEXT,
    COCOK_TEXT,
    {
      id:
        'Golongan pokok KBJI 2014 dari jabatan yang dicari; "tidak diketahui" = jabatan tidak diisi (hanya bisa cocok lewat ' +
        'keterampilan). Posisi terbuka = jumlah posisi lowongan golongan itu yang terbuka di hari terakhir periode, seluruh kota.',
      en:
        'KBJI 2014 major group of the occupation sought; "unknown" = no occupation given (can only match by skill). Open ' +
        'positions = positions in vacancies of that group open on the last day of the period, whole city.',
    },
  ),
  source: SOURCE_AK1_DTSEN_LOWONGAN,
  tables: ['pencaker', 'wilayah', 'lowongan', 'ref_kbji'],
  bases: [...SUMBER_BASES, KEMISKINAN_GOLONGAN],
  crossfilter: prioritasGolonganCrossfilter(),
  sql: (p) => {
    const s = sumber(
      p,
      (x) =>
        sql`${sasaranCondition(p.pilih, x)} ${aktifArea(p, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, exclude: 'kbji', alias: x })}`,
    );
    // every group of the frame; '?' only when someone here or an open vacancy has it
    return bound(sql`
SELECT k.golongan, k.nama,
       CAST(coalesce(n.sasaran, 0) AS INTEGER) AS sasaran, CAST(coalesce(n.prioritas, 0) AS INTEGER) AS prioritas,
       CAST(coalesce(n.cocok_jabatan, 0) AS INTEGER) AS cocok_jabatan, CAST(k.posisi AS INTEGER) AS posisi_terbuka
FROM {{kemiskinan_golongan}} k
LEFT JOIN (
  SELECT a.kbji_golongan, ${s.orang()} AS sasaran,
         ${s.orang(raw('a.cocok_jabatan OR a.cocok_keterampilan'))} AS prioritas,
         ${s.orang(raw('a.cocok_jabatan'))} AS cocok_jabatan
  FROM ${s.from}
  GROUP BY a.kbji_golongan
) n ON n.kbji_golongan = k.golongan
WHERE NOT k.tidak_diketahui OR k.ada_lowongan OR n.kbji_golongan IS NOT NULL
ORDER BY k.tidak_diketahui, k.golongan`);
  },
};
