import { areaFilters, selectionFilters } from '../../crossfilter/filters';
import { selectionWhere } from '../dimensions';
import { areaFilter, bound, sql } from '../sql';
import type { IndicatorDef } from '../types';
import { KESENJANGAN_KBJI_NAMA, KESENJANGAN_LOWONGAN } from './bases-lowongan';
import { KESENJANGAN_PENCAKER_BASES, pencakerFrom } from './bases-pencaker';
import { kbjiNames, SUPPLY_DEMAND_DIMS, type KesenjanganParams } from './common';
import { compareText, flag, KUBUS_KESENJANGAN_LOWONGAN, KUBUS_KESENJANGAN_PENCAKER, rowsOf } from './kubus';

/** One hard-to-fill occupation. */
export interface KesenjanganSulitDiisiRow {
  /** KBJI 2014 occupation code (4 digits, or shorter when the source gave fewer). */
  kbji_kode: string;
  /** Occupation name from the project's KBJI list; null when the code is not in it. */
  nama: string | null;
  kbji_golongan: string;
  /** Vacancies of the occupation closed in the 12-month window. */
  lowongan: number;
  posisi: number;
  terisi: number;
  /** terisi / posisi, percent. */
  persen_terisi: number;
  /** Median days a vacancy stayed open (tanggal_tutup - tanggal_buka). */
  median_hari: number;
  /** Active job seekers at the period end seeking this occupation (same code). */
  pencaker: number;
}

/** An occupation needs at least this many closed positions in the window to be ranked. */
export const SULIT_DIISI_MIN_POSISI = 10;
/** How many occupations the list shows. */
export const SULIT_DIISI_TERATAS = 10;

/**
 * Hard-to-fill occupations: among vacancies CLOSED in the 12 months ending at the period end
 * (their fill count is final), the occupations with the lowest share of positions filled, then
 * the longest median time open; only occupations with at least 10 such positions. Next to it, the
 * active job seekers seeking the same occupation: many seekers and few fills points to a skills
 * or requirements mismatch rather than a shortage of people. All selections apply.
 */
export const kesenjanganSulitDiisi: IndicatorDef<KesenjanganParams, KesenjanganSulitDiisiRow> = {
  id: 'kesenjanganSulitDiisi',
  label: { id: 'Jabatan yang sulit diisi', en: 'Hard-to-fill occupations' },
  unit: '% posisi terisi',
  definition: {
    id:
      'Lowongan yang ditutup dalam 12 bulan sampai hari terakhir periode, per jabatan (kode KBJI): persen posisi yang terisi ' +
      `(terisi / jumlah posisi) dan median lama lowongan terbuka (hari). Hanya jabatan dengan minimal ${SULIT_DIISI_MIN_POSISI} ` +
      `posisi; ${SULIT_DIISI_TERATAS} jabatan dengan persen terisi terendah ditampilkan. Pencari kerja = pencari kerja aktif yang ` +
      'mencari jabatan yang sama. Angka terisi dilaporkan perusahaan dan bisa kurang lengkap.',
    en:
      'Vacancies closed in the 12 months up to the last day of the period, by occupation (KBJI code): share of positions ' +
      `filled (filled / positions) and median days open. Only occupations with at least ${SULIT_DIISI_MIN_POSISI} positions; the ` +
      `${SULIT_DIISI_TERATAS} with the lowest fill share are shown. Job seekers = active job seekers seeking the same ` +
      'occupation. Fill counts are reported by companies and may be incomplete.',
  },
  source: {
    id: 'Lowongan yang dilaporkan ke Disnaker Kota Bontang (jumlah, terisi, tanggal buka dan tutup); pendaftaran AK1',
    en: 'Vacancies reported to Disnaker Kota Bontang (positions, filled, open and close dates); AK1 registrations',
  },
  tables: ['pencaker', 'lowongan', 'perusahaan', 'wilayah'],
  bases: [...KESENJANGAN_PENCAKER_BASES, KESENJANGAN_LOWONGAN, KESENJANGAN_KBJI_NAMA],
  crossfilter: {
    cubes: [KUBUS_KESENJANGAN_PENCAKER, KUBUS_KESENJANGAN_LOWONGAN],
    // ranked anew from the cubes: a selection changes which occupations qualify and lead
    answer(_frame, [orang, lowongan], p) {
      const area = areaFilters(p);
      const sel = selectionFilters(p.pilih, { supported: SUPPLY_DEMAND_DIMS });
      const v = lowongan.matching([...area, ...sel]);
      const tutup = flag(lowongan, 'ditutup12');
      const posisi = lowongan.sumBy(v, 'kbji_kode', 'jumlah', tutup);
      const lowonganBy = lowongan.sumBy(v, 'kbji_kode', 'n', tutup);
      const terisi = lowongan.sumBy(v, 'kbji_kode', 'terisi', tutup);
      const pencaker = orang.sumBy(rowsOf(orang, p, { area: true }), 'kbji_kode', 'n');
      const golongan = lowongan.sumByPair(v, 'kbji_kode', 'kbji_golongan', 'n_ditutup12');
      const names = kbjiNames();
      const rows: KesenjanganSulitDiisiRow[] = [];
      for (const [kode, n] of posisi) {
        if (n < SULIT_DIISI_MIN_POSISI) continue;
        const t = terisi.get(kode) ?? 0;
        // the median of one occupation: its own rows (a small scan of a small cube)
        const own = lowongan.matching([...area, ...sel, { column: 'kbji_kode', values: new Set([kode]) }]);
        rows.push({
          kbji_kode: kode,
          nama: names.get(kode) ?? null,
          kbji_golongan: [...(golongan.get(kode)?.keys() ?? [])][0],
          lowongan: lowonganBy.get(kode) ?? 0,
          posisi: n,
          terisi: t,
          persen_terisi: (100 * t) / n,
          median_hari: lowongan.weightedMedian(own, 'hari', 'n_ditutup12') ?? Number.NaN,
          pencaker: pencaker.get(kode) ?? 0,
        });
      }
      rows.sort(
        (a, b) =>
          a.persen_terisi - b.persen_terisi || b.median_hari - a.median_hari || b.posisi - a.posisi || compareText(a.kbji_kode, b.kbji_kode),
      );
      return rows.slice(0, SULIT_DIISI_TERATAS);
    },
  },
  sql: (p) =>
    bound(sql`
WITH d AS (
  SELECT v.kbji_kode, CAST(any_value(v.kbji_golongan) AS VARCHAR) AS kbji_golongan, count(*) AS lowongan, sum(v.jumlah) AS posisi,
         sum(v.terisi) AS terisi, median(date_diff('day', v.tanggal_buka, v.tanggal_tutup)) AS median_hari
  FROM {{kesenjangan_lowongan}} v
  WHERE v.kbji_kode IS NOT NULL AND v.ditutup12 ${areaFilter('v.kode_kelurahan', p)}
    ${selectionWhere(p.pilih, { supported: SUPPLY_DEMAND_DIMS, alias: 'v' })}
  GROUP BY 1
  HAVING sum(v.jumlah) >= ${SULIT_DIISI_MIN_POSISI}
),
s AS (
  SELECT a.kbji_kode, sum(a.n) AS pencaker
  FROM ${pencakerFrom(p.pilih, undefined, sql`AND a.kbji_kode IS NOT NULL ${areaFilter('a.kode_kelurahan', p)}`)}
  GROUP BY 1
)
SELECT d.kbji_kode, n.nama, d.kbji_golongan, CAST(d.lowongan AS INTEGER) AS lowongan, CAST(d.posisi AS INTEGER) AS posisi,
       CAST(d.terisi AS INTEGER) AS terisi, CAST(100.0 * d.terisi / d.posisi AS DOUBLE) AS persen_terisi,
       CAST(d.median_hari AS DOUBLE) AS median_hari, CAST(coalesce(s.pencaker, 0) AS INTEGER) AS pencaker
FROM d LEFT JOIN s ON s.kbji_kode = d.kbji_kode LEFT JOIN {{kesenjangan_kbji_nama}} n ON n.kode = d.kbji_kode
ORDER BY persen_terisi, median_hari DESC, posisi DESC, d.kbji_kode
LIMIT ${SULIT_DIISI_TERATAS}`),
};
