import { bound, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES } from './bases-pencaker';
import {
  type KesenjanganParams,
  supplyDemandCtes,
} from './common';
import { KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, persen, supplyDemand, total } from './kubus';

/** Code of the row holding vacancies that state no minimum education. */
export { PENDIDIKAN_TANPA as PENDIDIKAN_TIDAK_DISEBUT } from './common';

/** Job seekers' education against the education vacancies require, for one level. */
export interface KesenjanganPendidikanRow {
  /** ref_pendidikan code (TS, SD, …, S3), or 'tanpa' for vacancies without a minimum. */
  pendidikan: string;
  /** Level name (ref_pendidikan); null for 'tanpa'. */
  nama: string | null;
  /** ref_pendidikan.urutan (lowest first); 99 for 'tanpa'. */
  urutan: number;
  /** Active job seekers whose highest education is this level. */
  pencaker: number;
  /** Positions in open vacancies whose minimum education is this level. */
  posisi: number;
  /** Positions in vacancies opened in the last 12 months with this minimum. */
  posisi_12bln: number;
  /** Shares of the column totals, percent (null when the total is 0). */
  pencaker_persen: number | null;
  posisi_persen: number | null;
  posisi_12bln_persen: number | null;
}

/**
 * Education of active job seekers against the minimum education of vacancy positions, by level
 * in ref_pendidikan order, as counts and as shares of each side's total (the two sides differ by
 * an order of magnitude, so the shares are what the chart compares). Cross-filter: occupation
 * group and skill apply; education is highlighted.
 */
export const kesenjanganPendidikan: IndicatorDef<KesenjanganParams, KesenjanganPendidikanRow> = {
  id: 'kesenjanganPendidikan',
  label: { id: 'Pendidikan pencari kerja dan pendidikan minimum lowongan', en: "Job seekers' education and vacancies' minimum education" },
  unit: '%',
  definition: {
    id:
      'Sebaran pendidikan terakhir pencari kerja aktif pada hari terakhir periode, dibandingkan sebaran pendidikan minimum ' +
      'posisi lowongan (terbuka hari itu, atau dibuka 12 bulan terakhir), masing-masing sebagai persen dari totalnya. ' +
      '"Tidak disebut" = lowongan tanpa syarat pendidikan minimum. Pendidikan minimum adalah syarat terendah: lulusan jenjang ' +
      'lebih tinggi juga dapat melamar.',
    en:
      "Highest education of active job seekers on the last day of the period against the minimum education of vacancy " +
      'positions (open that day, or opened in the last 12 months), each as a percentage of its own total. "Not stated" = ' +
      'vacancies without a minimum. A minimum is a floor: graduates of higher levels may apply too.',
  },
  source: {
    id: 'Pendaftaran AK1 dan lowongan Disnaker Kota Bontang; jenjang pendidikan formal (TS sampai S3)',
    en: 'Disnaker Kota Bontang AK1 registrations and vacancies; formal education levels (none to doctorate)',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah', 'ref_pendidikan'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    // the levels under a selection are among those without (the frame, in the SQL's order, with names)
    answer(frame, [orang, lowongan], p) {
      const j = supplyDemand(orang, lowongan, p, 'pendidikan', 'pend', frame.map((r) => r.pendidikan));
      const [tPencaker, tPosisi, tPosisi12] = [total(j.pencaker), total(j.posisi), total(j.posisi12)];
      return frame
        .map((r) => {
          const pencaker = j.pencaker.get(r.pendidikan) ?? 0;
          const posisi = j.posisi.get(r.pendidikan) ?? 0;
          const posisi12 = j.posisi12.get(r.pendidikan) ?? 0;
          return {
            ...r,
            pencaker,
            posisi,
            posisi_12bln: posisi12,
            pencaker_persen: persen(pencaker, tPencaker),
            posisi_persen: persen(posisi, tPosisi),
            posisi_12bln_persen: persen(posisi12, tPosisi12),
          };
        })
        .filter((r) => r.pencaker > 0 || r.posisi > 0 || r.posisi_12bln > 0);
    },
  },
  sql: (p) =>
    bound(sql`
WITH ${supplyDemandCtes(p, 'pendidikan', 'pend')}
SELECT j.pendidikan, r.nama, CAST(coalesce(r.urutan, 99) AS INTEGER) AS urutan, j.pencaker, j.posisi, j.posisi_12bln,
       CAST(100.0 * j.pencaker / NULLIF(sum(j.pencaker) OVER (), 0) AS DOUBLE) AS pencaker_persen,
       CAST(100.0 * j.posisi / NULLIF(sum(j.posisi) OVER (), 0) AS DOUBLE) AS posisi_persen,
       CAST(100.0 * j.posisi_12bln / NULLIF(sum(j.posisi_12bln) OVER (), 0) AS DOUBLE) AS posisi_12bln_persen
FROM j LEFT JOIN ref_pendidikan r ON r.kode = j.pendidikan
WHERE j.pencaker > 0 OR j.posisi > 0 OR j.posisi_12bln > 0
ORDER BY urutan, j.pendidikan`),
};
