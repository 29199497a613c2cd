import { selectionWhere } from '../dimensions';
import { bound, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';
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
  TOP_JABATAN,
} from './shared';
import { prioritasJabatanCrossfilter } from './crossfilter';

export { TOP_JABATAN };

/** The priority pool seeking one 4-digit occupation. */
export interface KemiskinanPrioritasJabatanRow {
  /** 4-digit KBJI 2014 code of the occupation sought (names are joined in the UI from the reference list). */
  kbji_kode: string;
  /** Its major group, '0'…'9'. */
  golongan: string;
  /** Priority pool members seeking it (people). */
  prioritas: number;
  /** Positions in vacancies with this exact code open at the period end (whole city); 0 = matched by skill only. */
  posisi_terbuka: number;
  /** Open vacancies (rows) with this code. */
  lowongan: number;
  /** Rank by prioritas (ties by code). */
  peringkat: number;
}

/**
 * The occupations (4-digit KBJI) most sought by the priority pool, with the positions open for
 * exactly that occupation in the whole city. Every selection applies (a kbji selection narrows
 * the list to that major group; desil through the target group).
 */
export const kemiskinanPrioritasJabatan: IndicatorDef<ViewParams, KemiskinanPrioritasJabatanRow> = {
  id: 'kemiskinanPrioritasJabatan',
  label: { id: 'Jabatan yang dicari kelompok prioritas', en: 'Occupations sought by the priority pool' },
  unit: 'orang; posisi',
  definition: joinText(
    AKTIF_TEXT,
    SASARAN_TEXT,
    COCOK_TEXT,
    {
      id:
        `${TOP_JABATAN} jabatan (kode KBJI 2014 empat digit) yang paling banyak dicari anggota kelompok prioritas; jabatan ` +
        'kosong tidak dihitung. Posisi terbuka = jumlah posisi lowongan dengan kode jabatan yang sama persis yang terbuka di ' +
        'hari terakhir periode, seluruh kota; 0 berarti orang-orang ini cocok hanya lewat keterampilan.',
      en:
        `The ${TOP_JABATAN} occupations (4-digit KBJI 2014 codes) most sought by priority-pool members; missing occupations ` +
        'are left out. Open positions = positions in vacancies with exactly that occupation code open on the last day of the ' +
        'period, whole city; 0 means these people match by skill only.',
    },
  ),
  source: SOURCE_AK1_DTSEN_LOWONGAN,
  tables: ['pencaker', 'wilayah', 'lowongan'],
  bases: [...SUMBER_BASES, LOWONGAN_TERBUKA],
  crossfilter: prioritasJabatanCrossfilter(),
  sql: (p) => {
    const s = sumber(
      p,
      (x) =>
        sql`${sasaranCondition(p.pilih, x)} ${aktifArea(p, x)} ${selectionWhere(p.pilih, { supported: KUBUS_DIMS_NO_DESIL, alias: x })}
    AND ${raw(x)}.kbji_kode IS NOT NULL AND (${raw(x)}.cocok_jabatan OR ${raw(x)}.cocok_keterampilan)`,
    );
    // TOP_JABATAN is written into the text, not bound: without selections the query then has no
    // parameters, and DuckDB-wasm plans a query with parameters again on every run
    return bound(sql`
WITH n AS (
  SELECT a.kbji_kode, min(a.kbji_golongan) AS golongan, ${s.orang()} AS prioritas
  FROM ${s.from}
  GROUP BY a.kbji_kode
),
l AS (SELECT kbji_kode, sum(jumlah) AS posisi, count(*) AS lowongan FROM {{lowongan_terbuka}} GROUP BY kbji_kode),
r AS (SELECT n.*, row_number() OVER (ORDER BY n.prioritas DESC, n.kbji_kode) AS peringkat FROM n)
SELECT r.kbji_kode, r.golongan, CAST(r.prioritas AS INTEGER) AS prioritas,
       CAST(coalesce(l.posisi, 0) AS INTEGER) AS posisi_terbuka, CAST(coalesce(l.lowongan, 0) AS INTEGER) AS lowongan,
       CAST(r.peringkat AS INTEGER) AS peringkat
FROM r LEFT JOIN l ON l.kbji_kode = r.kbji_kode
WHERE r.peringkat <= ${raw(String(TOP_JABATAN))}
ORDER BY r.peringkat`);
  },
};
