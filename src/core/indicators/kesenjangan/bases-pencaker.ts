/**
 * Base relations of the job-seeker side of the kesenjangan view: pre-aggregates of `{{aktif}}`
 * (one row per person) so that a cross-filter click sums a few thousand rows instead of scanning
 * every active job seeker. The view counts people by kelurahan, education, KBJI major group and
 * KBJI code, under selections on education, major group and skills ("the person lists any of
 * the chosen skills"). The skill test needs each person's whole skill list, so there are two
 * cubes: one without skills for clicks that select none, and one keyed by the person's skill
 * set, filtered through a small dictionary of the distinct skill lists.
 */
import { AKTIF } from '../bases/aktif';
import { selectionWhere, type Selections } from '../dimensions';
import { bound, sql, type SqlFragment } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';

/**
 * `{{kesenjangan_pencaker}}`: active job seekers at the end of `periode` counted per kelurahan ×
 * education × KBJI major group × KBJI code, `n` people (about 2,600 rows at a million
 * registrations, against 350 thousand people). Columns: kode_kelurahan, pendidikan,
 * kbji_golongan ('?' when unknown), kbji_kode (NULL when unknown), n. Answers every count of the
 * view when no skill is selected.
 */
export const KESENJANGAN_PENCAKER: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_pencaker',
  description: {
    id: 'Pencari kerja aktif pada akhir periode, dijumlahkan per kelurahan, pendidikan, golongan dan kode jabatan',
    en: 'Active job seekers at the end of the period, summed by kelurahan, education, occupation group and code',
  },
  key: (p) => p.periode,
  bases: [AKTIF],
  storage: {
    lowCardinality: ['kode_kelurahan', 'pendidikan', 'kbji_golongan', 'kbji_kode'],
    sortBy: ['kode_kelurahan', 'pendidikan', 'kbji_golongan'],
  },
  sql: () =>
    bound(sql`
SELECT kode_kelurahan, pendidikan, kbji_golongan, kbji_kode, CAST(count(*) AS INTEGER) AS n
FROM {{aktif}}
GROUP BY ALL`),
};

/**
 * `{{kesenjangan_keterampilan_set}}`: the distinct skill lists of all registrations, each with
 * `set_id`, a number shared by every list holding the same skills (in any order, with repeats),
 * so lists that pass the same skill tests share one id. About 1,900 ids at a million
 * registrations. Read from `pencaker` rather than `{{aktif}}` (every active person's list is a
 * registration's list): it is the same for every period, and a query with a skill selection
 * then inlines `{{aktif}}` no more often than one without. Columns: keterampilan (the list as
 * stored), set_id.
 */
export const KESENJANGAN_KETERAMPILAN_SET: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_keterampilan_set',
  description: {
    id: 'Daftar keterampilan berbeda pada pendaftaran AK1, dengan nomor himpunan keterampilannya',
    en: 'Distinct skill lists of the AK1 registrations, with the number of their skill set',
  },
  key: () => 'semua',
  sql: () =>
    bound(sql`
SELECT keterampilan, CAST(dense_rank() OVER (ORDER BY list_sort(list_distinct(keterampilan))) AS INTEGER) AS set_id
FROM (SELECT DISTINCT keterampilan FROM pencaker)`),
};

/**
 * `{{kesenjangan_pencaker_keterampilan}}`: like `{{kesenjangan_pencaker}}` with the skill set
 * (`set_id` of `{{kesenjangan_keterampilan_set}}`) as one more dimension: about 69 thousand rows
 * at a million registrations. A skill selection picks the matching ids from the dictionary and
 * sums `n` over them (`pencakerFrom`). Columns: kode_kelurahan, pendidikan, kbji_golongan,
 * kbji_kode, set_id, n.
 */
export const KESENJANGAN_PENCAKER_KETERAMPILAN: BaseRelation<AreaPeriodParams> = {
  id: 'kesenjangan_pencaker_keterampilan',
  description: {
    id: 'Pencari kerja aktif pada akhir periode, dijumlahkan per kelurahan, pendidikan, jabatan dan himpunan keterampilan',
    en: 'Active job seekers at the end of the period, summed by kelurahan, education, occupation and skill set',
  },
  key: (p) => p.periode,
  bases: [AKTIF, KESENJANGAN_KETERAMPILAN_SET],
  // no sort: a skill selection reaches scattered set ids, so row order lets no filter skip blocks
  storage: { lowCardinality: ['kode_kelurahan', 'pendidikan', 'kbji_golongan', 'kbji_kode'] },
  sql: () =>
    bound(sql`
SELECT a.kode_kelurahan, a.pendidikan, a.kbji_golongan, a.kbji_kode, k.set_id, CAST(count(*) AS INTEGER) AS n
FROM {{aktif}} a JOIN {{kesenjangan_keterampilan_set}} k ON k.keterampilan IS NOT DISTINCT FROM a.keterampilan
GROUP BY ALL`),
};

/** The three job-seeker bases, for an indicator's `bases`. */
export const KESENJANGAN_PENCAKER_BASES = [KESENJANGAN_PENCAKER, KESENJANGAN_KETERAMPILAN_SET, KESENJANGAN_PENCAKER_KETERAMPILAN] as const;

/**
 * `FROM`-clause body (relation `a` and its `WHERE`) of the active job seekers matching the
 * selections on education, KBJI major group and skills, minus `exclude` (the chart's own
 * dimension), and the area filter `area`. Each row carries kode_kelurahan, pendidikan,
 * kbji_golongan, kbji_kode and `n` people: count with `sum(a.n)`. Without a skill selection it
 * reads the small cube; with one, the skill-set cube restricted to the sets holding any chosen
 * skill (the same people as `list_contains` on each person's list).
 */
export function pencakerFrom(pilih: Selections | undefined, exclude: 'kbji' | 'pend' | 'skill' | undefined, area: SqlFragment): SqlFragment {
  const others = selectionWhere(pilih, { supported: ['kbji', 'pend'], exclude, alias: 'a' });
  if (exclude === 'skill' || !pilih?.skill?.length) return sql`{{kesenjangan_pencaker}} a WHERE TRUE ${area} ${others}`;
  const skills = selectionWhere(pilih, { supported: ['skill'], alias: 'k' });
  return sql`{{kesenjangan_pencaker_keterampilan}} a
  WHERE a.set_id IN (SELECT k.set_id FROM {{kesenjangan_keterampilan_set}} k WHERE TRUE ${skills}) ${area} ${others}`;
}
