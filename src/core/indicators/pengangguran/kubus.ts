/**
 * The pengangguran view's cross-filter answers in memory. One cube per period, read once from
 * `{{aktif}}`: active job seekers counted per kelurahan × sex × age group × education × KBJI group
 * × months registered (about 92 thousand rows at a million registrations). Every chart of the view
 * that a click changes is then a filtered sum over it (see `IndicatorDef.crossfilter`); the SQL of
 * each indicator stays the definition, and tests check that both give the same rows.
 */
import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import type { Cube } from '../../crossfilter/cube';
import { AKTIF } from '../bases/aktif';
import { DIMENSIONS, type DimensionId } from '../dimensions';
import { bound, sql } from '../sql';
import type { CrossfilterForm, CubeDef, ViewParams } from '../types';
import { ARUS } from './arus';
import { DEFINISI_AKTIF, DIMENSI_AKTIF, DIMENSI_PENDAFTARAN, SUMBER_AK1 } from './shared';

export const KUBUS_PENGANGGURAN: CubeDef = {
  columns: {
    dims: ['kode_kelurahan', 'kode_kecamatan', 'jenis_kelamin', 'kelompok_umur', 'pendidikan', 'kbji_golongan', 'kelompok_durasi'],
    numbers: ['durasi_bulan', 'n'],
  },
  query: {
    id: 'kubusPengangguran',
    label: { id: 'Kubus pencari kerja aktif', en: 'Cube of active job seekers' },
    unit: 'orang',
    definition: {
      id: `${DEFINISI_AKTIF.id} Dijumlahkan per kelurahan, jenis kelamin, umur, pendidikan, golongan jabatan dan bulan terdaftar.`,
      en: `${DEFINISI_AKTIF.en} Summed by kelurahan, sex, age, education, occupation group and months registered.`,
    },
    source: SUMBER_AK1,
    tables: ['pencaker'],
    bases: [AKTIF],
    sql: () =>
      bound(sql`
SELECT CAST(kode_kelurahan AS VARCHAR) AS kode_kelurahan, CAST(kode_kecamatan AS VARCHAR) AS kode_kecamatan,
       CAST(jenis_kelamin AS VARCHAR) AS jenis_kelamin, CAST(kelompok_umur AS VARCHAR) AS kelompok_umur,
       CAST(pendidikan AS VARCHAR) AS pendidikan, CAST(kbji_golongan AS VARCHAR) AS kbji_golongan,
       CAST(kelompok_durasi AS VARCHAR) AS kelompok_durasi, durasi_bulan, CAST(count(*) AS INTEGER) AS n
FROM {{aktif}}
GROUP BY ALL`),
  },
};

/** Rows of the cube in the chosen area that pass every selection except `exclude`'s. */
function selected(cube: Cube, p: ViewParams, opts: { area: boolean; exclude?: DimensionId }): Uint32Array {
  const filters = selectionFilters(p.pilih, { supported: DIMENSI_AKTIF, exclude: opts.exclude });
  return cube.matching(opts.area ? [...areaFilters(p), ...filters] : filters);
}

/** A distribution by one dimension: the frame's categories with the filtered counts. */
export function distribusiCrossfilter<R extends { kunci: string; nilai: number }>(dim: DimensionId): CrossfilterForm<ViewParams, R> {
  return {
    cubes: [KUBUS_PENGANGGURAN],
    answer(frame, [cube], p) {
      const sums = cube.sumBy(selected(cube, p, { area: true, exclude: dim }), DIMENSIONS[dim].column, 'n');
      return frame.map((r) => ({ ...r, nilai: sums.get(r.kunci) ?? 0 }));
    },
  };
}

/** Counts per kelurahan of the whole city (the map): every selection, no area filter. */
export function perKelurahanCrossfilter<R extends { kode_kelurahan: string; nilai: number }>(): CrossfilterForm<ViewParams, R> {
  return {
    cubes: [KUBUS_PENGANGGURAN],
    answer(frame, [cube], p) {
      const sums = cube.sumBy(selected(cube, p, { area: false }), 'kode_kelurahan', 'n');
      return frame.map((r) => ({ ...r, nilai: sums.get(r.kode_kelurahan) ?? 0 }));
    },
  };
}

/** Rate per 1,000 as the SQL computes it: null without a positive productive-age population. */
export function per1000(nilai: number, usiaKerja: number | null): number | null {
  return usiaKerja !== null && usiaKerja > 0 ? (nilai * 1000) / usiaKerja : null;
}

/**
 * Counts per area for the drill-down bars: kelurahan of the chosen kecamatan, else kecamatan of
 * the city with their rate per 1,000 productive-age residents.
 */
export function perWilayahCrossfilter<R extends { kode: string; nilai: number; usia_kerja: number | null; per_1000: number | null }>(): CrossfilterForm<
  ViewParams,
  R
> {
  return {
    cubes: [KUBUS_PENGANGGURAN],
    answer(frame, [cube], p) {
      if (p.kecamatan) {
        const rows = cube.matching([...areaFilters({ kecamatan: p.kecamatan }), ...selectionFilters(p.pilih, { supported: DIMENSI_AKTIF })]);
        const sums = cube.sumBy(rows, 'kode_kelurahan', 'n');
        return frame.map((r) => ({ ...r, nilai: sums.get(r.kode) ?? 0 }));
      }
      const sums = cube.sumBy(selected(cube, p, { area: false }), 'kode_kecamatan', 'n');
      return frame.map((r) => {
        const nilai = sums.get(r.kode) ?? 0;
        return { ...r, nilai, per_1000: per1000(nilai, r.usia_kerja) };
      });
    },
  };
}

/** The headline figures: count, rate, median months registered, registered 12 months or longer. */
export function ringkasanCrossfilter<
  R extends { aktif: number; usia_kerja: number | null; per_1000: number | null; median_bulan: number | null; lama: number; persen_lama: number | null },
>(): CrossfilterForm<ViewParams, R> {
  return {
    cubes: [KUBUS_PENGANGGURAN],
    answer(frame, [cube], p) {
      const rows = selected(cube, p, { area: true });
      const bulan = cube.number('durasi_bulan');
      const aktif = cube.sum(rows, 'n');
      const lama = cube.sum(rows, 'n', (i) => bulan[i] >= 12);
      return frame.map((r) => ({
        ...r,
        aktif,
        per_1000: per1000(aktif, r.usia_kerja),
        median_bulan: cube.weightedMedian(rows, 'durasi_bulan', 'n'),
        lama,
        persen_lama: aktif > 0 ? (lama * 100) / aktif : null,
      }));
    },
  };
}

/**
 * The monthly register flows (`{{arus}}`, already one row per month × kind × kelurahan × sex × age
 * × education × KBJI group) as a cube, for the trend chart.
 */
export const KUBUS_ARUS: CubeDef = {
  columns: {
    dims: ['bulan', 'jenis', 'kode_kelurahan', 'kode_kecamatan', 'jenis_kelamin', 'kelompok_umur', 'pendidikan', 'kbji_golongan'],
    numbers: ['n'],
  },
  query: {
    id: 'kubusArus',
    label: { id: 'Kubus arus pendaftaran AK1', en: 'Cube of AK1 register flows' },
    unit: 'pendaftaran',
    definition: {
      id: 'Arus pendaftaran AK1 per bulan dan jenis (1 daftar, 2 penempatan, 3 kedaluwarsa), per wilayah dan ciri pendaftar.',
      en: 'Monthly AK1 register flows by kind (1 registration, 2 placement, 3 expiry), by area and registrant attributes.',
    },
    source: SUMBER_AK1,
    tables: ['pencaker', 'wilayah'],
    bases: [ARUS],
    sql: () =>
      bound(sql`
SELECT CAST(bulan AS VARCHAR) AS bulan, CAST(jenis AS VARCHAR) AS jenis, CAST(kode_kelurahan AS VARCHAR) AS kode_kelurahan,
       CAST(kode_kecamatan AS VARCHAR) AS kode_kecamatan, CAST(jenis_kelamin AS VARCHAR) AS jenis_kelamin,
       CAST(kelompok_umur AS VARCHAR) AS kelompok_umur, CAST(pendidikan AS VARCHAR) AS pendidikan,
       CAST(kbji_golongan AS VARCHAR) AS kbji_golongan, n
FROM {{arus}}`),
  },
};

/** The monthly flows (registrations, placements, expiries) in the chosen area under the selections. */
export function trenCrossfilter<R extends { bulan: string; pendaftaran: number; penempatan: number; kedaluwarsa: number }>(): CrossfilterForm<
  ViewParams,
  R
> {
  return {
    cubes: [KUBUS_ARUS],
    answer(frame, [cube], p) {
      const rows = cube.matching([...areaFilters(p), ...selectionFilters(p.pilih, { supported: DIMENSI_PENDAFTARAN })]);
      const perJenis = cube.sumByPair(rows, 'jenis', 'bulan', 'n');
      const [daftar, tempat, habis] = ['1', '2', '3'].map((jenis) => perJenis.get(jenis) ?? new Map<string, number>());
      return frame.map((r) => ({
        ...r,
        pendaftaran: daftar.get(r.bulan) ?? 0,
        penempatan: tempat.get(r.bulan) ?? 0,
        kedaluwarsa: habis.get(r.bulan) ?? 0,
      }));
    },
  };
}
