import { bound, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { AKTIF } from './aktif';

/**
 * `{{aktif_keterampilan}}`: the skills of the active job seekers at the end of `periode`,
 * pre-aggregated: one row per kelurahan × education × KBJI major group × skill with `n`, the
 * number of people listing that skill (each person once per skill, as `list_distinct` does).
 * Counting people by skill from `{{aktif}}` unnests every person's list (about 0.8 million rows
 * at a million registrations) on each click; summing `n` here reads about 15 thousand.
 * Columns: kode_kelurahan, kode_kecamatan, pendidikan, kbji_golongan ('?' when unknown),
 * keterampilan (one skill), n. Area filters and selections are applied by the indicators; only
 * the dimensions present here (education, KBJI group, area) can filter it.
 */
export const AKTIF_KETERAMPILAN: BaseRelation<AreaPeriodParams> = {
  id: 'aktif_keterampilan',
  description: {
    id: 'Keterampilan pencari kerja aktif pada akhir periode, dijumlahkan per kelurahan, pendidikan dan golongan jabatan',
    en: 'Skills of the active job seekers at the end of the period, summed by kelurahan, education and occupation group',
  },
  key: (p) => p.periode,
  storage: { lowCardinality: ['kode_kelurahan', 'kode_kecamatan', 'pendidikan', 'kbji_golongan', 'keterampilan'] },
  bases: [AKTIF],
  sql: () =>
    bound(sql`
SELECT kode_kelurahan, kode_kecamatan, pendidikan, kbji_golongan, keterampilan, CAST(count(*) AS INTEGER) AS n
FROM (
  SELECT kode_kelurahan, kode_kecamatan, pendidikan, kbji_golongan, unnest(list_distinct(keterampilan)) AS keterampilan
  FROM {{aktif}}
)
GROUP BY ALL`),
};
