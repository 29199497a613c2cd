import { bound, periodEnd, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';

/**
 * `{{terdaftar}}`: one row per person with any AK1 registration dated on or before the last day
 * of `periode` (whatever its status: active, placed, expired or revoked), with the kelurahan of
 * their latest such registration and whether their pseudonymised NIK was found in DTSEN.
 * Columns: id_orang, kode_kelurahan, kode_kecamatan, di_dtsen. Area filters are not applied here.
 */
export const TERDAFTAR: BaseRelation<AreaPeriodParams> = {
  id: 'terdaftar',
  description: {
    id: 'Semua orang yang pernah mendaftar AK1 sampai akhir periode, satu baris per orang',
    en: 'Everyone who registered for an AK1 card by the end of the period, one row per person',
  },
  key: (p) => p.periode,
  sql: (p) =>
    bound(sql`
SELECT p.id_orang, p.kode_kelurahan, w.kode_kecamatan,
  bool_or(p.di_dtsen) OVER (PARTITION BY p.id_orang) AS di_dtsen
FROM pencaker p
JOIN wilayah w USING (kode_kelurahan)
WHERE p.tanggal_daftar <= ${periodEnd(p.periode)}
QUALIFY row_number() OVER (PARTITION BY p.id_orang ORDER BY p.tanggal_daftar DESC, p.id_pendaftaran DESC) = 1`),
};
