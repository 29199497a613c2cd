import { activeAt, areaFilter, bound, monthsCte, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/** One month of a monthly series. */
export interface MonthlyRow {
  /** 'YYYY-MM' */
  bulan: string;
  nilai: number;
}

/**
 * Registered active job seekers (AK1) at the last day of each of the 13 months ending at `periode`,
 * counted as distinct people (`id_orang`). A registration is active at day d when
 * tanggal_daftar <= d, status <> 'dicabut', tanggal_kedaluwarsa > d, and it was not placed on or before d.
 * Area filters apply to the registration's kelurahan.
 */
export const pencakerAktifBulanan: IndicatorDef<AreaPeriodParams, MonthlyRow> = {
  id: 'pencakerAktifBulanan',
  label: { id: 'Pencari kerja aktif', en: 'Active job seekers' },
  unit: 'orang',
  definition: {
    id:
      'Jumlah orang berbeda dengan kartu AK1 aktif pada hari terakhir tiap bulan: terdaftar paling lambat hari itu, ' +
      'tidak dicabut, kartu belum kedaluwarsa, dan belum ditempatkan kerja. Orang yang mendaftar lebih dari sekali dihitung satu kali. ' +
      'Ini angka administrasi Disnaker, bukan angka pengangguran BPS.',
    en:
      'Distinct people holding an active AK1 card on the last day of each month: registered by that day, not revoked, ' +
      'card not expired and not yet placed in a job. People who registered more than once count once. ' +
      'This is a Disnaker administrative count, not the BPS unemployment figure.',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), tabel pencaker snapshot',
    en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), snapshot table pencaker',
  },
  tables: ['pencaker', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH bulan AS (${monthsCte(p.periode)}),
p AS (SELECT * FROM pencaker WHERE TRUE ${areaFilter('kode_kelurahan', p)})
SELECT b.bulan, CAST(COUNT(DISTINCT p.id_orang) AS INTEGER) AS nilai
FROM bulan b LEFT JOIN p ON ${activeAt('p', 'b.d')}
GROUP BY b.bulan
ORDER BY b.bulan`),
};
