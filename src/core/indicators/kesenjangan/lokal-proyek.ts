import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import { selectionWhere } from '../dimensions';
import { areaFilter, bound, sql } from '../sql';
import type { CrossfilterForm, IndicatorDef } from '../types';
import { KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { COMPANY_DIMS, KUOTA_LOKAL_PERSEN, type KesenjanganParams } from './common';
import { KUBUS_KESENJANGAN_LOWONGAN, persen } from './kubus';

/** Local share of filled positions for one project (or for the other vacancies). */
export interface KesenjanganLokalProyekRow {
  /** 'proyek' for a named project; 'lainnya' for vacancies outside any project (12-month window). */
  jenis: 'proyek' | 'lainnya';
  /** Project name; null for 'lainnya'. */
  proyek: string | null;
  /** The project's own quota (kuota_lokal_persen), else the Perda 75%. */
  kuota: number;
  lowongan: number;
  posisi: number;
  terisi: number;
  terisi_lokal: number;
  /** terisi_lokal / terisi, percent; null when nothing is filled. */
  persen: number | null;
}

/**
 * The in-memory answer of `kesenjanganLokalProyek` under a sector selection, from the vacancy
 * cube: each of the frame's groups (projects, then the others) summed again over the vacancies of
 * the chosen sections; a group left without vacancies drops out, as in SQL's GROUP BY. Checked
 * against the SQL by tests/core/indicators/kesenjangan-crossfilter.test.ts.
 */
export const lokalProyekCrossfilter: CrossfilterForm<KesenjanganParams, KesenjanganLokalProyekRow> = {
  cubes: [KUBUS_KESENJANGAN_LOWONGAN],
  answer(frame, [lowongan], p) {
    const filters = [...areaFilters(p), ...selectionFilters(p.pilih, { supported: COMPANY_DIMS })];
    const [dibuka, baru, adaProyek, kuota] = ['dibuka', 'baru', 'ada_proyek', 'kuota_lokal_persen'].map((c) => lowongan.number(c));
    const out: KesenjanganLokalProyekRow[] = [];
    for (const r of frame) {
      const rows =
        r.proyek === null
          ? lowongan.matching(filters).filter((i) => dibuka[i] === 1 && baru[i] === 1 && adaProyek[i] === 0)
          : lowongan.matching([...filters, { column: 'proyek', values: new Set([r.proyek]) }]).filter((i) => dibuka[i] === 1);
      const n = lowongan.sum(rows, 'n');
      if (n === 0) continue;
      let max = Number.NaN;
      for (const i of rows) if (!Number.isNaN(kuota[i]) && !(kuota[i] <= max)) max = kuota[i];
      const terisi = lowongan.sum(rows, 'terisi');
      const lokal = lowongan.sum(rows, 'terisi_lokal');
      out.push({
        ...r,
        kuota: Number.isNaN(max) ? KUOTA_LOKAL_PERSEN : max,
        lowongan: n,
        posisi: lowongan.sum(rows, 'jumlah'),
        terisi,
        terisi_lokal: lokal,
        persen: persen(lokal, terisi),
      });
    }
    return out;
  },
};

/**
 * Local share of filled positions per project (vacancies with `proyek`, e.g. 'Jaringan Gas Kota
 * Bontang 2026' with its 70% quota), over all the project's vacancies opened by the period end;
 * plus one comparison row for vacancies outside any project opened in the last 12 months, against
 * the Perda 75%. Fill counts are as of the export date. Filters: area and sector of the company.
 */
export const kesenjanganLokalProyek: IndicatorDef<KesenjanganParams, KesenjanganLokalProyekRow> = {
  id: 'kesenjanganLokalProyek',
  label: { id: 'Pekerja lokal pada proyek', en: 'Local hires on projects' },
  unit: '%',
  definition: {
    id:
      'Posisi lowongan yang terisi oleh pekerja lokal dibagi seluruh posisi terisi, per proyek (semua lowongan proyek yang ' +
      'dibuka sampai hari terakhir periode), dibandingkan kuota proyek itu (mis. minimal 70% untuk jaringan gas kota 2026) atau ' +
      `${KUOTA_LOKAL_PERSEN}% bila proyek tidak menyebut kuota. Baris pembanding: lowongan di luar proyek yang dibuka 12 bulan ` +
      'terakhir. Angka terisi menurut laporan terakhir perusahaan.',
    en:
      'Vacancy positions filled by local workers divided by all filled positions, per project (all project vacancies opened up ' +
      'to the last day of the period), against that project\'s quota (e.g. at least 70% for the 2026 city gas network) or ' +
      `${KUOTA_LOKAL_PERSEN}% when the project states none. Comparison row: vacancies outside projects opened in the last 12 ` +
      "months. Fill counts per the companies' latest report.",
  },
  source: {
    id: 'Lowongan Disnaker Kota Bontang (posisi terisi, terisi pekerja lokal, nama dan kuota proyek); Perda Kota Bontang 10/2018',
    en: 'Disnaker Kota Bontang vacancies (positions filled, filled by local workers, project name and quota); Bontang Perda 10/2018',
  },
  tables: ['lowongan', 'perusahaan', 'wilayah'],
  bases: [KESENJANGAN_LOWONGAN],
  crossfilter: lokalProyekCrossfilter,
  sql: (p) =>
    bound(sql`
WITH v AS (
  SELECT v.*, CASE WHEN v.proyek IS NULL THEN 'lainnya' ELSE 'proyek' END AS jenis
  FROM {{kesenjangan_lowongan}} v
  WHERE v.dibuka AND (v.proyek IS NOT NULL OR v.baru) ${areaFilter('v.kode_kelurahan', p)}
    ${selectionWhere(p.pilih, { supported: COMPANY_DIMS, alias: 'v' })}
)
SELECT jenis, proyek, CAST(coalesce(max(kuota_lokal_persen), ${KUOTA_LOKAL_PERSEN}) AS DOUBLE) AS kuota,
       CAST(count(*) AS INTEGER) AS lowongan, CAST(sum(jumlah) AS INTEGER) AS posisi,
       CAST(sum(terisi) AS INTEGER) AS terisi, CAST(sum(terisi_lokal) AS INTEGER) AS terisi_lokal,
       CAST(100.0 * sum(terisi_lokal) / NULLIF(sum(terisi), 0) AS DOUBLE) AS persen
FROM v
GROUP BY jenis, proyek
ORDER BY jenis = 'lainnya', proyek`),
};
