import { AKTIF_KETERAMPILAN } from '../bases/aktif-keterampilan';
import { selectionWhere } from '../dimensions';
import { areaFilter, bound, EMPTY, raw, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN_KETERAMPILAN } from './bases-lowongan';
import { ratio, SUPPLY_DEMAND_DIMS, type KesenjanganParams } from './common';
import { compareText, flag, KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, rasio, rowsOf } from './kubus';

/** Supply and demand of one skill. */
export interface KesenjanganKeterampilanRow {
  /** Skill as normalised by the pipeline (lower case). */
  keterampilan: string;
  /** Active job seekers listing the skill. */
  pencaker: number;
  /** Positions in open vacancies asking for the skill. */
  posisi: number;
  /** Positions in vacancies opened in the last 12 months asking for the skill. */
  posisi_12bln: number;
  rasio: number | null;
  rasio_12bln: number | null;
}

/** How many skills the chart shows (selected skills are added when outside this list). */
export const KETERAMPILAN_TERATAS = 15;

/**
 * The skills most asked for (by the chosen demand measure) with the job seekers who list them.
 * A vacancy asking for three skills counts its positions under each of them, and a job seeker
 * with three skills counts three times, so the rows do not add up to the totals. Cross-filter:
 * occupation-group and education selections apply; skill selections are highlighted and always
 * listed.
 */
export const kesenjanganKeterampilan: IndicatorDef<KesenjanganParams, KesenjanganKeterampilanRow> = {
  id: 'kesenjanganKeterampilan',
  label: { id: 'Pencari kerja dan lowongan menurut keterampilan', en: 'Job seekers and vacancies by skill' },
  unit: 'orang / posisi',
  definition: {
    id:
      `${KETERAMPILAN_TERATAS} keterampilan yang paling banyak diminta lowongan: posisi pada lowongan yang meminta keterampilan ` +
      'itu (terbuka pada hari terakhir periode, atau dibuka 12 bulan terakhir) dan pencari kerja aktif yang mencantumkannya. ' +
      'Satu lowongan atau satu orang dapat tercatat pada beberapa keterampilan, jadi baris tidak dijumlahkan. Keterampilan ' +
      'berupa teks bebas yang dirapikan (huruf kecil), bukan klasifikasi baku.',
    en:
      `The ${KETERAMPILAN_TERATAS} skills vacancies ask for most: positions in vacancies asking for the skill (open on the last ` +
      'day of the period, or opened in the last 12 months) and active job seekers listing it. A vacancy or a person can count ' +
      'under several skills, so rows do not add up. Skills are cleaned free text (lower case), not a standard classification.',
  },
  source: {
    id: 'Keterampilan pada pendaftaran AK1 dan pada lowongan yang dilaporkan ke Disnaker Kota Bontang',
    en: 'Skills on AK1 registrations and on vacancies reported to Disnaker Kota Bontang',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah'],
  bases: [AKTIF_KETERAMPILAN, KESENJANGAN_LOWONGAN_KETERAMPILAN],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    // the top list is ranked anew: a selection changes which skills lead
    answer(_frame, [orang, lowongan], p) {
      const s = orang.sumBy(rowsOf(orang, p, { area: true, exclude: 'skill' }), 'keterampilan', 'n');
      const v = rowsOf(lowongan, p, { area: true, exclude: 'skill' });
      const d = lowongan.sumBy(v, 'keterampilan', 'jumlah', flag(lowongan, 'buka'));
      const d12 = lowongan.sumBy(v, 'keterampilan', 'jumlah', flag(lowongan, 'baru'));
      const rows: KesenjanganKeterampilanRow[] = [...new Set([...s.keys(), ...d.keys(), ...d12.keys()])].map((keterampilan) => {
        const pencaker = s.get(keterampilan) ?? 0;
        const posisi = d.get(keterampilan) ?? 0;
        const posisi12 = d12.get(keterampilan) ?? 0;
        return { keterampilan, pencaker, posisi, posisi_12bln: posisi12, rasio: rasio(pencaker, posisi), rasio_12bln: rasio(pencaker, posisi12) };
      });
      const first = p.permintaan === 'dibuka12' ? 'posisi_12bln' : 'posisi';
      const second = first === 'posisi' ? 'posisi_12bln' : 'posisi';
      rows.sort((a, b) => b[first] - a[first] || b[second] - a[second] || b.pencaker - a.pencaker || compareText(a.keterampilan, b.keterampilan));
      const chosen = new Set(p.pilih?.skill ?? []);
      return rows.filter((r, i) => i < KETERAMPILAN_TERATAS || chosen.has(r.keterampilan));
    },
  },
  sql: (p) => {
    const sel = (alias: string) => selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, exclude: 'skill', alias });
    const chosen = p.pilih?.skill ?? [];
    const keep = chosen.length
      ? sql`OR keterampilan IN (${chosen.map((v, i) => (i ? sql`, ${v}` : sql`${v}`))})`
      : EMPTY;
    const first = p.permintaan === 'dibuka12' ? 'posisi_12bln' : 'posisi';
    const second = first === 'posisi' ? 'posisi_12bln' : 'posisi';
    return bound(sql`
WITH s AS (
  SELECT CAST(a.keterampilan AS VARCHAR) AS keterampilan, sum(a.n) AS pencaker
  FROM {{aktif_keterampilan}} a WHERE TRUE ${areaFilter('a.kode_kelurahan', p)} ${sel('a')}
  GROUP BY 1
),
d AS (
  SELECT v.keterampilan, sum(v.posisi) AS posisi, sum(v.posisi_12bln) AS posisi_12bln
  FROM {{kesenjangan_lowongan_keterampilan}} v
  WHERE TRUE ${areaFilter('v.kode_kelurahan', p)} ${sel('v')}
  GROUP BY 1
),
j AS (
  SELECT CAST(coalesce(s.keterampilan, d.keterampilan) AS VARCHAR) AS keterampilan,
         CAST(coalesce(s.pencaker, 0) AS INTEGER) AS pencaker,
         CAST(coalesce(d.posisi, 0) AS INTEGER) AS posisi,
         CAST(coalesce(d.posisi_12bln, 0) AS INTEGER) AS posisi_12bln
  FROM s FULL JOIN d ON d.keterampilan = s.keterampilan
)
SELECT keterampilan, pencaker, posisi, posisi_12bln,
       ${ratio('pencaker', 'posisi')} AS rasio, ${ratio('pencaker', 'posisi_12bln')} AS rasio_12bln
FROM (
  SELECT *, row_number() OVER (ORDER BY ${raw(first)} DESC, ${raw(second)} DESC, pencaker DESC, keterampilan) AS urutan FROM j
  WHERE pencaker > 0 OR posisi > 0 OR posisi_12bln > 0
)
WHERE urutan <= ${KETERAMPILAN_TERATAS} ${keep}
ORDER BY urutan`);
  },
};
