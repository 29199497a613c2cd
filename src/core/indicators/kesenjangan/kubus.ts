/**
 * The kesenjangan view's cross-filter answers in memory (see `IndicatorDef.crossfilter`). Two
 * cubes per period, read once from the view's own base relations:
 *
 * - `KUBUS_KESENJANGAN_PENCAKER`: active job seekers per kelurahan × education × KBJI group ×
 *   KBJI code × skill set (a list dimension), about 69 thousand rows at a million registrations;
 * - `KUBUS_KESENJANGAN_LOWONGAN`: vacancies opened by the period end (or closed in its 12-month
 *   window) per company kelurahan × education asked × KBJI group and code × skill set × KBLI
 *   section × project × the period's date tests, a few thousand rows (about one per vacancy).
 *
 * Each indicator keeps its SQL as the definition and builds its form (in its own file) from the
 * helpers here; tests check that both give the same rows. Company and programme lists filter
 * their own rows (the frame) and need no cube.
 */
import type { Cube } from '../../crossfilter/cube';
import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import type { DimensionId } from '../dimensions';
import { bound, sql } from '../sql';
import type { CubeDef, ViewParams } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_KETERAMPILAN_SET, KESENJANGAN_PENCAKER_KETERAMPILAN } from './bases-pencaker';
import { SUPPLY_DEMAND_DIMS } from './common';

const SUMBER_PENCAKER = {
  id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), tabel pencaker snapshot',
  en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), snapshot table pencaker',
};

/**
 * Active job seekers at the period end (`{{kesenjangan_pencaker_keterampilan}}`) with their skill
 * set as a list dimension (`keterampilan`: the distinct skills, sorted, joined by chr(31)) and the
 * kecamatan of their kelurahan. Dims: kode_kelurahan, kode_kecamatan, pendidikan, kbji_golongan
 * ('?' when unknown), kbji_kode (NULL when unknown), keterampilan; number: n (people).
 */
export const KUBUS_KESENJANGAN_PENCAKER: CubeDef = {
  columns: {
    dims: ['kode_kelurahan', 'kode_kecamatan', 'pendidikan', 'kbji_golongan', 'kbji_kode', 'keterampilan'],
    numbers: ['n'],
    lists: ['keterampilan'],
  },
  query: {
    id: 'kubusKesenjanganPencaker',
    label: { id: 'Kubus pencari kerja aktif menurut keterampilan', en: 'Cube of active job seekers by skill set' },
    unit: 'orang',
    definition: {
      id: 'Pencari kerja aktif pada akhir periode, dijumlahkan per kelurahan, pendidikan, golongan dan kode jabatan, dan himpunan keterampilan.',
      en: 'Active job seekers at the end of the period, summed by kelurahan, education, occupation group and code, and skill set.',
    },
    source: SUMBER_PENCAKER,
    tables: ['pencaker', 'wilayah'],
    bases: [KESENJANGAN_PENCAKER_KETERAMPILAN, KESENJANGAN_KETERAMPILAN_SET],
    sql: () =>
      bound(sql`
WITH k AS (
  SELECT set_id, array_to_string(list_sort(list_distinct(any_value(keterampilan))), chr(31)) AS keterampilan
  FROM {{kesenjangan_keterampilan_set}}
  GROUP BY set_id
)
SELECT CAST(a.kode_kelurahan AS VARCHAR) AS kode_kelurahan, CAST(w.kode_kecamatan AS VARCHAR) AS kode_kecamatan,
       CAST(a.pendidikan AS VARCHAR) AS pendidikan, CAST(a.kbji_golongan AS VARCHAR) AS kbji_golongan,
       CAST(a.kbji_kode AS VARCHAR) AS kbji_kode, k.keterampilan, CAST(sum(a.n) AS INTEGER) AS n
FROM {{kesenjangan_pencaker_keterampilan}} a
JOIN k ON k.set_id = a.set_id
LEFT JOIN wilayah w ON w.kode_kelurahan = CAST(a.kode_kelurahan AS VARCHAR)
GROUP BY ALL`),
  },
};

/**
 * Vacancies of `{{kesenjangan_lowongan}}` opened by the period end or closed in its 12-month
 * window, grouped by everything the view filters or groups on. Dims: kode_kelurahan and
 * kode_kecamatan (of the company), pendidikan ('tanpa' when no minimum), kbji_golongan ('?'),
 * kbji_kode, keterampilan (list: distinct skills asked for), kbli_seksi (KBLI 2020), proyek.
 * Numbers: the tests dibuka, buka, baru, ditutup12 and ada_proyek (has a project; 0/1), hari (days open, NULL when not closed),
 * kuota_lokal_persen, n (vacancies), n_ditutup12 (n when closed in the window, else 0), jumlah
 * (positions), terisi, terisi_lokal.
 */
export const KUBUS_KESENJANGAN_LOWONGAN: CubeDef = {
  columns: {
    dims: ['kode_kelurahan', 'kode_kecamatan', 'pendidikan', 'kbji_golongan', 'kbji_kode', 'keterampilan', 'kbli_seksi', 'proyek'],
    numbers: ['dibuka', 'buka', 'baru', 'ditutup12', 'ada_proyek', 'hari', 'kuota_lokal_persen', 'n', 'n_ditutup12', 'jumlah', 'terisi', 'terisi_lokal'],
    lists: ['keterampilan'],
  },
  query: {
    id: 'kubusKesenjanganLowongan',
    label: { id: 'Kubus lowongan', en: 'Cube of vacancies' },
    unit: 'lowongan',
    definition: {
      id:
        'Lowongan yang dibuka paling lambat hari terakhir periode atau ditutup dalam 12 bulan sampai hari itu, per kelurahan dan ' +
        'sektor perusahaan, pendidikan minimum, jabatan, keterampilan yang diminta, proyek dan status pada akhir periode.',
      en:
        'Vacancies opened by the last day of the period or closed in the 12 months up to it, by company kelurahan and sector, ' +
        'minimum education, occupation, skills asked for, project and state at the period end.',
    },
    source: {
      id: 'Lowongan yang dilaporkan ke Disnaker Kota Bontang (tabel lowongan, perusahaan)',
      en: 'Vacancies reported to Disnaker Kota Bontang (tables lowongan, perusahaan)',
    },
    tables: ['lowongan', 'perusahaan', 'wilayah'],
    bases: [KESENJANGAN_LOWONGAN],
    sql: () =>
      bound(sql`
SELECT CAST(v.kode_kelurahan AS VARCHAR) AS kode_kelurahan, CAST(w.kode_kecamatan AS VARCHAR) AS kode_kecamatan,
       CAST(v.pendidikan AS VARCHAR) AS pendidikan, CAST(v.kbji_golongan AS VARCHAR) AS kbji_golongan,
       CAST(v.kbji_kode AS VARCHAR) AS kbji_kode,
       array_to_string(list_sort(list_distinct(v.keterampilan)), chr(31)) AS keterampilan,
       CAST(v.kbli_seksi AS VARCHAR) AS kbli_seksi, CAST(v.proyek AS VARCHAR) AS proyek,
       CAST(coalesce(v.dibuka, false) AS INTEGER) AS dibuka, CAST(coalesce(v.buka, false) AS INTEGER) AS buka,
       CAST(coalesce(v.baru, false) AS INTEGER) AS baru, CAST(coalesce(v.ditutup12, false) AS INTEGER) AS ditutup12,
       CAST(v.proyek IS NOT NULL AS INTEGER) AS ada_proyek,
       CAST(date_diff('day', v.tanggal_buka, v.tanggal_tutup) AS INTEGER) AS hari,
       CAST(v.kuota_lokal_persen AS DOUBLE) AS kuota_lokal_persen,
       CAST(count(*) AS INTEGER) AS n, CAST(count(*) FILTER (WHERE v.ditutup12) AS INTEGER) AS n_ditutup12,
       CAST(sum(v.jumlah) AS INTEGER) AS jumlah, CAST(sum(v.terisi) AS INTEGER) AS terisi,
       CAST(sum(v.terisi_lokal) AS INTEGER) AS terisi_lokal
FROM {{kesenjangan_lowongan}} v
LEFT JOIN wilayah w ON w.kode_kelurahan = CAST(v.kode_kelurahan AS VARCHAR)
WHERE v.dibuka OR v.ditutup12
GROUP BY ALL`),
  },
};

/**
 * Rows of a kesenjangan cube passing the view's selections on `supported` (default: occupation
 * group, skill and education) except `exclude`'s, and, when `area`, the chosen kecamatan and
 * kelurahan. Shared by every chart of one click (the cube keeps recent answers).
 */
export function rowsOf(
  cube: Cube,
  p: ViewParams,
  opts: { area: boolean; exclude?: DimensionId; supported?: readonly DimensionId[] },
): Uint32Array {
  const filters = selectionFilters(p.pilih, { supported: opts.supported ?? SUPPLY_DEMAND_DIMS, exclude: opts.exclude });
  return cube.matching(opts.area ? [...areaFilters(p), ...filters] : filters);
}

/** `where` test of `Cube.sum`/`sumBy`: the 0/1 number column `name` is 1. */
export function flag(cube: Cube, name: string): (row: number) => boolean {
  const col = cube.number(name);
  return (i) => col[i] === 1;
}

/** The SQL's ratio and percentage, and its text order (see core/crossfilter/sql-values.ts). */
export { compareText, percentOf as persen, ratioOf as rasio } from '../../crossfilter/sql-values';

/** Sum of the values of a map (0 when empty). */
export function total(m: ReadonlyMap<string, number>): number {
  let t = 0;
  for (const v of m.values()) t += v;
  return t;
}

/** Job seekers and positions by one column, as the CTE `j` of `supplyDemandCtes` (common.ts) gives them. */
export interface SupplyDemand {
  pencaker: ReadonlyMap<string, number>;
  /** Positions in vacancies open at the period end. */
  posisi: ReadonlyMap<string, number>;
  /** Positions in vacancies opened in the 12-month window. */
  posisi12: ReadonlyMap<string, number>;
}

/**
 * Job seekers and positions by `column` in the chosen area under every selection but `exclude`
 * (the chart's own dimension): the sums of `supplyDemandCtes`. Values absent from a map are 0.
 * `known` are the chart's categories (its frame's): any other key throws (see `checkKnown`).
 */
export function supplyDemand(
  orang: Cube,
  lowongan: Cube,
  p: ViewParams,
  column: string,
  exclude: DimensionId,
  known: Iterable<string>,
): SupplyDemand {
  const v = rowsOf(lowongan, p, { area: true, exclude });
  const sums: SupplyDemand = {
    pencaker: orang.sumBy(rowsOf(orang, p, { area: true, exclude }), column, 'n'),
    posisi: lowongan.sumBy(v, column, 'jumlah', flag(lowongan, 'buka')),
    posisi12: lowongan.sumBy(v, column, 'jumlah', flag(lowongan, 'baru')),
  };
  checkKnown(new Set(known), sums.pencaker, sums.posisi, sums.posisi12);
  return sums;
}

/**
 * Throws when a key of `sums` is not among `known` (the frame's categories): a selection only
 * removes rows, so this means the frame does not belong to the cubes, and the SQL must answer.
 */
export function checkKnown(known: ReadonlySet<string>, ...sums: ReadonlyArray<ReadonlyMap<string, number>>): void {
  for (const m of sums) {
    for (const k of m.keys()) if (!known.has(k)) throw new Error(`kategori ${k} tidak ada pada bingkai tanpa pilihan`);
  }
}
