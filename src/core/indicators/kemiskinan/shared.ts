/**
 * Pieces shared by the indicators of the kemiskinan (poverty overlap) view: the dimensions the
 * `{{aktif}}` relation carries, area conditions on it, the view's "target group" rule and the
 * matching of job seekers to open vacancies. One place, so every chart says the same thing.
 */
import { selectionWhere, type DimensionId, type Selections } from '../dimensions';
import { EMPTY, raw, sql, type SqlFragment } from '../sql';
import type { AreaPeriodParams, Text } from '../types';

/** Cross-filter dimensions carried by `{{aktif}}` (every one except kbli). */
export const AKTIF_DIMS: readonly DimensionId[] = ['jk', 'umur', 'pend', 'kbji', 'desil', 'durasi', 'skill'];

/** Source text of indicators on job seekers linked to DTSEN. */
export const SOURCE_AK1_DTSEN: Text = {
  id: 'Pendaftaran AK1 Disnaker Kota Bontang (SIAPkerja) ditautkan ke DTSEN (DSPM/Dinsos) lewat pseudonim NIK',
  en: 'Disnaker Kota Bontang AK1 registrations (SIAPkerja) linked to DTSEN (DSPM/Dinsos) through a NIK pseudonym',
};

/** Source text of indicators that also read vacancies. */
export const SOURCE_AK1_DTSEN_LOWONGAN: Text = {
  id: `${SOURCE_AK1_DTSEN.id}; lowongan yang dilaporkan ke Disnaker`,
  en: `${SOURCE_AK1_DTSEN.en}; vacancies reported to Disnaker`,
};

/** Sentence defining the active job seeker, reused in definitions. */
export const AKTIF_TEXT: Text = {
  id:
    'Pencari kerja aktif = orang berbeda dengan kartu AK1 yang berlaku pada hari terakhir periode (sudah mendaftar, ' +
    'belum kedaluwarsa, tidak dicabut, belum ditempatkan).',
  en:
    'Active job seeker = a distinct person holding an AK1 card valid on the last day of the period (registered, ' +
    'not expired, not revoked, not yet placed).',
};

/** Sentence defining the target group of the education, skills and priority charts. */
export const SASARAN_TEXT: Text = {
  id:
    'Kelompok sasaran = pencari kerja aktif pada desil 1-4 DTSEN (miskin dan rentan miskin); bila desil dipilih, ' +
    'desil yang dipilih.',
  en:
    'Target group = active job seekers in DTSEN deciles 1-4 (poor and near-poor); when deciles are selected, the ' +
    'selected deciles.',
};

/** Sentence defining the vacancy match of the priority pool. */
export const COCOK_TEXT: Text = {
  id:
    'Cocok = kode KBJI 4 digit jabatan yang dicari sama dengan kode jabatan sebuah lowongan yang terbuka pada hari ' +
    'terakhir periode (dibuka paling lambat hari itu dan belum ditutup), ATAU minimal satu keterampilannya diminta ' +
    'lowongan terbuka tersebut. Lowongan seluruh kota dipakai; pendidikan minimum tidak diperiksa. Satu keterampilan ' +
    'umum (mis. komunikasi) sudah cukup, sehingga jalur keterampilan longgar: lihat jumlah yang cocok lewat jabatan.',
  en:
    "Match = the 4-digit KBJI code of the occupation sought equals the occupation code of a vacancy open on the last " +
    'day of the period (opened by that day and not yet closed), OR at least one of the person\'s skills is asked for ' +
    'by such a vacancy. Vacancies of the whole city count; the minimum education is not checked. One general skill ' +
    '(e.g. communication) is enough, so the skill route is loose: see the count matched by occupation.',
};

/** `AND …` restricting `{{aktif}}` rows (alias) to the selected kecamatan and kelurahan. */
export function aktifArea(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>, alias = 'a'): SqlFragment {
  const parts: SqlFragment[] = [];
  if (p.kecamatan) parts.push(sql`AND ${raw(alias)}.kode_kecamatan = ${p.kecamatan}`);
  if (p.kelurahan) parts.push(sql`AND ${raw(alias)}.kode_kelurahan = ${p.kelurahan}`);
  return parts.length ? sql`${parts}` : EMPTY;
}

/**
 * The kecamatan whose kelurahan a by-kelurahan chart lists: the selected kecamatan, or the
 * kecamatan of the selected kelurahan (the chart then highlights that kelurahan among its
 * neighbours); undefined for the whole city.
 */
export function listKecamatan(p: Pick<AreaPeriodParams, 'kecamatan' | 'kelurahan'>): string | undefined {
  return p.kecamatan ?? (p.kelurahan ? p.kelurahan.slice(0, 8) : undefined);
}

/** The dimensions of `{{aktif}}` other than desil (the target-group charts handle desil themselves). */
export const DIMS_NO_DESIL: readonly DimensionId[] = AKTIF_DIMS.filter((d) => d !== 'desil');

/**
 * Boolean SQL: the `{{aktif}}` row (alias) is in the target group: desil 1-4, or, when the user
 * selected deciles, one of the selected `desil_kat` values.
 */
export function sasaranCondition(pilih: Selections | undefined, alias = 'a'): SqlFragment {
  const chosen = pilih?.desil ?? [];
  if (chosen.length === 0) return raw(`(${alias}.desil BETWEEN 1 AND 4)`);
  return sql`(TRUE ${selectionWhere({ desil: chosen }, { supported: ['desil'], alias })})`;
}

/**
 * CTE body (use as `m AS (${cocokCte()})`): one row with `kode`, the distinct 4-digit KBJI codes
 * of vacancies open at the period end, and `skill`, the distinct skills they ask for. Reads
 * `{{lowongan_terbuka}}`; put LOWONGAN_TERBUKA in the indicator's bases. (The per-person match
 * flags themselves are precomputed in `{{aktif_cocok}}`.)
 */
export function cocokCte(): SqlFragment {
  return raw(`SELECT
    (SELECT list(DISTINCT kbji_kode) FROM {{lowongan_terbuka}} WHERE length(kbji_kode) = 4) AS kode,
    (SELECT list(DISTINCT s) FROM (SELECT unnest(keterampilan) AS s FROM {{lowongan_terbuka}})) AS skill`);
}

/** Join two texts with a space (for definitions built from the shared sentences). */
export function joinText(...parts: Text[]): Text {
  return { id: parts.map((t) => t.id).join(' '), en: parts.map((t) => t.en).join(' ') };
}
