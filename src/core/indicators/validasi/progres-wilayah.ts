import { bound, periodEnd, raw, sql } from '../sql';
import type { IndicatorDef, ViewParams } from '../types';
import { grupCte, type Jenis } from './grup';

/** Days back over which the pace of verification is measured for the projection (4 weeks). */
export const PROYEKSI_HARI = 28;

/**
 * Where an area stands at the end of the period: no report yet; complete (every kelurahan at
 * 100%); in progress with a projected completion; or in progress without a projection (some
 * kelurahan has not reported yet, or an unfinished kelurahan gained nothing over the pace window).
 */
export type StatusProgres = 'belum-lapor' | 'selesai' | 'berjalan' | 'tanpa-proyeksi';

/** Verification state of one area at the end of the period. */
export interface ProgresWilayahRow {
  jenis: Jenis;
  /** Kecamatan or kelurahan code; the city row has '64.74'. */
  kode: string;
  /** Area name; null for the city row. */
  nama: string | null;
  /** Kelurahan of the area, how many have reported by the period end, how many are at >= 100%. */
  kelurahan: number;
  kelurahan_lapor: number;
  kelurahan_selesai: number;
  /** Unfinished kelurahan whose pace cannot be measured (one report only, or no gain in the window). */
  kelurahan_tanpa_laju: number;
  /** Latest report of the area on or before the period end, 'YYYY-MM-DD'; null when none. */
  tanggal_laporan: string | null;
  /** Sums over the kelurahan that have reported (latest report each). */
  target_kk: number;
  terverifikasi_kk: number;
  /** 100 × terverifikasi_kk / target_kk; null without a report. */
  persen_kk: number | null;
  /** Person figures (optional in the source): sums over kelurahan that report them; null when none does. */
  target_jiwa: number | null;
  terverifikasi_jiwa: number | null;
  persen_jiwa: number | null;
  status: StatusProgres;
  /** When complete: the first reporting date on which every kelurahan of the area was at >= 100%. */
  tanggal_selesai: string | null;
  /** Households still to verify: sum over kelurahan of max(target − verified, 0). */
  sisa_kk: number;
  /** Current pace of the unfinished kelurahan, households per week (sum of their own paces); null when complete. */
  laju_kk_minggu: number | null;
  /** Shortest window (days) a pace was measured over: 28, or less where reporting began later. */
  laju_hari: number | null;
  /** Projected completion ('YYYY-MM-DD') when status is 'berjalan'; null otherwise. */
  tanggal_proyeksi: string | null;
  /** First report of the area in the whole snapshot (also after the period), for empty states. */
  laporan_pertama: string | null;
}

/**
 * Verification progress of each area at the end of `periode` (each kelurahan's latest report on
 * or before that day), for the drill level (kecamatan of the city, or kelurahan of the chosen
 * kecamatan) and the parent area.
 *
 * Completion date: the first reporting date on which every kelurahan of the area had reported and
 * was at 100% or more. Projection, when not complete: each unfinished kelurahan continues linearly
 * at its own average daily gain between its latest report and its latest report at least 28 days
 * earlier (its first report when it began less than 28 days before); the area finishes when its
 * last kelurahan does, so its projection is the latest of theirs. No projection when a kelurahan
 * has not reported yet or an unfinished one has no gain (one report only, or none in the window).
 */
export const validasiProgresWilayah: IndicatorDef<ViewParams, ProgresWilayahRow> = {
  id: 'validasiProgresWilayah',
  label: { id: 'Progres verifikasi keluarga per wilayah', en: 'Household verification progress by area' },
  unit: '%',
  definition: {
    id:
      'Keluarga (KK) terverifikasi dibagi target, dari laporan terakhir tiap kelurahan sampai akhir periode, dijumlahkan per wilayah. ' +
      'Tanggal selesai: tanggal laporan pertama ketika semua kelurahan wilayah itu mencapai 100%. Bila belum selesai, proyeksi linear ' +
      'per kelurahan: sisa KK dibagi rata-rata kenaikan harian selama 4 minggu terakhir (antara laporan terakhir dan laporan terakhir ' +
      'yang berumur sedikitnya 28 hari); wilayah selesai ketika kelurahan terakhirnya selesai. Tanpa kenaikan, atau bila ada kelurahan ' +
      'yang belum melapor, tidak dapat diproyeksikan.',
    en:
      'Households (KK) verified divided by the target, from each kelurahan\'s latest report up to the end of the period, summed over ' +
      'the area. Completion date: the first report date on which every kelurahan of the area was at 100%. If not complete, a linear ' +
      'projection per kelurahan: households left divided by the average daily gain over the last 4 weeks (between the latest report ' +
      'and the latest report at least 28 days older); an area finishes when its last kelurahan does. With no gain, or while a ' +
      'kelurahan has not reported yet, it cannot be projected.',
  },
  source: {
    id: 'Laporan progres verifikasi DTSEN per kelurahan (DSPM Kota Bontang), tabel validasi',
    en: 'DTSEN verification progress reports per kelurahan (DSPM Kota Bontang), table validasi',
  },
  tables: ['validasi', 'wilayah'],
  sql: (p) =>
    bound(sql`
WITH grup AS (${grupCte(p)}),
semua AS (SELECT v.* FROM validasi v WHERE v.kode_kelurahan IN (SELECT kode_kelurahan FROM grup)),
v AS (SELECT * FROM semua WHERE tanggal <= ${periodEnd(p.periode)}),
kl AS (SELECT * FROM v QUALIFY row_number() OVER (PARTITION BY kode_kelurahan ORDER BY tanggal DESC, terverifikasi_kk DESC) = 1),
kf AS (SELECT * FROM v QUALIFY row_number() OVER (PARTITION BY kode_kelurahan ORDER BY tanggal, terverifikasi_kk) = 1),
k0 AS (
  SELECT v.kode_kelurahan, v.tanggal, v.terverifikasi_kk
  FROM v JOIN kl ON kl.kode_kelurahan = v.kode_kelurahan
  WHERE v.tanggal <= kl.tanggal - ${raw(`INTERVAL ${PROYEKSI_HARI} DAY`)}
  QUALIFY row_number() OVER (PARTITION BY v.kode_kelurahan ORDER BY v.tanggal DESC, v.terverifikasi_kk DESC) = 1
),
kel AS (
  SELECT kl.kode_kelurahan, kl.tanggal AS akhir, kl.target_kk AS tk, kl.terverifikasi_kk AS vk,
    kl.target_jiwa AS tj, kl.terverifikasi_jiwa AS vj,
    kl.terverifikasi_kk >= kl.target_kk AS selesai,
    greatest(kl.target_kk - kl.terverifikasi_kk, 0) AS sisa,
    COALESCE(k0.tanggal, kf.tanggal) AS awal,
    COALESCE(k0.terverifikasi_kk, kf.terverifikasi_kk) AS v0
  FROM kl JOIN kf USING (kode_kelurahan) LEFT JOIN k0 USING (kode_kelurahan)
),
laju AS (
  SELECT *, date_diff('day', awal, akhir) AS hari,
    CASE WHEN awal < akhir THEN (vk - v0) / date_diff('day', awal, akhir) END AS per_hari,
    CASE WHEN NOT selesai AND awal < akhir AND vk > v0
         THEN akhir + CAST(ceil(sisa * date_diff('day', awal, akhir) / (vk - v0)) AS INTEGER) END AS proyeksi
  FROM kel
),
tgl AS (SELECT DISTINCT tanggal FROM v),
terakhir AS (
  SELECT t.tanggal AS t, v.kode_kelurahan, v.target_kk, v.terverifikasi_kk
  FROM tgl t JOIN v ON v.tanggal <= t.tanggal
  QUALIFY row_number() OVER (PARTITION BY t.tanggal, v.kode_kelurahan ORDER BY v.tanggal DESC, v.terverifikasi_kk DESC) = 1
),
info AS (SELECT jenis, kode, nama, COUNT(*) AS n_kel FROM grup GROUP BY jenis, kode, nama),
selesai AS (
  SELECT s.kode, MIN(s.t) AS t
  FROM (
    SELECT g.kode, l.t, COUNT(*) FILTER (WHERE l.terverifikasi_kk >= l.target_kk) AS n
    FROM terakhir l JOIN grup g USING (kode_kelurahan) GROUP BY g.kode, l.t
  ) s JOIN info i ON i.kode = s.kode
  WHERE s.n = i.n_kel
  GROUP BY s.kode
),
agg AS (
  SELECT g.kode, COUNT(*) AS n_lapor, COUNT(*) FILTER (WHERE k.selesai) AS n_selesai,
    COUNT(*) FILTER (WHERE NOT k.selesai AND k.proyeksi IS NULL) AS n_tanpa_laju,
    MAX(k.akhir) AS akhir, SUM(k.tk) AS tk, SUM(k.vk) AS vk, SUM(k.tj) AS tj, SUM(k.vj) AS vj, SUM(k.sisa) AS sisa,
    SUM(k.per_hari) FILTER (WHERE NOT k.selesai) AS per_hari,
    MIN(k.hari) FILTER (WHERE NOT k.selesai AND k.per_hari IS NOT NULL) AS hari,
    MAX(k.proyeksi) AS proyeksi
  FROM grup g JOIN laju k USING (kode_kelurahan)
  GROUP BY g.kode
),
pertama AS (SELECT g.kode, MIN(s.tanggal) AS t FROM grup g JOIN semua s USING (kode_kelurahan) GROUP BY g.kode),
hasil AS (
  SELECT i.jenis, i.kode, i.nama, i.n_kel, a.*, se.t AS t_selesai, pe.t AS t_pertama,
    CASE WHEN a.kode IS NULL THEN 'belum-lapor'
         WHEN a.n_lapor = i.n_kel AND a.n_selesai = i.n_kel THEN 'selesai'
         WHEN a.n_lapor = i.n_kel AND a.n_tanpa_laju = 0 THEN 'berjalan'
         ELSE 'tanpa-proyeksi' END AS status
  FROM info i
  LEFT JOIN agg a ON a.kode = i.kode
  LEFT JOIN selesai se ON se.kode = i.kode
  LEFT JOIN pertama pe ON pe.kode = i.kode
)
SELECT jenis, kode, nama,
  CAST(n_kel AS INTEGER) AS kelurahan,
  CAST(COALESCE(n_lapor, 0) AS INTEGER) AS kelurahan_lapor,
  CAST(COALESCE(n_selesai, 0) AS INTEGER) AS kelurahan_selesai,
  CAST(COALESCE(n_tanpa_laju, 0) AS INTEGER) AS kelurahan_tanpa_laju,
  strftime(akhir, '%Y-%m-%d') AS tanggal_laporan,
  CAST(COALESCE(tk, 0) AS INTEGER) AS target_kk,
  CAST(COALESCE(vk, 0) AS INTEGER) AS terverifikasi_kk,
  CAST(100.0 * vk / NULLIF(tk, 0) AS DOUBLE) AS persen_kk,
  CAST(tj AS INTEGER) AS target_jiwa,
  CAST(vj AS INTEGER) AS terverifikasi_jiwa,
  CAST(100.0 * vj / NULLIF(tj, 0) AS DOUBLE) AS persen_jiwa,
  status,
  CASE WHEN status = 'selesai' THEN strftime(t_selesai, '%Y-%m-%d') END AS tanggal_selesai,
  CAST(COALESCE(sisa, 0) AS INTEGER) AS sisa_kk,
  CAST(CASE WHEN status <> 'selesai' THEN 7.0 * per_hari END AS DOUBLE) AS laju_kk_minggu,
  CAST(CASE WHEN status <> 'selesai' THEN hari END AS INTEGER) AS laju_hari,
  CASE WHEN status = 'berjalan' THEN strftime(proyeksi, '%Y-%m-%d') END AS tanggal_proyeksi,
  strftime(t_pertama, '%Y-%m-%d') AS laporan_pertama
FROM hasil
ORDER BY jenis, kode`),
};
