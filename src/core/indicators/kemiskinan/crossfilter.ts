/**
 * The kemiskinan view's cross-filter answers in memory (see `IndicatorDef.crossfilter`). Two cubes
 * per period, read once:
 * - KUBUS_KEMISKINAN: `{{aktif_cocok}}` counted per kelurahan × sex × age group × education ×
 *   KBJI code × DTSEN decile × time registered × vacancy match × skill set (the person's distinct
 *   skills, a list dimension). About 300 thousand rows at a million registrations, against 350
 *   thousand people: the skill set makes most combinations rare, but it is what lets a skill
 *   selection and the skills chart be answered without SQL.
 * - KUBUS_LOWONGAN_TERBUKA: the vacancies open at the period end per occupation and skill list,
 *   for the open positions per occupation and whether a skill is asked for.
 * The SQL of each indicator stays the definition; tests check that both give the same rows.
 */
import type { Cube, CubeFilter } from '../../crossfilter/cube';
import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import { KBJI_UNKNOWN } from '../bases/aktif';
import type { DimensionId } from '../dimensions';
import { bound, sql } from '../sql';
import type { CrossfilterForm, CubeDef, ViewParams } from '../types';
import { AKTIF_COCOK } from './aktif-cocok';
import type { KemiskinanBivariatRow } from './bivariat';
import type { KemiskinanKeterampilanRow } from './keterampilan';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';
import type { KemiskinanKelurahanRow } from './miskin-per-kelurahan';
import type { KemiskinanPendidikanRow } from './pendidikan';
import type { KemiskinanDesilRow } from './per-desil';
import type { KemiskinanPrioritasGolonganRow } from './prioritas-golongan';
import type { KemiskinanPrioritasJabatanRow } from './prioritas-jabatan';
import type { KemiskinanPrioritasKelurahanRow } from './prioritas-kelurahan';
import type { KemiskinanRingkasanRow } from './ringkasan';
import { AKTIF_DIMS, AKTIF_TEXT, SOURCE_AK1_DTSEN_LOWONGAN, TOP_JABATAN, TOP_KETERAMPILAN } from './shared';

export const KUBUS_KEMISKINAN: CubeDef = {
  columns: {
    dims: [
      'kode_kelurahan',
      'kode_kecamatan',
      'jenis_kelamin',
      'kelompok_umur',
      'pendidikan',
      'kbji_golongan',
      'kbji_kode',
      'desil_kat',
      'kelompok_durasi',
      'keterampilan',
    ],
    numbers: ['desil', 'di_dtsen', 'cocok_jabatan', 'cocok_keterampilan', 'n'],
    lists: ['keterampilan'],
  },
  query: {
    id: 'kubusKemiskinan',
    label: { id: 'Kubus irisan pencari kerja dan kemiskinan', en: 'Cube of job seekers and poverty' },
    unit: 'orang',
    definition: {
      id: `${AKTIF_TEXT.id} Dijumlahkan per kelurahan, ciri pendaftar, desil DTSEN, kecocokan lowongan dan himpunan keterampilan.`,
      en: `${AKTIF_TEXT.en} Summed by kelurahan, registrant attributes, DTSEN decile, vacancy match and skill set.`,
    },
    source: SOURCE_AK1_DTSEN_LOWONGAN,
    tables: ['pencaker', 'wilayah', 'lowongan'],
    bases: [AKTIF_COCOK],
    sql: () =>
      bound(sql`
SELECT CAST(kode_kelurahan AS VARCHAR) AS kode_kelurahan, CAST(kode_kecamatan AS VARCHAR) AS kode_kecamatan,
       CAST(jenis_kelamin AS VARCHAR) AS jenis_kelamin, CAST(kelompok_umur AS VARCHAR) AS kelompok_umur,
       CAST(pendidikan AS VARCHAR) AS pendidikan, CAST(kbji_golongan AS VARCHAR) AS kbji_golongan,
       CAST(kbji_kode AS VARCHAR) AS kbji_kode, CAST(desil_kat AS VARCHAR) AS desil_kat,
       CAST(kelompok_durasi AS VARCHAR) AS kelompok_durasi,
       array_to_string(list_sort(list_distinct(keterampilan)), chr(31)) AS keterampilan,
       CAST(desil AS INTEGER) AS desil, CAST(di_dtsen AS INTEGER) AS di_dtsen, CAST(cocok_jabatan AS INTEGER) AS cocok_jabatan,
       CAST(cocok_keterampilan AS INTEGER) AS cocok_keterampilan, CAST(count(*) AS INTEGER) AS n
FROM {{aktif_cocok}}
GROUP BY ALL`),
  },
};

export const KUBUS_LOWONGAN_TERBUKA: CubeDef = {
  columns: { dims: ['kbji_kode', 'kbji_golongan', 'keterampilan'], numbers: ['jumlah', 'n'], lists: ['keterampilan'] },
  query: {
    id: 'kubusLowonganTerbuka',
    label: { id: 'Kubus lowongan terbuka', en: 'Cube of open vacancies' },
    unit: 'lowongan',
    definition: {
      id: 'Lowongan yang terbuka pada hari terakhir periode, dijumlahkan per kode jabatan dan daftar keterampilan (jumlah = posisi).',
      en: 'Vacancies open on the last day of the period, summed by occupation code and skill list (jumlah = positions).',
    },
    source: { id: 'Lowongan yang dilaporkan ke Disnaker', en: 'Vacancies reported to Disnaker' },
    tables: ['lowongan'],
    bases: [LOWONGAN_TERBUKA],
    sql: () =>
      bound(sql`
SELECT CAST(kbji_kode AS VARCHAR) AS kbji_kode, CAST(kbji_golongan AS VARCHAR) AS kbji_golongan,
       array_to_string(list_sort(list_distinct(keterampilan)), chr(31)) AS keterampilan,
       CAST(coalesce(sum(jumlah), 0) AS INTEGER) AS jumlah, CAST(count(*) AS INTEGER) AS n
FROM {{lowongan_terbuka}}
GROUP BY ALL`),
  },
};

/** Every dimension of the cube but desil (the target-group charts treat desil themselves). */
const DIMS_NO_DESIL: readonly DimensionId[] = AKTIF_DIMS.filter((d) => d !== 'desil');

/** Rows of the cube and the per-row condition to count them under (none: every row counts). */
interface Rows {
  rows: Uint32Array;
  where?: (row: number) => boolean;
}

type Area = 'area' | 'kota';

/** The cube filters of the area (unless the chart lists the whole city) and the selections of `dims` but `exclude`. */
function filtersOf(p: ViewParams, area: Area, dims: readonly DimensionId[], exclude?: DimensionId): CubeFilter[] {
  const selections = selectionFilters(p.pilih, { supported: dims, exclude });
  return area === 'area' ? [...areaFilters(p), ...selections] : selections;
}

/** Rows with desil 1-4 (the SQL's `desil BETWEEN 1 AND 4`; NULL never). */
function poorRow(cube: Cube): (row: number) => boolean {
  const desil = cube.number('desil');
  return (i) => desil[i] >= 1 && desil[i] <= 4;
}

/**
 * The target group (see `sasaranCondition`): desil 1-4, or the chosen deciles, in the area
 * (unless 'kota') under the selections of every dimension but desil and `exclude`.
 */
function sasaran(cube: Cube, p: ViewParams, area: Area, exclude?: DimensionId): Rows {
  const filters = filtersOf(p, area, DIMS_NO_DESIL, exclude);
  const chosen = p.pilih?.desil ?? [];
  if (chosen.length) return { rows: cube.matching([...filters, { column: 'desil_kat', values: new Set(chosen) }]) };
  return { rows: cube.matching(filters), where: poorRow(cube) };
}

/** `rows.where` and `extra` together. */
function and(rows: Rows, extra: (row: number) => boolean): (row: number) => boolean {
  const first = rows.where;
  return first ? (i) => first(i) && extra(i) : extra;
}

/** Predicates on the match flags. */
function matchFlags(cube: Cube) {
  const jabatan = cube.number('cocok_jabatan');
  const keterampilan = cube.number('cocok_keterampilan');
  return {
    any: (i: number) => jabatan[i] === 1 || keterampilan[i] === 1,
    jabatan: (i: number) => jabatan[i] === 1,
    keterampilanOnly: (i: number) => keterampilan[i] === 1 && jabatan[i] !== 1,
  };
}

/** `part` in percent of `whole` as the SQL computes it (100.0 * part / NULLIF(whole, 0)). */
function percent(part: number, whole: number | null | undefined): number | null {
  return whole ? (part * 100) / whole : null;
}

/** Text order of the SQL (binary: code points). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function ringkasanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanRingkasanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const rows = cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL));
      const inDtsen = cube.number('di_dtsen');
      const target = sasaran(cube, p, 'area');
      const match = matchFlags(cube);
      const aktif = cube.sum(rows, 'n');
      const di_dtsen = cube.sum(rows, 'n', (i) => inDtsen[i] === 1);
      const miskin = cube.sum(rows, 'n', poorRow(cube));
      const sasaranN = cube.sum(target.rows, 'n', target.where);
      const prioritas = cube.sum(target.rows, 'n', and(target, match.any));
      return frame.map((r) => ({
        ...r,
        aktif,
        di_dtsen,
        persen_di_dtsen: percent(di_dtsen, aktif),
        miskin,
        persen_miskin: percent(miskin, aktif),
        sasaran: sasaranN,
        prioritas,
        prioritas_jabatan: cube.sum(target.rows, 'n', and(target, match.jabatan)),
        persen_prioritas: percent(prioritas, sasaranN),
      }));
    },
  };
}

export function perDesilCrossfilter(): CrossfilterForm<ViewParams, KemiskinanDesilRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const sums = cube.sumBy(cube.matching(filtersOf(p, 'area', AKTIF_DIMS, 'desil')), 'desil_kat', 'n');
      const nilai = frame.map((r) => sums.get(r.desil_kat) ?? 0);
      const total = nilai.reduce((a, b) => a + b, 0);
      return frame.map((r, i) => ({ ...r, nilai: nilai[i], persen: percent(nilai[i], total) }));
    },
  };
}

export function bivariatCrossfilter(): CrossfilterForm<ViewParams, KemiskinanBivariatRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const sums = cube.sumBy(cube.matching(filtersOf(p, 'kota', AKTIF_DIMS)), 'kode_kelurahan', 'n');
      const pencaker = frame.map((r) => sums.get(r.kode_kelurahan) ?? 0);
      const kota = pencaker.reduce((a, b) => a + b, 0);
      return frame.map((r, i) => ({
        ...r,
        pencaker: pencaker[i],
        pencaker_kota: kota,
        x: percent(pencaker[i], kota),
        per_seribu_dtsen: r.dtsen_jiwa ? (pencaker[i] * 1000) / r.dtsen_jiwa : null,
      }));
    },
  };
}

export function miskinPerKelurahanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanKelurahanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const rows = cube.matching(filtersOf(p, 'kota', DIMS_NO_DESIL));
      const aktif = cube.sumBy(rows, 'kode_kelurahan', 'n');
      const miskin = cube.sumBy(rows, 'kode_kelurahan', 'n', poorRow(cube));
      return frame.map((r) => {
        const all = aktif.get(r.kode_kelurahan) ?? 0;
        const poor = miskin.get(r.kode_kelurahan) ?? 0;
        return { ...r, aktif: all, miskin: poor, nilai: percent(poor, all) };
      });
    },
  };
}

export function pendidikanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanPendidikanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const target = sasaran(cube, p, 'area', 'pend');
      const sums = cube.sumBy(target.rows, 'pendidikan', 'n', target.where);
      const nilai = frame.map((r) => sums.get(r.pendidikan) ?? 0);
      const total = nilai.reduce((a, b) => a + b, 0);
      return frame.map((r, i) => ({ ...r, nilai: nilai[i], persen: percent(nilai[i], total) }));
    },
  };
}

/**
 * The skills chart: every skill of the target group counted from the skill sets, ranked; the
 * top TOP_KETERAMPILAN and the chosen skills are listed (the frame's list is not reused: the
 * ranking changes with the selections).
 */
export function keterampilanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanKeterampilanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN, KUBUS_LOWONGAN_TERBUKA],
    answer(_frame, [cube, vacancies], p) {
      const target = sasaran(cube, p, 'area', 'skill');
      const total = cube.sum(target.rows, 'n', target.where);
      const counts = cube.sumBy(target.rows, 'keterampilan', 'n', target.where);
      const chosen = p.pilih?.skill ?? [];
      for (const k of chosen) if (!counts.has(k)) counts.set(k, 0);
      const asked = vacancies.values('keterampilan');
      return [...counts]
        .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
        .map(([keterampilan, nilai], i) => ({
          keterampilan,
          nilai,
          persen: percent(nilai, total),
          peringkat: i + 1,
          diminta: asked.has(keterampilan),
        }))
        .filter((r) => r.peringkat <= TOP_KETERAMPILAN || chosen.includes(r.keterampilan));
    },
  };
}

export function prioritasKelurahanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanPrioritasKelurahanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const target = sasaran(cube, p, 'kota');
      const match = matchFlags(cube);
      const by = (extra?: (i: number) => boolean) =>
        cube.sumBy(target.rows, 'kode_kelurahan', 'n', extra ? and(target, extra) : target.where);
      const [all, pool, jabatan, keterampilan] = [by(), by(match.any), by(match.jabatan), by(match.keterampilanOnly)];
      return frame.map((r) => {
        const k = r.kode_kelurahan;
        const n = all.get(k) ?? 0;
        const prioritas = pool.get(k) ?? 0;
        return {
          ...r,
          sasaran: n,
          prioritas,
          cocok_jabatan: jabatan.get(k) ?? 0,
          cocok_keterampilan: keterampilan.get(k) ?? 0,
          persen: percent(prioritas, n),
        };
      });
    },
  };
}

/**
 * The pool by KBJI major group. Every group of the frame is listed; '?' (occupation unknown) only
 * when someone of the target group has it or an open vacancy does, which can change with a desil
 * selection, so it is rebuilt from the cubes.
 */
export function prioritasGolonganCrossfilter(): CrossfilterForm<ViewParams, KemiskinanPrioritasGolonganRow> {
  return {
    cubes: [KUBUS_KEMISKINAN, KUBUS_LOWONGAN_TERBUKA],
    answer(frame, [cube, vacancies], p) {
      const target = sasaran(cube, p, 'area', 'kbji');
      const match = matchFlags(cube);
      const all = cube.sumBy(target.rows, 'kbji_golongan', 'n', target.where);
      const pool = cube.sumBy(target.rows, 'kbji_golongan', 'n', and(target, match.any));
      const jabatan = cube.sumBy(target.rows, 'kbji_golongan', 'n', and(target, match.jabatan));
      const counted = (r: KemiskinanPrioritasGolonganRow) => ({
        ...r,
        sasaran: all.get(r.golongan) ?? 0,
        prioritas: pool.get(r.golongan) ?? 0,
        cocok_jabatan: jabatan.get(r.golongan) ?? 0,
      });
      const known = frame.filter((r) => r.golongan !== KBJI_UNKNOWN).map(counted);
      const unknownHasVacancy = vacancies.values('kbji_golongan').has(KBJI_UNKNOWN);
      if (!unknownHasVacancy && !all.has(KBJI_UNKNOWN)) return known;
      const posisi = vacancies.sumBy(vacancies.matching([]), 'kbji_golongan', 'jumlah').get(KBJI_UNKNOWN) ?? 0;
      return [...known, counted({ golongan: KBJI_UNKNOWN, nama: null, sasaran: 0, prioritas: 0, cocok_jabatan: 0, posisi_terbuka: posisi })];
    },
  };
}

/** The occupations most sought by the pool, ranked from the cube, with their open positions. */
export function prioritasJabatanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanPrioritasJabatanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN, KUBUS_LOWONGAN_TERBUKA],
    answer(_frame, [cube, vacancies], p) {
      const target = sasaran(cube, p, 'area');
      const inPool = and(target, matchFlags(cube).any);
      // the major group of a code is the smallest among its rows (the SQL's min)
      const byCode = cube.sumByPair(target.rows, 'kbji_kode', 'kbji_golongan', 'n', inPool);
      const open = vacancies.matching([]);
      const posisi = vacancies.sumBy(open, 'kbji_kode', 'jumlah');
      const lowongan = vacancies.sumBy(open, 'kbji_kode', 'n');
      return [...byCode]
        .flatMap(([kbji_kode, groups]) => {
          if (groups.size === 0) return [];
          const prioritas = [...groups.values()].reduce((a, b) => a + b, 0);
          return [{ kbji_kode, golongan: [...groups.keys()].sort(byText)[0], prioritas }];
        })
        .sort((a, b) => b.prioritas - a.prioritas || byText(a.kbji_kode, b.kbji_kode))
        .slice(0, TOP_JABATAN)
        .map((r, i) => ({
          ...r,
          posisi_terbuka: posisi.get(r.kbji_kode) ?? 0,
          lowongan: lowongan.get(r.kbji_kode) ?? 0,
          peringkat: i + 1,
        }));
    },
  };
}
