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
import type { Cube, CubeFilter, DimColumn } from '../../crossfilter/cube';
import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import { compareText, percentOf } from '../../crossfilter/sql-values';
import { KBJI_UNKNOWN } from '../bases/aktif';
import type { DimensionId } from '../dimensions';
import { bound, raw, sql } from '../sql';
import type { CrossfilterForm, CubeDef, ViewParams } from '../types';
import { AKTIF_COCOK } from './aktif-cocok';
import { KODE } from './kubus';
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
    dims: [...KODE, 'keterampilan'],
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
SELECT ${raw(KODE.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', '))},
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

type Area = 'area' | 'kota';

/** The cube filters of the area (unless the chart lists the whole city) and the selections of `dims` but `exclude`. */
function filtersOf(p: ViewParams, area: Area, dims: readonly DimensionId[], exclude?: DimensionId): CubeFilter[] {
  const selections = selectionFilters(p.pilih, { supported: dims, exclude });
  return area === 'area' ? [...areaFilters(p), ...selections] : selections;
}

/**
 * People counted per value of one dimension (per dictionary code; every count at code 0 when no
 * dimension is given). `sasaran` is the target group (see `sasaranCondition`): desil 1-4, or the
 * chosen deciles; the pool and its parts are among it.
 */
interface Tally {
  key: Readonly<DimColumn> | null;
  aktif: Float64Array;
  diDtsen: Float64Array;
  /** desil 1-4 (the SQL's `desil BETWEEN 1 AND 4`; NULL never). */
  miskin: Float64Array;
  sasaran: Float64Array;
  /** Target group matching an open vacancy by occupation or skill. */
  prioritas: Float64Array;
  /** … by occupation. */
  jabatan: Float64Array;
  /** … by skill only. */
  keterampilanSaja: Float64Array;
}

/** Flags of a cube row, as bits of its bin: in DTSEN, desil 1-4, match by occupation, match by skill. */
const IN_DTSEN = 1;
const POOR = 2;
const BY_JABATAN = 4;
const BY_KETERAMPILAN = 8;
const FLAGS = 16;

const binMemo = new WeakMap<Cube, Uint16Array>();

/**
 * Per cube row its bin: desil_kat code × FLAGS + flag bits. Computed once per cube; a tally then
 * adds each row's people to one bin (a load and an add per row) and reads the counts off the bins.
 */
function rowBins(cube: Cube): Uint16Array {
  const known = binMemo.get(cube);
  if (known) return known;
  const kategori = cube.dimension('desil_kat').codes;
  const [desil, inDtsen, byJabatan, byKeterampilan] = ['desil', 'di_dtsen', 'cocok_jabatan', 'cocok_keterampilan'].map((c) => cube.number(c));
  const bins = new Uint16Array(cube.length);
  for (let i = 0; i < cube.length; i++) {
    // desil BETWEEN 1 AND 4, as the SQL (NULL never)
    const poor = desil[i] >= 1 && desil[i] <= 4;
    bins[i] =
      kategori[i] * FLAGS +
      (inDtsen[i] === 1 ? IN_DTSEN : 0) +
      (poor ? POOR : 0) +
      (byJabatan[i] === 1 ? BY_JABATAN : 0) +
      (byKeterampilan[i] === 1 ? BY_KETERAMPILAN : 0);
  }
  binMemo.set(cube, bins);
  return bins;
}

/**
 * Counts every number a kemiskinan chart needs over `rows`, per value of `key`: the people of
 * each row go to its bin (key code × bin), then each bin's count is added to the numbers its
 * flags and decile say it belongs to.
 */
function tally(cube: Cube, rows: Uint32Array, key: string | null, p: ViewParams): Tally {
  const keyColumn = key ? cube.dimension(key) : null;
  const size = keyColumn ? keyColumn.dictionary.length : 1;
  const kategori = cube.dimension('desil_kat');
  const width = kategori.dictionary.length * FLAGS;
  const bins = rowBins(cube);
  const n = cube.number('n');
  const keyCodes = keyColumn ? keyColumn.codes : zeros(cube.length);
  const people = new Float64Array(size * width);
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    people[keyCodes[i] * width + bins[i]] += n[i];
  }
  // the target group: the chosen deciles (by desil_kat code), else desil 1-4
  const chosen = p.pilih?.desil ?? [];
  const chosenKategori = kategori.dictionary.map((v) => v !== null && chosen.includes(v));
  const t: Tally = {
    key: keyColumn,
    aktif: new Float64Array(size),
    diDtsen: new Float64Array(size),
    miskin: new Float64Array(size),
    sasaran: new Float64Array(size),
    prioritas: new Float64Array(size),
    jabatan: new Float64Array(size),
    keterampilanSaja: new Float64Array(size),
  };
  for (let c = 0; c < size; c++) {
    for (let b = 0; b < width; b++) {
      const w = people[c * width + b];
      if (w === 0) continue;
      const flags = b % FLAGS;
      t.aktif[c] += w;
      if (flags & IN_DTSEN) t.diDtsen[c] += w;
      if (flags & POOR) t.miskin[c] += w;
      if (!(chosen.length ? chosenKategori[(b - flags) / FLAGS] : flags & POOR)) continue;
      t.sasaran[c] += w;
      if (flags & BY_JABATAN) {
        t.prioritas[c] += w;
        t.jabatan[c] += w;
      } else if (flags & BY_KETERAMPILAN) {
        t.prioritas[c] += w;
        t.keterampilanSaja[c] += w;
      }
    }
  }
  return t;
}

let zeroCodes = new Uint32Array(0);

/** `length` zero codes (every row in one group), shared. */
function zeros(length: number): Uint32Array {
  if (zeroCodes.length < length) zeroCodes = new Uint32Array(length);
  return zeroCodes;
}

/** One count of a tally by value of its dimension (list items for a list dimension; NULL and 0 left out). */
function byValue(t: Tally, counts: Float64Array): Map<string, number> {
  const out = new Map<string, number>();
  t.key?.dictionary.forEach((v, code) => {
    if (v === null || counts[code] === 0) return;
    for (const item of t.key!.items ? t.key!.items[code] : [v]) out.set(item, (out.get(item) ?? 0) + counts[code]);
  });
  return out;
}

/** Shares in percent of the total of `values` (the SQL's share of `sum(…) OVER ()`). */
function withShares<R>(frame: readonly R[], values: number[]): Array<R & { nilai: number; persen: number | null }> {
  const total = values.reduce((a, b) => a + b, 0);
  return frame.map((r, i) => ({ ...r, nilai: values[i], persen: percentOf(values[i], total) }));
}

export function ringkasanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanRingkasanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const t = tally(cube, cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL)), null, p);
      const [aktif, diDtsen, miskin, sasaran, prioritas] = [t.aktif, t.diDtsen, t.miskin, t.sasaran, t.prioritas].map((a) => a[0]);
      return frame.map((r) => ({
        ...r,
        aktif,
        di_dtsen: diDtsen,
        persen_di_dtsen: percentOf(diDtsen, aktif),
        miskin,
        persen_miskin: percentOf(miskin, aktif),
        sasaran,
        prioritas,
        prioritas_jabatan: t.jabatan[0],
        persen_prioritas: percentOf(prioritas, sasaran),
      }));
    },
  };
}

export function perDesilCrossfilter(): CrossfilterForm<ViewParams, KemiskinanDesilRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const sums = cube.sumBy(cube.matching(filtersOf(p, 'area', AKTIF_DIMS, 'desil')), 'desil_kat', 'n');
      return withShares(
        frame,
        frame.map((r) => sums.get(r.desil_kat) ?? 0),
      );
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
        x: percentOf(pencaker[i], kota),
        per_seribu_dtsen: r.dtsen_jiwa ? (pencaker[i] * 1000) / r.dtsen_jiwa : null,
      }));
    },
  };
}

export function miskinPerKelurahanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanKelurahanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const t = tally(cube, cube.matching(filtersOf(p, 'kota', DIMS_NO_DESIL)), 'kode_kelurahan', p);
      const [aktif, miskin] = [byValue(t, t.aktif), byValue(t, t.miskin)];
      return frame.map((r) => {
        const all = aktif.get(r.kode_kelurahan) ?? 0;
        const poor = miskin.get(r.kode_kelurahan) ?? 0;
        return { ...r, aktif: all, miskin: poor, nilai: percentOf(poor, all) };
      });
    },
  };
}

export function pendidikanCrossfilter(): CrossfilterForm<ViewParams, KemiskinanPendidikanRow> {
  return {
    cubes: [KUBUS_KEMISKINAN],
    answer(frame, [cube], p) {
      const t = tally(cube, cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL, 'pend')), 'pendidikan', p);
      const sums = byValue(t, t.sasaran);
      return withShares(
        frame,
        frame.map((r) => sums.get(r.pendidikan) ?? 0),
      );
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
      const t = tally(cube, cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL, 'skill')), 'keterampilan', p);
      const total = t.sasaran.reduce((a, b) => a + b, 0);
      const counts = byValue(t, t.sasaran);
      const chosen = p.pilih?.skill ?? [];
      for (const k of chosen) if (!counts.has(k)) counts.set(k, 0);
      const asked = vacancies.values('keterampilan');
      return [...counts]
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
        .map(([keterampilan, nilai], i) => ({
          keterampilan,
          nilai,
          persen: percentOf(nilai, total),
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
      const t = tally(cube, cube.matching(filtersOf(p, 'kota', DIMS_NO_DESIL)), 'kode_kelurahan', p);
      const [all, pool, jabatan, keterampilan] = [t.sasaran, t.prioritas, t.jabatan, t.keterampilanSaja].map((a) => byValue(t, a));
      return frame.map((r) => {
        const k = r.kode_kelurahan;
        const sasaran = all.get(k) ?? 0;
        const prioritas = pool.get(k) ?? 0;
        return {
          ...r,
          sasaran,
          prioritas,
          cocok_jabatan: jabatan.get(k) ?? 0,
          cocok_keterampilan: keterampilan.get(k) ?? 0,
          persen: percentOf(prioritas, sasaran),
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
      const t = tally(cube, cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL, 'kbji')), 'kbji_golongan', p);
      const [all, pool, jabatan] = [t.sasaran, t.prioritas, t.jabatan].map((a) => byValue(t, a));
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
      const t = tally(cube, cube.matching(filtersOf(p, 'area', DIMS_NO_DESIL)), 'kbji_kode', p);
      const pool = byValue(t, t.prioritas);
      const golongan = golonganOfCodes(cube);
      const open = vacancies.matching([]);
      const posisi = vacancies.sumBy(open, 'kbji_kode', 'jumlah');
      const lowongan = vacancies.sumBy(open, 'kbji_kode', 'n');
      return [...pool]
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
        .slice(0, TOP_JABATAN)
        .map(([kbji_kode, prioritas], i) => ({
          kbji_kode,
          golongan: golongan.get(kbji_kode)!,
          prioritas,
          posisi_terbuka: posisi.get(kbji_kode) ?? 0,
          lowongan: lowongan.get(kbji_kode) ?? 0,
          peringkat: i + 1,
        }));
    },
  };
}

const golonganMemo = new WeakMap<Cube, Map<string, string>>();

/**
 * The major group of each KBJI code in the cube (the smallest, should a code have several; the
 * pipeline derives both from one occupation, so a code has one). Computed once per cube.
 */
function golonganOfCodes(cube: Cube): Map<string, string> {
  const known = golonganMemo.get(cube);
  if (known) return known;
  const kode = cube.dimension('kbji_kode');
  const golongan = cube.dimension('kbji_golongan');
  const out = new Map<string, string>();
  for (let i = 0; i < cube.length; i++) {
    const k = kode.dictionary[kode.codes[i]];
    const g = golongan.dictionary[golongan.codes[i]];
    if (k === null || g === null) continue;
    const seen = out.get(k);
    if (seen === undefined || compareText(g, seen) < 0) out.set(k, g);
  }
  golonganMemo.set(cube, out);
  return out;
}
