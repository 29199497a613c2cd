import { bound, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES } from './bases-pencaker';
import {
  KBJI_TIDAK_DIKETAHUI,
  ratio,
  type KesenjanganParams,
  supplyDemandCtes,
} from './common';
import { KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, rasio, supplyDemand } from './kubus';

/** Supply and demand of one KBJI 2014 major group. */
export interface KesenjanganJabatanRow {
  /** KBJI major group '0'-'9', or '?' for job seekers whose sought occupation is unknown. */
  kbji_golongan: string;
  /** Group name (ref_kbji); null for '?'. */
  nama: string | null;
  pencaker: number;
  /** Positions in vacancies open at the period end. */
  posisi: number;
  /** Positions in vacancies opened in the 12 months ending at the period end. */
  posisi_12bln: number;
  /** pencaker / posisi; null when posisi is 0. */
  rasio: number | null;
  /** pencaker / posisi_12bln; null when posisi_12bln is 0. */
  rasio_12bln: number | null;
}

/**
 * Job seekers (supply: the occupation group they seek) against vacancy positions (demand: the
 * group of the vacancy's occupation) by KBJI 2014 major group, with job seekers per position.
 * Groups with neither supply nor demand are left out. Cross-filter: skill and education
 * selections apply to both sides; the group selection is only highlighted (own dimension).
 */
export const kesenjanganJabatan: IndicatorDef<KesenjanganParams, KesenjanganJabatanRow> = {
  id: 'kesenjanganJabatan',
  label: { id: 'Pencari kerja dan lowongan menurut golongan jabatan', en: 'Job seekers and vacancies by occupation group' },
  unit: 'orang / posisi',
  definition: {
    id:
      'Per golongan pokok KBJI 2014: pencari kerja aktif pada hari terakhir periode menurut jabatan yang dicari, dan posisi ' +
      'lowongan menurut jabatan yang diminta (posisi pada lowongan yang masih terbuka hari itu, atau yang dibuka 12 bulan ' +
      'terakhir). Rasio = pencari kerja per posisi; tanpa posisi, rasio tidak dihitung. "Tidak diketahui" = jabatan yang dicari ' +
      'tidak dapat dipetakan ke KBJI. Wilayah: tempat tinggal pencari kerja; lokasi perusahaan untuk lowongan.',
    en:
      'By KBJI 2014 major group: active job seekers on the last day of the period by the occupation they seek, and vacancy ' +
      'positions by the occupation asked for (positions in vacancies still open that day, or opened in the last 12 months). ' +
      'Ratio = job seekers per position; without positions no ratio is computed. "Unknown" = the sought occupation could not ' +
      "be mapped to KBJI. Area: the job seeker's residence; the company's location for vacancies.",
  },
  source: {
    id: 'Pendaftaran AK1 dan lowongan Disnaker Kota Bontang; KBJI 2014 (Kemnaker dan BPS)',
    en: 'Disnaker Kota Bontang AK1 registrations and vacancies; KBJI 2014 (Kemnaker and BPS)',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah', 'ref_kbji'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    // the groups under a selection are among those without (the frame, in the SQL's order, with names)
    answer(frame, [orang, lowongan], p) {
      const j = supplyDemand(orang, lowongan, p, 'kbji_golongan', 'kbji', frame.map((r) => r.kbji_golongan));
      return frame
        .map((r) => {
          const pencaker = j.pencaker.get(r.kbji_golongan) ?? 0;
          const posisi = j.posisi.get(r.kbji_golongan) ?? 0;
          const posisi12 = j.posisi12.get(r.kbji_golongan) ?? 0;
          return { ...r, pencaker, posisi, posisi_12bln: posisi12, rasio: rasio(pencaker, posisi), rasio_12bln: rasio(pencaker, posisi12) };
        })
        .filter((r) => r.pencaker > 0 || r.posisi > 0 || r.posisi_12bln > 0);
    },
  },
  sql: (p) =>
    bound(sql`
WITH ${supplyDemandCtes(p, 'kbji_golongan', 'kbji')}
SELECT j.kbji_golongan, r.nama, j.pencaker, j.posisi, j.posisi_12bln,
       ${ratio('j.pencaker', 'j.posisi')} AS rasio, ${ratio('j.pencaker', 'j.posisi_12bln')} AS rasio_12bln
FROM j LEFT JOIN ref_kbji r ON r.kode = j.kbji_golongan
WHERE j.pencaker > 0 OR j.posisi > 0 OR j.posisi_12bln > 0
ORDER BY j.kbji_golongan = ${KBJI_TIDAK_DIKETAHUI}, j.kbji_golongan`),
};
