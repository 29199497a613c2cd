import { selectionWhere } from '../dimensions';
import { areaFilter, bound, checkPeriode, monthsCte, periodEnd, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { DIMENSI_PENDAFTARAN, KBJI_TIDAK_DIKETAHUI } from './shared';

/** Number of months the trend shows (two years, so the seasonal peaks can be compared). */
export const BULAN_TREN = 24;

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
 * duration selection does not (it describes the active stock). One scan of `pencaker`: each row
 * yields up to three (kind, month) events, grouped by month once.
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
  sql: (p) => {
    const { firstDay } = checkPeriode(p.periode);
    const start = sql`CAST(${firstDay} AS DATE) - ${raw(`INTERVAL ${BULAN_TREN - 1} MONTH`)}`;
    return bound(sql`
WITH bulan AS (${monthsCte(p.periode, BULAN_TREN)}),
p AS (
  SELECT tanggal_daftar, tanggal_penempatan, tanggal_kedaluwarsa, status,
         jenis_kelamin, kelompok_umur, pendidikan, coalesce(kbji_golongan, ${KBJI_TIDAK_DIKETAHUI}) AS kbji_golongan
  FROM pencaker
  WHERE tanggal_daftar <= ${periodEnd(p.periode)}
    AND (tanggal_kedaluwarsa >= ${start} OR tanggal_penempatan >= ${start} OR tanggal_daftar >= ${start})
    ${areaFilter('kode_kelurahan', p)}
),
e AS (
  SELECT unnest([
    {jenis: 1, bulan: strftime(tanggal_daftar, '%Y-%m')},
    {jenis: 2, bulan: strftime(tanggal_penempatan, '%Y-%m')},
    {jenis: 3, bulan: CASE WHEN status <> 'dicabut' AND (tanggal_penempatan IS NULL OR tanggal_penempatan > tanggal_kedaluwarsa)
                           THEN strftime(tanggal_kedaluwarsa, '%Y-%m') END}
  ], recursive := true)
  FROM p
  WHERE TRUE ${selectionWhere(p.pilih, { supported: DIMENSI_PENDAFTARAN, alias: 'p' })}
),
g AS (
  SELECT bulan, count(*) FILTER (WHERE jenis = 1) AS pendaftaran, count(*) FILTER (WHERE jenis = 2) AS penempatan,
         count(*) FILTER (WHERE jenis = 3) AS kedaluwarsa
  FROM e WHERE bulan IS NOT NULL GROUP BY bulan
)
SELECT b.bulan, CAST(coalesce(g.pendaftaran, 0) AS INTEGER) AS pendaftaran, CAST(coalesce(g.penempatan, 0) AS INTEGER) AS penempatan,
       CAST(coalesce(g.kedaluwarsa, 0) AS INTEGER) AS kedaluwarsa
FROM bulan b LEFT JOIN g ON g.bulan = b.bulan
ORDER BY b.bulan`);
  },
};
