import { selectionWhere } from '../dimensions';
import { areaFilter, bound, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES, pencakerFrom } from './bases-pencaker';
import { ratio, SUPPLY_DEMAND_DIMS, type KesenjanganParams } from './common';
import { flag, KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, rasio, rowsOf } from './kubus';

/** Headline numbers of the skills-gap view: one row. */
export interface KesenjanganRingkasanRow {
  /** Active job seekers at the period end (distinct people). */
  pencaker: number;
  /** Vacancies open at the period end. */
  lowongan: number;
  /** Positions (SUM jumlah) in those vacancies. */
  posisi: number;
  /** Job seekers per open position; null when no position is open. */
  rasio: number | null;
  /** Positions in vacancies opened in the 12 months ending at the period end. */
  posisi_12bln: number;
  /** Job seekers per position opened in 12 months; null when none. */
  rasio_12bln: number | null;
}

/**
 * Supply against demand in one line: active job seekers (`{{aktif}}`, area = their kelurahan)
 * against open positions (area = the company's kelurahan), and the ratio of the two. Every
 * selection of the view applies (occupation group, skill, education: job seekers by what they
 * have, vacancies by what they ask).
 */
export const kesenjanganRingkasan: IndicatorDef<KesenjanganParams, KesenjanganRingkasanRow> = {
  id: 'kesenjanganRingkasan',
  label: { id: 'Pencari kerja per lowongan', en: 'Job seekers per vacancy' },
  unit: 'orang per posisi',
  definition: {
    id:
      'Pencari kerja aktif pada hari terakhir periode (orang berbeda, kartu AK1 aktif) dibagi jumlah posisi pada lowongan yang ' +
      'masih terbuka hari itu (dibuka paling lambat hari itu dan belum ditutup). Sebagai pembanding: posisi pada lowongan yang ' +
      'dibuka dalam 12 bulan terakhir. Posisi terisi tidak dikurangkan karena angka terisi hanya diketahui per tanggal ekspor. ' +
      'Filter wilayah: kelurahan tempat tinggal pencari kerja, dan kelurahan lokasi perusahaan untuk lowongan.',
    en:
      'Active job seekers on the last day of the period (distinct people with an active AK1 card) divided by the positions in ' +
      'vacancies still open that day (opened by then and not yet closed). For comparison: positions in vacancies opened in the ' +
      'last 12 months. Filled positions are not subtracted because fills are only known as of the export date. Area filter: ' +
      "the job seeker's kelurahan of residence, and the company's kelurahan for vacancies.",
  },
  source: {
    id: 'Pendaftaran AK1 dan lowongan yang dilaporkan ke Disnaker Kota Bontang (tabel pencaker, lowongan, perusahaan)',
    en: 'AK1 registrations and vacancies reported to Disnaker Kota Bontang (tables pencaker, lowongan, perusahaan)',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    answer(frame, [orang, lowongan], p) {
      const pencaker = orang.sum(rowsOf(orang, p, { area: true }), 'n');
      const v = rowsOf(lowongan, p, { area: true });
      const buka = flag(lowongan, 'buka');
      const posisi = lowongan.sum(v, 'jumlah', buka);
      const posisi12 = lowongan.sum(v, 'jumlah', flag(lowongan, 'baru'));
      return frame.map((r) => ({
        ...r,
        pencaker,
        lowongan: lowongan.sum(v, 'n', buka),
        posisi,
        rasio: rasio(pencaker, posisi),
        posisi_12bln: posisi12,
        rasio_12bln: rasio(pencaker, posisi12),
      }));
    },
  },
  sql: (p) =>
    bound(sql`
WITH s AS (
  SELECT CAST(coalesce(sum(a.n), 0) AS INTEGER) AS pencaker
  FROM ${pencakerFrom(p.pilih, undefined, areaFilter('a.kode_kelurahan', p))}
),
d AS (
  SELECT CAST(count(*) FILTER (WHERE v.buka) AS INTEGER) AS lowongan,
         CAST(coalesce(sum(v.jumlah) FILTER (WHERE v.buka), 0) AS INTEGER) AS posisi,
         CAST(coalesce(sum(v.jumlah) FILTER (WHERE v.baru), 0) AS INTEGER) AS posisi_12bln
  FROM {{kesenjangan_lowongan}} v
  WHERE TRUE ${areaFilter('v.kode_kelurahan', p)} ${selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, alias: 'v' })}
)
SELECT s.pencaker, d.lowongan, d.posisi, ${ratio('s.pencaker', 'd.posisi')} AS rasio,
       d.posisi_12bln, ${ratio('s.pencaker', 'd.posisi_12bln')} AS rasio_12bln
FROM s, d`),
};
