import { bound, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { AKTIF } from './aktif';

/**
 * `{{aktif_kubus}}`: the active job seekers at the end of `periode` counted per combination of
 * the pengangguran view's dimensions, a data cube in the sense of Mosaic's pre-aggregation: one
 * row per kelurahan × sex × age group × education × KBJI group × time-registered group with `n`
 * people. Every count of that view (by area, by one dimension, under any selection on the others)
 * is a `sum(n)` over it: about 33 thousand rows at a million registrations, against 350
 * thousand people in `{{aktif}}`. Columns: kode_kelurahan, kode_kecamatan, jenis_kelamin,
 * kelompok_umur, pendidikan, kbji_golongan ('?' when unknown), kelompok_durasi, n.
 */
export const AKTIF_KUBUS: BaseRelation<AreaPeriodParams> = {
  id: 'aktif_kubus',
  description: {
    id: 'Pencari kerja aktif pada akhir periode, dijumlahkan per kelurahan, jenis kelamin, umur, pendidikan, golongan jabatan dan lama terdaftar',
    en: 'Active job seekers at the end of the period, summed by kelurahan, sex, age, education, occupation group and time registered',
  },
  key: (p) => p.periode,
  bases: [AKTIF],
  storage: {
    lowCardinality: ['kode_kelurahan', 'kode_kecamatan', 'jenis_kelamin', 'kelompok_umur', 'pendidikan', 'kbji_golongan', 'kelompok_durasi'],
    sortBy: ['kode_kecamatan', 'kode_kelurahan'],
  },
  sql: () =>
    bound(sql`
SELECT kode_kelurahan, kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan, kbji_golongan, kelompok_durasi,
       CAST(count(*) AS INTEGER) AS n
FROM {{aktif}}
GROUP BY ALL`),
};
