/**
 * The cross-filter bar charts of the pengangguran view: active job seekers by sex, age group,
 * education, occupation sought (KBJI major group) and time registered. One indicator per
 * dimension, built by `distribusiAktif`; each applies the area filter and every selection except
 * its own dimension, so it keeps all its categories (0 where nobody matches).
 */
import { AKTIF_KUBUS } from '../bases/aktif-kubus';
import { DIMENSIONS, selectionWhere, type DimensionId } from '../dimensions';
import { bound, raw, sql, type SqlFragment } from '../sql';
import type { IndicatorDef, Text, ViewParams } from '../types';
import { aktifArea, DEFINISI_AKTIF, DIMENSI_AKTIF, KBJI_TIDAK_DIKETAHUI, SUMBER_AK1 } from './shared';
import { distribusiCrossfilter } from './kubus';

/** One category of a distribution. */
export interface DistribusiRow {
  /** Value as stored (and as selected in the URL): 'L', '20-24', 'SMA', '7' or '?', '6-11'. */
  kunci: string;
  /** Name from the reference table (education, KBJI), else null: the UI labels the code. */
  nama: string | null;
  /** Sort position (lowest first). */
  urutan: number;
  /** Active job seekers (people). */
  nilai: number;
}

interface Spec {
  id: string;
  dim: DimensionId;
  label: Text;
  extra: Text;
  /** Categories always shown (beside those present in the period), as `SELECT kunci` text. */
  fixed?: string;
  /** Extra tables read for the categories' names. */
  tables?: ReadonlyArray<'ref_pendidikan' | 'ref_kbji'>;
  /** `SELECT kunci, nama, urutan` over the CTE `k(kunci)` holding every category. */
  named(): SqlFragment;
}

function distribusiAktif(s: Spec): IndicatorDef<ViewParams, DistribusiRow> {
  const col = DIMENSIONS[s.dim].column;
  return {
    id: s.id,
    label: s.label,
    unit: 'orang',
    definition: { id: `${DEFINISI_AKTIF.id} ${s.extra.id}`, en: `${DEFINISI_AKTIF.en} ${s.extra.en}` },
    source: SUMBER_AK1,
    tables: ['pencaker', 'wilayah', ...(s.tables ?? [])],
    bases: [AKTIF_KUBUS],
    crossfilter: distribusiCrossfilter<DistribusiRow>(s.dim),
    sql: (p) =>
      bound(sql`
WITH k AS (
  SELECT DISTINCT CAST(${raw(col)} AS VARCHAR) AS kunci FROM {{aktif_kubus}}
  ${raw(s.fixed ? `UNION SELECT kunci FROM (${s.fixed})` : '')}
),
n AS (
  SELECT CAST(a.${raw(col)} AS VARCHAR) AS kunci, sum(a.n) AS n FROM {{aktif_kubus}} a
  WHERE TRUE ${aktifArea('a', p)} ${selectionWhere(p.pilih, { supported: DIMENSI_AKTIF, exclude: s.dim, alias: 'a' })}
  GROUP BY 1
),
c AS (${s.named()})
SELECT c.kunci, c.nama, CAST(c.urutan AS INTEGER) AS urutan, CAST(coalesce(n.n, 0) AS INTEGER) AS nilai
FROM c LEFT JOIN n ON n.kunci = c.kunci
ORDER BY c.urutan, c.kunci`),
  };
}

/** Age bands sort by their first number, '<15' first. */
const UMUR_URUTAN = `CASE WHEN kunci LIKE '<%' THEN 0 ELSE CAST(regexp_extract(kunci, '^(\\d+)', 1) AS INTEGER) END`;

/** Active job seekers by sex (L, P). */
export const pengangguranMenurutJk = distribusiAktif({
  id: 'pengangguranMenurutJk',
  dim: 'jk',
  label: { id: 'Pencari kerja aktif menurut jenis kelamin', en: 'Active job seekers by sex' },
  extra: { id: 'Menurut jenis kelamin (L, P).', en: 'By sex (L, P).' },
  fixed: `SELECT 'L' AS kunci UNION ALL SELECT 'P'`,
  named: () => raw(`SELECT kunci, CAST(NULL AS VARCHAR) AS nama, CASE kunci WHEN 'L' THEN 1 WHEN 'P' THEN 2 ELSE 3 END AS urutan FROM k`),
});

/** Active job seekers by age group at registration. */
export const pengangguranMenurutUmur = distribusiAktif({
  id: 'pengangguranMenurutUmur',
  dim: 'umur',
  label: { id: 'Pencari kerja aktif menurut kelompok umur', en: 'Active job seekers by age group' },
  extra: {
    id: 'Menurut kelompok umur lima tahunan saat mendaftar (bukan umur hari ini: tanggal lahir tidak disimpan).',
    en: 'By five-year age group at registration (not age today: birth dates are not kept).',
  },
  named: () => raw(`SELECT kunci, CAST(NULL AS VARCHAR) AS nama, ${UMUR_URUTAN} AS urutan FROM k`),
});

/** Active job seekers by highest education (all levels of ref_pendidikan). */
export const pengangguranMenurutPendidikan = distribusiAktif({
  id: 'pengangguranMenurutPendidikan',
  dim: 'pend',
  label: { id: 'Pencari kerja aktif menurut pendidikan', en: 'Active job seekers by education' },
  extra: {
    id: 'Menurut pendidikan terakhir yang dilaporkan saat mendaftar; semua jenjang ditampilkan.',
    en: 'By highest education reported at registration; every level is shown.',
  },
  fixed: 'SELECT kode AS kunci FROM ref_pendidikan',
  tables: ['ref_pendidikan'],
  named: () =>
    raw(`SELECT k.kunci, r.nama, coalesce(r.urutan, 99) AS urutan FROM k LEFT JOIN ref_pendidikan r ON r.kode = k.kunci`),
});

/** Active job seekers by occupation sought (KBJI 2014 major group; '?' when not given). */
export const pengangguranMenurutKbji = distribusiAktif({
  id: 'pengangguranMenurutKbji',
  dim: 'kbji',
  label: { id: 'Pencari kerja aktif menurut jabatan yang dicari (KBJI)', en: 'Active job seekers by occupation sought (KBJI)' },
  extra: {
    id:
      'Menurut golongan pokok KBJI 2014 dari jabatan yang dicari; "?" = jabatan tidak diisi atau tidak dapat dikodekan. ' +
      'Semua golongan pokok ditampilkan.',
    en:
      'By KBJI 2014 major group of the occupation sought; "?" = occupation missing or not codable. ' +
      'Every major group is shown.',
  },
  fixed: 'SELECT kode AS kunci FROM ref_kbji',
  tables: ['ref_kbji'],
  // '?' is bound as a parameter: a literal question mark would be taken for a placeholder
  named: () =>
    sql`SELECT k.kunci, r.nama, CASE WHEN k.kunci = ${KBJI_TIDAK_DIKETAHUI} THEN 99 ELSE coalesce(TRY_CAST(k.kunci AS INTEGER), 98) END AS urutan
      FROM k LEFT JOIN ref_kbji r ON r.kode = k.kunci`,
});

/** Active job seekers by time registered at the period end. */
export const pengangguranMenurutDurasi = distribusiAktif({
  id: 'pengangguranMenurutDurasi',
  dim: 'durasi',
  label: { id: 'Pencari kerja aktif menurut lama terdaftar', en: 'Active job seekers by time registered' },
  extra: {
    id:
      'Menurut lama terdaftar pada akhir periode: selisih bulan kalender antara bulan daftar pendaftaran aktifnya dan bulan periode ' +
      '(0 = mendaftar di bulan periode; kelompok 0–2, 3–5, 6–11, 12–17, 18–23 bulan; kartu berlaku 2 tahun). ' +
      'Pendaftaran ulang memulai hitungan dari awal.',
    en:
      'By time registered at the period end: calendar months between the month of the active registration and the period month ' +
      '(0 = registered in the period month; groups 0-2, 3-5, 6-11, 12-17, 18-23 months; a card is valid 2 years). ' +
      'Re-registering restarts the count.',
  },
  fixed: `SELECT unnest(['0-2', '3-5', '6-11', '12-17', '18-23']) AS kunci`,
  named: () =>
    raw(`SELECT kunci, CAST(NULL AS VARCHAR) AS nama, CAST(regexp_extract(kunci, '^(\\d+)', 1) AS INTEGER) AS urutan FROM k`),
});

/** The five distributions, in the order the view shows them. */
export const DISTRIBUSI_PENGANGGURAN = [
  pengangguranMenurutJk,
  pengangguranMenurutUmur,
  pengangguranMenurutPendidikan,
  pengangguranMenurutKbji,
  pengangguranMenurutDurasi,
] as const;
