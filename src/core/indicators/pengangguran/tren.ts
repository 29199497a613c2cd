import { selectionWhere } from '../dimensions';
import { bound, monthsCte, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { ARUS, BULAN_TREN } from './arus';
import { trenCrossfilter } from './kubus';
import { aktifArea, DIMENSI_PENDAFTARAN } from './shared';

export { BULAN_TREN };

/** One month of registration flows. */
export interface TrenRow {
  /** 'YYYY-MM' */
  bulan: string;
  /** New AK1 registrations dated in the month. */
  pendaftaran: number;
  /** Registrations with a placement date in the month. */
  penempatan: number;
  /** Cards that reached their expiry date in the month while still active. */
  kedaluwarsa: number;
}

/**
 * Monthly flows of the AK1 register over the `BULAN_TREN` months ending at `periode`:
 * registrations, placements and expiries (registrations, not people). Area filters and the
 * sex, age, education and KBJI selections apply (the registration's own attributes); a
 * duration selection does not (it describes the active stock). Sums the `{{arus}}` base, which
 * scans `pencaker` once per period.
 */
export const pengangguranTrenBulanan: IndicatorDef<ViewParams, TrenRow> = {
  id: 'pengangguranTrenBulanan',
  label: { id: 'Pendaftaran, penempatan dan kartu kedaluwarsa per bulan', en: 'Registrations, placements and expiries per month' },
  unit: 'pendaftaran',
  definition: {
    id:
      'Arus pendaftaran AK1 per bulan (dihitung per pendaftaran, bukan per orang). Pendaftaran: kartu AK1 baru dengan tanggal daftar ' +
      'di bulan itu. Penempatan: pendaftaran dengan tanggal penempatan kerja di bulan itu (hanya penempatan yang dilaporkan ke Disnaker; ' +
      'banyak perusahaan tidak melapor). Kedaluwarsa: kartu yang mencapai akhir masa berlaku 2 tahun di bulan itu tanpa ditempatkan ' +
      'dan tanpa dicabut sebelumnya. Pilihan lama terdaftar tidak berlaku untuk arus ini.',
    en:
      'Monthly flows of AK1 registrations (counted per registration, not per person). Registrations: new AK1 cards dated in the month. ' +
      'Placements: registrations with a job-placement date in the month (only placements reported to Disnaker; many companies do not report). ' +
      'Expiries: cards reaching the end of their 2-year validity in the month without being placed or revoked before. ' +
      'A time-registered selection does not apply to these flows.',
  },
  source: {
    id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja), kolom tanggal_daftar, tanggal_penempatan, tanggal_kedaluwarsa',
    en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja), columns tanggal_daftar, tanggal_penempatan, tanggal_kedaluwarsa',
  },
  tables: ['pencaker', 'wilayah'],
  bases: [ARUS],
  crossfilter: trenCrossfilter<TrenRow>(),
  sql: (p) =>
    bound(sql`
WITH bulan AS (${monthsCte(p.periode, BULAN_TREN)}),
g AS (
  SELECT a.bulan, sum(a.n) FILTER (WHERE a.jenis = 1) AS pendaftaran, sum(a.n) FILTER (WHERE a.jenis = 2) AS penempatan,
         sum(a.n) FILTER (WHERE a.jenis = 3) AS kedaluwarsa
  FROM {{arus}} a
  WHERE TRUE ${aktifArea('a', p)} ${selectionWhere(p.pilih, { supported: DIMENSI_PENDAFTARAN, alias: 'a' })}
  GROUP BY a.bulan
)
SELECT b.bulan, CAST(coalesce(g.pendaftaran, 0) AS INTEGER) AS pendaftaran, CAST(coalesce(g.penempatan, 0) AS INTEGER) AS penempatan,
       CAST(coalesce(g.kedaluwarsa, 0) AS INTEGER) AS kedaluwarsa
FROM bulan b LEFT JOIN g ON g.bulan = b.bulan
ORDER BY b.bulan`),
};
