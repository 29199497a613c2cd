import { AKTIF } from '../bases/aktif';
import { bound, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';

/**
 * `{{aktif_cocok}}`: the rows and columns of `{{aktif}}` (active job seekers at the end of
 * `periode`, one row per person) plus two match flags against the vacancies open on that day
 * (`{{lowongan_terbuka}}`, whole city):
 * - `cocok_jabatan`: the 4-digit KBJI code of the occupation sought equals an open vacancy's code;
 * - `cocok_keterampilan`: at least one of the person's skills is asked for by an open vacancy.
 *
 * Matching the people against the skill lists is done once per period here, not on every
 * cross-filter click. The browser builds it from the tables of `{{aktif}}` (shared with the other
 * views) and `{{lowongan_terbuka}}`; no click reads it directly (the charts read the kemiskinan
 * cubes built from it, see kubus.ts), so it carries no storage hints: it is read once per cube.
 */
export const AKTIF_COCOK: BaseRelation<AreaPeriodParams> = {
  id: 'aktif_cocok',
  description: {
    id: 'Pencari kerja aktif pada akhir periode dengan tanda cocok jabatan dan keterampilan terhadap lowongan terbuka',
    en: 'Active job seekers at the end of the period, flagged for an occupation or skill match with open vacancies',
  },
  key: (p) => p.periode,
  bases: [AKTIF, LOWONGAN_TERBUKA],
  sql: () =>
    bound(sql`
WITH m AS (
  SELECT (SELECT list(DISTINCT kbji_kode) FROM {{lowongan_terbuka}} WHERE length(kbji_kode) = 4) AS kode,
         (SELECT list(DISTINCT s) FROM (SELECT unnest(keterampilan) AS s FROM {{lowongan_terbuka}})) AS skill
)
SELECT a.*,
       coalesce(list_contains(m.kode, a.kbji_kode), false) AS cocok_jabatan,
       coalesce(list_has_any(a.keterampilan, m.skill), false) AS cocok_keterampilan
FROM {{aktif}} a, m`),
};
