import { KBJI_UNKNOWN } from '../bases/aktif';
import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { AKTIF_COCOK } from './aktif-cocok';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';
import {
  aktifArea,
  AKTIF_TEXT,
  COCOK_TEXT,
  DIMS_NO_DESIL,
  joinText,
  SASARAN_TEXT,
  sasaranCondition,
  SOURCE_AK1_DTSEN_LOWONGAN,
} from './shared';

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
  bases: [AKTIF_COCOK, LOWONGAN_TERBUKA],
  sql: (p) =>
    bound(sql`
WITH g AS (
  SELECT a.kbji_golongan, a.cocok_jabatan AS jab, a.cocok_keterampilan AS skl
  FROM {{aktif_cocok}} a
  WHERE ${sasaranCondition(p.pilih, 'a')} ${aktifArea(p, 'a')}
    ${selectionWhere(p.pilih, { supported: DIMS_NO_DESIL, exclude: 'kbji', alias: 'a' })}
),
n AS (
  SELECT kbji_golongan, count(*) AS sasaran, count(*) FILTER (WHERE jab OR skl) AS prioritas,
         count(*) FILTER (WHERE jab) AS cocok_jabatan
  FROM g GROUP BY kbji_golongan
),
l AS (SELECT kbji_golongan, sum(jumlah) AS posisi FROM {{lowongan_terbuka}} GROUP BY kbji_golongan),
k AS (
  SELECT kode AS golongan, nama FROM ref_kbji
  UNION ALL
  SELECT ${KBJI_UNKNOWN}, NULL WHERE EXISTS (SELECT 1 FROM n WHERE kbji_golongan = ${KBJI_UNKNOWN}) OR EXISTS (SELECT 1 FROM l WHERE kbji_golongan = ${KBJI_UNKNOWN})
)
SELECT k.golongan, k.nama,
       CAST(coalesce(n.sasaran, 0) AS INTEGER) AS sasaran, CAST(coalesce(n.prioritas, 0) AS INTEGER) AS prioritas,
       CAST(coalesce(n.cocok_jabatan, 0) AS INTEGER) AS cocok_jabatan, CAST(coalesce(l.posisi, 0) AS INTEGER) AS posisi_terbuka
FROM k LEFT JOIN n ON n.kbji_golongan = k.golongan LEFT JOIN l ON l.kbji_golongan = k.golongan
ORDER BY k.golongan = ${KBJI_UNKNOWN}, k.golongan`),
};
