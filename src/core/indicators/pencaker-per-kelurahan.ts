import { activeAt, bound, periodEnd, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** Active job seekers in one kelurahan. */
export interface PencakerKelurahanRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nilai: number;
}

/**
 * Active job seekers (distinct people, same definition as `pencakerAktifBulanan`) per kelurahan at
 * the last day of `periode`. Always returns every kelurahan of the `wilayah` table (0 where none):
 * the map shows the whole city and only highlights the selected area, so area filters are ignored.
 */
export const pencakerAktifPerKelurahan: IndicatorDef<AreaPeriodParams, PencakerKelurahanRow> = {
  id: 'pencakerAktifPerKelurahan',
  label: { id: 'Pencari kerja aktif per kelurahan', en: 'Active job seekers by kelurahan' },
  unit: 'orang',
  definition: {
    id:
      'Jumlah orang berbeda dengan kartu AK1 aktif pada hari terakhir periode, menurut kelurahan tempat tinggal pada pendaftaran. ' +
      'Semua kelurahan ditampilkan; pilihan wilayah hanya disorot.',
    en:
      'Distinct people holding an active AK1 card on the last day of the period, by kelurahan of residence at registration. ' +
      'Every kelurahan is shown; the selected area is only highlighted.',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja); wilayah menurut Kepmendagri 300.2.2-2138/2025',
    en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja); areas per Kepmendagri 300.2.2-2138/2025',
  },
  tables: ['pencaker', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH a AS (
  SELECT p.kode_kelurahan, COUNT(DISTINCT p.id_orang) AS n
  FROM pencaker p, (SELECT ${periodEnd(p.periode)} AS d) t
  WHERE ${activeAt('p', 't.d')}
  GROUP BY p.kode_kelurahan
)
SELECT w.kode_kelurahan, w.nama_kelurahan, w.kode_kecamatan, CAST(COALESCE(a.n, 0) AS INTEGER) AS nilai
FROM wilayah w LEFT JOIN a ON a.kode_kelurahan = w.kode_kelurahan
ORDER BY w.kode_kelurahan`),
};
