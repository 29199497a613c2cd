/**
 * Shared definitions of the skills-gap view (kesenjangan keterampilan): what counts as supply and
 * demand, the 12-month window, the local-hire quotas and the KBLI 2025 -> 2020 section mapping.
 * Every kesenjangan indicator builds its SQL from these, so the charts agree with each other.
 */
import { KBLI_2020, KBLI_2025 } from '../../reference/kbli';
import { KBJI_JABATAN } from '../../reference/kbji';
import type { DimensionId } from '../dimensions';
import { selectionWhere } from '../dimensions';
import { areaFilter, checkPeriode, periodEnd, raw, sql, type SqlFragment } from '../sql';
import type { ViewParams } from '../types';
import { pencakerFrom } from './bases-pencaker';

/** Parameters of the kesenjangan indicators: the view parameters plus the demand measure. */
export interface KesenjanganParams extends ViewParams {
  /**
   * Demand measure used to rank categories (skills): 'terbuka' (default) = positions in vacancies
   * open at the period end; 'dibuka12' = positions in vacancies opened in the 12 months ending then.
   */
  permintaan?: Permintaan;
}

/** The two demand measures of the view. */
export type Permintaan = 'terbuka' | 'dibuka12';

/** Local-hire quota of Perda Kota Bontang 10/2018 (75% local / 25% outside), percent. */
export { KUOTA_LOKAL_PERSEN } from '../serapan-lokal';

/**
 * The lower quota some sources cite (Disnaker, Nov 2025: "minimal 70%") and the quota of the 2026
 * city gas-network project (Wakil Wali Kota, 13 Dec 2025), percent. Shown as a second line.
 */
export const KUOTA_LOKAL_MIN_PERSEN = 70;

/** Code used for job seekers whose sought occupation has no KBJI group (as in `{{aktif}}`). */
export const KBJI_TIDAK_DIKETAHUI = '?';

/** Sector code of companies without a KBLI section. */
export const SEKSI_TIDAK_DIKETAHUI = 'tanpa';

/** Education code of vacancies that state no minimum education. */
export const PENDIDIKAN_TANPA = 'tanpa';

/** Cross-filter dimensions the job-seeker and vacancy sides both carry. */
export const SUPPLY_DEMAND_DIMS: readonly DimensionId[] = ['kbji', 'skill', 'pend'];

/** Cross-filter dimensions of the company side (KBLI section, harmonised to KBLI 2020). */
export const COMPANY_DIMS: readonly DimensionId[] = ['kbli'];

/** Shift a 'YYYY-MM' month by `delta` months. */
export function shiftPeriode(periode: string, delta: number): string {
  const { year, month } = checkPeriode(periode);
  const t = year * 12 + (month - 1) + delta;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/**
 * `d` (last day of the period) and `awal` (last day of the month 12 months earlier) as a one-row
 * relation: the 12-month window is `awal < date <= d`.
 */
export function windowRelation(periode: string): SqlFragment {
  return sql`(SELECT ${periodEnd(periode)} AS d, ${periodEnd(shiftPeriode(periode, -12))} AS awal)`;
}

/**
 * KBLI 2025 section letters that differ in KBLI 2020, mapped to their 2020 letter. KBLI 2025
 * (ISIC Rev.5) renames sections from J on; both versions keep the 2-digit divisions, so each 2025
 * section maps to the 2020 section holding its first division (2025 J and K both -> 2020 J,
 * L -> K, …, V -> U). Approximate at section level: ISIC Rev.5 moved a few activities between
 * divisions.
 */
export function kbli2025To2020(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s25 of KBLI_2025) {
    const first = s25.divisi[0][0];
    const s20 = KBLI_2020.find((s) => s.divisi.some(([a, b]) => first >= a && first <= b));
    if (s20 && s20.seksi !== s25.seksi) out[s25.seksi] = s20.seksi;
  }
  return out;
}

/**
 * SQL CASE giving the KBLI 2020 letter of section column `seksiCol` coded in version `versiCol`
 * (the mapping of `kbli2025To2020`; 2020 letters and unchanged 2025 letters pass through).
 * Letters are bound as parameters.
 */
export function kbli2020Expr(seksiCol: string, versiCol: string): SqlFragment {
  const whens = Object.entries(kbli2025To2020()).map(([from, to]) => sql`WHEN ${from} THEN ${to}`);
  return sql`CASE WHEN ${raw(versiCol)} = 2025 THEN (CASE ${raw(seksiCol)} ${whens} ELSE ${raw(seksiCol)} END) ELSE ${raw(seksiCol)} END`;
}

/**
 * Companies with their KBLI section harmonised to KBLI 2020 (`kbli_seksi`; the letter as coded
 * stays in `kbli_seksi_asli`; 'tanpa' when not coded), for the company side of the view. Area filter on the company's
 * kelurahan (companies without one are left out when an area is chosen).
 */
export function companiesRelation(p: ViewParams): SqlFragment {
  return sql`(
  SELECT c.id_perusahaan, c.nama_perusahaan, c.kode_kelurahan, c.jumlah_pekerja, c.pekerja_lokal, c.mou, c.kbli_versi,
         c.kbli_seksi AS kbli_seksi_asli,
         coalesce(${kbli2020Expr('c.kbli_seksi', 'c.kbli_versi')}, ${SEKSI_TIDAK_DIKETAHUI}) AS kbli_seksi
  FROM perusahaan c
  WHERE TRUE ${areaFilter('c.kode_kelurahan', p)})`;
}

/**
 * Vacancies with the attributes the cross-filters need: `pendidikan` (= pendidikan_min, 'tanpa'
 * when none is stated, so the 'pend' dimension applies), `kbji_golongan` ('?' when unknown), the company's kelurahan and its
 * KBLI 2020 section. Area filter on the company's kelurahan: vacancies carry no place of their
 * own (same rule as the overview's open vacancies).
 */
export function vacanciesRelation(p: ViewParams): SqlFragment {
  return sql`(
  SELECT l.id_lowongan, l.id_perusahaan, l.kbji_kode, coalesce(l.kbji_golongan, ${KBJI_TIDAK_DIKETAHUI}) AS kbji_golongan,
         l.jumlah, coalesce(l.pendidikan_min, ${PENDIDIKAN_TANPA}) AS pendidikan, l.keterampilan, l.tanggal_buka, l.tanggal_tutup, l.terisi, l.terisi_lokal,
         l.proyek, l.kuota_lokal_persen, c.kode_kelurahan, c.kbli_seksi
  FROM lowongan l LEFT JOIN ${companiesRelation({ periode: p.periode })} c ON c.id_perusahaan = l.id_perusahaan
  WHERE TRUE ${areaFilter('c.kode_kelurahan', p)})`;
}

/**
 * Condition: vacancy `alias` is open at date expression `d`: opened on or before d and not closed
 * by then (tanggal_tutup empty or after d). Same definition as the overview's open vacancies.
 */
export function openAt(alias: string, d: string): SqlFragment {
  return raw(`${alias}.tanggal_buka <= ${d} AND (${alias}.tanggal_tutup IS NULL OR ${alias}.tanggal_tutup > ${d})`);
}

/** Condition: vacancy `alias` was opened in the 12-month window of relation `w` (`w.awal < tanggal_buka <= w.d`). */
export function openedInWindow(alias: string, w: string): SqlFragment {
  return raw(`${alias}.tanggal_buka > ${w}.awal AND ${alias}.tanggal_buka <= ${w}.d`);
}

/**
 * The occupation names the project knows (KBJI 2014 unit groups, core/reference/kbji) by code;
 * the first name of each code is used.
 */
export function kbjiNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const j of KBJI_JABATAN) if (!names.has(j.kode)) names.set(j.kode, j.nama);
  return names;
}

/**
 * A VALUES relation `(kode, nama)` of the occupation names of `kbjiNames`, bound as parameters.
 */
export function kbjiNamesRelation(): SqlFragment {
  const rows = [...kbjiNames()].map(([kode, nama], i) => (i ? sql`, (${kode}, ${nama})` : sql`(${kode}, ${nama})`));
  return sql`(SELECT * FROM (VALUES ${rows}) AS t(kode, nama))`;
}

/** SQL ratio a / b as DOUBLE, NULL when b is 0 (no demand: the ratio is undefined, not infinite). */
export function ratio(a: string, b: string): SqlFragment {
  return raw(`CAST(${a} AS DOUBLE) / NULLIF(${b}, 0)`);
}

/**
 * The CTEs `s, d, j` shared by the supply-vs-demand indicators: `s` active job seekers by
 * `column` (the job-seeker cubes, see `pencakerFrom`), `d` positions by the same column (open at
 * the period end, and opened in the 12-month window; `{{kesenjangan_lowongan}}`), stacked and
 * summed into `j` (column, pencaker, posisi, posisi_12bln: one row per value found on either
 * side, 0 where a side has none; one aggregate instead of a full join). `exclude` is the chart's
 * own dimension, which it does not filter. Use as `WITH ${supplyDemandCtes(…)} SELECT … FROM j`;
 * the indicator lists `KESENJANGAN_PENCAKER_BASES` and `KESENJANGAN_LOWONGAN` in its bases.
 */
export function supplyDemandCtes(p: ViewParams, column: 'kbji_golongan' | 'pendidikan', exclude: 'kbji' | 'pend'): SqlFragment {
  const col = raw(column);
  return sql`s AS (
  SELECT CAST(a.${col} AS VARCHAR) AS ${col}, sum(a.n) AS pencaker, 0 AS posisi, 0 AS posisi_12bln
  FROM ${pencakerFrom(p.pilih, exclude, areaFilter('a.kode_kelurahan', p))}
  GROUP BY a.${col}
),
d AS (
  SELECT CAST(v.${col} AS VARCHAR) AS ${col}, 0 AS pencaker,
         coalesce(sum(v.jumlah) FILTER (WHERE v.buka), 0) AS posisi,
         coalesce(sum(v.jumlah) FILTER (WHERE v.baru), 0) AS posisi_12bln
  FROM {{kesenjangan_lowongan}} v
  WHERE v.dibuka ${areaFilter('v.kode_kelurahan', p)} ${selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, exclude, alias: 'v' })}
  GROUP BY v.${col}
),
j AS (
  SELECT ${col}, CAST(sum(pencaker) AS INTEGER) AS pencaker, CAST(sum(posisi) AS INTEGER) AS posisi,
         CAST(sum(posisi_12bln) AS INTEGER) AS posisi_12bln
  FROM (SELECT * FROM s UNION ALL SELECT * FROM d)
  GROUP BY 1
)`;
}
