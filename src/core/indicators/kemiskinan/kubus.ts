import { bound, raw, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { AKTIF_COCOK } from './aktif-cocok';
import { keterampilanDimintaCte, LOWONGAN_TERBUKA } from './lowongan-terbuka';

/**
 * The per-person columns of `{{aktif_cocok}}` every kemiskinan chart filters or groups on (all but
 * the skills): area, sex, age, education, occupation, DTSEN decile, time registered, vacancy match.
 */
const KOLOM = [
  'kode_kelurahan',
  'kode_kecamatan',
  'jenis_kelamin',
  'kelompok_umur',
  'pendidikan',
  'kbji_golongan',
  'kbji_kode',
  'desil_kat',
  'desil',
  'di_dtsen',
  'kelompok_durasi',
  'cocok_jabatan',
  'cocok_keterampilan',
].join(', ');

/** KOLOM without the area columns. */
const KOLOM_KOTA = KOLOM.split(', ')
  .filter((c) => c !== 'kode_kelurahan' && c !== 'kode_kecamatan')
  .join(', ');

/** The VARCHAR columns among KOLOM (few distinct values each: stored as ENUMs by the browser). */
export const KODE: readonly string[] = ['kode_kelurahan', 'kode_kecamatan', 'jenis_kelamin', 'kelompok_umur', 'pendidikan', 'kbji_golongan', 'kbji_kode', 'desil_kat', 'kelompok_durasi'];

/** KODE without the area columns. */
const KODE_KOTA = KODE.filter((c) => c !== 'kode_kelurahan' && c !== 'kode_kecamatan');

/**
 * `{{kemiskinan_kubus}}`: `{{aktif_cocok}}` (active job seekers at the end of `periode`, flagged
 * for a match with the open vacancies) counted per combination of everything the kemiskinan
 * charts filter or group on, except the skills: one row per kelurahan × sex × age group ×
 * education × KBJI code × DTSEN decile × time registered × match flags with `n` people. A chart
 * sums `n` instead of counting people: about 155 thousand rows at a million registrations against
 * 350 thousand people, and the rows of the default target group (desil 1-4) lie together.
 * Columns: kode_kelurahan, kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan,
 * kbji_golongan ('?' when unknown), kbji_kode, desil_kat, desil, di_dtsen, kelompok_durasi,
 * cocok_jabatan, cocok_keterampilan, n (INTEGER).
 */
export const KEMISKINAN_KUBUS: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_kubus',
  description: {
    id: 'Pencari kerja aktif pada akhir periode dengan tanda cocok lowongan, dijumlahkan per kombinasi dimensi irisan kemiskinan',
    en: 'Active job seekers at the end of the period with their vacancy match, summed by the poverty-overlap dimensions',
  },
  key: (p) => p.periode,
  bases: [AKTIF_COCOK],
  storage: { lowCardinality: KODE, sortBy: ['desil', 'kode_kecamatan', 'kode_kelurahan'] },
  sql: () => bound(sql`SELECT ${raw(KOLOM)}, CAST(count(*) AS INTEGER) AS n FROM {{aktif_cocok}} GROUP BY ALL`),
};

/**
 * `{{kemiskinan_kubus_kota}}`: `{{kemiskinan_kubus}}` summed over the areas, for the charts of the
 * whole city (no kecamatan or kelurahan chosen) that do not list kelurahan: about 50 thousand rows
 * at a million registrations. The same columns without kode_kelurahan and kode_kecamatan.
 */
export const KEMISKINAN_KUBUS_KOTA: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_kubus_kota',
  description: {
    id: 'Pencari kerja aktif pada akhir periode dengan tanda cocok lowongan, dijumlahkan per kombinasi dimensi irisan kemiskinan, seluruh kota',
    en: 'Active job seekers at the end of the period with their vacancy match, summed by the poverty-overlap dimensions, whole city',
  },
  key: (p) => p.periode,
  bases: [KEMISKINAN_KUBUS],
  storage: { lowCardinality: KODE_KOTA, sortBy: ['desil'] },
  sql: () =>
    bound(sql`SELECT ${raw(KOLOM_KOTA)}, CAST(sum(n) AS INTEGER) AS n FROM {{kemiskinan_kubus}} GROUP BY ALL`),
};

/**
 * `{{kemiskinan_keterampilan}}`: one row per active job seeker and distinct skill (a person with
 * three skills has three rows, one without skills none), with every column of
 * `{{kemiskinan_kubus}}` but `n`, plus `o`, a number identifying the person (INTEGER: the rank of
 * id_orang, so the same in every evaluation of the relation), and `keterampilan`, the skill.
 * A skill selection reads only the rows of the chosen skills: the rows are ordered by skill, kept
 * as plain text so that a filter on a bound value skips the other skills' blocks (an ENUM column
 * would be compared as text row by row). With several chosen skills a person is counted in the
 * rows of the first chosen skill they list (see `sumber` in shared.ts).
 */
export const KEMISKINAN_KETERAMPILAN: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_keterampilan',
  description: {
    id: 'Pencari kerja aktif pada akhir periode, satu baris per orang dan keterampilan',
    en: 'Active job seekers at the end of the period, one row per person and skill',
  },
  key: (p) => p.periode,
  bases: [AKTIF_COCOK],
  storage: { lowCardinality: KODE, sortBy: ['keterampilan', 'desil'] },
  sql: () =>
    bound(sql`
SELECT o, ${raw(KOLOM)}, unnest(daftar) AS keterampilan
FROM (SELECT ${raw(KOLOM)}, CAST(row_number() OVER (ORDER BY id_orang) AS INTEGER) AS o, list_distinct(keterampilan) AS daftar FROM {{aktif_cocok}})`),
};

/**
 * `{{kemiskinan_keterampilan_kubus}}`: `{{kemiskinan_keterampilan}}` counted per skill and every
 * dimension the skills chart is filtered on (area, sex, age, education, KBJI group, decile, time
 * registered): `n` = people listing the skill. Columns: keterampilan, kode_kelurahan,
 * kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan, kbji_golongan, desil_kat, desil,
 * kelompok_durasi, diminta (an open vacancy at the period end asks for the skill), n (INTEGER).
 */
export const KEMISKINAN_KETERAMPILAN_KUBUS: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_keterampilan_kubus',
  description: {
    id: 'Keterampilan pencari kerja aktif pada akhir periode, dijumlahkan per dimensi irisan kemiskinan',
    en: 'Skills of the active job seekers at the end of the period, summed by the poverty-overlap dimensions',
  },
  key: (p) => p.periode,
  bases: [KEMISKINAN_KETERAMPILAN, LOWONGAN_TERBUKA],
  storage: {
    lowCardinality: ['keterampilan', ...KODE.filter((c) => c !== 'kbji_kode')],
    sortBy: ['desil', 'kode_kecamatan', 'kode_kelurahan'],
  },
  sql: () =>
    bound(sql`
SELECT b.keterampilan, b.kode_kelurahan, b.kode_kecamatan, b.jenis_kelamin, b.kelompok_umur, b.pendidikan, b.kbji_golongan, b.desil_kat,
       b.desil, b.kelompok_durasi, coalesce(list_contains(m.skill, b.keterampilan), false) AS diminta, CAST(count(*) AS INTEGER) AS n
FROM {{kemiskinan_keterampilan}} b, (${keterampilanDimintaCte()}) m
GROUP BY ALL`),
};

/**
 * `{{kemiskinan_keterampilan_kubus_kota}}`: `{{kemiskinan_keterampilan_kubus}}` summed over the
 * areas, for the skills chart of the whole city (about 160 thousand rows against 420 thousand at a
 * million registrations). The same columns without kode_kelurahan and kode_kecamatan.
 */
export const KEMISKINAN_KETERAMPILAN_KUBUS_KOTA: BaseRelation<AreaPeriodParams> = {
  id: 'kemiskinan_keterampilan_kubus_kota',
  description: {
    id: 'Keterampilan pencari kerja aktif pada akhir periode, dijumlahkan per dimensi irisan kemiskinan, seluruh kota',
    en: 'Skills of the active job seekers at the end of the period, summed by the poverty-overlap dimensions, whole city',
  },
  key: (p) => p.periode,
  bases: [KEMISKINAN_KETERAMPILAN_KUBUS],
  storage: { lowCardinality: ['keterampilan', ...KODE_KOTA.filter((c) => c !== 'kbji_kode')], sortBy: ['desil'] },
  sql: () =>
    bound(sql`
SELECT keterampilan, jenis_kelamin, kelompok_umur, pendidikan, kbji_golongan, desil_kat, desil, kelompok_durasi, diminta,
       CAST(sum(n) AS INTEGER) AS n
FROM {{kemiskinan_keterampilan_kubus}}
GROUP BY ALL`),
};
