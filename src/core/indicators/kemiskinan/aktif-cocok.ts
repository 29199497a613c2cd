import { AKTIF } from '../bases/aktif';
import type { AreaPeriodParams, BaseRelation, BoundQuery } from '../types';
import { LOWONGAN_TERBUKA } from './lowongan-terbuka';

/**
 * `{{aktif_cocok}}`: the rows and columns of `{{aktif}}` (active job seekers at the end of
 * `periode`, one row per person) plus two match flags against the vacancies open on that day
 * (`{{lowongan_terbuka}}`, whole city):
 * - `cocok_jabatan`: the 4-digit KBJI code of the occupation sought equals an open vacancy's code;
 * - `cocok_keterampilan`: at least one of the person's skills is asked for by an open vacancy.
 *
 * Matching a million people against the skill lists is the expensive part of the priority pool,
 * so it is done once per period here (the browser materialises this relation) instead of on every
 * cross-filter click. Built from AKTIF's and LOWONGAN_TERBUKA's own SQL, so the definitions stay
 * in one place.
 */
export const AKTIF_COCOK: BaseRelation<AreaPeriodParams> = {
  id: 'aktif_cocok',
  description: {
    id: 'Pencari kerja aktif pada akhir periode dengan tanda cocok jabatan dan keterampilan terhadap lowongan terbuka',
    en: 'Active job seekers at the end of the period, flagged for an occupation or skill match with open vacancies',
  },
  key: (p) => p.periode,
  // the same columns as {{aktif}}, read the same way by every cross-filter click
  storage: AKTIF.storage,
  sql: (p): BoundQuery => {
    const lt = LOWONGAN_TERBUKA.sql(p);
    const aktif = AKTIF.sql(p);
    return {
      sql: `WITH lt AS (${lt.sql}),
m AS (
  SELECT (SELECT list(DISTINCT kbji_kode) FROM lt WHERE length(kbji_kode) = 4) AS kode,
         (SELECT list(DISTINCT s) FROM (SELECT unnest(keterampilan) AS s FROM lt)) AS skill
)
SELECT a.*,
       coalesce(list_contains(m.kode, a.kbji_kode), false) AS cocok_jabatan,
       coalesce(list_has_any(a.keterampilan, m.skill), false) AS cocok_keterampilan
FROM (${aktif.sql}) a, m`,
      // placeholders in text order: the vacancies' first, then the active job seekers'
      params: [...lt.params, ...aktif.params],
    };
  },
};
