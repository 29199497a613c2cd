import { activeAt, bound, periodEnd, sql } from '../sql';
import type { AreaPeriodParams, BaseRelation } from '../types';

/**
 * `{{aktif}}`: one row per person with an active AK1 card at the last day of `periode`, with the
 * attributes of their latest active registration. Area filters are NOT applied here (maps need
 * every kelurahan); indicators apply them. Columns:
 * id_orang, kode_kelurahan, kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan, kbji_kode,
 * kbji_golongan ('?' when unknown), keterampilan, di_dtsen, desil, desil_kat ('1'…'10', 'tanpa'
 * = in DTSEN without a desil, 'luar' = not found in DTSEN), tanggal_daftar, durasi_bulan (whole
 * months registered at the period end) and kelompok_durasi ('0-2', '3-5', '6-11', '12-17', '18-23').
 */
/**
 * Value of `kbji_golongan` when the occupation sought is unknown. Bound as a parameter: a literal
 * question mark in the SQL text would be taken for a placeholder.
 */
export const KBJI_UNKNOWN = '?';

export const AKTIF: BaseRelation<AreaPeriodParams> = {
  id: 'aktif',
  description: {
    id: 'Pencari kerja aktif pada akhir periode, satu baris per orang',
    en: 'Active job seekers at the end of the period, one row per person',
  },
  key: (p) => p.periode,
  storage: {
    lowCardinality: [
      'kode_kelurahan',
      'kode_kecamatan',
      'jenis_kelamin',
      'kelompok_umur',
      'pendidikan',
      'kbji_kode',
      'kbji_golongan',
      'desil_kat',
      'kelompok_durasi',
    ],
    sortBy: ['kode_kecamatan', 'kode_kelurahan', 'pendidikan', 'kbji_golongan'],
  },
  sql: (p) =>
    bound(sql`
SELECT id_orang, kode_kelurahan, kode_kecamatan, jenis_kelamin, kelompok_umur, pendidikan, kbji_kode, kbji_golongan,
       keterampilan, di_dtsen, desil, desil_kat, tanggal_daftar, durasi_bulan,
       CASE WHEN durasi_bulan < 3 THEN '0-2' WHEN durasi_bulan < 6 THEN '3-5' WHEN durasi_bulan < 12 THEN '6-11'
            WHEN durasi_bulan < 18 THEN '12-17' ELSE '18-23' END AS kelompok_durasi
FROM (
  SELECT p.id_orang, p.kode_kelurahan, w.kode_kecamatan, p.jenis_kelamin, p.kelompok_umur, p.pendidikan, p.kbji_kode,
         coalesce(p.kbji_golongan, ${KBJI_UNKNOWN}) AS kbji_golongan, p.keterampilan, p.di_dtsen, p.desil,
         CASE WHEN NOT p.di_dtsen THEN 'luar' WHEN p.desil IS NULL THEN 'tanpa' ELSE CAST(p.desil AS VARCHAR) END AS desil_kat,
         p.tanggal_daftar,
         CAST(date_diff('month', p.tanggal_daftar, d.d) AS INTEGER) AS durasi_bulan,
         row_number() OVER (PARTITION BY p.id_orang ORDER BY p.tanggal_daftar DESC, p.id_pendaftaran DESC) AS urutan
  FROM pencaker p
  JOIN wilayah w USING (kode_kelurahan)
  CROSS JOIN (SELECT ${periodEnd(p.periode)} AS d) d
  WHERE ${activeAt('p', 'd.d')}
)
WHERE urutan = 1`),
};
