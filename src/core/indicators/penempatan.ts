import type { MonthlyRow } from './pencaker-aktif';
import { areaFilter, bound, monthsCte, sql } from './sql';
import type { AreaPeriodParams, IndicatorDef } from './types';

/**
 * Placements per month: AK1 registrations whose `tanggal_penempatan` falls in each of the 13 months
 * ending at `periode` (registrations, not distinct people). Area filters apply to the registration's kelurahan.
 */
export const penempatanBulanan: IndicatorDef<AreaPeriodParams, MonthlyRow> = {
  id: 'penempatanBulanan',
  label: { id: 'Penempatan kerja', en: 'Job placements' },
  unit: 'orang',
  definition: {
    id: 'Jumlah pendaftaran AK1 dengan tanggal penempatan kerja di dalam bulan tersebut (penempatan yang dilaporkan ke Disnaker).',
    en: 'Number of AK1 registrations with a job-placement date within the month (placements reported to Disnaker).',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), kolom tanggal_penempatan',
    en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), column tanggal_penempatan',
  },
  tables: ['pencaker', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH bulan AS (${monthsCte(p.periode)}),
p AS (SELECT * FROM pencaker WHERE tanggal_penempatan IS NOT NULL ${areaFilter('kode_kelurahan', p)})
SELECT b.bulan, CAST(COUNT(p.id_pendaftaran) AS INTEGER) AS nilai
FROM bulan b LEFT JOIN p ON strftime(p.tanggal_penempatan, '%Y-%m') = b.bulan
GROUP BY b.bulan
ORDER BY b.bulan`),
};
