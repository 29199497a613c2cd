import { KBJI_UNKNOWN } from '../bases/aktif';
import { bound, periodEnd, raw, sql, type SqlFragment } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';

/**
 * `{{lowongan_terbuka}}`: one row per vacancy open on the last day of `periode`
 * (tanggal_buka <= d AND (tanggal_tutup IS NULL OR tanggal_tutup > d), as in the overview's
 * `lowonganTerbukaBulanan`). Columns: id_lowongan, id_perusahaan, kbji_kode, kbji_golongan
 * ('?' when unknown), jumlah (positions), pendidikan_min, keterampilan (list). No area filter:
 * a job seeker may take a job anywhere in the city, so matching uses every open vacancy.
 */
export const LOWONGAN_TERBUKA: BaseRelation<AreaPeriodParams> = {
  id: 'lowongan_terbuka',
  description: {
    id: 'Lowongan yang masih terbuka pada akhir periode, satu baris per lowongan',
    en: 'Vacancies still open at the end of the period, one row per vacancy',
  },
  key: (p) => p.periode,
  sql: (p) =>
    bound(sql`
SELECT l.id_lowongan, l.id_perusahaan, l.kbji_kode, coalesce(l.kbji_golongan, ${KBJI_UNKNOWN}) AS kbji_golongan, l.jumlah,
       l.pendidikan_min, l.keterampilan
FROM lowongan l, (SELECT ${periodEnd(p.periode)} AS d) t
WHERE l.tanggal_buka <= t.d AND (l.tanggal_tutup IS NULL OR l.tanggal_tutup > t.d)`),
};

/**
 * CTE body (use as `m AS (${keterampilanDimintaCte()})`): one row with `skill`, the distinct
 * skills asked for by the vacancies open at the period end. Reads `{{lowongan_terbuka}}`; put
 * LOWONGAN_TERBUKA in the relation's bases.
 */
export function keterampilanDimintaCte(): SqlFragment {
  return raw(`SELECT list(DISTINCT s) AS skill FROM (SELECT unnest(keterampilan) AS s FROM {{lowongan_terbuka}})`);
}
