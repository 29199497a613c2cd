import type { MonthlyRow } from './pencaker-aktif';
import { areaFilter, bound, monthsCte, raw, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/**
 * Open vacancy positions at the last day of each of the 13 months ending at `periode`:
 * SUM(jumlah) of vacancies with tanggal_buka <= d and (tanggal_tutup IS NULL or tanggal_tutup > d).
 *
 * Area filter: vacancies carry no place of their own, so the filter uses the kelurahan of the
 * company (`perusahaan.kode_kelurahan`). Vacancies of companies without a kelurahan count only
 * in the city-wide figure.
 */
export const lowonganTerbukaBulanan: IndicatorDef<AreaPeriodParams, MonthlyRow> = {
  id: 'lowonganTerbukaBulanan',
  label: { id: 'Lowongan terbuka', en: 'Open vacancies' },
  unit: 'posisi',
  definition: {
    id:
      'Jumlah posisi pada lowongan yang masih terbuka di hari terakhir tiap bulan (sudah dibuka dan belum ditutup). ' +
      'Filter wilayah memakai kelurahan lokasi perusahaan; lowongan dari perusahaan tanpa kelurahan hanya masuk angka kota.',
    en:
      'Positions in vacancies still open on the last day of each month (opened and not yet closed). ' +
      'The area filter uses the kelurahan of the company; vacancies of companies without a kelurahan count only city-wide.',
  },
  source: {
    id: 'Lowongan yang dilaporkan ke Disnaker Kota Bontang (tabel lowongan dan perusahaan)',
    en: 'Vacancies reported to Disnaker Kota Bontang (tables lowongan and perusahaan)',
  },
  tables: ['lowongan', 'perusahaan', 'wilayah'],
  sql: (p) => {
    const area = areaFilter('c.kode_kelurahan', p);
    const from = area.sql
      ? sql`SELECT l.* FROM lowongan l JOIN perusahaan c ON c.id_perusahaan = l.id_perusahaan WHERE TRUE ${area}`
      : raw('SELECT * FROM lowongan');
    return bound(sql`
WITH bulan AS (${monthsCte(p.periode)}),
l AS (${from})
SELECT b.bulan, CAST(COALESCE(SUM(l.jumlah), 0) AS INTEGER) AS nilai
FROM bulan b LEFT JOIN l ON l.tanggal_buka <= b.d AND (l.tanggal_tutup IS NULL OR l.tanggal_tutup > b.d)
GROUP BY b.bulan
ORDER BY b.bulan`);
  },
};
