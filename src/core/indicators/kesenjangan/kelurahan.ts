import { selectionWhere } from '../dimensions';
import { bound, EMPTY, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES, pencakerFrom } from './bases-pencaker';
import { ratio, SUPPLY_DEMAND_DIMS, type KesenjanganParams } from './common';
import { flag, KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, rasio, rowsOf } from './kubus';

/** Supply and demand located in one kelurahan. */
export interface KesenjanganKelurahanRow {
  kode_kelurahan: string;
  nama_kelurahan: string;
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** Active job seekers living in the kelurahan (matching the selections). */
  pencaker: number;
  /** Positions in open vacancies of companies located in the kelurahan (matching the selections). */
  posisi: number;
  rasio: number | null;
}

/**
 * The map of the view: where the job seekers matching the chosen occupation group, skill and
 * education live, and where the open positions for them are (company location). Every kelurahan
 * is returned; the area filter is not applied (the map highlights it). Bontang is small and people
 * commute across kelurahan, so the local ratio describes places, not local labour markets.
 */
export const kesenjanganKelurahan: IndicatorDef<KesenjanganParams, KesenjanganKelurahanRow> = {
  id: 'kesenjanganKelurahan',
  label: { id: 'Pencari kerja dan lowongan menurut kelurahan', en: 'Job seekers and vacancies by kelurahan' },
  unit: 'orang',
  definition: {
    id:
      'Pencari kerja aktif pada hari terakhir periode menurut kelurahan tempat tinggal, dan posisi pada lowongan yang masih ' +
      'terbuka hari itu menurut kelurahan lokasi perusahaan, sesuai pilihan golongan jabatan, keterampilan dan pendidikan. ' +
      'Semua kelurahan ditampilkan; wilayah yang dipilih disorot. Pencari kerja dapat bekerja di kelurahan lain.',
    en:
      "Active job seekers on the last day of the period by kelurahan of residence, and positions in vacancies still open that " +
      "day by the company's kelurahan, matching the chosen occupation group, skill and education. Every kelurahan is shown; " +
      'the chosen area is highlighted. Job seekers may work in another kelurahan.',
  },
  source: {
    id: 'Pendaftaran AK1 dan lowongan Disnaker Kota Bontang; wilayah menurut Kepmendagri 300.2.2-2138/2025',
    en: 'Disnaker Kota Bontang AK1 registrations and vacancies; areas per Kepmendagri 300.2.2-2138/2025',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    answer(frame, [orang, lowongan], p) {
      const s = orang.sumBy(rowsOf(orang, p, { area: false }), 'kode_kelurahan', 'n');
      const d = lowongan.sumBy(rowsOf(lowongan, p, { area: false }), 'kode_kelurahan', 'jumlah', flag(lowongan, 'buka'));
      return frame.map((r) => {
        const pencaker = s.get(r.kode_kelurahan) ?? 0;
        const posisi = d.get(r.kode_kelurahan) ?? 0;
        return { ...r, pencaker, posisi, rasio: rasio(pencaker, posisi) };
      });
    },
  },
  sql: (p) =>
    bound(sql`
WITH s AS (SELECT a.kode_kelurahan, sum(a.n) AS n FROM ${pencakerFrom(p.pilih, undefined, EMPTY)} GROUP BY 1),
d AS (
  SELECT v.kode_kelurahan, sum(v.jumlah) AS n FROM {{kesenjangan_lowongan}} v
  WHERE v.buka ${selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, alias: 'v' })}
  GROUP BY 1
)
SELECT k.kode_kelurahan, k.nama_kelurahan, k.kode_kecamatan, k.nama_kecamatan,
       CAST(coalesce(s.n, 0) AS INTEGER) AS pencaker, CAST(coalesce(d.n, 0) AS INTEGER) AS posisi,
       ${ratio('coalesce(s.n, 0)', 'd.n')} AS rasio
FROM wilayah k
LEFT JOIN s ON s.kode_kelurahan = k.kode_kelurahan
LEFT JOIN d ON d.kode_kelurahan = k.kode_kelurahan
ORDER BY k.kode_kelurahan`),
};
