import { AKTIF } from '../bases/aktif';
import { selectionWhere } from '../dimensions';
import { bound, sql } from '../sql';
import { KODE_KOTA } from '../tpt-bps';
import type { IndicatorDef, ViewParams } from '../types';
import { aktifArea, DEFINISI_AKTIF, DEFINISI_PER_1000, DIMENSI_AKTIF, pendudukCte, SUMBER_AK1, SUMBER_USIA_PRODUKTIF_SP2020 } from './shared';
import { ringkasanCrossfilter } from './kubus';

/** Headline figures of the chosen area and selections. */
export interface RingkasanRow {
  /** Active job seekers (people). */
  aktif: number;
  /** Population of the chosen city/kecamatan; null when a kelurahan is chosen (unknown). */
  penduduk: number | null;
  penduduk_tahun: number | null;
  /** Estimated productive-age population (penduduk × 66.97 %). */
  usia_kerja: number | null;
  /** aktif × 1000 ÷ usia_kerja; null for a kelurahan. */
  per_1000: number | null;
  /** Median calendar months registered (null when nobody is active). */
  median_bulan: number | null;
  /** Active job seekers registered 12 months or longer. */
  lama: number;
  /** lama as a percentage of aktif (null when aktif = 0). */
  persen_lama: number | null;
}

/**
 * Headline figures for the chosen area with every selection applied: active job seekers, the
 * rate per 1,000 productive-age residents (city or kecamatan; not for a kelurahan), the median
 * time registered and the number and share registered 12 months or longer.
 */
export const pengangguranRingkasan: IndicatorDef<ViewParams, RingkasanRow> = {
  id: 'pengangguranRingkasan',
  label: { id: 'Ringkasan pencari kerja aktif', en: 'Active job seekers at a glance' },
  unit: 'orang',
  definition: {
    id:
      `${DEFINISI_AKTIF.id} ${DEFINISI_PER_1000.id} Untuk seluruh kota dipakai penduduk kota. ` +
      'Lama terdaftar: selisih bulan kalender antara bulan daftar pendaftaran aktif dan bulan periode (0 = mendaftar di bulan periode); median = nilai tengah. ' +
      'Terdaftar ≥ 12 bulan: pencari kerja yang menunggu satu tahun atau lebih (kelompok yang diprioritaskan Disnaker sejak November 2025).',
    en:
      `${DEFINISI_AKTIF.en} ${DEFINISI_PER_1000.en} For the whole city the city population is used. ` +
      'Time registered: calendar months between the month of the active registration and the period month (0 = registered in the period month); median = middle value. ' +
      'Registered ≥ 12 months: job seekers waiting a year or longer (the group Disnaker has prioritised since November 2025).',
  },
  source: {
    id: `${SUMBER_AK1.id}; penduduk: tabel indikator (BPS); porsi usia produktif: ${SUMBER_USIA_PRODUKTIF_SP2020}`,
    en: `${SUMBER_AK1.en}; population: indikator table (BPS); productive-age share: ${SUMBER_USIA_PRODUKTIF_SP2020}`,
  },
  tables: ['pencaker', 'wilayah', 'indikator'],
  bases: [AKTIF],
  crossfilter: ringkasanCrossfilter<RingkasanRow>(),
  sql: (p) => {
    // a kelurahan has no known population: the join key is NULL and no row matches
    const kodePenduduk = p.kelurahan ? null : (p.kecamatan ?? KODE_KOTA);
    return bound(sql`
WITH a AS (
  SELECT a.durasi_bulan FROM {{aktif}} a
  WHERE TRUE ${aktifArea('a', p)} ${selectionWhere(p.pilih, { supported: DIMENSI_AKTIF, alias: 'a' })}
),
s AS (SELECT count(*) AS aktif, median(durasi_bulan) AS median_bulan, count(*) FILTER (WHERE durasi_bulan >= 12) AS lama FROM a),
pop AS (${pendudukCte(p.periode)})
SELECT CAST(s.aktif AS INTEGER) AS aktif, pop.penduduk, pop.penduduk_tahun, pop.usia_kerja,
       CAST(CASE WHEN pop.usia_kerja > 0 THEN s.aktif * 1000.0 / pop.usia_kerja END AS DOUBLE) AS per_1000,
       CAST(s.median_bulan AS DOUBLE) AS median_bulan, CAST(s.lama AS INTEGER) AS lama,
       CAST(CASE WHEN s.aktif > 0 THEN s.lama * 100.0 / s.aktif END AS DOUBLE) AS persen_lama
FROM s LEFT JOIN pop ON pop.kode_wilayah = ${kodePenduduk}`);
  },
};
