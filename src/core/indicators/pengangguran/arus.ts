import { bound, checkPeriode, periodEnd, raw, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';
import { KBJI_TIDAK_DIKETAHUI } from './shared';

/** Number of months the registration flows cover (two years, so the seasonal peaks can be compared). */
export const BULAN_TREN = 24;

/**
 * `{{arus}}`: the monthly flows of the AK1 register over the `BULAN_TREN` months ending at
 * `periode`, pre-aggregated once per period so a cross-filter click sums a small table instead of
 * scanning every registration. One row per month × kind × kelurahan × sex × age group × education
 * × KBJI group, with `n` registrations. Kinds (`jenis`): 1 = registration (tanggal_daftar in the
 * month), 2 = placement (tanggal_penempatan in the month), 3 = expiry (tanggal_kedaluwarsa in the
 * month, not revoked, not placed on or before that date). Columns: bulan ('YYYY-MM'), jenis,
 * kode_kelurahan, kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan, kbji_golongan ('?' when
 * unknown), n. Area filters are not applied here.
 */
export const ARUS: BaseRelation<AreaPeriodParams> = {
  id: 'arus',
  description: {
    id: 'Arus pendaftaran AK1 per bulan (pendaftaran, penempatan, kedaluwarsa), dijumlahkan per wilayah dan ciri pendaftar',
    en: 'Monthly AK1 register flows (registrations, placements, expiries), summed by area and registrant attributes',
  },
  key: (p) => p.periode,
  storage: {
    lowCardinality: ['bulan', 'kode_kelurahan', 'kode_kecamatan', 'jenis_kelamin', 'kelompok_umur', 'pendidikan', 'kbji_golongan'],
  },
  sql: (p) => {
    const { firstDay } = checkPeriode(p.periode);
    const start = sql`CAST(${firstDay} AS DATE) - ${raw(`INTERVAL ${BULAN_TREN - 1} MONTH`)}`;
    return bound(sql`
SELECT e.bulan, e.jenis, e.kode_kelurahan, w.kode_kecamatan, e.jenis_kelamin, e.kelompok_umur, e.pendidikan, e.kbji_golongan,
       CAST(count(*) AS INTEGER) AS n
FROM (
  SELECT unnest([
      {jenis: 1, bulan: strftime(tanggal_daftar, '%Y-%m')},
      {jenis: 2, bulan: strftime(tanggal_penempatan, '%Y-%m')},
      {jenis: 3, bulan: CASE WHEN status <> 'dicabut' AND (tanggal_penempatan IS NULL OR tanggal_penempatan > tanggal_kedaluwarsa)
                             THEN strftime(tanggal_kedaluwarsa, '%Y-%m') END}
    ], recursive := true),
    kode_kelurahan, jenis_kelamin, kelompok_umur, pendidikan, coalesce(kbji_golongan, ${KBJI_TIDAK_DIKETAHUI}) AS kbji_golongan
  FROM pencaker
  WHERE tanggal_daftar <= ${periodEnd(p.periode)}
    AND (tanggal_kedaluwarsa >= ${start} OR tanggal_penempatan >= ${start} OR tanggal_daftar >= ${start})
) e
JOIN wilayah w ON w.kode_kelurahan = e.kode_kelurahan
WHERE e.bulan >= strftime(${start}, '%Y-%m') AND e.bulan <= ${p.periode}
GROUP BY ALL`);
  },
};
